import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Server } from 'node:http';
import { fieldReport, jumpTo, highlightCount, launchWithExtension, until, serveFixtures, type Browser } from './helpers/index.js';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, msg: unknown): Promise<unknown> } };

let site: { url: string; server: Server };
let b: Browser;
let page: Page;

const report = () => fieldReport(b);


beforeAll(async () => {
  site = await serveFixtures();
  b = await launchWithExtension(site.url);
  page = await b.context.newPage();
  await page.goto(`${site.url}/plain.html`);
});

afterAll(async () => {
  await b?.close();
  await new Promise((r) => site?.server.close(r));
});

describe('the extension on native fields', () => {
  it('underlines in a textarea, and Alt+Shift+K then Enter applies the first suggestion; Ctrl+Z restores it', async () => {
    await page.click('#note');
    await page.keyboard.type('Yth went AWOL again and her pimp picked her up.');
    const r = await until(report, (x) => (x?.count ?? 0) === 2);
    expect(r!.findings.map((f) => f.text)).toEqual(['went AWOL', 'pimp']);
    await page.evaluate(() => (document.getElementById('note') as HTMLTextAreaElement).setSelectionRange(0, 0));
    await page.keyboard.press('Alt+Shift+KeyK');
    expect((await until(report, (x) => !!x?.card))!.card!.phrase).toBe('went AWOL');
    // "Learn more" comes from the worker, which holds the cards the content script does not carry.
    expect((await until(report, (x) => !!x?.card?.learnMore))!.card!.learnMore).toMatch(/^Learn more: .*(Missing|Leaving|AWOL)/i);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.inputValue('#note')).toBe('Yth went missing from care again and her pimp picked her up.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.inputValue('#note')).toBe('Yth went AWOL again and her pimp picked her up.');
  });

  it('wraps to the next finding after the caret, and Esc closes the card and returns focus', async () => {
    await page.evaluate(() => (document.getElementById('note') as HTMLTextAreaElement).setSelectionRange(20, 20));
    await page.keyboard.press('Alt+Shift+KeyK');
    expect((await until(report, (x) => !!x?.card))!.card!.phrase).toBe('pimp');
    await page.keyboard.press('Escape');
    expect((await until(report, (x) => !x?.card))!.card).toBeUndefined();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
  });

  it('opens the card by mouse and applies a suggestion by click', async () => {
    await page.fill('#summary', '');
    await page.click('#summary');
    await page.keyboard.type('Mother is an addict.');
    await until(report, (x) => x?.count === 1);
    await page.click('#summary', { position: { x: 100, y: 5 } });
    const pos = await page.evaluate(() => {
      const el = document.getElementById('summary') as HTMLInputElement;
      el.setSelectionRange(15, 15);
      return null;
    });
    expect(pos).toBeNull();
    await page.keyboard.press('Alt+Shift+KeyK');
    const card = (await until(report, (x) => !!x?.card?.firstSuggestion))!.card!;
    await page.mouse.click(card.firstSuggestion!.x, card.firstSuggestion!.y);
    await expect.poll(() => page.inputValue('#summary')).toBe('Mother is a person with a substance use disorder.');
  });

  it('leaves password, email, number and search fields (a search engine’s text box too) alone', async () => {
    for (const id of ['email', 'password', 'q', 'engine', 'age']) {
      await page.click(`#${id}`);
      await page.keyboard.type(id === 'email' ? 'addict@example.org' : id === 'age' ? '15' : 'addict pimp');
      const r = await report();
      // The report names a field by its aria-label, name or id: none of this field's.
      expect(['email', 'password', 'q', 'engine', 'query', 'age']).not.toContain(r?.fieldLabel ?? '');
    }
  });
});

