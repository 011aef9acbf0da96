/**
 * The worker's settings that reach every tab at once through storage events. Small data only:
 * no note text is ever stored.
 */
import { browser } from 'wxt/browser';
import type { CheckOptions } from '../../shared/language/types.js';

export interface Settings {
  /** Origins the worker turned Rapport on for (besides localhost, always on). */
  enabledSites: string[];
  disabledRules: string[];
}

const DEFAULTS: Settings = { enabledSites: [], disabledRules: [] };
const KEY = 'rapport:settings';

export async function getSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return { ...DEFAULTS, ...(got[KEY] as Partial<Settings> | undefined) };
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb({ ...DEFAULTS, ...(changes[KEY].newValue as Partial<Settings> | undefined) });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Read-modify-write under a lock so two tabs turning rules off at once never lose one. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<void> {
  const run = async () => browser.storage.local.set({ [KEY]: change(await getSettings()) });
  if (globalThis.navigator?.locks) await navigator.locks.request(KEY, run);
  else await run();
}

export const toCheckOptions = (s: Settings): CheckOptions => ({ disabledRules: s.disabledRules });

export function isSiteEnabled(s: Settings, url: string): boolean {
  try {
    const u = new URL(url);
    if (u.hostname === 'localhost' || u.hostname === '127.0.0.1') return true;
    return s.enabledSites.includes(u.origin);
  } catch {
    return false;
  }
}
