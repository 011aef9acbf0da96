import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startHarness, watchedPage, type Harness } from './widgets-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface Focus {
  tag: string;
  type: string;
  id: string;
  name: string;
  text: string;
  value: string;
  inForm: boolean;
}

describe('keyboard only', () => {
  it('completes and submits a whole reassessment without the mouse', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/`);
    await page.locator('rapport-reassessment').waitFor();
    const focus = () =>
      page.evaluate((): Focus => {
        let a: Element | null = document.activeElement;
        const inForm = a?.tagName === 'RAPPORT-REASSESSMENT';
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        const el = a as HTMLInputElement;
        return { tag: el?.tagName ?? '', type: el?.type ?? '', id: el?.id ?? '', name: el?.name ?? '', text: el?.textContent?.trim() ?? '', value: el?.value ?? '', inForm };
      });
    const seen = new Set<string>();
    let goalAdded = false;
    let submitted = false;
    for (let i = 0; i < 400 && !submitted; i++) {
      await page.keyboard.press('Tab');
      const f = await focus();
      if (!f.inForm) {
        if (f.tag === 'BUTTON' && f.text === 'Submit to the case file') {
          await page.keyboard.press('Enter');
          submitted = true;
        }
        continue;
      }
      const key = `${f.tag}#${f.id}#${f.name}#${f.text}#${f.type === "checkbox" ? f.value : ""}`;
      if ((f.tag === 'TEXTAREA' || (f.tag === 'INPUT' && f.type === 'text')) && !f.value) {
        await page.keyboard.type(`Answer ${f.id}`);
      } else if (f.tag === 'INPUT' && (f.type === 'radio' || f.type === 'checkbox') && !seen.has(key)) {
        await page.keyboard.press('Space');
      } else if (f.tag === 'BUTTON' && f.text === 'Add a goal' && !goalAdded) {
        goalAdded = true;
        await page.keyboard.press('Enter');
        // Focus moved into the new goal: step back so the loop's Tab lands on its first control.
        await page.keyboard.press('Shift+Tab');
      } else if (f.tag === 'BUTTON' && (f.text === 'Today' || f.text === 'In 30 days') && !seen.has(key)) {
        await page.keyboard.press('Enter');
      }
      seen.add(key);
    }
    expect(submitted).toBe(true);
    await expect.poll(() => page.locator('#submitted').textContent()).toContain('"version": 1');
    const value = JSON.parse((await page.locator('#submitted').textContent())!);
    expect(value.behaviour).toEqual({ domain: 'safety-planning', description: 'Answer behaviour-description' });
    expect(value.riskSetSetting.greatestRisk).toBe('Answer risk-greatest');
    expect(value.goals).toEqual([{ term: 'short', goal: 'Answer goal-text-goals-0', progress: 'Answer goal-progress-goals-0' }]);
    expect(value.strategy.acceptance).toBe('education');
    expect(value.reassessment.newRiskFactors.length).toBe(6);
    expect(value.stage).toBe('precontemplation');
    expect(value.decision).toEqual({ choice: 'continue', reason: 'Answer decision-reason' });
    expect(value.youth.words).toBe('Answer youth-words');
    expect(value.communication.socialWorker).toBe('Answer communication-sw');
    expect(value.assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(value.nextReview).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.screenshot({ path: `${SCREENSHOTS}/reassessment-keyboard-submitted.png` });
    w.expectClean();
    await page.close();
  });

  it('applies a language suggestion in a reassessment field with Alt+Shift+K and Enter; Ctrl+Z undoes it', async () => {
    const w = await watchedPage(h);
    const { page } = w;
    await page.goto(`${h.url}/`);
    const field = page.locator('rapport-reassessment #interventions-tried');
    await field.focus();
    await page.keyboard.type('Grounded after going AWOL twice.');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+KeyK');
    await page.keyboard.press('Enter');
    await expect.poll(() => field.inputValue()).toBe('Grounded after going missing from care twice.');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe('interventions-tried');
    await page.keyboard.press('Control+z');
    await expect.poll(() => field.inputValue()).toBe('Grounded after going AWOL twice.');
    w.expectClean();
    await page.close();
  });
});
