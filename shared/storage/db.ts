/**
 * The one IndexedDB database ("rapport") for pins, trainers' custom cards and imported packs.
 * Versions only ever add: an upgrade from any earlier version keeps every record.
 *   v1: pins (id, cardId, scope, order), customCards (id, title, markdown, body)
 *   v2: packs (name, version, importedAt, card and pin ids), pins indexed by scope
 *   v3: reassessments (validated harm-reduction reassessment records per case, indexed by case)
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Block } from '../content/types.js';
import type { ReassessmentRecord } from '../reassessment/model.js';

export const DB_NAME = 'rapport';
export const DB_VERSION = 3;

/** `scope` is 'global' or a site origin ("https://portal.county.example"). */
export interface Pin {
  id: string;
  cardId: string;
  scope: string;
  order: number;
  /** The pack that brought it, when a trainee imported it. */
  pack?: string;
}

export interface CustomCard {
  id: string;
  title: string;
  markdown: string;
  body: Block[];
}

export interface PackRecord {
  name: string;
  version: number;
  importedAt: number;
  cardIds: string[];
  pinCardIds: string[];
}

/** One saved reassessment: the validated record, for the case (a portal's or worker's own key). */
export interface ReassessmentEntry {
  id: string;
  caseKey: string;
  savedAt: number;
  record: ReassessmentRecord;
}

export interface RapportDB extends DBSchema {
  pins: { key: string; value: Pin; indexes: { scope: string } };
  customCards: { key: string; value: CustomCard };
  packs: { key: string; value: PackRecord };
  reassessments: { key: string; value: ReassessmentEntry; indexes: { caseKey: string } };
}

export function openRapportDB(name = DB_NAME): Promise<IDBPDatabase<RapportDB>> {
  return openDB<RapportDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('pins', { keyPath: 'id' });
        db.createObjectStore('customCards', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        db.createObjectStore('packs', { keyPath: 'name' });
        tx.objectStore('pins').createIndex('scope', 'scope');
      }
      if (oldVersion < 3) {
        db.createObjectStore('reassessments', { keyPath: 'id' }).createIndex('caseKey', 'caseKey');
      }
    },
  });
}
