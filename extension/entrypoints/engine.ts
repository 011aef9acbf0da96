import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Controller, deepTarget, ownsFocus } from '../lib/controller.js';
import type { Request } from '../lib/messages.js';

/**
 * The heavy part of the content script (checker, lexicon, card): the worker injects it into a
 * frame, in the content script's isolated world, the first time a field there gets focus, so
 * pages without fields never parse it. Its globals live in that isolated world, invisible to the page.
 */
export default defineUnlistedScript(() => {
  const key = Symbol.for('rapport.engine');
  const world = globalThis as unknown as Record<symbol, boolean>;
  if (world[key]) return;
  world[key] = true;
  const controller = new Controller();
  void controller.start().then(() => controller.focus(deepTarget(document.activeElement)));
  addEventListener('focusin', (e) => void controller.focus(e.composedPath()[0] as Element | null), true);
  // Every frame of the tab hears the question; only the frame holding the worker's field answers.
  browser.runtime.onMessage.addListener((msg: Request, _sender, reply) => {
    if (!ownsFocus()) return;
    if (msg?.type === 'rapport:get-report') {
      const r = controller.report();
      if (r) reply(r);
    } else if (msg?.type === 'rapport:jump-to' && Number.isInteger(msg.index)) {
      reply(controller.jumpTo(msg.index));
    } else if (msg?.type === 'rapport:next') {
      reply(controller.next());
    }
  });
});
