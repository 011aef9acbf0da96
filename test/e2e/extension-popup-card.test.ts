/**
 * What the worker sees around the note: the toolbar popup (on/off for the site, the findings in
 * the focused field) and where the suggestion card opens (never over its phrase, always inside the
 * window, closed by a click outside).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Server } from 'node:http';
import { fieldReport, launchWithExtension, serveFixtures, until, type Browser } from './helpers/index.js';

let site: { url: string; server: Server };
let b: Browser;
let extPage: Page;
const report = () => fieldReport(b);
const COUNTY = 'county.example';

declare const chrome: {
  action: { openPopup(): Promise<void> };
  extension: { getViews(o: { type: string }): Window[] };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } };
};

/** Opens the toolbar popup over the active tab and returns its text once `ready` holds. */
async function popupText(ready: (text: string) => boolean): Promise<string> {
  await b.worker.evaluate(() => chrome.action.openPopup());
  // Extension pages share a process: one of them can read the popup's document.
  const read = () => extPage.evaluate(() => chrome.extension.getViews({ type: 'popup' })[0]?.document.body.innerText ?? '');
  return until(read, ready);
}

async function closePopup() {
  await extPage.evaluate(() => chrome.extension.getViews({ type: 'popup' }).forEach((w) => w.close()));
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, c: Box) => a.x < c.x + c.width && c.x < a.x + a.width && a.y < c.y + c.height && c.y < a.y + a.height;
const inside = (a: Box, w: number, h: number) => a.x >= 0 && a.y >= 0 && a.x + a.width <= w + 0.5 && a.y + a.height <= h + 0.5;

beforeAll(async () => {
  site = await serveFixtures();
  // county.example resolves to the fixture server: a site that is not enabled.
  b = await launchWithExtension(site.url, undefined, [`--host-resolver-rules=MAP ${COUNTY} 127.0.0.1`]);
  extPage = await b.context.newPage();
  await extPage.goto(`chrome-extension://${b.extensionId}/options.html`);
});

afterAll(async () => {
  await b?.close();
  await new Promise((r) => site?.server.close(r));
});

describe('the toolbar popup', () => {
  it('shows Rapport on for the local demo and lists the focused field’s findings with their first suggestion', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.url}/plain.html`);
    await page.bringToFront();
    await page.click('#note');
    await page.keyboard.type('Yth went AWOL again and her pimp picked her up.');
    await until(report, (r) => r?.findings.length === 2);
    const text = await popupText((t) => t.includes('2 suggestions'));
    expect(text).toContain(`On for ${site.url}`);
    expect(text).toContain('2 suggestions in the focused field');
    expect(text).toContain('“went AWOL” → went missing from care');
    expect(text).toMatch(/“pimp” → \w+/);
    // Local sites are always on: no switch to offer.
    expect(text).not.toContain('Turn on for this site');
    await closePopup();
    await page.close();
  });

  // The switch itself ("Turn on for this site", then the browser's permission prompt) needs the
  // tab's address, which `activeTab` grants when the worker clicks the toolbar button; a popup opened
  // by automation gets no such grant and the prompt cannot be answered headless, so that part is
  // verified by hand (see the extension's notes in the README).
  it('on a site nobody enabled: Rapport stays out of the page, and the popup says it is off there', async () => {
    const port = new URL(site.url).port;
    const page = await b.context.newPage();
    await page.goto(`http://${COUNTY}:${port}/plain.html`);
    await page.bringToFront();
    await page.click('#note');
    await page.keyboard.type('Yth went AWOL again.');
    await page.waitForTimeout(500);
    // No content script answers in this tab.
    expect(await report().catch(() => null)).toBeNull();
    const text = await popupText((t) => t.includes('Off for'));
    expect(text).toMatch(/Off for (this page|http:\/\/county\.example)/);
    expect(text).not.toMatch(/suggestions? in the focused field/);
    await closePopup();
    await page.close();
  });
});