describe('the extension on contenteditable, shadow roots and frames', () => {
  it('draws CSS highlights in a contenteditable, applies by keyboard without touching other DOM, and undo restores', async () => {
    await page.click('#ce');
    await page.keyboard.press('End');
    await page.keyboard.type(' Yth is a chronic runaway.');
    await expect.poll(() => highlightCount(page, 'rapport-avoid')).toBe(1);
    const before = await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);
    await page.keyboard.press('Alt+Shift+KeyK');
    await until(report, (x) => !!x?.card);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#ce')).toBe('Start Yth is a youth who often goes missing from care.');
    // Only the worker's own edit changed the editor (a few text mutations), no Rapport markup.
    expect(await page.evaluate(() => document.querySelectorAll('#ce *:not(p)').length)).toBe(0);
    const after = await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);
    expect(after - before).toBeLessThanOrEqual(4);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.textContent('#ce')).toBe('Start Yth is a chronic runaway.');
  });

  it('answers the side panel (interface 4): full findings, stages, related cards; jump-to opens a finding’s card', async () => {
    await page.fill('#note', '');
    await page.click('#note');
    await page.keyboard.type('Yth went AWOL again and her pimp picked her up.');
    const r = (await until(report, (x) => x?.findings.length === 2))!;
    expect(r.fieldLabel).toBe('note');
    expect(r.findings[1]).toMatchObject({ text: 'pimp', start: 28, end: 32 });
    expect(r.findings[1].suggestions.length).toBeGreaterThan(0);
    expect(r.topicCardIds).toEqual(expect.arrayContaining(['missing-from-care-approach']));
    expect(Array.isArray(r.stages)).toBe(true);
    expect(await jumpTo(b, 1)).toBe(true);
    expect((await until(report, (x) => x?.card?.phrase === 'pimp'))!.card!.phrase).toBe('pimp');
    await page.keyboard.press('Escape');
    await until(report, (x) => !x?.card);
    expect(await jumpTo(b, 9)).toBe(false);
    // The manifest command (remappable) reaches the same keyboard path through the worker.
    await page.evaluate(() => (document.getElementById('note') as HTMLTextAreaElement).setSelectionRange(0, 0));
    await b.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      await chrome.tabs.sendMessage(tab.id!, { type: 'rapport:next' });
    });
    expect((await until(report, (x) => !!x?.card))!.card!.phrase).toBe('went AWOL');
    await page.keyboard.press('Escape');
    await until(report, (x) => !x?.card);
  });

  it('keeps a textarea’s underline on its phrase through the field’s scroll, the page’s scroll and a resize', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Line ${i + 1}: staff met with yth at placement.`);
    lines[9] = 'Line 10: she went AWOL on Friday.';
    await page.evaluate((t) => {
      document.body.style.paddingBottom = '3000px';
      const el = document.getElementById('note') as HTMLTextAreaElement;
      el.value = t;
      el.focus();
      el.setSelectionRange(0, 0);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, lines.join('\n'));
    // The new text's finding (line 10), not the previous test's underline, before measuring.
    await until(report, (x) => x?.findings[0]?.start === 382);
    const box = async () => (await until(report, (x) => (x?.underlines?.length ?? 0) > 0))!.underlines![0];
    const field = async () => (await page.locator('#note').boundingBox())!;
    // Line 10 of an 8-row textarea is below its fold: nothing drawn until the field scrolls.
    await page.evaluate(() => (document.getElementById('note')!.scrollTop = 40));
    const first = await box();
    const f = await field();
    expect(first.y).toBeGreaterThan(f.y);
    expect(first.y + first.height).toBeLessThan(f.y + f.height);
    await page.evaluate(() => (document.getElementById('note')!.scrollTop = 24));
    expect((await until(report, (x) => Math.abs(x!.underlines![0]?.y - (first.y + 16)) < 1))!.underlines![0].y).toBeCloseTo(first.y + 16, 0);
    await page.evaluate(() => scrollBy(0, 30));
    expect((await until(report, (x) => Math.abs(x!.underlines![0]?.y - (first.y - 14)) < 1))!.underlines![0].y).toBeCloseTo(first.y - 14, 0);
    // A wider field unwraps nothing here but moves nothing either; a larger font moves the phrase.
    const before = (await report())!.underlines![0];
    await page.evaluate(() => ((document.getElementById('note') as HTMLElement).style.fontSize = '20px'));
    await page.evaluate(() => dispatchEvent(new Event('resize')));
    const after = (await until(report, (x) => x!.underlines![0] !== undefined && Math.abs(x!.underlines![0].width - before.width) > 2))!.underlines![0];
    expect(after.width).toBeGreaterThan(before.width);
    await page.evaluate(() => {
      scrollTo(0, 0);
      document.body.style.paddingBottom = '';
      const el = document.getElementById('note') as HTMLElement;
      el.style.fontSize = '';
      (el as HTMLTextAreaElement).value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  });

  it('works in an open shadow root, a closed shadow root and a same-origin iframe', async () => {
    await page.click('#open-host >> textarea');
    await page.keyboard.type('She is a prostitute.');
    expect((await until(report, (x) => x?.count === 1))!.findings[0].text).toBe('prostitute');

    await page.evaluate(() => (window as unknown as { __closedNote: HTMLElement }).__closedNote.focus());
    await page.keyboard.type('Father is a junkie.');
    expect((await until(report, (x) => x?.findings[0]?.text === 'junkie'))!.count).toBe(1);

    const frame = page.frame({ url: /about:srcdoc/ })!;
    await frame.click('#inner');
    await page.keyboard.type('Yth absconded.');
    await page.keyboard.press('Alt+Shift+KeyK');
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.inputValue('#inner')).toBe('Yth went missing.');
  });

  it('picks up fields, editors and frames a page adds later (a closed shadow root, an iframe), while it is in use', async () => {
    const p = await b.context.newPage();
    await p.goto(`${site.url}/plain.html`);
    // A portal that renders its note form a moment after load, as single-page apps do.
    await p.evaluate(() => {
      setTimeout(() => {
        const host = document.createElement('div');
        document.body.append(host);
        const root = host.attachShadow({ mode: 'closed' });
        const late = document.createElement('div');
        late.contentEditable = 'true';
        late.setAttribute('aria-label', 'Late note');
        root.append(late);
        (window as unknown as { __late: HTMLElement }).__late = late;
        const frame = document.createElement('iframe');
        frame.srcdoc = '<!doctype html><html lang="en"><body><textarea id="later" aria-label="Framed note"></textarea></body></html>';
        document.body.append(frame);
      }, 700);
    });
    await p.waitForFunction(() => !!(window as unknown as { __late?: HTMLElement }).__late);
    await p.evaluate(() => (window as unknown as { __late: HTMLElement }).__late.focus());
    await p.keyboard.type('Yth is a runaway.');
    expect((await until(report, (x) => x?.fieldLabel === 'Late note' && x.count === 1))!.findings[0].text).toBe('runaway');
    const frame = await (await p.waitForSelector('body > iframe:last-child')).contentFrame();
    await frame!.waitForSelector('#later');
    // The browser adds the loader to a new frame once it is idle (document_idle), shortly after load.
    await frame!.waitForLoadState('load');
    await p.waitForTimeout(500);
    await frame!.click('#later');
    await p.keyboard.type('Her pimp called twice.');
    expect((await until(report, (x) => x?.fieldLabel === 'Framed note' && x.count === 1, 15_000))!.findings[0].text).toBe('pimp');
    await p.close();
  });

  it('picks up a field that had focus before the page finished loading (autofocus), on the first keystroke', async () => {
    const p = await b.context.newPage();
    await p.goto(`${site.url}/autofocus.html`);
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('draft');
    await p.keyboard.press('End');
    await p.keyboard.type(' Returned Sunday.');
    await until(report, (x) => (x?.findings.length ?? 0) > 0);
    const r = (await report())!;
    expect(r.fieldLabel).toBe('Contact note');
    expect(r.findings.map((f) => f.text)).toEqual(['went AWOL']);
    expect(r.underlines?.length).toBeGreaterThan(0);
    await p.close();
  });

  it('keeps up with a 250,000-character note', async () => {
    const long = 'Staff met with yth at placement and reviewed her safety plan. '.repeat(4100) + 'She went AWOL.';
    expect(long.length).toBeGreaterThan(250_000);
    await page.evaluate((t) => {
      const el = document.getElementById('note') as HTMLTextAreaElement;
      el.value = t;
      el.focus();
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, long);
    expect((await until(report, (x) => x?.findings.at(-1)?.text === 'went AWOL'))!.count).toBe(1);
  });

  it('sends no request anywhere but the page’s own server, and exposes no suggestion text to the page', async () => {
    expect(b.offMachine).toEqual([]);
    const leaked = await page.evaluate(() => document.documentElement.outerHTML.includes('missing from care') || document.documentElement.outerHTML.includes('substance use disorder'));
    expect(leaked).toBe(false);
    expect(await page.evaluate(() => document.querySelector('rapport-overlay')?.shadowRoot ?? null)).toBeNull();
  });
});
