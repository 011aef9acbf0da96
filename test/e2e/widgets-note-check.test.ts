import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startHarness, watchedPage, type Harness } from './widgets-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('<rapport-note-check> on the demo portal (strict CSP)', () => {
  it('underlines the portal’s textarea, applies by keyboard, and Ctrl+Z restores the words', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    const response = await page.goto(`${h.url}/`);
    expect(response!.headers()['content-security-policy']).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
    const note = page.locator('#case-note');
    const check = page.locator('rapport-note-check');
    await expect.poll(() => check.locator('li.finding').count()).toBeGreaterThan(0);
    const before = await note.inputValue();
    expect(await check.locator('mark').first().textContent()).toContain('AWOL');

    // The overlay sits exactly over the textarea.
    const [a, b] = await Promise.all([note.boundingBox(), check.locator('.overlay').boundingBox()]);
    expect(Math.abs(a!.x - b!.x)).toBeLessThan(1);
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(1);

    // Keyboard path: caret at the start, Alt+Shift+K jumps to the first suggestion, Enter applies.
    await note.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+KeyK');
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part') ?? document.activeElement?.tagName);
    expect(focused).toBe('suggestion');
    await page.keyboard.press('Enter');
    await expect.poll(() => note.inputValue()).toContain('missing from care');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('case-note');

    await page.keyboard.press('Control+z');
    await expect.poll(() => note.inputValue()).toBe(before);
    await page.screenshot({ path: `${SCREENSHOTS}/note-check-light.png`, clip: { x: 0, y: (await page.locator('#note-heading').boundingBox())!.y - 20, width: 1280, height: 520 } });
    w.expectClean();
    await page.close();
  });

  it('follows the textarea when the page scrolls', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.setViewportSize({ width: 1000, height: 500 });
    await page.goto(`${h.url}/`);
    const note = page.locator('#case-note');
    await note.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(100);
    const [a, b] = await Promise.all([note.boundingBox(), page.locator('rapport-note-check .overlay').boundingBox()]);
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(1);
    w.expectClean();
    await page.close();
  });
});