describe('the suggestion card’s place', () => {
  let page: Page;
  beforeAll(async () => {
    page = await b.context.newPage();
    await page.goto(`${site.url}/placement.html`);
    await page.bringToFront();
  });

  it('above a phrase at the bottom of the window, never over it, inside the window', async () => {
    await page.click('#bottom');
    await page.keyboard.type('Yth went AWOL.');
    await until(report, (r) => (r?.underlines?.length ?? 0) > 0);
    await page.keyboard.press('Alt+Shift+KeyK');
    const r = (await until(report, (x) => !!x?.card?.box))!;
    const vp = page.viewportSize()!;
    expect(inside(r.card!.box!, vp.width, vp.height)).toBe(true);
    for (const u of r.underlines!) expect(overlaps(r.card!.box!, u)).toBe(false);
    expect(r.card!.box!.y + r.card!.box!.height).toBeLessThanOrEqual(r.underlines![0].y);
    await page.keyboard.press('Escape');
    await until(report, (x) => !x?.card);
  });

  it('below a phrase at the top right corner, pulled inside the window, in a small window too; a click outside closes it', async () => {
    for (const size of [{ width: 1280, height: 720 }, { width: 420, height: 360 }]) {
      await page.setViewportSize(size);
      await page.click('#ce');
      await page.keyboard.press('Control+a');
      await page.keyboard.type('She is a runaway.');
      await until(report, (r) => r?.findings.length === 1);
      await page.keyboard.press('Alt+Shift+KeyK');
      const r = (await until(report, (x) => !!x?.card?.box))!;
      const f = r.findings[0];
      // The phrase's own boxes, from the page.
      const phrase = await page.evaluate(([s, e]) => {
        const el = document.getElementById('ce')!;
        const node = el.firstChild as Text;
        const range = new Range();
        range.setStart(node, s);
        range.setEnd(node, e);
        return [...range.getClientRects()].map((x) => ({ x: x.x, y: x.y, width: x.width, height: x.height }));
      }, [f.start, f.end]);
      expect(phrase.length).toBeGreaterThan(0);
      expect(inside(r.card!.box!, size.width, size.height)).toBe(true);
      for (const p of phrase) expect(overlaps(r.card!.box!, p)).toBe(false);
      await page.mouse.click(10, size.height - 10);
      expect((await until(report, (x) => !x?.card))?.card).toBeUndefined();
    }
  });
});

describe('with a screen reader', () => {
  type AXNode = { nodeId: string; role?: { value: string }; name?: { value: string }; description?: { value: string }; properties?: { name: string; value: { value: unknown } }[]; childIds?: string[]; parentId?: string };

  it('hears the count of findings politely, and the card as a dialog named by its phrase and described by its reason', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.url}/plain.html`);
    await page.bringToFront();
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const tree = async () => ((await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] }).nodes;
    await page.click('#note');
    await page.keyboard.type('Yth went AWOL again and her pimp picked her up.');
    await until(report, (r) => r?.findings.length === 2);
    // The announcement sits in a polite live region (inside Rapport's closed shadow root).
    const live = async () => {
      const nodes = await tree();
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const text = nodes.find((n) => n.role?.value === 'StaticText' && /language suggestions? in this field/.test(n.name?.value ?? ''));
      let region = text && byId.get(text.parentId!);
      while (region && !region.properties?.some((p) => p.name === 'live')) region = byId.get(region.parentId!);
      return { text: text?.name?.value, politeness: region?.properties?.find((p) => p.name === 'live')?.value.value };
    };
    const heard = await until(live, (x) => !!x.text);
    expect(heard).toEqual({ text: '2 language suggestions in this field. Press Alt+Shift+K to review.', politeness: 'polite' });
    await page.keyboard.press('Alt+Shift+KeyK');
    await until(report, (r) => !!r?.card);
    const dialog = (await until(tree, (nodes) => nodes.some((n) => n.role?.value === 'dialog'))).find((n) => n.role?.value === 'dialog')!;
    expect(dialog.name?.value).toBe('“went AWOL”');
    expect(dialog.description?.value).toMatch(/\w{3,}.*\./);
    // Focus is on the first suggestion, a button named by its words.
    const focused = (await tree()).find((n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true));
    expect(focused?.role?.value).toBe('button');
    expect(focused?.name?.value).toBe('went missing from care');
    await page.keyboard.press('Escape');
    await page.close();
  });
});

describe('the note stays in the page', () => {
  it('nothing of what the worker typed is stored by the extension (storage areas and IndexedDB)', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.url}/plain.html`);
    await page.bringToFront();
    const secret = 'Zebulon disclosed that his uncle Quimby sold him for rent money';
    await page.click('#note');
    await page.keyboard.type(`${secret}. He went AWOL twice.`);
    await until(report, (r) => (r?.findings.length ?? 0) > 0);
    // Open the card, ignore a finding here, open the popup: every path that might keep something.
    await page.keyboard.press('Alt+Shift+KeyK');
    await until(report, (r) => !!r?.card);
    await page.keyboard.press('Escape');
    await popupText((t) => t.includes('suggestion'));
    await closePopup();
    const stored = await extPage.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<unknown> } | undefined> } }).chrome;
      const areas: Record<string, unknown> = {};
      for (const a of ['local', 'sync', 'session']) areas[a] = await api.storage[a]?.get(null);
      const dbs: Record<string, unknown> = {};
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((ok, fail) => Object.assign(indexedDB.open(info.name!), { onsuccess(this: IDBOpenDBRequest) { ok(this.result); }, onerror: fail }));
        for (const name of db.objectStoreNames) {
          dbs[`${info.name}/${name}`] = await new Promise((ok) => Object.assign(db.transaction(name).objectStore(name).getAll(), { onsuccess(this: IDBRequest) { ok(this.result); } }));
        }
        db.close();
      }
      return JSON.stringify({ areas, dbs });
    });
    // The dump really read the storage areas.
    expect(JSON.parse(stored).areas).toEqual({ local: expect.any(Object), sync: expect.any(Object), session: expect.any(Object) });
    for (const word of ['Zebulon', 'Quimby', 'rent money', 'AWOL twice']) expect(stored).not.toContain(word);
    await page.close();
  });
});

