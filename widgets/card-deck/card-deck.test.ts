// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import './define.js';
import type { RapportCardDeck } from './card-deck.js';

async function mount(): Promise<RapportCardDeck> {
  document.body.innerHTML = '<rapport-card-deck></rapport-card-deck>';
  const el = document.querySelector('rapport-card-deck')!;
  await el.updateComplete;
  return el;
}
const titles = (el: RapportCardDeck) => [...el.shadowRoot!.querySelectorAll('.toggle')].map((b) => b.textContent);

beforeEach(() => localStorage.clear());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('<rapport-card-deck>', () => {
  it('searches titles and bodies', async () => {
    const el = await mount();
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'fentanyl test strips';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(titles(el)).toContain('Harm reduction levels of acceptance');
    expect(titles(el)).not.toContain('Youth Homelessness Prevention Centers (YHPC)');
    input.value = 'emergency bag';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(titles(el)[0]).toBe('Practical strategies: leaving care (and the emergency bag)');
    input.value = 'zebra';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain('No card matches');
  });

  it('filters by audience and topic', async () => {
    const el = await mount();
    el.audience = 'law-enforcement';
    await el.updateComplete;
    expect(titles(el)).toContain('Recovery and the initial interview');
    expect(titles(el)).not.toContain('Youth Homelessness Prevention Centers (YHPC)');
    expect(el.shadowRoot!.querySelector('select')!.selectedOptions[0].textContent).toBe('Law enforcement');
    el.topic = 'stages of change';
    await el.updateComplete;
    expect(titles(el)).toEqual(['Stages of change: behaviours you may observe']);
  });

  it('pins a card to the top, and the pin survives a new deck', async () => {
    const el = await mount();
    const pins: unknown[] = [];
    el.addEventListener('rapport-pin', (e) => pins.push((e as CustomEvent).detail));
    const pin = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="pin"]')].find((b) => b.getAttribute('aria-label')!.includes('Assessment strategy: Risk, Set, Setting'))!;
    pin.click();
    await el.updateComplete;
    expect(titles(el)[0]).toBe('Assessment strategy: Risk, Set, Setting');
    expect(pins).toEqual([{ card: 'risk-set-setting', pinned: true, pins: ['risk-set-setting'] }]);
    const again = await mount();
    expect(again.pins).toEqual(['risk-set-setting']);
    expect(again.shadowRoot!.querySelector('button[part="pin"]')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('opens a card in place', async () => {
    const el = await mount();
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(el.shadowRoot!.querySelector('article.card')).not.toBeNull();
  });
});
