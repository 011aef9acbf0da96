// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import './define.js';
import type { RapportNoteCheck } from './note-check.js';

async function mount(html: string): Promise<RapportNoteCheck> {
  document.body.innerHTML = html;
  const el = document.querySelector('rapport-note-check')!;
  await el.updateComplete;
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<rapport-note-check>', () => {
  it('lists the findings of the portal’s own textarea as the worker types', async () => {
    const el = await mount('<textarea id="note"></textarea><rapport-note-check for="note"></rapport-note-check>');
    const ta = document.getElementById('note') as HTMLTextAreaElement;
    ta.value = 'Youth was AWOL for two days.';
    ta.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const items = el.shadowRoot!.querySelectorAll('li.finding');
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain('AWOL');
    expect(el.shadowRoot!.querySelector('mark')!.textContent).toContain('AWOL');
  });

  it('applies a suggestion into the textarea and rechecks', async () => {
    const el = await mount('<textarea id="note">Youth was AWOL again.</textarea><rapport-note-check for="note"></rapport-note-check>');
    const ta = document.getElementById('note') as HTMLTextAreaElement;
    const applied: unknown[] = [];
    document.addEventListener('rapport-apply', (e) => applied.push((e as CustomEvent).detail));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="suggestion"]')!.click();
    await el.updateComplete;
    expect(ta.value).toBe('Youth was missing from care again.');
    expect(applied).toHaveLength(1);
    expect(el.shadowRoot!.querySelectorAll('li.finding')).toHaveLength(0);
  });

  it('says clearly when the field it should check is not on the page', async () => {
    const el = await mount('<rapport-note-check for="nope"></rapport-note-check>');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('“nope”');
  });

  it('speaks Spanish when the page does', async () => {
    document.documentElement.lang = 'es';
    const el = await mount('<textarea id="n">AWOL</textarea><rapport-note-check for="n"></rapport-note-check>');
    expect(el.shadowRoot!.textContent).toContain('Reemplazar «AWOL» con');
    document.documentElement.lang = 'en';
  });

  it('uses a closed shadow root when asked (Salesforce Lightning Web Security)', async () => {
    const el = await mount('<textarea id="n"></textarea><rapport-note-check shadow-mode="closed" for="n"></rapport-note-check>');
    expect(el.shadowRoot).toBeNull();
  });
});
