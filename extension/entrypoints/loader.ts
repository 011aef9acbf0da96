import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { WxtBrowser } from 'wxt/browser';
import type { Activate } from '../lib/messages.js';

/**
 * The content script (declared in wxt.config.ts, registered by the worker for enabled sites). It
 * runs on every page of an enabled site, so it only listens: on the first focus of an element, or
 * the first click or input in a field that already had focus (autofocus), it asks the worker to
 * inject the engine (extension/entrypoints/engine.ts) into this frame.
 *
 * Its load cost is kept near zero (about 0.06 ms, measured by `npm run bench:browser`): it is an
 * unlisted script, not a WXT content script, whose context (location watcher, message channel)
 * costs about 2 ms per page; and it touches neither `document` nor the extension API until that
 * first event, because the browser builds those bindings in the script's world on first use
 * (0.5 ms and 1 ms).
 */
export default defineUnlistedScript(() => {
  const events = ['focusin', 'input', 'pointerdown'] as const;
  const activate = () => {
    for (const e of events) removeEventListener(e, activate, true);
    const msg: Activate = { type: 'rapport:activate' };
    const g = globalThis as unknown as { browser?: WxtBrowser; chrome: WxtBrowser };
    const api = g.browser ?? g.chrome;
    void api.runtime.sendMessage(msg).catch(() => {
      for (const e of events) addEventListener(e, activate, true);
    });
  };
  for (const e of events) addEventListener(e, activate, true);
});
