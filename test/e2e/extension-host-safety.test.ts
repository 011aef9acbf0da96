/**
 * Rapport never changes a host editor's DOM on its own: in each real editor, the DOM after typing
 * a note is exactly what the same typing gives without the extension; drawing and redrawing the
 * underlines (scroll, resize) causes no mutation inside the editor; opening the card and closing it
 * leaves the editor's DOM as it was.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFixtures, fieldReport, highlightCount, launchWithExtension, until, ROOT, serveFixtures, type Browser } from './helpers/index.js';

const EDITORS = [
  { name: 'Quill 2', page: 'quill', editable: '.ql-editor' },
  { name: 'ProseMirror', page: 'prosemirror', editable: '.ProseMirror' },
  { name: 'Lexical', page: 'lexical', editable: '#editor' },
  { name: 'CKEditor 5', page: 'ckeditor', editable: '.ck-editor__editable' },
  { name: 'TinyMCE (iframe)', page: 'tinymce', editable: 'body#tinymce', frame: true },
];
const NOTE = 'Yth went AWOL on Friday. Her pimp called the group home twice.';

let site: { url: string; server: Server };
let b: Browser;
let plain: BrowserContext;

beforeAll(async () => {
  await bundleFixtures(EDITORS.map((e) => join(ROOT, `test/fixtures/editors/src/${e.page}.ts`)));
  site = await serveFixtures();
  b = await launchWithExtension(site.url);
  plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'rapport-plain-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 180_000);

afterAll(async () => {
  await b?.close();
  await plain?.close();
  await new Promise((r) => site?.server.close(r));
});

type Win = Window & { __mutations?: string[] };

/** Opens the editor, starts recording every mutation inside its editable, types the note. */
async function typeNote(context: BrowserContext, ed: (typeof EDITORS)[number]): Promise<{ page: Page; frame: Frame; html: () => Promise<string>; mutations: () => Promise<string[]> }> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${site.url}/${ed.page}.html`);
  await page.waitForFunction(() => typeof (window as unknown as { __getText?: unknown }).__getText === 'function', null, { timeout: 30_000 });
  const frame = ed.frame ? (await (await page.waitForSelector('iframe')).contentFrame())! : page.mainFrame();
  await frame.waitForSelector(ed.editable);
  await frame.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const log: string[] = ((window as Win).__mutations = []);
    const name = (n: Node) => (n.nodeType === 1 ? (n as Element).tagName.toLowerCase() : n.nodeName);
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') log.push(`attr ${name(r.target)} ${r.attributeName}`);
        else if (r.type === 'characterData') log.push('text');
        else for (const n of [...r.addedNodes, ...r.removedNodes]) log.push(`${r.addedNodes.length ? 'add' : 'remove'} ${name(n)}`);
      }
    }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  }, ed.editable);
  await frame.click(ed.editable);
  await page.keyboard.type(NOTE);
  const html = () => frame.evaluate((sel) => document.querySelector(sel)!.innerHTML, ed.editable);
  const mutations = () => frame.evaluate(() => [...((window as Win).__mutations ?? [])]);
  return { page, frame, html, mutations };
}

describe.each(EDITORS)('$name keeps its own DOM', (ed) => {
  it('the same DOM as without Rapport; no mutation while underlines are drawn, redrawn, and the card opens and closes', async () => {
    const without = await typeNote(plain, ed);
    await without.page.waitForTimeout(600);
    const expected = await without.html();
    await without.page.close();

    const { page, frame, html, mutations } = await typeNote(b.context, ed);
    await expect.poll(() => highlightCount(page, 'rapport-avoid', frame), { timeout: 10_000 }).toBe(2);
    await page.waitForTimeout(600);
    expect(await html()).toBe(expected);
    // No element of Rapport's, no attribute of Rapport's, anywhere in the editor.
    expect(await frame.evaluate((sel) => document.querySelector(sel)!.querySelectorAll('rapport-overlay, [data-rapport], [class*="rapport"]').length, ed.editable)).toBe(0);

    // Redraws: the page scrolls and the window resizes; then the card opens by keyboard and closes.
    const before = (await mutations()).length;
    const htmlBefore = await html();
    await page.mouse.wheel(0, 40);
    await page.setViewportSize({ width: 900, height: 650 });
    await page.waitForTimeout(200);
    expect((await mutations()).slice(before)).toEqual([]);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+KeyK');
    expect((await until(() => fieldReport(b), (r) => !!r?.card))!.card!.phrase).toBe('went AWOL');
    await page.keyboard.press('Escape');
    await until(() => fieldReport(b), (r) => !!r && !r.card);
    await page.waitForTimeout(200);
    // Focus went to the card and back: an editor may note that (CKEditor's focus class), but its
    // content is untouched and nothing was added.
    expect(await html()).toBe(htmlBefore);
    expect((await mutations()).slice(before).filter((m) => !m.startsWith('attr'))).toEqual([]);
    await page.close();
  });
});
