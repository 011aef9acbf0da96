// @vitest-environment happy-dom
/**
 * If checking a field fails, Rapport steps back from that field and says why (the popup and side
 * panel show the report's `disabledReason`), and nothing the worker typed is touched or lost; other
 * fields keep working. The checker never throws on any string (see the property tests), so the
 * failure is simulated: a checker that throws for one note.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
vi.mock('../../shared/language/incremental.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../shared/language/incremental.js')>();
  return {
    ...real,
    createUpdateChecker: (options?: Parameters<typeof real.createUpdateChecker>[0]) => {
      const checker = real.createUpdateChecker(options);
      const update = checker.update.bind(checker);
      checker.update = (text: string) => {
        if (text.includes('[fail]')) throw new Error('the checker failed on this note');
        return update(text);
      };
      return checker;
    },
  };
});

const { Controller } = await import('../../extension/lib/controller.js');
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

function type(field: HTMLTextAreaElement, text: string) {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<textarea id="a" aria-label="Note A"></textarea><textarea id="b" aria-label="Note B"></textarea>';
});

describe('when checking a field fails', () => {
  it('turns itself off for that field, says why, keeps every keystroke, and goes on in other fields', async () => {
    const controller = new Controller();
    await controller.start();
    const a = document.getElementById('a') as HTMLTextAreaElement;
    const b = document.getElementById('b') as HTMLTextAreaElement;
    a.focus();
    controller.focus(a);
    type(a, 'Yth went AWOL on Friday.');
    await frame();
    expect(controller.report()?.findings.map((f) => f.text)).toEqual(['went AWOL']);

    type(a, 'Yth went AWOL on Friday. [fail]');
    await frame();
    const off = controller.report()!;
    expect(off.disabledReason).toBe('Rapport turned itself off for this field: the checker failed on this note');
    expect(off.findings).toEqual([]);
    expect(a.value).toBe('Yth went AWOL on Friday. [fail]');

    // The worker keeps typing: nothing throws, nothing is changed, Rapport stays out of this field.
    for (const more of [' She', ' She is', ' She is a runaway.']) {
      type(a, `Yth went AWOL on Friday. [fail]${more}`);
      await frame();
    }
    expect(a.value).toBe('Yth went AWOL on Friday. [fail] She is a runaway.');
    expect(controller.report()!.disabledReason).toMatch(/turned itself off/);
    expect(controller.report()!.findings).toEqual([]);

    // Another field is checked as usual.
    b.focus();
    controller.focus(b);
    type(b, 'Her pimp called.');
    await frame();
    const other = controller.report()!;
    expect(other.disabledReason).toBeUndefined();
    expect(other.fieldLabel).toBe('Note B');
    expect(other.findings.map((f) => f.text)).toEqual(['pimp']);
  });
});