describe('the card’s other choices, by keyboard', () => {
  it('"Ignore here" drops that phrase in this field only; "Turn off this rule" stops it everywhere until turned back on', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.url}/plain.html`);
    await page.bringToFront();
    await page.click('#note');
    await page.keyboard.type('Yth went AWOL again. Her pimp called. Yth is a runaway.');
    await until(report, (r) => r?.findings.length === 3);
    const texts = async () => (await report())!.findings.map((f) => f.text);
    /** Opens the card on the next finding and presses the button named `label` (Tab from the first suggestion). */
    const choose = async (phrase: string, label: string) => {
      await page.keyboard.press('Alt+Shift+KeyK');
      while ((await until(report, (r) => !!r?.card))!.card!.phrase !== phrase) await page.keyboard.press('Alt+Shift+KeyK');
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.tagName);
        // Focus stays inside Rapport's closed shadow root: the page sees only the host element.
        expect(focused).toBe('RAPPORT-OVERLAY');
        const cdp = await b.context.newCDPSession(page);
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
        await cdp.detach();
        const f = nodes.find((n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true));
        if (f?.name?.value === label) break;
      }
      await page.keyboard.press('Enter');
    };

    await page.keyboard.press('Control+Home');
    await choose('went AWOL', 'Ignore here');
    await expect.poll(texts).toEqual(['pimp', 'runaway']);
    expect(await page.inputValue('#note')).toBe('Yth went AWOL again. Her pimp called. Yth is a runaway.');
    // Focus is back in the note, where the worker was writing.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');

    await page.keyboard.press('Control+Home');
    await choose('pimp', 'Turn off this rule');
    await expect.poll(texts).toEqual(['runaway']);
    const stored = await b.worker.evaluate(async () => (await chrome.storage.local.get('rapport:settings'))['rapport:settings'] as { disabledRules: string[] });
    expect(stored.disabledRules).toEqual(['exploitation/pimp']);
    // Another field: the ignored phrase is flagged again there, the turned-off rule is not.
    const other = await b.context.newPage();
    await other.goto(`${site.url}/plain.html`);
    await other.click('#note');
    await other.keyboard.type('He went AWOL. His pimp is in custody.');
    await expect.poll(async () => (await report())?.findings.map((f) => f.text)).toEqual(['went AWOL']);
    await b.worker.evaluate(() => chrome.storage.local.remove('rapport:settings'));
    await other.close();
    await page.close();
  });
});
