import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, listPins, movePin, openRapportDB, pin, unpin } from '../../shared/storage/index.js';

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
    expect([...db.objectStoreNames].sort()).toEqual(['customCards', 'packs', 'pins']);
    expect((await db.getAll('pins')).map((p) => p.id).sort()).toEqual(['global|cell-phone', 'https://a.example|awol']);
    expect(await db.get('customCards', 'my-card')).toMatchObject({ title: 'Mine' });
    expect((await db.getAllFromIndex('pins', 'scope', 'https://a.example')).map((p) => p.cardId)).toEqual(['awol']);
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
