// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import './define.js';
import type { RapportCard } from './card.js';

async function mount(html: string): Promise<RapportCard> {
  document.body.innerHTML = html;
  const el = document.querySelector('rapport-card')!;
  await el.updateComplete;
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<rapport-card>', () => {
  it('shows the card with its source', async () => {
    const el = await mount('<rapport-card card="risk-set-setting"></rapport-card>');
    expect(el.shadowRoot!.querySelector('h3')!.textContent).toBe('Assessment strategy: Risk, Set, Setting');
    const sources = el.shadowRoot!.querySelector('.sources')!;
    expect(sources.querySelector('summary')!.textContent).toContain('PACT Convening 2023');
    // The verbatim passage is one click away.
    expect(sources.querySelector('q')!.textContent).toBe('What is the current mindset (thoughts, moods, expectations)');
  });

  it('opens a related card in place and says so', async () => {
    const el = await mount('<rapport-card card="hr-best-practices-providers"></rapport-card>');
    const changes: string[] = [];
    el.addEventListener('rapport-card-change', (e) => changes.push((e as CustomEvent).detail.card));
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.link')].find((b) => b.textContent === 'Assessment strategy: Risk, Set, Setting')!.click();
    await el.updateComplete;
    expect(el.getAttribute('card')).toBe('risk-set-setting');
    expect(changes).toEqual(['risk-set-setting']);
  });

  it('explains an unknown card id and lists the real ones', async () => {
    const errors: string[] = [];
    document.addEventListener('rapport-error', (e) => errors.push((e as CustomEvent).detail.kind), { once: true });
    const el = await mount('<rapport-card card="no-such-card"></rapport-card>');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('No quick-reference card with the id “no-such-card”');
    expect(alert.textContent).toContain('hr-definition');
    expect(errors).toEqual(['unknown-card']);
  });
});
