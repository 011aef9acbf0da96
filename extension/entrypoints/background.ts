import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Activate } from '../lib/messages.js';

/**
 * Sites other than localhost get the content script only after the worker turns Rapport on for
 * them in the popup (an optional host permission); registrations are restored at startup.
 */
export default defineBackground(() => {
  const KEY = 'rapport:settings';
  const sync = async () => {
    const got = await browser.storage.local.get(KEY);
    const sites: string[] = (got[KEY] as { enabledSites?: string[] } | undefined)?.enabledSites ?? [];
    const granted = (await browser.permissions.getAll()).origins ?? [];
    const matches = sites.map((o) => `${o}/*`).filter((m) => granted.includes(m));
    await browser.scripting.unregisterContentScripts({ ids: ['rapport-sites'] }).catch(() => {});
    if (matches.length) {
      await browser.scripting.registerContentScripts([
        { id: 'rapport-sites', matches, js: ['content-scripts/content.js'], allFrames: true, matchOriginAsFallback: true, runAt: 'document_idle' },
      ]);
    }
  };
  // The loader content script asks for the engine on the first focus in its frame.
  browser.runtime.onMessage.addListener((msg: Activate, sender) => {
    if (msg?.type !== 'rapport:activate' || sender.tab?.id === undefined || sender.id !== browser.runtime.id) return;
    return browser.scripting
      .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: ['/engine.js'] })
      .then(() => true);
  });
  // The remappable shortcut (manifest `commands`); the content script also matches Alt+Shift+K itself.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'next-suggestion' && tab?.id !== undefined) void browser.tabs.sendMessage(tab.id, { type: 'rapport:next' }).catch(() => {});
  });
  browser.runtime.onStartup.addListener(() => void sync());
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) void sync();
  });
});
