/**
 * County policy for real: Debian's Chromium reads /etc/chromium/policies/managed/*.json. The test
 * writes a 3rdparty policy for Rapport's stable id (from the manifest `key`), starts the browser, and
 * checks the policy in the options UI and in what the extension does; the file is always removed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION, fieldReport, launchWithExtension, serveFixtures, until, type Browser } from './helpers/index.js';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'rapport-e2e-test.json');

/** Chrome's id for an extension with a manifest key: sha256 of the DER public key, first 32 hex digits as a-p. */
function idFromKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}

const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
const ID = idFromKey(manifest.key);
const COUNTY_SITE = 'https://portal.county.example';
const policy = {
  enabledSites: [COUNTY_SITE],
  disabledRules: ['missing/awol'],
  termPack: {
    name: 'Example County terms',
    terms: [{ phrases: ['placement failure'], message: 'Describe what happened rather than calling it a failure.', suggestions: ['placement change'], source: 'Example County practice guide' }],
  },
  pinnedCards: ['cse-dynamics'],
  allowUserSettings: false,
};

let site: { url: string; server: import('node:http').Server };
let b: Browser;

beforeAll(async () => {
  // Runs as root here: a policy directory we cannot write must fail the run, never skip it.
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [ID]: policy } } }));
  site = await serveFixtures();
  b = await launchWithExtension(site.url);
});

afterAll(async () => {
  try {
    await b?.close();
    await new Promise((r) => site?.server.close(r));
  } finally {
    rmSync(POLICY_FILE, { force: true });
  }
});

async function open(path: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/${path}`);
  return page;
}

describe('enterprise policy through /etc/chromium/policies/managed', () => {
  it('the built extension has the stable id the policy file names', () => {
    expect(ID).toBe('clfhcaifemdfbajiflnonfamagmlcopm');
    expect(b.extensionId).toBe(ID);
  });

  it('Chromium hands the policy to the extension as storage.managed', async () => {
    const managed = await until(() => b.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<object> } } } }).chrome.storage.managed.get()), (m) => Object.keys(m).length > 0, 15_000);
    expect(managed).toEqual(policy);
  });

  it('the options page says "Managed by your county" and every control is locked', async () => {
    const page = await open('options.html');
    await expect.poll(() => page.getByText('Managed by your county').count()).toBeGreaterThan(3);
    expect(await page.getByText('your county does not allow changes to settings').first().isVisible()).toBe(true);
    const awol = page.getByLabel('missing/awol on');
    expect(await awol.isDisabled()).toBe(true);
    expect(await awol.isChecked()).toBe(false);
    expect(await page.getByLabel('exploitation/pimp on').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add phrase' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Export settings' }).isDisabled()).toBe(true);
    // The county's sites and term pack are listed.
    expect(await page.getByText(COUNTY_SITE).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Example County terms (Managed by your county)' }).isVisible()).toBe(true);
    await page.close();
  });

  it('in a note, the disabled rule is not flagged and the county term-pack phrase is', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.url}/plain.html`);
    await page.click('#note');
    await page.keyboard.type('Yth went AWOL again after another placement failure and her pimp picked her up.');
    const r = await until(() => fieldReport(b), (x) => (x?.findings.length ?? 0) >= 2, 15_000);
    const texts = r!.findings.map((f) => f.text);
    expect(texts).toContain('placement failure');
    expect(texts).toContain('pimp');
    expect(texts).not.toContain('went AWOL');
    const county = r!.findings.find((f) => f.text === 'placement failure')!;
    expect(county.suggestions).toEqual(['placement change']);
    await page.close();
  });

  it('the side panel shows the county pinned card, marked as pinned by the county', async () => {
    const page = await open('sidepanel.html');
    await page.getByRole('tab', { name: 'Cards' }).click();
    const pinned = page.getByRole('list', { name: 'Pinned cards' });
    await expect.poll(() => pinned.getByRole('heading', { name: 'Dynamics of CSE' }).count()).toBe(1);
    expect(await pinned.getByText('Pinned by your county').isVisible()).toBe(true);
    await page.close();
  });
});
