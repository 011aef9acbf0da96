/**
 * Reassessment history: each submitted reassessment for a case, validated before it is stored, so
 * a supervisor sees the stages over time (the timeline) and nothing malformed enters the history.
 */
import type { IDBPDatabase } from 'idb';
import { validateReassessment } from '../reassessment/model.js';
import type { RapportDB, ReassessmentEntry } from './db.js';

export class ReassessmentError extends Error {}

export async function saveReassessment(db: IDBPDatabase<RapportDB>, caseKey: string, record: unknown, now = Date.now()): Promise<ReassessmentEntry> {
  if (typeof caseKey !== 'string' || !caseKey.trim()) throw new ReassessmentError('A reassessment needs the case it belongs to.');
  const v = validateReassessment(record);
  if (!v.ok) throw new ReassessmentError(`This reassessment was not saved: ${v.message}.`);
  const entry: ReassessmentEntry = { id: `${caseKey}|${now}`, caseKey, savedAt: now, record: v.value };
  await db.put('reassessments', entry);
  return entry;
}

/** A case's reassessments, oldest first. */
export async function listReassessments(db: IDBPDatabase<RapportDB>, caseKey: string): Promise<ReassessmentEntry[]> {
  const all = await db.getAllFromIndex('reassessments', 'caseKey', caseKey);
  return all.sort((a, b) => a.savedAt - b.savedAt);
}
