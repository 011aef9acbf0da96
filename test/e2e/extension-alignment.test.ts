/**
 * Underlines stay on their words when the page changes the field's font, zooms, or the browser's
 * zoom changes the viewport: boxes over a textarea are measured again (the field's size is watched),
 * scaled with the page's CSS zoom; a contenteditable's highlight is the text's own ranges.
 */
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldReport, launchWithExtension, serveFixtures, until, type Browser } from './helpers/index.js';

let site: { url: string; server: Server };
let b: Browser;
let page: Page;
const report = () => fieldReport(b);
type Box = { x: number; y: number; width: number; height: number };

beforeAll(async () => {
  site = await serveFixtures();
  b = await launchWithExtension(site.url);
  page = await b.context.newPage();
  await page.goto(`${site.url}/align.html`);
});

afterAll(async () => {
  await b?.close();
  await new Promise((r) => site?.server.close(r));
});

/** The underline and the field, once a drawing that satisfies `ok` is reported. */
async function drawn(ok: (u: Box, f: Box) => boolean): Promise<{ u: Box; f: Box }> {
  let last: { u: Box; f: Box } | undefined;
  await until(async () => {
    const r = await report();
    const f = await page.evaluate(() => {
      const x = document.getElementById('ta')!.getBoundingClientRect();
      return { x: x.x, y: x.y, width: x.width, height: x.height };
    });
    last = r?.underlines?.[0] ? { u: r.underlines[0], f } : undefined;
    return last;
  }, (v) => !!v && ok(v.u, v.f));
  return last!;
}

describe('a textarea’s underline', () => {
  it('follows a font change made by the page’s CSS, with no event from the page', async () => {
    await page.click('#ta');
    await page.keyboard.type('Staff met yth at school. She went AWOL on Friday.');
    const base = await drawn(() => true);
    await page.evaluate(() => document.body.classList.add('large'));
    const large = await drawn((u) => u.width > base.u.width * 1.2);
    expect(large.u.width / base.u.width).toBeCloseTo(22 / 16, 1);
    // The phrase starts after the same words: its offset from the field grows with the font.
    expect((large.u.x - large.f.x - 7) / (base.u.x - base.f.x - 7)).toBeCloseTo(22 / 16, 1);
    await page.evaluate(() => document.body.classList.remove('large'));
    const back = await drawn((u) => Math.abs(u.width - base.u.width) < 0.5);
    expect(back.u.x - back.f.x).toBeCloseTo(base.u.x - base.f.x, 0);
    expect(back.u.y - back.f.y).toBeCloseTo(base.u.y - base.f.y, 0);
  });

  it('scales with the page’s CSS zoom', async () => {
    const base = await drawn(() => true);
    await page.evaluate(() => (document.body.style.zoom = '1.5'));
    // The worker goes on typing at the end of the note.
    await page.keyboard.press('End');
    await page.keyboard.type(' Returned.');
    const zoomed = await drawn((u) => u.width > base.u.width * 1.3);
    expect(zoomed.u.width / base.u.width).toBeCloseTo(1.5, 1);
    expect((zoomed.u.x - zoomed.f.x) / (base.u.x - base.f.x)).toBeCloseTo(1.5, 1);
    expect((zoomed.u.y - zoomed.f.y) / (base.u.y - base.f.y)).toBeCloseTo(1.5, 1);
    await page.evaluate(() => (document.body.style.zoom = ''));
    await drawn((u) => Math.abs(u.width - base.u.width) < 0.5);
  });

  it('stays put when the browser zooms (a smaller CSS viewport at a higher pixel ratio)', async () => {
    const base = await drawn(() => true);
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 400, deviceScaleFactor: 2, mobile: false });
    const after = await drawn((u, f) => f.width > 0 && Math.abs(u.width - base.u.width) < 0.5);
    expect(after.u.x - after.f.x).toBeCloseTo(base.u.x - base.f.x, 0);
    expect(after.u.y - after.f.y).toBeCloseTo(base.u.y - base.f.y, 0);
    await cdp.send('Emulation.clearDeviceMetricsOverride');
  });
});

describe('a contenteditable’s underline', () => {
  it('is the phrase itself through a font change and a zoom', async () => {
    await page.click('#ce');
    await page.keyboard.type('She is a runaway and stays with friends.');
    const phrase = () => page.evaluate(() => [...(CSS.highlights.get('rapport-avoid') ?? [])].map((r) => (r as Range).toString()));
    await expect.poll(phrase).toEqual(['runaway']);
    const rect = () => page.evaluate(() => {
      const r = ([...(CSS.highlights.get('rapport-avoid') ?? [])][0] as Range).getBoundingClientRect();
      return r.width;
    });
    const w = await rect();
    await page.evaluate(() => {
      document.body.classList.add('large');
      document.body.style.zoom = '1.5';
    });
    expect(await phrase()).toEqual(['runaway']);
    expect((await rect()) / w).toBeCloseTo((22 / 16) * 1.5, 1);
    await page.evaluate(() => {
      document.body.classList.remove('large');
      document.body.style.zoom = '';
    });
  });
});
