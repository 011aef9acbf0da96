/**
 * The worker's settings that reach every tab at once through storage events. Small data only:
 * no note text is ever stored. County policy (`browser.storage.managed`, declared by
 * extension/public/managed_schema.json) is merged over the worker's own values and wins.
 */
import { browser } from 'wxt/browser';
import type { CheckOptions, CustomTerm, Domain, Finding } from '../../shared/language/types.js';

export interface TermPack {
  id: string;
  name: string;
  terms: CustomTerm[];
}

export interface Settings {
  /** Origins the worker turned Rapport on for (besides localhost, always on), plus the county's. */
  enabledSites: string[];
  disabledRules: string[];
  // The fields below are optional in the type only so older callers that build a Settings literal
  // keep compiling; getSettings() always fills them.
  disabledDomains?: Domain[];
  severities?: Record<string, 'avoid' | 'consider'>;
  /** Phrases the worker does not want flagged (case-insensitive, exact phrase). */
  ignoreList?: string[];
  termPacks?: TermPack[];
  /** Card ids the county pins for every worker (read-only: policy only). */
  pinnedCards?: string[];
  /** Which settings county policy manages; `locked` when policy forbids any user change. */
  managed?: { keys: string[]; locked: boolean };
}

export type FullSettings = Required<Settings>;

/** Keys the worker may store; `pinnedCards` and `managed` come only from policy. */
export const USER_KEYS = ['enabledSites', 'disabledRules', 'disabledDomains', 'severities', 'ignoreList', 'termPacks'] as const;
type UserKey = (typeof USER_KEYS)[number];

const DEFAULTS: FullSettings = {
  enabledSites: [],
  disabledRules: [],
  disabledDomains: [],
  severities: {},
  ignoreList: [],
  termPacks: [],
  pinnedCards: [],
  managed: { keys: [], locked: false },
};
const KEY = 'rapport:settings';
/** The id the county's term pack gets among the worker's packs. */
export const COUNTY_PACK_ID = 'county';

/** The shape an administrator sets (see managed_schema.json and the README's "For IT administrators"). */
export interface ManagedPolicy {
  enabledSites?: string[];
  disabledRules?: string[];
  disabledDomains?: Domain[];
  termPack?: { name?: string; terms?: CustomTerm[] };
  pinnedCards?: string[];
  allowUserSettings?: boolean;
}

async function readManaged(): Promise<ManagedPolicy> {
  try {
    return ((await browser.storage.managed.get()) ?? {}) as ManagedPolicy;
  } catch {
    // Firefox throws when no policies.json entry exists for the extension: no policy.
    return {};
  }
}

async function readUser(): Promise<Partial<Settings>> {
  const got = await browser.storage.local.get(KEY);
  return (got[KEY] as Partial<Settings> | undefined) ?? {};
}

/** Policy wins: a managed key replaces the worker's value (sites are added to the worker's own). */
export function mergeSettings(user: Partial<Settings>, policy: ManagedPolicy): FullSettings {
  const s: FullSettings = { ...DEFAULTS, ...pickUser(user), pinnedCards: [], managed: { keys: [], locked: false } };
  const keys: string[] = [];
  if (Array.isArray(policy.enabledSites)) {
    s.enabledSites = [...new Set([...s.enabledSites, ...policy.enabledSites])];
    keys.push('enabledSites');
  }
  if (Array.isArray(policy.disabledRules)) {
    s.disabledRules = [...policy.disabledRules];
    keys.push('disabledRules');
  }
  if (Array.isArray(policy.disabledDomains)) {
    s.disabledDomains = [...policy.disabledDomains];
    keys.push('disabledDomains');
  }
  if (policy.termPack && Array.isArray(policy.termPack.terms)) {
    const county: TermPack = { id: COUNTY_PACK_ID, name: policy.termPack.name ?? 'County term pack', terms: policy.termPack.terms };
    s.termPacks = [county, ...s.termPacks.filter((p) => p.id !== COUNTY_PACK_ID)];
    keys.push('termPacks');
  }
  if (Array.isArray(policy.pinnedCards)) {
    s.pinnedCards = [...policy.pinnedCards];
    keys.push('pinnedCards');
  }
  s.managed = { keys, locked: policy.allowUserSettings === false };
  return s;
}

