/**
 * Drafts of a worker's unfinished form, kept in IndexedDB (through `idb`) so a reload, a crash or
 * a closed tab costs nothing. Every saved draft carries a revision number: a save names the
 * revision it started from and is refused when another tab has saved since, so two tabs on one
 * draft can never silently overwrite each other; the caller shows the conflict and lets the
 * worker choose.
 */
import { openDB, type IDBPDatabase } from 'idb';

export interface DraftRecord<T = unknown> {
  key: string;
  /** Increases by one with every save. */
  rev: number;
  value: T;
  /** Epoch milliseconds of the save. */
  savedAt: number;
  /** The id of the editor (one per element instance, so per tab) that saved it. */
  by: string;
}

export type DraftProblem = 'unavailable' | 'full';

export type SaveResult<T = unknown> =
  | { ok: true; record: DraftRecord<T> }
  | { ok: false; conflict: DraftRecord<T> }
  | { ok: false; problem: DraftProblem; error: string };

const DB = 'rapport-drafts';
const STORE = 'drafts';
/** Submitted reassessments' stages per draft key: the timeline's earlier points. */
const HISTORY = 'history';

export interface HistoryEntry {
  date: string;
  stage: string;
}

/** What went wrong with storage, in the two kinds the widget explains differently. */
export function storageProblem(error: unknown): DraftProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || /quota|full|space/i.test(String((error as Error)?.message ?? '')) ? 'full' : 'unavailable';
}

export class DraftStore {
  private constructor(private db: IDBPDatabase) {}

  /** Opens the store; rejects when the browser offers no IndexedDB (private modes, policies). */
  static async open(): Promise<DraftStore> {
    if (typeof indexedDB === 'undefined' || !indexedDB) throw new DOMException('IndexedDB is not available', 'UnknownError');
    const db = await openDB(DB, 1, {
      upgrade(d) {
        d.createObjectStore(STORE, { keyPath: 'key' });
        d.createObjectStore(HISTORY);
      },
    });
    return new DraftStore(db);
  }

  async load<T>(key: string): Promise<DraftRecord<T> | undefined> {
    return (await this.db.get(STORE, key)) as DraftRecord<T> | undefined;
  }

  /**
   * Saves `value` as the next revision after `baseRev` (0 for a draft not saved before). Refused
   * with the stored record when someone else saved after `baseRev`, unless `force` (the worker
   * chose to keep this version over the other tab's).
   */
  async save<T>(key: string, value: T, baseRev: number, by: string, force = false): Promise<SaveResult<T>> {
    try {
      const tx = this.db.transaction(STORE, 'readwrite');
      const current = (await tx.store.get(key)) as DraftRecord<T> | undefined;
      const currentRev = current?.rev ?? 0;
      if (!force && currentRev !== baseRev) {
        await tx.done;
        return { ok: false, conflict: current! };
      }
      const record: DraftRecord<T> = { key, rev: currentRev + 1, value, savedAt: Date.now(), by };
      await tx.store.put(record);
      await tx.done;
      return { ok: true, record };
    } catch (error) {
      return { ok: false, problem: storageProblem(error), error: String((error as Error)?.message ?? error) };
    }
  }

  async clear(key: string): Promise<void> {
    await this.db.delete(STORE, key);
  }

  async loadHistory(key: string): Promise<HistoryEntry[]> {
    return ((await this.db.get(HISTORY, key)) as HistoryEntry[] | undefined) ?? [];
  }

  /** Adds a submitted reassessment's stage to the key's history (one entry per date: a resubmission replaces it). */
  async appendHistory(key: string, entry: HistoryEntry): Promise<HistoryEntry[]> {
    const tx = this.db.transaction(HISTORY, 'readwrite');
    const list = (((await tx.store.get(key)) as HistoryEntry[] | undefined) ?? []).filter((e) => e.date !== entry.date);
    list.push(entry);
    list.sort((a, b) => a.date.localeCompare(b.date));
    await tx.store.put(list, key);
    await tx.done;
    return list;
  }

  close(): void {
    this.db.close();
  }
}

/** A message on the `rapport-drafts` BroadcastChannel: a draft was saved or cleared in another tab. */
export interface DraftNotice {
  key: string;
  rev: number;
  by: string;
  cleared?: boolean;
}

export const DRAFT_CHANNEL = 'rapport-drafts';
