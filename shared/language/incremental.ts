/**
 * Checking as an editor changes: after an edit only a window around it is checked again, and the
 * findings after it are shifted. The result is always exactly what `check()` of the whole text gives.
 *
 * Why a window is enough. Everything the engine reads around a phrase is bounded: the sentence (at
 * most 250 characters either side), the context words inside it, a name's next word, the article
 * before. The unbounded things are whitespace runs (a phrase's gaps, a sentence start's lookback),
 * which never cross a "hard" character (`, ; : ! ? ) ]` or a `.` not inside a word), and the
 * quotation state, which depends on every quote mark from the paragraph's start. So the window runs
 * from a hard character at least MARGIN before the edit to one at least MARGIN after it, within the
 * paragraph, and the paragraph's quoted ranges are kept between edits: an edit that adds, removes or
 * sits next to no quote mark shifts them; any other edit recomputes them, and if they changed
 * anywhere the whole paragraph is checked again. An edit that adds or removes a line break may join
 * or split paragraphs: the paragraphs it touches are checked again.
 */
import { findingsIn, prepare } from './check.js';
import { blockEndOf, blockStartOf, quotedRanges } from './engine.js';
import type { CheckOptions, Finding } from './types.js';

/** Farther than anything the engine reads around a phrase (250 for the sentence, 40 for a name). */
const MARGIN = 320;
/** A single quote looks this far ahead for its closing quote (engine.ts SINGLE_QUOTE_REACH), plus its neighbours. */
const QUOTE_REACH = 302;

type Range = [number, number];

const hasQuoteMark = (s: string) => /["'“”‘’]/.test(s);
/** Single-quote marks: whether one opens or closes a quotation depends on its neighbours. */
const isSingleQuote = (c: number) => c === 39 || c === 0x2018 || c === 0x2019;
const isWordCode = (c: number) =>
  c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : /[\p{L}\p{N}]/u.test(String.fromCharCode(c));

/**
 * A character no phrase and no lookback crosses: not part of a word, not space (a phrase's words are
 * separated by space only), not a quote mark or opening bracket (a sentence start's lookback skips
 * those), not a joiner that can sit inside a word (' ’ -); a full stop only when no letter follows.
 */
function isHard(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) {
    if (c === 46) return !(k + 1 < text.length && isWordCode(text.charCodeAt(k + 1)));
    return c > 32 && c !== 34 && c !== 39 && c !== 40 && c !== 45 && c !== 91 && c !== 127 && !isWordCode(c);
  }
  return !(c === 0x201c || c === 0x2018 || c === 0x2019 || isWordCode(c) || /\s/.test(String.fromCharCode(c)));
}

/**
 * True when no quote mark's role can change with an edit of [start, end) that adds and removes no
 * quote mark: no single quote that could open or close in the 300 characters before the edit (one
 * between two letters is an apostrophe and stays one, unless it touches the edit), and no opening
 * single quote right after it (its left neighbour changes). Double quotes pair by order alone.
 */
function quotesUnmoved(old: string, from: number, start: number, end: number): boolean {
  for (let k = Math.max(from, start - QUOTE_REACH); k < start; k++) {
    if (!isSingleQuote(old.charCodeAt(k))) continue;
    if (k === start - 1 || k === 0 || !isWordCode(old.charCodeAt(k - 1)) || !isWordCode(old.charCodeAt(k + 1))) return false;
  }
  const after = old.charCodeAt(end);
  return !(after === 39 || after === 0x2018);
}

/** Common prefix length of a and b, compared natively in chunks (a 100,000-character note costs ~100 comparisons). */
const STEPS = [16384, 1024, 64, 8, 1];

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let p = 0;
  for (const step of STEPS) while (p + step <= max && a.slice(p, p + step) === b.slice(p, p + step)) p += step;
  return p;
}

function commonSuffix(a: string, b: string, max: number): number {
  let s = 0;
  for (const step of STEPS) while (s + step <= max && a.slice(a.length - s - step, a.length - s) === b.slice(b.length - s - step, b.length - s)) s += step;
  return s;
}

/** Space inside a blank line (engine.ts blockStartOf). */
const isBlank = (c: number) => c === 32 || c === 9 || c === 13 || c === 160 || c === 11 || c === 12;
const allBlank = (s: string) => /^[ \t\r\u00a0\v\f]*$/.test(s);

/** True when text[i, j) is blank and so is the rest of its line: the line separates paragraphs. */
function blankLine(text: string, i: number, j: number): boolean {
  let k = i - 1;
  while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
  if (k >= 0 && text.charCodeAt(k) !== 10) return false;
  k = j;
  while (k < text.length && isBlank(text.charCodeAt(k))) k++;
  return k >= text.length || text.charCodeAt(k) === 10;
}