function pickUser(user: Partial<Settings>): Partial<FullSettings> {
  const out: Partial<Record<UserKey, unknown>> = {};
  for (const k of USER_KEYS) if (user[k] !== undefined) out[k] = user[k];
  return out as Partial<FullSettings>;
}

export async function getSettings(): Promise<FullSettings> {
  const [user, policy] = await Promise.all([readUser(), readManaged()]);
  return mergeSettings(user, policy);
}

/** Fires with the merged settings whenever the worker's settings or the county policy change. */
export function watchSettings(cb: (s: FullSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && KEY in changes) || area === 'managed') void getSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The settings keys whose value differs between two settings objects. */
function changedKeys(before: FullSettings, after: Partial<Settings>): UserKey[] {
  return USER_KEYS.filter((k) => after[k] !== undefined && JSON.stringify(after[k]) !== JSON.stringify(before[k]));
}

/**
 * Read-modify-write under a lock so two pages changing settings at once never lose one. Accepts a
 * patch (interface 3) or a function of the current settings (the popup's form). Rejects, changing
 * nothing, when policy locks settings or manages a key the change touches. Only the worker's own
 * values are stored: the county's sites and pack are never copied into local storage.
 */
export async function updateSettings(change: Partial<Settings> | ((s: FullSettings) => Settings)): Promise<void> {
  const run = async () => {
    const [user, policy] = await Promise.all([readUser(), readManaged()]);
    const current = mergeSettings(user, policy);
    const next = typeof change === 'function' ? change(current) : { ...current, ...change };
    const touched = changedKeys(current, next);
    if (!touched.length) return;
    if (current.managed.locked) throw new Error('Settings are managed by your county: changes are turned off by policy.');
    // Sites are additive: the worker may add their own beside the county's, but not remove the county's.
    const blocked = touched.filter((k) => current.managed.keys.includes(k) && !(k === 'enabledSites' && (policy.enabledSites ?? []).every((o) => next.enabledSites.includes(o))));
    if (blocked.length) throw new Error(`Managed by your county: ${blocked.join(', ')} cannot be changed.`);
    const stored: Partial<FullSettings> = { ...pickUser(user) };
    for (const k of touched) (stored as Record<string, unknown>)[k] = next[k];
    if (touched.includes('enabledSites')) stored.enabledSites = next.enabledSites.filter((o) => !(policy.enabledSites ?? []).includes(o));
    if (touched.includes('termPacks')) stored.termPacks = (next.termPacks ?? []).filter((p) => p.id !== COUNTY_PACK_ID);
    await browser.storage.local.set({ [KEY]: stored });
  };
  if (globalThis.navigator?.locks) await navigator.locks.request(KEY, run);
  else {
    // No Web Locks (older runtimes): at least serialise writers within this page.
    const turn = queue.then(run);
    queue = turn.catch(() => {});
    await turn;
  }
}
let queue: Promise<unknown> = Promise.resolve();

export const toCheckOptions = (s: Settings): CheckOptions => ({
  disabledRules: s.disabledRules,
  disabledDomains: s.disabledDomains ?? [],
  severities: s.severities ?? {},
  customTerms: (s.termPacks ?? []).flatMap((p) => p.terms),
});

/** The engine has no phrase-ignore option: drop findings whose text is on the worker's ignore list. */
export function applyIgnoreList(findings: Finding[], s: Settings): Finding[] {
  const ignored = new Set((s.ignoreList ?? []).map((p) => p.trim().toLowerCase()).filter(Boolean));
  if (!ignored.size) return findings;
  return findings.filter((f) => !ignored.has(f.text.trim().toLowerCase()));
}

export function isSiteEnabled(s: Settings, url: string): boolean {
  try {
    const u = new URL(url);
    if (u.hostname === 'localhost' || u.hostname === '127.0.0.1') return true;
    return s.enabledSites.includes(u.origin);
  } catch {
    return false;
  }
}
