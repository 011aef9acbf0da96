import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Request } from '../lib/messages.js';

/**
 * Runs on every page of an enabled site, so it does almost nothing until the worker focuses an
 * editable field: one capture listener, then the controller starts.
 */
export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*', 'https://localhost/*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main() {
    let controller: import('../lib/controller.js').Controller | undefined;
    let starting: Promise<void> | undefined;
    const start = async () => {
      const { Controller } = await import('../lib/controller.js');
      controller = new Controller();
      await controller.start();
    };
    const onFocus = (e: FocusEvent) => {
      const target = e.composedPath()[0] as Element | null;
      starting ??= start();
      void starting.then(() => controller!.focus(target));
    };
    addEventListener('focusin', onFocus, true);
    const active = document.activeElement;
    if (active && active !== document.body) onFocus(new FocusEvent('focusin', { composed: true }) as FocusEvent);
    // Every frame of the tab hears the question; only the frame holding the worker's field answers.
    browser.runtime.onMessage.addListener((msg: Request, _sender, reply) => {
      if (!controller || !document.hasFocus()) return;
      if (msg?.type === 'rapport:get-report') {
        const r = controller.report();
        if (r) reply(r);
      } else if (msg?.type === 'rapport:jump-to' && Number.isInteger(msg.index)) {
        reply(controller.jumpTo(msg.index));
      }
    });
  },
});
