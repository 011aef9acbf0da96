import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { relatedCardForRule } from '../../shared/content/search.js';
import type { Activate, RelatedCard } from '../lib/messages.js';
import { getSettings, watchSettings } from '../lib/settings.js';

/**
 * Sites other than localhost get the content script once they are enabled (by the worker in the
 * popup, or by county policy) and their optional host permission is granted; registrations are
 * restored at startup and follow every settings or policy change.
 */
export default defineBackground(() => {
  const sync = async () => {
    const sites = (await getSettings()).enabledSites;
    const granted = (await browser.permissions.getAll()).origins ?? [];
    const matches = sites.map((o) => `${o}/*`).filter((m) => granted.includes(m));
    await browser.scripting.unregisterContentScripts({ ids: ['rapport-sites'] }).catch(() => {});
    if (matches.length) {
      await browser.scripting.registerContentScripts([
        { id: 'rapport-sites', matches, js: ['loader.js'], allFrames: true, matchOriginAsFallback: true, runAt: 'document_idle' },
      ]);
    }
  };
  // The loader content script asks for the engine on the first focus in its frame.
  browser.runtime.onMessage.addListener((msg: Activate | RelatedCard, sender) => {
    if (sender.id !== browser.runtime.id) return;
    if (msg?.type === 'rapport:related-card' && typeof msg.rule === 'string') {
      // The suggestion card's "Learn more" (the content script does not carry the cards).
      const card = relatedCardForRule(msg.rule);
      return Promise.resolve(card ? { title: card.title, summary: card.summary } : null);
    }
    if (msg?.type !== 'rapport:activate' || sender.tab?.id === undefined) return;
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
  watchSettings(() => void sync());
  browser.permissions.onAdded?.addListener(() => void sync());
});
