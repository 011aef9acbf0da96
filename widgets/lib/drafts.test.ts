import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DraftStore, storageProblem } from './drafts.js';

describe('DraftStore', () => {
  it('keeps a draft across opens and numbers each save', async () => {
    const a = await DraftStore.open();
    const first = await a.save('case-1', { words: 'hello' }, 0, 'tab-a');
    expect(first).toMatchObject({ ok: true, record: { rev: 1 } });
    const second = await a.save('case-1', { words: 'hello again' }, 1, 'tab-a');
    expect(second).toMatchObject({ ok: true, record: { rev: 2 } });
    a.close();
    const b = await DraftStore.open();
    expect(await b.load('case-1')).toMatchObject({ rev: 2, value: { words: 'hello again' }, by: 'tab-a' });
    b.close();
  });

  it('refuses a save started from an older revision and returns the newer draft', async () => {
    const s = await DraftStore.open();
    await s.save('case-2', 'tab A text', 0, 'tab-a');
    const stale = await s.save('case-2', 'tab B text', 0, 'tab-b');
    expect(stale).toMatchObject({ ok: false, conflict: { value: 'tab A text', rev: 1 } });
    const forced = await s.save('case-2', 'tab B text', 0, 'tab-b', true);
    expect(forced).toMatchObject({ ok: true, record: { rev: 2, value: 'tab B text' } });
    s.close();
  });

  it('clears a draft', async () => {
    const s = await DraftStore.open();
    await s.save('case-3', 'x', 0, 'tab-a');
    await s.clear('case-3');
    expect(await s.load('case-3')).toBeUndefined();
    s.close();
  });

  it('tells a full disk from a missing database', () => {
    expect(storageProblem(new DOMException('quota', 'QuotaExceededError'))).toBe('full');
    expect(storageProblem(new DOMException('nope', 'InvalidStateError'))).toBe('unavailable');
  });
});

describe('DraftStore history', () => {
  it('keeps one stage per date, in date order', async () => {
    const s = await DraftStore.open();
    await s.appendHistory('youth-9', { date: '2026-03-01', stage: 'contemplation' });
    await s.appendHistory('youth-9', { date: '2026-01-10', stage: 'precontemplation' });
    await s.appendHistory('youth-9', { date: '2026-03-01', stage: 'action' });
    expect(await s.loadHistory('youth-9')).toEqual([
      { date: '2026-01-10', stage: 'precontemplation' },
      { date: '2026-03-01', stage: 'action' },
    ]);
    expect(await s.loadHistory('someone-else')).toEqual([]);
    s.close();
  });
});
