import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFixtures, fieldReport, highlightCount, launchWithExtension, until, ROOT, serveFixtures, type Browser } from './helpers/index.js';

/** Each real editor, where its editable lives, and how its own API reads the text back. */
const EDITORS = [
  { name: 'Quill 2', page: 'quill', editable: '.ql-editor' },
  { name: 'ProseMirror', page: 'prosemirror', editable: '.ProseMirror' },
  { name: 'Lexical', page: 'lexical', editable: '#editor' },
  { name: 'CKEditor 5', page: 'ckeditor', editable: '.ck-editor__editable' },
  { name: 'TinyMCE (iframe)', page: 'tinymce', editable: 'body#tinymce', frame: true },
];

let site: { url: string; server: Server };
let b: Browser;

beforeAll(async () => {
  await bundleFixtures(EDITORS.map((e) => join(ROOT, `test/fixtures/editors/src/${e.page}.ts`)));
  site = await serveFixtures();
  b = await launchWithExtension(site.url);
}, 180_000);

afterAll(async () => {
  await b?.close();
  await new Promise((r) => site?.server.close(r));
});

const report = () => fieldReport(b);


/** Clicks in the middle of a word of the editor's text, as a worker would. */
async function clickWord(page: Page, frame: Frame, selector: string, word: string) {
  const box = await frame.evaluate(
    ([sel, w]) => {
      const root = document.querySelector(sel)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(w);
        if (i >= 0) {
          const r = new Range();
          r.setStart(n, i + 1);
          r.setEnd(n, i + w.length - 1);
          const b = r.getBoundingClientRect();
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
      }
      return null;
    },
    [selector, word] as const,
  );
  const offset = frame === page.mainFrame() ? { x: 0, y: 0 } : await (await frame.frameElement()).boundingBox().then((r) => ({ x: r!.x, y: r!.y }));
  await page.mouse.click(box!.x + offset.x, box!.y + offset.y);
}

describe.each(EDITORS)('the extension in $name', (ed) => {
  it('underlines, opens the card by mouse and by keyboard, applies through the editor, and undo restores', async () => {
    const page = await b.context.newPage();
    await page.goto(`${site.url}/${ed.page}.html`);
    await page.waitForFunction(() => typeof (window as unknown as { __getText?: unknown }).__getText === 'function', null, { timeout: 30_000 });
    const frame = ed.frame ? (await (await page.waitForSelector('iframe')).contentFrame())! : page.mainFrame();
    await frame.click(ed.editable);
    await page.keyboard.type('Yth went AWOL on Friday.');
    const text = () => page.evaluate(() => (window as unknown as { __getText(): string }).__getText().trim());
    await expect.poll(text).toBe('Yth went AWOL on Friday.');
    // The first focus on a fresh page injects the engine; allow for a busy machine.
    await expect.poll(() => highlightCount(page, 'rapport-avoid', frame), { timeout: 10_000 }).toBe(1);

    // Mouse: a click in the phrase opens its card; Esc closes it.
    await clickWord(page, frame, ed.editable, 'AWOL');
    expect((await until(report, (r) => !!r?.card))!.card!.phrase).toBe('went AWOL');
    await page.keyboard.press('Escape');
    await until(report, (r) => !!r && !r.card);

    // Quill groups edits within a second of the last keystroke into one undo step.
    await page.waitForTimeout(1100);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+KeyK');
    expect((await until(report, (r) => !!r?.card))!.card!.phrase).toBe('went AWOL');
    await page.keyboard.press('Enter');
    await expect.poll(text).toBe('Yth went missing from care on Friday.');
    await expect.poll(() => highlightCount(page, 'rapport-avoid', frame)).toBe(0);

    await page.keyboard.press('Control+z');
    await expect.poll(text).toBe('Yth went AWOL on Friday.');
    await page.close();
  });
});

it('sent nothing off the machine while driving the editors', () => {
  expect(b.offMachine).toEqual([]);
});
