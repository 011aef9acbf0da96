import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { applyIgnoreList, getSettings, isSiteEnabled, toCheckOptions, updateSettings, watchSettings, COUNTY_PACK_ID } = await import('../../extension/lib/settings.js');
const { check } = await import('../../shared/index.js');

const countyTerm = { phrases: ['placement failure'], message: 'County guidance: describe what happened, not a failure.', suggestions: ['placement change'], source: 'County practice guide' };

beforeEach(() => fakeBrowser.reset());

describe('settings without policy', () => {
  it('starts empty and stores a patch', async () => {
    expect(await getSettings()).toMatchObject({ enabledSites: [], disabledRules: [], ignoreList: [], managed: { keys: [], locked: false } });
    await updateSettings({ disabledRules: ['missing/awol'], ignoreList: ['runaway'] });
    expect(await getSettings()).toMatchObject({ disabledRules: ['missing/awol'], ignoreList: ['runaway'] });
  });

  it('keeps both of two concurrent updates to different keys (read-modify-write under a lock)', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, disabledRules: [...s.disabledRules, 'a/one'] })),
      updateSettings((s) => ({ ...s, disabledRules: [...s.disabledRules, 'b/two'] })),
      updateSettings({ ignoreList: ['x'] }),
    ]);
    const s = await getSettings();
    expect([...s.disabledRules].sort()).toEqual(['a/one', 'b/two']);
    expect(s.ignoreList).toEqual(['x']);
  });

  it('tells open tabs at once through watchSettings', async () => {
    const seen: string[][] = [];
    const stop = watchSettings((s) => seen.push(s.disabledRules));
    await updateSettings({ disabledRules: ['a/one'] });
    await vi.waitFor(() => expect(seen).toEqual([['a/one']]));
    stop();
  });

  it('localhost is always on, other sites only when enabled', async () => {
    const s = await getSettings();
    expect(isSiteEnabled(s, 'http://localhost:5173/note')).toBe(true);
    expect(isSiteEnabled(s, 'http://127.0.0.1/')).toBe(true);
    expect(isSiteEnabled(s, 'https://cws.example.gov/case')).toBe(false);
    expect(isSiteEnabled({ ...s, enabledSites: ['https://cws.example.gov'] }, 'https://cws.example.gov/case')).toBe(true);
    expect(isSiteEnabled(s, 'not a url')).toBe(false);
  });
});

describe('county policy (storage.managed)', () => {
  it('wins over the worker, lists the managed keys and adds the county pack first', async () => {
    await updateSettings({ disabledRules: ['mine/rule'], enabledSites: ['https://mine.example'] });
    await fakeBrowser.storage.managed.set({
      enabledSites: ['https://portal.county.example'],
      disabledRules: ['county/rule'],
      termPack: { name: 'Example County', terms: [countyTerm] },
      pinnedCards: ['cell-phone'],
    });
    const s = await getSettings();
    expect(s.disabledRules).toEqual(['county/rule']);
    expect(s.enabledSites.sort()).toEqual(['https://mine.example', 'https://portal.county.example']);
    expect(s.termPacks[0]).toMatchObject({ id: COUNTY_PACK_ID, name: 'Example County' });
    expect(s.pinnedCards).toEqual(['cell-phone']);
    expect(s.managed).toEqual({ keys: ['enabledSites', 'disabledRules', 'termPacks', 'pinnedCards'], locked: false });
  });

  it('rejects a change to a managed key with a clear error and changes nothing', async () => {
    await fakeBrowser.storage.managed.set({ disabledRules: ['county/rule'] });
    await expect(updateSettings({ disabledRules: [] })).rejects.toThrow(/Managed by your county: disabledRules/);
    expect((await getSettings()).disabledRules).toEqual(['county/rule']);
    // Unmanaged keys stay the worker's.
    await updateSettings({ ignoreList: ['runaway'] });
    expect((await getSettings()).ignoreList).toEqual(['runaway']);
  });

  it('lets the worker add a site beside the county sites, never remove a county site, and stores only their own', async () => {
    await fakeBrowser.storage.managed.set({ enabledSites: ['https://portal.county.example'] });
    await updateSettings((s) => ({ ...s, enabledSites: [...s.enabledSites, 'https://mine.example'] }));
    expect(((await fakeBrowser.storage.local.get('rapport:settings'))['rapport:settings'] as { enabledSites: string[] }).enabledSites).toEqual(['https://mine.example']);
    await expect(updateSettings({ enabledSites: [] })).rejects.toThrow(/enabledSites/);
  });

  it('locks everything when allowUserSettings is false', async () => {
    await fakeBrowser.storage.managed.set({ allowUserSettings: false });
    expect((await getSettings()).managed.locked).toBe(true);
    await expect(updateSettings({ ignoreList: ['x'] })).rejects.toThrow(/managed by your county/i);
    expect((await getSettings()).ignoreList).toEqual([]);
  });

  it('watchSettings fires when the policy changes', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.managed.locked));
    await fakeBrowser.storage.managed.set({ allowUserSettings: false });
    await vi.waitFor(() => expect(seen).toContain(true));
    stop();
  });
});

describe('toCheckOptions and the ignore list on the real engine', () => {
  it('a county term-pack phrase is flagged, a disabled rule is not, an ignored phrase is dropped', async () => {
    await fakeBrowser.storage.managed.set({ termPack: { name: 'Example County', terms: [countyTerm] } });
    const s = await getSettings();
    const text = 'This was another placement failure.';
    const found = check(text, toCheckOptions(s));
    expect(found.map((f) => f.text)).toContain('placement failure');
    const builtIn = 'She was arrested for prostitution.';
    const rule = check(builtIn, toCheckOptions(s))[0].rule;
    expect(check(builtIn, toCheckOptions({ ...s, disabledRules: [rule] }))).toEqual([]);
    expect(applyIgnoreList(found, { ...s, ignoreList: ['Placement Failure'] }).map((f) => f.text)).not.toContain('placement failure');
  });
});
