/**
 * The side panel's "This note" tab on a real note (interface 4 broadcasts and rapport:jump-to), and
 * the options page: a change reaches an open tab at once, and settings export/import is validated.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldReport, launchWithExtension, serveFixtures, until, type Browser } from './helpers/index.js';

let site: { url: string; server: import('node:http').Server };
let b: Browser;
let note: Page;
let side: Page;
const dir = mkdtempSync(join(tmpdir(), 'rapport-settings-'));

beforeAll(async () => {
  site = await serveFixtures();
  b = await launchWithExtension(site.url);
  side = await b.context.newPage();
  await side.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  note = await b.context.newPage();
  await note.goto(`${site.url}/plain.html`);
});

afterAll(async () => {
  await b?.close();
  await new Promise((r) => site?.server.close(r));
});

describe('This note', () => {
  it('shows the focused note’s findings grouped by domain, the suggested stage with its cues, and jumps to a finding', async () => {
    await note.bringToFront();
    await note.click('#note');
    await note.keyboard.type('She went AWOL again and her pimp picked her up. She says she wants to stop using and asked about a program.');
    await until(() => fieldReport(b), (r) => (r?.findings.length ?? 0) >= 2, 15_000);
    const missing = side.getByRole('region', { name: 'Missing from care' });
    await expect.poll(() => missing.getByRole('button').allTextContents(), { timeout: 15_000 }).toEqual([expect.stringContaining('“went AWOL”')]);
    expect(await side.getByRole('region', { name: 'Exploitation' }).getByRole('button').allTextContents()).toEqual([expect.stringContaining('“pimp”')]);
    expect(await side.getByText(/^Suggested:/).textContent()).toBe('Suggested: Determination — from “wants to stop”');
    expect(await side.getByLabel('Stage').inputValue()).toBe('determination');
    expect(await side.getByRole('heading', { name: 'What to avoid' }).isVisible()).toBe(true);
    // Jump from the panel (interface 4 rapport:jump-to): the note opens the card for "pimp".
    await side.getByRole('region', { name: 'Exploitation' }).getByRole('button').click();
    const jumped = await until(() => fieldReport(b), (x) => (x as { card?: { phrase: string } } | null)?.card?.phrase === 'pimp');
    expect((jumped as { card?: { phrase: string } } | null)?.card?.phrase).toBe('pimp');
    await note.keyboard.press('Escape');
    await until(() => fieldReport(b), (x) => !(x as { card?: unknown } | null)?.card);
  });

  it('turning a rule off in the options page reaches the open note at once', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByLabel('exploitation/pimp on').uncheck();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('exploitation/pimp off.');
    await note.bringToFront();
    await note.click('#note');
    await note.keyboard.type(' Later.');
    const r = await until(() => fieldReport(b), (x) => !!x && !x.findings.some((f) => f.text === 'pimp'), 15_000);
    expect(r!.findings.map((f) => f.text)).toEqual(['went AWOL']);
    await options.close();
  });
});

describe('settings export and import', () => {
  it('exports the worker’s settings, imports an edited file, and refuses a malformed one without changing anything', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
    const file = join(dir, 'settings.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'rapport-settings', version: 1, settings: { disabledRules: ['exploitation/pimp'] } });
    exported.settings.ignoreList = ['went AWOL'];
    writeFileSync(file, JSON.stringify(exported));
    await options.getByLabel('Import settings').setInputFiles(file);
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Imported settings from settings.json.');
    expect(await options.getByRole('button', { name: 'Remove went AWOL' }).isVisible()).toBe(true);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...exported, settings: { ...exported.settings, ignoreList: [], disabledDomains: ['not-a-domain'] } }));
    await options.getByLabel('Import settings').setInputFiles(bad);
    expect(await options.getByRole('alert').textContent()).toMatch(/Import refused, nothing was changed\. The file is invalid at settings\.disabledDomains\.0/);
    expect(await options.getByRole('button', { name: 'Remove went AWOL' }).isVisible()).toBe(true);
    await options.close();
  });
});
