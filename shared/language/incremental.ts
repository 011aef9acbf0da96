/**
 * Checking as an editor changes: after an edit only the paragraphs it touched are checked again,
 * and the findings after it are shifted. The engine never looks past a finding's paragraph, so this gives
 * exactly what `check()` of the whole text gives.
 */
import { findingsIn, prepare } from './check.js';
import { blockEndOf, blockStartOf } from './engine.js';
import type { CheckOptions, Finding } from './types.js';

export class IncrementalChecker {
  #prepared: ReturnType<typeof prepare>;
  #text = '';
  #findings: Finding[] = [];

  constructor(options: CheckOptions = {}) {
    this.#prepared = prepare(options);
  }

  get text(): string {
    return this.#text;
  }

  get findings(): Finding[] {
    return this.#findings;
  }

  reset(text: string): Finding[] {
    this.#text = text;
    this.#findings = findingsIn(this.#prepared, text, 0, text.length);
    return this.#findings;
  }

  /** Replaces [start, end) of the previous text with `insert`. */
  edit(start: number, end: number, insert: string): Finding[] {
    const old = this.#text;
    if (!(start >= 0 && start <= end && end <= old.length)) throw new RangeError(`edit [${start}, ${end}) is outside the text (length ${old.length})`);
    const text = old.slice(0, start) + insert + old.slice(end);
    const delta = insert.length - (end - start);
    // The paragraphs the edit touches. The separator before `from` lies wholly before the edit and
    // the one at `oldTo` wholly after it, so both survive the edit and bound what can change
    // (a phrase, a quote's open/closed state, a sentence never crosses a blank line).
    const from = blockStartOf(old, start);
    const oldTo = blockEndOf(old, end);
    const newTo = oldTo + delta;
    const fresh = findingsIn(this.#prepared, text, from, newTo);
    const before: Finding[] = [];
    const after: Finding[] = [];
    for (const f of this.#findings) {
      if (f.end <= from && f.start < from) before.push(f);
      else if (f.start >= oldTo) after.push(f.start + delta === f.start ? f : { ...f, start: f.start + delta, end: f.end + delta });
    }
    this.#text = text;
    this.#findings = [...before, ...fresh, ...after];
    return this.#findings;
  }

  /** Diffs `text` against the previous text (common prefix and suffix) and applies that edit. */
  update(text: string): Finding[] {
    const old = this.#text;
    if (text === old) return this.#findings;
    const max = Math.min(old.length, text.length);
    let p = 0;
    while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    let s = 0;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
    return this.edit(p, old.length - s, text.slice(p, text.length - s));
  }
}

export function createChecker(options?: CheckOptions): IncrementalChecker {
  return new IncrementalChecker(options);
}
