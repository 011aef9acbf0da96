// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import './define.js';
import type { RapportStageGuide } from './stage-guide.js';

async function mount(html: string): Promise<RapportStageGuide> {
  document.body.innerHTML = html;
  const el = document.querySelector('rapport-stage-guide')!;
  await el.updateComplete;
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<rapport-stage-guide>', () => {
  it('shows the stage’s behaviours, goals, prompts, what to avoid and the model’s limits', async () => {
    const el = await mount('<rapport-stage-guide stage="determination"></rapport-stage-guide>');
    const text = el.shadowRoot!.textContent!;
    expect(text).toContain('Stage of change: Determination');
    expect(text).toContain("Answers exploiter's calls less frequently");
    expect(text).toContain('Engagement goals');
    expect(text).toContain('Prompts you can try');
    expect(text).toContain('Also called: Preparation');
    expect(text).toContain('unmet basic needs');
  });

  it('switches stage from the picker and announces it', async () => {
    const el = await mount('<rapport-stage-guide stage="contemplation"></rapport-stage-guide>');
    const events: string[] = [];
    el.addEventListener('rapport-stage-change', (e) => events.push((e as CustomEvent).detail.stage));
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.picker button')].find((b) => b.textContent === 'Action')!.click();
    await el.updateComplete;
    expect(el.getAttribute('stage')).toBe('action');
    expect(events).toEqual(['action']);
    expect(el.shadowRoot!.querySelector('[aria-pressed="true"]')!.textContent).toBe('Action');
  });

  it('explains an unknown stage and keeps the picker', async () => {
    const el = await mount('<rapport-stage-guide stage="denial"></rapport-stage-guide>');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('No stage “denial”');
    expect(el.shadowRoot!.querySelectorAll('.picker button')).toHaveLength(5);
  });

  it('speaks Spanish', async () => {
    const el = await mount('<rapport-stage-guide lang="es" stage="action"></rapport-stage-guide>');
    expect(el.shadowRoot!.textContent).toContain('Qué evitar');
  });
});
