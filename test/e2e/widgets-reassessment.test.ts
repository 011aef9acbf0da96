import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, startHarness, watchedPage, type Harness } from './widgets-harness.js';
// @ts-expect-error: a plain ESM script without declarations
import { CSP } from '../../scripts/serve.mjs';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const form = (page: Page) => page.locator('rapport-reassessment');
const field = (page: Page, id: string) => form(page).locator(`#${id}`);
const saved = (page: Page) => page.waitForEvent('console', { predicate: (m) => m.text() === 'draft-saved', timeout: 5000 });

/** Logs each autosave so a test can wait for it. */
async function traceDrafts(page: Page): Promise<void> {
  await page.evaluate(() => document.addEventListener('rapport-draft', (e) => (e as CustomEvent).detail.state === 'saved' && console.log('draft-saved')));
}

describe('<rapport-reassessment> on the demo portal (strict CSP)', () => {
  it('submits its value with the portal’s form, then clears the draft', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/`);
    await field(page, 'behaviour-description').fill('Leaves placement on weekends to see an older boyfriend.');
    await form(page).getByRole('radio', { name: 'Missing from care' }).check();
    await field(page, 'strategy-description').fill('Emergency bag; texts staff a check-in each night away.');
    await form(page).getByRole('radio', { name: 'Continue', exact: true }).check();
    await form(page).getByRole('radio', { name: /^Contemplation/ }).check();
    await field(page, 'decision-reason').fill('She texted staff both nights she was away.');
    const cleared = page.waitForEvent('console', { predicate: (m) => m.text() === 'draft-cleared' });
    await page.evaluate(() => document.addEventListener('rapport-draft', (e) => (e as CustomEvent).detail.state === 'cleared' && console.log('draft-cleared')));
    await page.getByRole('button', { name: 'Submit to the case file' }).click();
    await cleared;
    const submitted = JSON.parse((await page.locator('#submitted').textContent())!);
    expect(submitted).toMatchObject({
      version: 1,
      behaviour: { domain: 'missing-from-care', description: 'Leaves placement on weekends to see an older boyfriend.' },
      decision: { choice: 'continue', reason: 'She texted staff both nights she was away.' },
    });
    // The draft is gone: a reload starts from an empty form, and the submitted stage is now the
    // timeline's earlier point.
    await page.reload();
    await expect.poll(() => field(page, 'behaviour-description').inputValue()).toBe('');
    await form(page).getByRole('radio', { name: 'Action' }).check();
    await expect.poll(() => form(page).locator('svg[role="img"] desc').textContent()).toContain('2 reassessments: 1 forward, 0 back; now Action.');
    w.expectClean();
    await page.close();
  });

  it('blocks submission while required answers are missing and says which', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/`);
    await page.getByRole('button', { name: 'Submit to the case file' }).click();
    expect(await page.locator('#submitted').textContent()).toBe('Nothing submitted yet.');
    const message = await form(page).evaluate((el) => (el as unknown as { validationMessage: string }).validationMessage);
    expect(message).toContain('Still needed');
    expect(message).toContain('What is the unsafe behaviour or situation?');
    w.expectClean();
    await page.close();
  });

  it('restores the draft after a reload', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/`);
    await traceDrafts(page);
    const wait = saved(page);
    await field(page, 'youth-words').fill('“I just want my phone back.”');
    await wait;
    await page.reload();
    await expect.poll(() => field(page, 'youth-words').inputValue()).toBe('“I just want my phone back.”');
    await expect.poll(() => form(page).locator('[part="notice"]').first().textContent()).toContain('was restored');
    w.expectClean();
    await page.close();
  });

  it('never lets two tabs on one draft overwrite each other silently', async () => {
    const context = await h.browser.newContext();
    const a = await watchedPage(h, context);
    const b = await watchedPage(h, context);
    await a.page.goto(`${h.url}/`);
    await b.page.goto(`${h.url}/`);
    await traceDrafts(a.page);
    await traceDrafts(b.page);

    const waitA = saved(a.page);
    await field(a.page, 'risk-greatest').fill('Tab A: nights away.');
    await waitA;
    // Tab B hears of it, pauses its autosave and asks.
    const notice = form(b.page).getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('another tab');
    await field(b.page, 'risk-greatest').fill('Tab B: the older man.');
    await b.page.waitForTimeout(800);
    const c = await watchedPage(h, context);
    await c.page.goto(`${h.url}/`);
    await expect.poll(() => field(c.page, 'risk-greatest').inputValue()).toBe('Tab A: nights away.');
    await c.page.close();

    // The worker keeps tab B's words: now tab A is the one asked.
    await form(b.page).getByRole('button', { name: 'Keep this tab’s version' }).click();
    await expect.poll(() => form(a.page).getByRole('alert').textContent()).toContain('another tab');
    expect(await field(a.page, 'risk-greatest').inputValue()).toBe('Tab A: nights away.');
    await form(a.page).getByRole('button', { name: 'Use the other tab’s version' }).click();
    await expect.poll(() => field(a.page, 'risk-greatest').inputValue()).toBe('Tab B: the older man.');
    a.expectClean();
    b.expectClean();
    await context.close();
  });

  it('speaks Spanish when the page does', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/?lang=es`);
    await expect.poll(() => form(page).locator('#stage-heading').textContent()).toBe('Etapa de cambio');
    await expect.poll(() => form(page).getByRole('button', { name: 'Imprimir' }).count()).toBe(1);
    await field(page, 'behaviour-description').fill('Se va los fines de semana.');
    const summary = await form(page).evaluate((el) => (el as unknown as { toSummaryText(): string }).toSummaryText());
    expect(summary).toContain('Revaluación de reducción de daños');
    expect(summary).toContain('- ¿Cuál es la conducta o situación de riesgo? Se va los fines de semana.');
    w.expectClean();
    await page.close();
  });

  it('writes the summary text of a filled record', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/`);
    const summary = await form(page).evaluate((el) => {
      const f = el as unknown as { value: unknown; toSummaryText(): string };
      f.value = {
        version: 1,
        assessedOn: '2026-11-02',
        behaviour: { domain: 'cell-phone-use', description: 'Talks with unknown adults online at night.' },
        riskSetSetting: { risk: 'Meeting an adult from the app.', set: 'Lonely, wants attention.', setting: 'Her room after 11 pm.', greatestRisk: 'Meeting him alone.' },
        goals: [{ term: 'long', goal: 'Trusted adult to call.', progress: 'Named her aunt.' }],
        strategy: { description: 'Phone kept, safety settings reviewed together.', acceptance: 'education' },
        reassessment: { stillSafer: 'partly', progress: 'Tells staff about new contacts.', newRiskFactors: ['unstable-housing'], newRiskNotes: '' },
        stage: 'determination',
        youth: { participated: 'yes', words: 'I block the ones that are weird.' },
        decision: { choice: 'adjust', reason: 'Add a weekly check-in.' },
        communication: { ccl: 'Emailed 11/3.', socialWorker: 'Called 11/3.' },
        nextReview: '2026-12-02',
      };
      return f.toSummaryText();
    });
    expect(summary).toBe(
      [
        'Harm-reduction reassessment',
        '',
        'The unsafe behaviour or situation',
        '- Area: Cell phone use',
        '- What is the unsafe behaviour or situation? Talks with unknown adults online at night.',
        '',
        'Risk, Set, Setting',
        '- Risk: what is the most pressing or risky issue? Meeting an adult from the app.',
        '- Set: what is the current mindset (thoughts, moods, expectations)? Lonely, wants attention.',
        '- Setting: what setting is the risky behaviour occurring in? Her room after 11 pm.',
        '- The greatest risk right now: Meeting him alone.',
        '',
        'Short-term and long-term goals',
        '- Goal 1: Term: Long term. Goal: Trusted adult to call. Progress, however incremental: Named her aunt.',
        '',
        'How harm reduction makes it safer',
        '- The harm-reduction strategy: Phone kept, safety settings reviewed together.',
        '- Level of acceptance: Education to make unsafe behaviour safer (very accepted)',
        '',
        'Reassessment',
        '- Is harm reduction continuing to make the behaviour or situation safer? Partly',
        '- Is there any progress, however incremental, on short-term and long-term goals? Tells staff about new contacts.',
        '- New risk factors? Unstable housing',
        '',
        'Stage of change',
        '- Stage of change now: Determination',
        '',
        'Decision',
        '- Continue the harm-reduction practice? Adjust',
        '- Reason: Add a weekly check-in.',
        '',
        'The youth’s participation and own words',
        '- Did the youth take part in this reassessment? Yes',
        '- In the youth’s own words: I block the ones that are weird.',
        '',
        'Communication with CCL and the social worker',
        '- Community Care Licensing (CCL): Emailed 11/3.',
        '- Social worker: Called 11/3.',
        '',
        'Next review',
        '- Date of this reassessment: 2026-11-02',
        '- Next review date: 2026-12-02',
      ].join('\n'),
    );
    w.expectClean();
    await page.close();
  });

  it('keeps the worker’s words and explains when the portal sets a malformed value', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/`);
    await field(page, 'interventions-tried').fill('Room restriction for a week.');
    await form(page).evaluate((el) => {
      (el as unknown as { value: unknown }).value = { version: 1, stage: 'denial', goals: 'none' };
    });
    await expect.poll(() => form(page).getByRole('alert').textContent()).toContain('cannot read');
    expect(await field(page, 'interventions-tried').inputValue()).toBe('Room restriction for a week.');
    w.expectClean();
    await page.close();
  });

  it('explains when IndexedDB is unavailable, and the form still works', async () => {
    const context = await h.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    const w = await watchedPage(h, context);
    const { page } = w;
    await page.goto(`${h.url}/`);
    await expect.poll(() => form(page).getByRole('alert').textContent()).toContain('Drafts cannot be saved in this browser');
    await field(page, 'behaviour-description').fill('Still typing.');
    await page.waitForTimeout(600);
    expect(await field(page, 'behaviour-description').inputValue()).toBe('Still typing.');
    w.expectClean();
    await context.close();
  });

  it('explains when the disk is full and keeps what was typed', async () => {
    const context = await h.browser.newContext();
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const w = await watchedPage(h, context);
    const { page } = w;
    await page.goto(`${h.url}/`);
    await field(page, 'behaviour-description').fill('Words that must not be lost.');
    await expect.poll(() => form(page).getByRole('alert').textContent()).toContain('storage is full');
    expect(await field(page, 'behaviour-description').inputValue()).toBe('Words that must not be lost.');
    // The notice stays in view next to the field being typed in.
    const [notice, typed] = await Promise.all([form(page).getByRole('alert').boundingBox(), field(page, 'behaviour-description').boundingBox()]);
    expect(notice!.y).toBeGreaterThanOrEqual(0);
    expect(notice!.y).toBeLessThan(typed!.y);
    await page.screenshot({ path: `${SCREENSHOTS}/reassessment-storage-full.png` });
    w.expectClean();
    await context.close();
  });

  // How fast is measured by `npm run bench:browser` (goal: under 50 ms), never here: a timed test
  // fails on a busy machine. This checks that the bench page works: under the strict CSP, on fresh
  // pages, it draws the whole form and reports a usable figure.
  it('renders on the bench page under the strict CSP and reports its first-render time', async () => {
    const firsts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const w = await watchedPage(h);
      const response = await w.page.goto(`${h.url}/bench.html`);
      expect(response?.headers()['content-security-policy']).toBe(CSP);
      await w.page.waitForFunction(() => 'rapportFirstRender' in window);
      const ms = await w.page.evaluate(() => (window as unknown as { rapportFirstRender: unknown }).rapportFirstRender);
      expect(typeof ms).toBe('number');
      expect(Number.isFinite(ms)).toBe(true);
      expect(ms as number).toBeGreaterThan(0);
      firsts.push(ms as number);
      // The element drew its form into its shadow root: the first section's heading, its
      // free-text field, and the sections after it.
      const drawn = await form(w.page).evaluate((el) => {
        const root = el.shadowRoot!;
        return {
          heading: root.querySelector('#behaviour-heading')?.textContent?.trim(),
          field: root.querySelector('#behaviour-description')?.tagName,
          sections: root.querySelectorAll('section[part="section"]').length,
        };
      });
      expect(drawn).toMatchObject({ heading: 'The unsafe behaviour or situation', field: 'TEXTAREA' });
      expect(drawn.sections).toBeGreaterThan(1);
      expect(await w.page.locator('#result').textContent()).toMatch(/^First render of <rapport-reassessment>: \d+\.\d ms$/);
      w.expectClean();
      await w.page.context().close();
    }
    const median = [...firsts].sort((a, b) => a - b)[2];
    console.log(`reassessment first render on a fresh page: ${firsts.map((t) => t.toFixed(1)).join(', ')} ms (median ${median.toFixed(1)} ms; timed by npm run bench:browser, goal < 50 ms)`);
  });

  it('prints the answers as plain text, without the controls', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/`);
    await field(page, 'behaviour-description').fill('Leaves placement on weekends.');
    await page.emulateMedia({ media: 'print' });
    expect(await form(page).locator('nav').isVisible()).toBe(false);
    expect(await form(page).locator('textarea').first().isVisible()).toBe(false);
    const summary = form(page).locator('[part="summary"]');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain('- What is the unsafe behaviour or situation? Leaves placement on weekends.');
    await form(page).screenshot({ path: `${SCREENSHOTS}/reassessment-print.png` });
    w.expectClean();
    await page.close();
  });
});
