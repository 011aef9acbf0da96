/** Pinned cards, global or per site, in the order the worker or trainer gave them. */
import type { IDBPDatabase } from 'idb';
import type { Pin, RapportDB } from './db.js';

/** Pins that apply on a page: the global ones and those for its origin, in order. */
export async function listPins(db: IDBPDatabase<RapportDB>, origin?: string): Promise<Pin[]> {
  const all = await db.getAll('pins');
  return all.filter((p) => p.scope === 'global' || p.scope === origin).sort((a, b) => a.order - b.order);
}

export async function pin(db: IDBPDatabase<RapportDB>, cardId: string, scope = 'global'): Promise<void> {
  const tx = db.transaction('pins', 'readwrite');
  const all = await tx.store.getAll();
  const id = `${scope}|${cardId}`;
  if (!all.some((p) => p.id === id)) await tx.store.put({ id, cardId, scope, order: all.reduce((m, p) => Math.max(m, p.order), -1) + 1 });
  await tx.done;
}

export async function unpin(db: IDBPDatabase<RapportDB>, cardId: string, scope = 'global'): Promise<void> {
  await db.delete('pins', `${scope}|${cardId}`);
}

/** Move a pin by `delta` places among the pins in view (one transaction: no order is lost). */
export async function movePin(db: IDBPDatabase<RapportDB>, pinId: string, delta: number, origin?: string): Promise<void> {
  const tx = db.transaction('pins', 'readwrite');
  const list = (await tx.store.getAll()).filter((p) => p.scope === 'global' || p.scope === origin).sort((a, b) => a.order - b.order);
  const from = list.findIndex((p) => p.id === pinId);
  const to = Math.max(0, Math.min(list.length - 1, from + delta));
  if (from >= 0 && to !== from) {
    const [moved] = list.splice(from, 1);
    list.splice(to, 0, moved);
    for (const [i, p] of list.entries()) if (p.order !== i) await tx.store.put({ ...p, order: i });
  }
  await tx.done;
}