export class IncrementalChecker {
  #prepared: ReturnType<typeof prepare>;
  #text = '';
  #findings: Finding[] = [];
  /** The quoted ranges of one paragraph of the current text, kept between edits. */
  #quotes?: { start: number; end: number; ranges: Range[] };

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
    this.#quotes = undefined;
    this.#findings = findingsIn(this.#prepared, text, 0, text.length);
    return this.#findings;
  }

  /** Replaces [start, end) of the previous text with `insert`. */
  edit(start: number, end: number, insert: string): Finding[] {
    const old = this.#text;
    if (!(start >= 0 && start <= end && end <= old.length)) throw new RangeError(`edit [${start}, ${end}) is outside the text (length ${old.length})`);
    return this.#apply(start, end, insert, old.slice(0, start) + insert + old.slice(end));
  }

  /** The edit, and the new text it makes (update() has it already, flat: reading it costs no copy). */
  #apply(start: number, end: number, insert: string, text: string): Finding[] {
    const old = this.#text;
    const delta = insert.length - (end - start);
    const removed = old.slice(start, end);
    // The paragraph the edit touches (its start reads nothing at or after `start`, its end nothing
    // before `end`); the one whose quotes are kept is known already.
    const known = this.#quotes && this.#quotes.start < start && end < this.#quotes.end ? this.#quotes : undefined;
    const from = known ? known.start : blockStartOf(old, start);
    const oldTo = known ? known.end : blockEndOf(old, end);
    const newTo = oldTo + delta;
    const joinsOrSplits =
      removed.includes('\n') || insert.includes('\n') || (allBlank(removed) && blankLine(old, start, end)) || (allBlank(insert) && blankLine(text, start, start + insert.length));
    if (joinsOrSplits || oldTo - from < 4 * MARGIN) return this.#recheck(text, from, oldTo, newTo, delta);

    const before = known ? known.ranges : quotedRanges(old, from, oldTo);
    const shift = (p: number) => (p <= start ? p : p + delta);
    const shifted = before.map(([a, b]): Range => [shift(a), shift(b)]);
    const neutral = !hasQuoteMark(removed) && !hasQuoteMark(insert) && quotesUnmoved(old, from, start, end);
    const ranges = neutral ? shifted : quotedRanges(text, from, newTo);
    this.#quotes = { start: from, end: newTo, ranges };
    if (!neutral && (ranges.length !== shifted.length || ranges.some((r, i) => r[0] !== shifted[i][0] || r[1] !== shifted[i][1]))) {
      return this.#recheck(text, from, oldTo, newTo, delta, ranges);
    }
    // The window, in the new text: [a, b] bounded by hard characters (or the paragraph's ends).
    let a = Math.max(from, start - MARGIN);
    while (a > from && !isHard(text, a - 1)) a--;
    let b = Math.min(newTo, start + insert.length + MARGIN);
    while (b < newTo && !isHard(text, b)) b++;
    return this.#splice(text, a, b - delta, b, delta, ranges, from, newTo);
  }

  /** Checks the whole paragraph(s) [from, oldTo) again (newTo in the new text). */
  #recheck(text: string, from: number, oldTo: number, newTo: number, delta: number, ranges?: Range[]): Finding[] {
    if (!ranges) this.#quotes = undefined;
    return this.#splice(text, from, oldTo, newTo, delta, ranges, from, newTo);
  }

  /** Replaces the findings starting in [a, oldB) of the old text with those in [a, b] of the new one. */
  #splice(text: string, a: number, oldB: number, b: number, delta: number, quotes: Range[] | undefined, pStart: number, pEnd: number): Finding[] {
    const fresh = findingsIn(this.#prepared, text, a, b, quotes ? { start: pStart, end: pEnd, quotes } : undefined);
    const out: Finding[] = [];
    for (const f of this.#findings) if (f.start < a) out.push(f);
    for (const f of fresh) out.push(f);
    for (const f of this.#findings) {
      if (f.start >= oldB) out.push(delta === 0 ? f : { ...f, start: f.start + delta, end: f.end + delta });
    }
    this.#text = text;
    this.#findings = out;
    return out;
  }

  /** Diffs `text` against the previous text (common prefix and suffix) and applies that edit. */
  update(text: string): Finding[] {
    const old = this.#text;
    if (text === old) return this.#findings;
    const p = commonPrefix(old, text);
    const s = commonSuffix(old, text, Math.min(old.length, text.length) - p);
    return this.#apply(p, old.length - s, text.slice(p, text.length - s), text);
  }
}

export function createChecker(options?: CheckOptions): IncrementalChecker {
  return new IncrementalChecker(options);
}
