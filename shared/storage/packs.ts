/**
 * Trainer packs: versioned JSON bundling custom cards and pins. An import is checked whole before
 * anything is written, then written in one IndexedDB transaction, so a refused or failed import
 * changes nothing.
 */
import * as v from 'valibot';
import type { IDBPDatabase } from 'idb';
import type { CustomCard, Pin, RapportDB } from './db.js';
import { markdownToBlocks, UnsafeMarkdownError } from './markdown.js';

export const PACK_FORMAT = 'rapport-pack';
export const PACK_VERSION = 1;
export const MAX_PACK_BYTES = 5 * 1024 * 1024;
export const MAX_PACK_CARDS = 500;
export const MAX_PACK_PINS = 500;

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'ids are lowercase letters, digits and dashes'));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max), v.check((s) => !/<\s*[a-z!/?]/i.test(s), 'HTML or script is not allowed in text'));

export const PackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT),
  version: v.literal(PACK_VERSION),
  name: v.pipe(Text(120), v.minLength(1)),
  cards: v.pipe(v.array(v.strictObject({ id: Id, title: v.pipe(Text(200), v.minLength(1)), markdown: Text(20_000) })), v.maxLength(MAX_PACK_CARDS, `a pack holds at most ${MAX_PACK_CARDS} cards`)),
  pins: v.pipe(v.array(v.strictObject({ cardId: Id, scope: v.optional(v.pipe(v.string(), v.maxLength(200))) })), v.maxLength(MAX_PACK_PINS, `a pack holds at most ${MAX_PACK_PINS} pins`)),
});
export type Pack = v.InferOutput<typeof PackSchema>;

export class PackError extends Error {}

/** Parse and check a pack file's text; throws a PackError naming what is wrong. */
export function parsePack(text: string): Pack {
  if (new TextEncoder().encode(text).length > MAX_PACK_BYTES) throw new PackError('This pack is larger than 5 MB.');
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new PackError(`This pack has a forbidden key "${key}".`);
      return value;
    });
  } catch (e) {
    if (e instanceof PackError) throw e;
    throw new PackError(`This file is not valid JSON: ${(e as Error).message}`);
  }
  const o = data as { format?: unknown; version?: unknown };
  if (typeof o !== 'object' || o === null || o.format !== PACK_FORMAT) throw new PackError('This file is not a Rapport pack (format must be "rapport-pack").');
  if (o.version !== PACK_VERSION) throw new PackError(`This pack is version ${String(o.version)}; this Rapport reads version ${PACK_VERSION}.`);
  const parsed = v.safeParse(PackSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = v.getDotPath(issue) ?? 'pack';
    throw new PackError(`The pack is invalid at ${where}: ${issue.message}`);
  }
  const pack = parsed.output;
  const seen = new Set<string>();
  for (const c of pack.cards) {
    if (seen.has(c.id)) throw new PackError(`The pack has two cards with the id "${c.id}".`);
    seen.add(c.id);
  }
  return pack;
}

/** What an import did, for the message the trainee sees. */
export interface ImportResult {
  cards: number;
  pins: number;
}

/** Import a checked pack in one transaction: custom cards, pins (appended after existing ones) and the pack record. */
export async function importPack(db: IDBPDatabase<RapportDB>, pack: Pack, knownCard: (id: string) => boolean): Promise<ImportResult> {
  const cards: CustomCard[] = [];
  for (const c of pack.cards) {
    try {
      cards.push({ id: c.id, title: c.title, markdown: c.markdown, body: markdownToBlocks(c.markdown) });
    } catch (e) {
      if (e instanceof UnsafeMarkdownError) throw new PackError(`Card "${c.id}": ${e.message}`);
      throw e;
    }
  }
  const packCards = new Set(cards.map((c) => c.id));
  const missing = pack.pins.find((p) => !packCards.has(p.cardId) && !knownCard(p.cardId));
  if (missing) throw new PackError(`The pack pins a card that does not exist: "${missing.cardId}".`);
  const tx = db.transaction(['pins', 'customCards', 'packs'], 'readwrite');
  // On failure the error below is what the caller sees; the abort itself needs no second report.
  tx.done.catch(() => {});
  try {
    const existing = await tx.objectStore('pins').getAll();
    let order = existing.reduce((m, p) => Math.max(m, p.order), -1) + 1;
    const pinned = new Set(existing.map((p) => `${p.scope}|${p.cardId}`));
    for (const c of cards) await tx.objectStore('customCards').put(c);
    let pins = 0;
    for (const p of pack.pins) {
      const scope = p.scope ?? 'global';
      if (pinned.has(`${scope}|${p.cardId}`)) continue;
      pinned.add(`${scope}|${p.cardId}`);
      const pin: Pin = { id: `${scope}|${p.cardId}`, cardId: p.cardId, scope, order: order++, pack: pack.name };
      await tx.objectStore('pins').put(pin);
      pins++;
    }
    await tx.objectStore('packs').put({ name: pack.name, version: pack.version, importedAt: Date.now(), cardIds: cards.map((c) => c.id), pinCardIds: pack.pins.map((p) => p.cardId) });
    await tx.done;
    return { cards: cards.length, pins };
  } catch (e) {
    // A failed write (disk full) rolls the whole transaction back; say so plainly.
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure.
    }
    if ((e as DOMException)?.name === 'QuotaExceededError') throw new PackError('Not enough storage space to import this pack. Nothing was changed.');
    throw e;
  }
}

/** Bundle custom cards and pins into a pack a trainee can import. */
export async function exportPack(db: IDBPDatabase<RapportDB>, name: string): Promise<Pack> {
  const [cards, pins] = await Promise.all([db.getAll('customCards'), db.getAll('pins')]);
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name,
    cards: cards.map((c) => ({ id: c.id, title: c.title, markdown: c.markdown })),
    pins: pins.sort((a, b) => a.order - b.order).map((p) => (p.scope === 'global' ? { cardId: p.cardId } : { cardId: p.cardId, scope: p.scope })),
  };
}
