import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startHarness, watchedPage, type Harness } from './widgets-harness.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ELEMENTS = ['rapport-reassessment', 'rapport-note-check', 'rapport-stage-guide', 'rapport-card', 'rapport-card-deck'];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the demo portal in light and dark', () => {
  for (const [scheme, lang] of [['light', 'en'], ['dark', 'en'], ['light', 'es']] as const) {
    it(`has no serious or critical axe-core violations (${scheme}, ${lang}) and screenshots each element`, async () => {
      const context = await h.browser.newContext({ colorScheme: scheme, viewport: { width: 1100, height: 900 } });
      const w = await watchedPage(h, context);
      const { page } = w;
      await page.goto(`${h.url}/?lang=${lang}`);
      for (const tag of ELEMENTS) await page.locator(tag).first().waitFor();
      await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), ELEMENTS);
      // The page's CSP refuses inline scripts (addScriptTag), so axe is evaluated through the
      // DevTools protocol, which the policy does not govern; the page itself stays strict.
      await page.evaluate(AXE_SOURCE);
      const results = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown; failureSummary: string }[] }[] }> } }).axe;
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, why: n.failureSummary })) }));
      });
      const serious = results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
      for (const tag of ELEMENTS) {
        await page.locator(tag).first().screenshot({ path: `${SCREENSHOTS}/${tag.replace('rapport-', '')}-${scheme}${lang === 'en' ? '' : `-${lang}`}.png` });
      }
      w.expectClean();
      await context.close();
    });
  }
});
