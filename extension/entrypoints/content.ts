import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Activate } from '../lib/messages.js';

/**
 * Runs on every page of an enabled site, so it only listens: on the first focus of an element it
 * asks the worker to inject the engine (extension/entrypoints/engine.ts) into this frame. A page
 * with no field pays for one capture listener.
 */
export default defineContentScript({
  matches: ['http://localhost/*', 'http://127.0.0.1/*', 'https://localhost/*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main() {
    const activate = () => {
      removeEventListener('focusin', activate, true);
      const msg: Activate = { type: 'rapport:activate' };
      void browser.runtime.sendMessage(msg).catch(() => addEventListener('focusin', activate, true));
    };
    addEventListener('focusin', activate, true);
    if (document.activeElement && document.activeElement !== document.body) activate();
  },
});
