// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import './define.js';
import type { RapportReassessment } from './reassessment.js';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

async function mount(html: string): Promise<RapportReassessment> {
  document.body.innerHTML = html;
  const el = document.querySelector('rapport-reassessment')!;
  await el.updateComplete;
  return el;
}

function type(el: RapportReassessment, id: string, text: string): void {
  const ta = el.shadowRoot!.getElementById(id) as HTMLTextAreaElement;
  ta.value = text;
  ta.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<rapport-reassessment>', () => {
  it('draws every section from the model, each answerable in any order', async () => {
    const el = await mount('<rapport-reassessment></rapport-reassessment>');
    const headings = [...el.shadowRoot!.querySelectorAll('section h3')].map((h) => h.textContent);
    expect(headings).toContain('Risk, Set, Setting');
    expect(headings).toContain('Stage of change');
    type(el, 'decision-reason', 'Fewer nights away.');
    await el.updateComplete;
    type(el, 'behaviour-description', 'Leaves on weekends.');
    await el.updateComplete;
    expect(el.value.decision.reason).toBe('Fewer nights away.');
    expect(el.value.behaviour.description).toBe('Leaves on weekends.');
  });

  it('gives the review dates native date controls once the form is drawn, keeping what was set', async () => {
    const el = await mount('<rapport-reassessment></rapport-reassessment>');
    const date = () => el.shadowRoot!.getElementById('next-review') as HTMLInputElement;
    date().value = '2026-12-15';
    date().dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(date().type).toBe('date');
    expect((el.shadowRoot!.getElementById('assessed-on') as HTMLInputElement).type).toBe('date');
    expect(el.value.nextReview).toBe('2026-12-15');
    expect(date().value).toBe('2026-12-15');
  });

  it('announces changes with a bubbling, composed rapport-change event', async () => {
    const el = await mount('<div><rapport-reassessment></rapport-reassessment></div>');
    const events: CustomEvent[] = [];
    document.body.addEventListener('rapport-change', (e) => events.push(e as CustomEvent));
    type(el, 'risk-greatest', 'Nights away with an older man.');
    expect(events).toHaveLength(1);
    expect(events[0].composed).toBe(true);
    expect(events[0].detail.value.riskSetSetting.greatestRisk).toBe('Nights away with an older man.');
  });

  it('flags language in its own free-text fields with suggestions', async () => {
    const el = await mount('<rapport-reassessment></rapport-reassessment>');
    type(el, 'behaviour-description', 'Youth goes AWOL on weekends.');
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector('.checked-findings')!;
    expect(list.textContent).toContain('AWOL');
    (list.querySelector('button.suggestion') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.value.behaviour.description).toBe('Youth goes missing from care on weekends.');
  });

  it('is invalid inside a form until the required answers are given', async () => {
    const el = await mount('<form><rapport-reassessment name="r" required></rapport-reassessment></form>');
    expect(el.checkValidity()).toBe(false);
    expect(el.validationMessage).toContain('Still needed');
    el.value = { version: 1, behaviour: { domain: 'placement', description: 'x' }, strategy: { description: 'y' }, decision: { choice: 'continue', reason: 'z' } };
    await el.updateComplete;
    expect(el.checkValidity()).toBe(true);
  });

  it('keeps what was typed and explains when the portal sets a malformed value', async () => {
    const el = await mount('<rapport-reassessment></rapport-reassessment>');
    type(el, 'interventions-tried', 'Room restriction.');
    const errors: CustomEvent[] = [];
    el.addEventListener('rapport-error', (e) => errors.push(e as CustomEvent));
    el.value = { version: 1, stage: 'nowhere' };
    await el.updateComplete;
    expect(el.value.interventions.tried).toBe('Room restriction.');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('cannot read');
    expect(errors[0].detail.kind).toBe('invalid-value');
  });

  it('autosaves a draft and restores it in a new element with the same draft-key', async () => {
    const el = await mount('<rapport-reassessment draft-key="case-7"></rapport-reassessment>');
    await tick(20);
    type(el, 'youth-words', '“I just want my phone back.”');
    await tick(600);
    const again = await mount('<rapport-reassessment draft-key="case-7"></rapport-reassessment>');
    // The draft comes back from IndexedDB asynchronously: wait for it (a busy machine takes longer).
    for (let t0 = Date.now(); !again.value.youth.words && Date.now() - t0 < 3000; ) await tick(10);
    await again.updateComplete;
    expect(again.value.youth.words).toBe('“I just want my phone back.”');
    expect(again.shadowRoot!.textContent).toContain('was restored');
  });

  it('speaks Spanish with lang="es"', async () => {
    const el = await mount('<rapport-reassessment lang="es"></rapport-reassessment>');
    expect(el.shadowRoot!.textContent).toContain('Etapa de cambio');
    type(el, 'decision-reason', 'Sigue.');
    expect(el.toSummaryText()).toContain('Revaluación de reducción de daños');
  });

  it('draws earlier reassessments as an accessible timeline, moves back included', async () => {
    const el = await mount('<rapport-reassessment></rapport-reassessment>');
    el.history = [
      { date: '2026-01-05', stage: 'precontemplation' },
      { date: '2026-02-02', stage: 'determination' },
      { date: '2026-03-02', stage: 'contemplation' },
    ];
    await el.updateComplete;
    const svg = el.shadowRoot!.querySelector('svg[role="img"]')!;
    expect(svg.querySelector('desc')!.textContent).toContain('1 forward, 1 back');
    expect(svg.querySelectorAll('line.move.back')).toHaveLength(1);
  });

  it('explains a malformed history from the portal and keeps the form working', async () => {
    const el = await mount('<rapport-reassessment></rapport-reassessment>');
    const errors: string[] = [];
    el.addEventListener('rapport-error', (e) => errors.push((e as CustomEvent).detail.kind));
    (el as unknown as { history: unknown }).history = 'last month: action';
    await el.updateComplete;
    expect(errors).toEqual(['invalid-history']);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('earlier reassessments this form cannot read');
    type(el, 'decision-reason', 'Still works.');
    expect(el.value.decision.reason).toBe('Still works.');
  });
});
