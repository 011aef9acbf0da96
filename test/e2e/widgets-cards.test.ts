import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startHarness, watchedPage, type Harness } from './widgets-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('cards and the stage guide on the demo portal (strict CSP)', () => {
  it('says clearly when a card id does not exist', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/?card=not-a-card`);
    const alert = page.locator('rapport-card').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('No quick-reference card with the id “not-a-card”');
    w.expectClean();
    await page.close();
  });

  it('keeps pins after a reload, and finds cards by search', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/`);
    const deck = page.locator('rapport-card-deck');
    await deck.getByRole('button', { name: 'Pin “What to avoid with youth who are exploited”' }).press('Enter');
    await page.reload();
    const pin = deck.getByRole('button', { name: 'Pin “What to avoid with youth who are exploited”' });
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    expect(await deck.locator('.toggle').first().textContent()).toBe('What to avoid with youth who are exploited');
    await deck.getByRole('searchbox').fill('fentanyl');
    await expect.poll(() => deck.locator('.toggle').allTextContents()).toContain('Harm reduction levels of acceptance');
    await deck.locator('.toggle').first().press('Enter');
    await expect.poll(() => deck.locator('article.card').count()).toBe(1);
    w.expectClean();
    await page.close();
  });

  it('moves between stages by keyboard, in Spanish', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/?lang=es`);
    const guide = page.locator('rapport-stage-guide');
    await guide.getByRole('button', { name: 'Contemplation', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => guide.getAttribute('stage')).toBe('determination');
    expect(await guide.locator('h4').allTextContents()).toEqual(['Lo que puede ver', 'Metas de participación', 'Preguntas que puede intentar', 'Qué evitar']);
    w.expectClean();
    await page.close();
  });

  it('follows theme="dark" whatever the device says', async () => {
    const context = await h.browser.newContext({ colorScheme: 'light', viewport: { width: 1100, height: 900 } });
    const w = await watchedPage(h, context);
    const { page } = w;
    await page.goto(`${h.url}/?theme=dark`);
    const card = page.locator('rapport-card');
    await expect.poll(() => card.getAttribute('theme')).toBe('dark');
    const bg = await card.locator('article').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(22, 25, 29)');
    await page.screenshot({ path: `${SCREENSHOTS}/portal-theme-dark-attribute.png`, fullPage: false });
    w.expectClean();
    await context.close();
  });

  it('is harmless to load twice, and a per-element module after the bundle', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/`);
    await page.waitForFunction(() => customElements.get('rapport-card'));
    // A string, so the test runner leaves the page's own dynamic import() alone.
    const same = await page.evaluate(`(async () => {
      const before = customElements.get('rapport-card');
      await import('/dist/widgets/rapport-widgets.js?twice');
      await import('/dist/widgets/elements/card.js');
      return customElements.get('rapport-card') === before;
    })()`);
    expect(same).toBe(true);
    w.expectClean();
    await page.close();
  });
});
