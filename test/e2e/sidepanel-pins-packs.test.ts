/**
 * The side panel and options page in the built extension: search and pin, pins surviving a reload
 * and a browser restart, reordering by keyboard, pack export and import through real file dialogs,
 * keyboard-only use, and axe-core.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchWithExtension, until, type Browser } from './helpers/index.js';

const profile = mkdtempSync(join(tmpdir(), 'rapport-sidepanel-'));
let b: Browser;

beforeAll(async () => {
  b = await launchWithExtension('chrome-extension://', profile);
});
afterAll(async () => {
  await b?.close();
});

async function panel(): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  await page.getByRole('tab', { name: 'Cards' }).click();
  return page;
}

const pinnedTitles = (page: Page) => page.getByRole('list', { name: 'Pinned cards' }).locator(':scope > li h3').allTextContents();

async function axe(page: Page) {
  // Extension pages forbid inline scripts (CSP), so addScriptTag is blocked; evaluating the source
  // through the DevTools protocol is not subject to the page's CSP.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const r = await page.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run());
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

describe('side panel cards and pins', () => {
  it('searches, pins with the "Pin" button, and the pin survives a reload and a browser restart', async () => {
    let page = await panel();
    await page.getByLabel('Search cards').fill('phone');
    const results = page.getByRole('list', { name: 'Search results' });
    const first = results.locator(':scope > li').first();
    const title = (await first.locator('h3').textContent())!;
    await first.getByRole('button', { name: `Pin ${title}` }).click();
    await expect.poll(() => pinnedTitles(page)).toEqual([title]);
    expect(await first.getByRole('button', { name: `Unpin ${title}` }).textContent()).toBe('Unpin');
    await page.reload();
    await page.getByRole('tab', { name: 'Cards' }).click();
    await expect.poll(() => pinnedTitles(page)).toEqual([title]);
    await b.close();
    b = await launchWithExtension('chrome-extension://', profile);
    page = await panel();
    await expect.poll(() => pinnedTitles(page)).toEqual([title]);
  });

  it('reorders pins with Alt+ArrowUp and the Move buttons, keyboard only', async () => {
    const page = await panel();
    const search = page.getByLabel('Search cards');
    await search.fill('missing');
    const second = (await page.getByRole('list', { name: 'Search results' }).locator(':scope > li h3').first().textContent())!;
    // Keyboard only: Tab from the search box to the first result's Pin button, then Enter.
    await search.focus();
    for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.textContent === 'Pin')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Pin ${second}`);
    await page.keyboard.press('Enter');
    const before = await until(() => pinnedTitles(page), (t) => t.length === 2);
    expect(before[1]).toBe(second);
    await page.getByRole('list', { name: 'Pinned cards' }).getByRole('listitem', { name: second }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => pinnedTitles(page)).toEqual([second, before[0]]);
    await page.getByRole('button', { name: `Move down ${second}` }).click();
    await expect.poll(() => pinnedTitles(page)).toEqual(before);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Moved .* down\./);
    await page.close();
  });

  it('prints one card, or all pinned cards, showing only those cards', async () => {
    const page = await panel();
    await expect.poll(async () => (await pinnedTitles(page)).length).toBe(2);
    const titles = await pinnedTitles(page);
    // Record what is on the page when the print dialog would open (headless has no dialog).
    await page.evaluate(() => {
      (globalThis as unknown as { printed: string[][] }).printed = [];
      window.print = () => (globalThis as unknown as { printed: string[][] }).printed.push([...document.querySelectorAll('.print-area h3')].map((h) => h.textContent ?? ''));
    });
    await page.getByRole('button', { name: `Print ${titles[1]}` }).first().click();
    await page.getByRole('button', { name: 'Print all pinned cards' }).click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { printed: string[][] }).printed)).toEqual([[titles[1]], titles]);
    await page.close();
  });

  it('tabs follow the tabs pattern with the arrow keys', async () => {
    const page = await panel();
    await page.getByRole('tab', { name: 'Cards' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Trainer');
    expect(await page.getByRole('tab', { name: 'Trainer' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tabpanel', { name: 'Trainer' }).isVisible()).toBe(true);
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('This note');
    await page.close();
  });
});

describe('trainer packs', () => {
  it('a trainer writes a Markdown card (no HTML rendered), pins it and exports a pack; a trainee imports it and sees the pins', async () => {
    const page = await panel();
    await page.getByRole('tab', { name: 'Trainer' }).click();
    await page.getByLabel('Card title').fill('Phones in our unit');
    await page.getByLabel(/Card text/).fill('# Phones\n\nAsk before you take.\n\n- Keep the phone\n- Plan together');
    expect(await page.getByRole('region', { name: 'Preview' }).getByRole('listitem').allTextContents()).toEqual(['Keep the phone', 'Plan together']);
    await page.getByLabel(/Card text/).fill('Hi <img src=x onerror="document.title=\'owned\'">');
    expect(await page.getByRole('region', { name: 'Preview' }).textContent()).toContain('HTML is not allowed');
    expect(await page.locator('img').count()).toBe(0);
    await page.getByLabel(/Card text/).fill('# Phones\n\nAsk before you take.');
    await page.getByRole('button', { name: 'Save card' }).click();
    await page.getByRole('tab', { name: 'Cards' }).click();
    await page.getByLabel('Search cards').fill('');
    await page.getByRole('tab', { name: 'Trainer' }).click();
    await page.getByLabel('Pack name').fill('Unit 4');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export pack' }).click()]);
    const file = join(profile, 'unit-4.json');
    await download.saveAs(file);
    const pack = JSON.parse(readFileSync(file, 'utf8'));
    expect(pack).toMatchObject({ format: 'rapport-pack', version: 1, name: 'Unit 4', cards: [{ id: 'custom-phones-in-our-unit', title: 'Phones in our unit' }] });
    expect(pack.pins.length).toBe(2);
    // The trainee's pack also pins the trainer's own card.
    pack.pins.push({ cardId: 'custom-phones-in-our-unit' });
    writeFileSync(file, JSON.stringify(pack));
    await page.close();

    // A trainee: a fresh profile.
    const trainee = await launchWithExtension('chrome-extension://', mkdtempSync(join(tmpdir(), 'rapport-trainee-')));
    try {
      const t = await trainee.context.newPage();
      await t.goto(`chrome-extension://${trainee.extensionId}/sidepanel.html`);
      await t.getByRole('tab', { name: 'Trainer' }).click();
      const hostile = join(profile, 'hostile.json');
      writeFileSync(hostile, JSON.stringify({ ...pack, cards: [{ ...pack.cards[0], title: '<script>alert(1)</script>' }] }));
      await t.getByLabel('Import a pack').setInputFiles(hostile);
      expect(await t.getByRole('alert').textContent()).toMatch(/Import refused, nothing was changed\. The pack is invalid at cards\.0\.title: HTML or script/);
      await t.getByLabel('Import a pack').setInputFiles(file);
      await expect.poll(() => t.getByRole('status').textContent()).toMatch(/Imported 1 cards and 3 pins/);
      await t.getByRole('tab', { name: 'Cards' }).click();
      const titles = await t.getByRole('list', { name: 'Pinned cards' }).locator(':scope > li h3').allTextContents();
      expect(titles).toHaveLength(3);
      expect(titles[2]).toBe('Phones in our unit');
      expect(await t.getByText('From the pack “Unit 4”').count()).toBe(3);
    } finally {
      await trainee.close();
    }
  });
});

describe('accessibility', () => {
  it('side panel tabs and options page have no serious or critical axe violations', async () => {
    const page = await panel();
    for (const name of ['This note', 'Cards', 'Trainer']) {
      await page.getByRole('tab', { name }).click();
      expect(await axe(page), name).toEqual([]);
    }
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Rapport settings' }).waitFor();
    expect(await axe(options)).toEqual([]);
  });
});

