import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportPack, importPack, listPins, markdownToBlocks, openRapportDB, parsePack, pin } from '../../shared/storage/index.js';
import { getCard } from '../../shared/index.js';

const known = (id: string) => !!getCard(id);
const builtIn = (await import('../../shared/index.js')).cards[0].id;

const good = {
  format: 'rapport-pack',
  version: 1,
  name: 'Unit 4 training',
  cards: [{ id: 'unit-4-phones', title: 'Phones in our unit', markdown: '# Phones\n\nAsk before you take.\n\n- Keep the phone\n- Plan together\n\n1. Ask\n2. Plan' }],
  pins: [{ cardId: 'unit-4-phones' }, { cardId: builtIn }],
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

describe('markdown cards', () => {
  it('parse into the typed blocks the built-in cards use', () => {
    expect(markdownToBlocks(good.cards[0].markdown)).toEqual([
      { type: 'heading', text: 'Phones' },
      { type: 'paragraph', text: 'Ask before you take.' },
      { type: 'list', items: ['Keep the phone', 'Plan together'] },
      { type: 'steps', items: ['Ask', 'Plan'] },
    ]);
  });
  it('refuse HTML', () => {
    expect(() => markdownToBlocks('<script>alert(1)</script>')).toThrow(/HTML is not allowed/);
    expect(() => markdownToBlocks('Hi <img src=x onerror=alert(1)>')).toThrow(/HTML is not allowed/);
  });
});

describe('pack import', () => {
  it('a trainee who imports a pack sees the trainer pins after their own, and exporting gives it back', async () => {
    const db = await openRapportDB();
    await pin(db, 'mine-first');
    const result = await importPack(db, parsePack(JSON.stringify(good)), known);
    expect(result).toEqual({ cards: 1, pins: 2 });
    expect((await listPins(db)).map((p) => p.cardId)).toEqual(['mine-first', 'unit-4-phones', builtIn]);
    expect((await db.get('customCards', 'unit-4-phones'))!.body[0]).toEqual({ type: 'heading', text: 'Phones' });
    const out = await exportPack(db, 'Round trip');
    expect(parsePack(JSON.stringify(out)).cards.map((c) => c.id)).toEqual(['unit-4-phones']);
    db.close();
  });

  const refused: [string, string, RegExp][] = [
    ['malformed JSON', '{"format": "rapport-pack",', /not valid JSON/],
    ['oversized', JSON.stringify({ ...good, name: 'x', pad: 'y'.repeat(5 * 1024 * 1024) }), /larger than 5 MB/],
    ['wrong version', JSON.stringify({ ...good, version: 2 }), /version 2; this Rapport reads version 1/],
    ['not a pack', JSON.stringify({ hello: 1 }), /not a Rapport pack/],
    ['__proto__ key', '{"format":"rapport-pack","version":1,"name":"x","cards":[],"pins":[],"__proto__":{"polluted":true}}', /forbidden key "__proto__"/],
    ['constructor key', JSON.stringify({ ...good, cards: [{ ...good.cards[0], constructor: 'x' }] }), /forbidden key "constructor"/],
    ['script in a title', JSON.stringify({ ...good, cards: [{ ...good.cards[0], title: '<script>alert(1)</script>' }] }), /cards\.0\.title: HTML or script/],
    ['HTML in markdown', JSON.stringify({ ...good, cards: [{ ...good.cards[0], markdown: 'Hi <b onclick=x>there</b>' }] }), /cards\.0\.markdown: HTML or script/],
    ['duplicate ids', JSON.stringify({ ...good, cards: [good.cards[0], good.cards[0]] }), /two cards with the id "unit-4-phones"/],
    ['100,000 cards', JSON.stringify({ ...good, cards: Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, title: 't', markdown: 'm' })) }), /at most 500 cards/],
    ['an unknown field', JSON.stringify({ ...good, extra: 1 }), /invalid at extra/],
  ];
  for (const [what, text, message] of refused) {
    it(`refuses a pack with ${what}, naming the problem, and changes nothing`, async () => {
      const db = await openRapportDB();
      await pin(db, 'kept');
      await expect(async () => importPack(db, parsePack(text), known)).rejects.toThrow(message);
      expect((await listPins(db)).map((p) => p.cardId)).toEqual(['kept']);
      expect(await db.count('customCards')).toBe(0);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      db.close();
    });
  }

  it('refuses a pin to a card that exists nowhere', async () => {
    const db = await openRapportDB();
    await expect(importPack(db, parsePack(JSON.stringify({ ...good, pins: [{ cardId: 'no-such-card' }] })), known)).rejects.toThrow(/does not exist: "no-such-card"/);
    expect(await db.count('customCards')).toBe(0);
    db.close();
  });

  it('a full disk part-way through leaves existing data intact and says so', async () => {
    const db = await openRapportDB();
    await pin(db, 'kept');
    const real = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'packs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.apply(this, args);
    });
    await expect(importPack(db, parsePack(JSON.stringify(good)), known)).rejects.toThrow(/Not enough storage space.*Nothing was changed/);
    vi.restoreAllMocks();
    expect((await listPins(db)).map((p) => p.cardId)).toEqual(['kept']);
    expect(await db.count('customCards')).toBe(0);
    expect(await db.count('packs')).toBe(0);
    db.close();
  });
});
