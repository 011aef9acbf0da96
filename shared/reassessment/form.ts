/**
 * The shape a reassessment form is drawn from: sections of fields, each bound to a path in the
 * record, with English and Spanish labels. `model.ts` fills it; surfaces only render it.
 */
import type { SourceRef } from '../language/types.js';

export type Lang = 'en' | 'es';
export interface Localized {
  en: string;
  es: string;
}

export interface OptionSpec {
  value: string;
  label: Localized;
  help?: Localized;
}

interface Base {
  /** Unique within the form; also the DOM id of the control. */
  id: string;
  /** Where the answer lives in the record. */
  path: (string | number)[];
  label: Localized;
  help?: Localized;
  required?: boolean;
}

export type FieldSpec =
  | (Base & { kind: 'text'; rows?: number })
  | (Base & { kind: 'line' })
  | (Base & { kind: 'choice'; options: OptionSpec[] })
  | (Base & { kind: 'multi'; options: OptionSpec[] })
  | (Base & { kind: 'date'; presets: { days: number; label: Localized }[] })
  | (Base & { kind: 'stage'; options: OptionSpec[] })
  | (Base & { kind: 'list'; item: FieldSpec[]; addLabel: Localized; removeLabel: Localized; itemLabel: Localized; newItem(): unknown });

export interface SectionSpec {
  id: string;
  title: Localized;
  intro?: Localized;
  fields: FieldSpec[];
  /** A citation line shown under the section ("CDSS Harm Reduction training, HR Best Practices"). */
  cite?: string;
  /** The seed passages the section's questions come from. */
  sources: SourceRef[];
}

/** The value at `path` in `record`. */
export function getAt(record: unknown, path: readonly (string | number)[]): unknown {
  let v: any = record;
  for (const k of path) v = v == null ? undefined : v[k];
  return v;
}

/** A copy of `record` with `value` at `path`, copying only the objects on the way. */
export function setAt<T>(record: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [k, ...rest] = path;
  const src: any = record ?? (typeof k === 'number' ? [] : {});
  const copy: any = Array.isArray(src) ? [...src] : { ...src };
  copy[k] = setAt(src[k], rest, value);
  return copy;
}

/** Whether a field counts as answered: non-blank text, a chosen option, a non-empty list. */
export function isAnswered(value: unknown): boolean {
  if (value == null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(isAnswered);
  return true;
}
