import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, listPins, listReassessments, movePin, openRapportDB, pin, ReassessmentError, saveReassessment, unpin } from '../../shared/storage/index.js';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** The v1 database exactly as v1 of the code created it, with a worker's data in it. */
async function createV1() {
  const db = await openDB('rapport', 1, {
    upgrade(d) {
      d.createObjectStore('pins', { keyPath: 'id' });
      d.createObjectStore('customCards', { keyPath: 'id' });
    },
  });
  await db.put('pins', { id: 'global|cell-phone', cardId: 'cell-phone', scope: 'global', order: 0 });
  await db.put('pins', { id: 'https://a.example|awol', cardId: 'awol', scope: 'https://a.example', order: 1 });
  await db.put('customCards', { id: 'my-card', title: 'Mine', markdown: 'Hello', body: [{ type: 'paragraph', text: 'Hello' }] });
  db.close();
}

describe('rapport database upgrades', () => {
  it(`upgrades v1 to v${DB_VERSION} keeping pins and custom cards, adding packs and the scope index`, async () => {
    await createV1();
    const db = await openRapportDB();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['customCards', 'packs', 'pins', 'reassessments']);
    expect((await db.getAll('pins')).map((p) => p.id).sort()).toEqual(['global|cell-phone', 'https://a.example|awol']);
    expect(await db.get('customCards', 'my-card')).toMatchObject({ title: 'Mine' });
    expect((await db.getAllFromIndex('pins', 'scope', 'https://a.example')).map((p) => p.cardId)).toEqual(['awol']);
    db.close();
  });

  it(`upgrades v2 to v${DB_VERSION} keeping pins, cards and packs, adding reassessment history`, async () => {
    const v2 = await openDB('rapport', 2, {
      upgrade(d) {
        d.createObjectStore('pins', { keyPath: 'id' }).createIndex('scope', 'scope');
        d.createObjectStore('customCards', { keyPath: 'id' });
        d.createObjectStore('packs', { keyPath: 'name' });
      },
    });
    await v2.put('pins', { id: 'global|awol', cardId: 'awol', scope: 'global', order: 0 });
    await v2.put('packs', { name: 'Trainer pack', version: 1, importedAt: 1, cardIds: [], pinCardIds: ['awol'] });
    v2.close();
    const db = await openRapportDB();
    expect(db.version).toBe(DB_VERSION);
    expect((await db.getAll('pins')).map((p) => p.cardId)).toEqual(['awol']);
    expect(await db.get('packs', 'Trainer pack')).toMatchObject({ pinCardIds: ['awol'] });
    expect(await db.count('reassessments')).toBe(0);
    db.close();
  });

  it('creates a fresh database at the current version', async () => {
    const db = await openRapportDB();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('pins')).toBe(0);
    db.close();
  });

  it('reopening the current version changes nothing', async () => {
    let db = await openRapportDB();
    await pin(db, 'cell-phone');
    db.close();
    db = await openRapportDB();
    expect((await listPins(db)).map((p) => p.cardId)).toEqual(['cell-phone']);
    db.close();
  });
});

describe('pins', () => {
  it('global pins show everywhere, site pins only on their site, in order; pinning twice is one pin', async () => {
    const db = await openRapportDB();
    await pin(db, 'a');
    await pin(db, 'b', 'https://portal.example');
    await pin(db, 'c');
    await pin(db, 'a');
    expect((await listPins(db)).map((p) => p.cardId)).toEqual(['a', 'c']);
    expect((await listPins(db, 'https://portal.example')).map((p) => p.cardId)).toEqual(['a', 'b', 'c']);
    await unpin(db, 'a');
    expect((await listPins(db)).map((p) => p.cardId)).toEqual(['c']);
    db.close();
  });

  it('reorders by moving up and down, clamped at the ends', async () => {
    const db = await openRapportDB();
    for (const id of ['a', 'b', 'c']) await pin(db, id);
    await movePin(db, 'global|c', -1);
    expect((await listPins(db)).map((p) => p.cardId)).toEqual(['a', 'c', 'b']);
    await movePin(db, 'global|a', -1);
    await movePin(db, 'global|a', 5);
    expect((await listPins(db)).map((p) => p.cardId)).toEqual(['c', 'b', 'a']);
    db.close();
  });

  it('two windows pinning at once both keep their pin', async () => {
    const one = await openRapportDB();
    const two = await openRapportDB();
    await Promise.all([pin(one, 'a'), pin(two, 'b'), pin(one, 'c'), pin(two, 'd')]);
    const pins = await listPins(one);
    expect(pins.map((p) => p.cardId).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(new Set(pins.map((p) => p.order)).size).toBe(4);
    one.close();
    two.close();
  });
});

describe('reassessment history', () => {
  it('keeps validated records per case, oldest first, and refuses a malformed one with a clear message', async () => {
    const db = await openRapportDB();
    await saveReassessment(db, 'case-1024', { version: 1, stage: 'precontemplation' }, 1000);
    await saveReassessment(db, 'case-1024', { version: 1, stage: 'contemplation' }, 2000);
    await saveReassessment(db, 'case-7', { version: 1, stage: 'action' }, 1500);
    expect((await listReassessments(db, 'case-1024')).map((e) => e.record.stage)).toEqual(['precontemplation', 'contemplation']);
    await expect(saveReassessment(db, 'case-1024', { version: 1, stage: 'denial' })).rejects.toThrow(ReassessmentError);
    await expect(saveReassessment(db, 'case-1024', { version: 1, stage: 'denial' })).rejects.toThrow(/not saved: stage/);
    await expect(saveReassessment(db, ' ', { version: 1 })).rejects.toThrow(/needs the case/);
    expect(await db.count('reassessments')).toBe(3);
    db.close();
  });
});
