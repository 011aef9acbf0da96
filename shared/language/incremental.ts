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
 *
 * Why chunks. A 100,000-character note is a 200 KB string, and building it anew for every edit()
 * (a copy of the whole note into fresh memory) cost more than checking the window. So edit() keeps
 * the note as chunks of a few thousand characters, copies only the chunk it changes, and checks on
 * a region string around the edit; the whole text is joined only when asked for (`text`, update(),
 * or an edit whose paragraph reaches past the region).
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

/** Characters read around an edit that edit() checks locally: the window, its margins and the quote lookback all fit. */
const REGION = 2048;
/** Chunk length: an edit copies one chunk (and its insert). */
const CHUNK = 4096;

/** The note as chunks: slicing and editing copy only what they touch. */
class Chunks {
  #parts: string[];
  #starts: number[] = [];
  length: number;

  constructor(text: string) {
    // Slices of a flat string share its memory: this copies nothing.
    this.#parts = [];
    for (let k = 0; k < text.length; k += CHUNK) this.#parts.push(text.slice(k, k + CHUNK));
    if (!this.#parts.length) this.#parts.push('');
    this.length = text.length;
    this.#index(0);
  }

  #index(from: number): void {
    this.#starts.length = this.#parts.length;
    let at = from > 0 ? this.#starts[from - 1] + this.#parts[from - 1].length : 0;
    for (let i = from; i < this.#parts.length; i++) {
      this.#starts[i] = at;
      at += this.#parts[i].length;
    }
  }

  /** The chunk holding position p (the last one for p === length). */
  #at(p: number): number {
    let lo = 0;
    let hi = this.#parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  slice(a: number, b: number): string {
    if (a >= b) return '';
    let i = this.#at(a);
    let out = '';
    while (i < this.#parts.length && this.#starts[i] < b) {
      const s = this.#starts[i];
      out += this.#parts[i].slice(Math.max(0, a - s), b - s);
      i++;
    }
    return out;
  }

  edit(start: number, end: number, insert: string): void {
    const i = this.#at(start);
    const j = this.#at(end);
    const piece = this.#parts[i].slice(0, start - this.#starts[i]) + insert + this.#parts[j].slice(end - this.#starts[j]);
    const pieces: string[] = [];
    if (piece.length <= 2 * CHUNK) pieces.push(piece);
    else for (let k = 0; k < piece.length; k += CHUNK) pieces.push(piece.slice(k, k + CHUNK));
    this.#parts.splice(i, j - i + 1, ...pieces);
    if (this.#parts.length > 1 && this.#parts[i] === '') this.#parts.splice(i, 1);
    this.length += insert.length - (end - start);
    this.#index(i);
  }

  join(): string {
    return this.#parts.join('');
  }
}

/**
 * True when region[i, j) is blank and so is the rest of its line: the line separates paragraphs.
 * `region` starts at `base` of a note of length `total` (0 and its own length for the whole note);
 * undefined when the answer lies outside the region.
 */
function blankLine(region: string, base: number, total: number, i: number, j: number): boolean | undefined {
  let k = i - 1;
  while (k >= 0 && isBlank(region.charCodeAt(k))) k--;
  if (k < 0 && base > 0) return undefined;
  if (k >= 0 && region.charCodeAt(k) !== 10) return false;
  k = j;
  while (k < region.length && isBlank(region.charCodeAt(k))) k++;
  if (k >= region.length) return base + region.length >= total ? true : undefined;
  return region.charCodeAt(k) === 10;
}

/**
 * True when a line that separates paragraphs (blank, with a line break on each side) is among the
 * lines from the one before region[i] to the one after region[j]: only then can an edit of [i, j)
 * that adds or removes line breaks join or split paragraphs. Arguments as blankLine's.
 */
function nearSeparator(region: string, base: number, total: number, i: number, j: number): boolean | undefined {
  const atEnd = base + region.length >= total;
  const p = i > 0 ? region.lastIndexOf('\n', i - 1) : -1;
  if (p >= 0) {
    // The line that ends at p: a separator if blank and a line break is before it.
    let k = p - 1;
    while (k >= 0 && isBlank(region.charCodeAt(k))) k--;
    if (k >= 0 && region.charCodeAt(k) === 10) return true;
    if (k < 0 && base > 0) return undefined;
  }
  // The lines from p + 1 through the one holding j, then the one after that.
  for (let ls = p + 1, last = false; ; ) {
    let k = ls;
    while (k < region.length && isBlank(region.charCodeAt(k))) k++;
    if (k >= region.length || region.charCodeAt(k) === 10) {
      // A blank line: a separator if a line break is on each side.
      const opened = ls > 0 ? true : base === 0 ? false : undefined;
      const closed = k < region.length ? true : atEnd ? false : undefined;
      if (opened && closed) return true;
      if (opened === undefined || closed === undefined) return undefined;
    }
    if (last) return false;
    const le = region.indexOf('\n', k);
    // A line going on past the region is not blank (else the check above answered): the line
    // break ending it is too far from the edit to matter.
    if (le < 0) return false;
    last = le >= j;
    ls = le + 1;
  }
}

/**
 * Whether replacing old[start, end) (`removed`) by `insert` can join or split paragraphs: it touches
 * a blank line, makes one, or moves a line break next to one. `old` and `text` are regions of the
 * old and new note starting at `base` (lengths `total`, `newTotal`).
 */
function paragraphsChange(old: string, text: string, base: number, total: number, newTotal: number, start: number, end: number, removed: string, insert: string): boolean | undefined {
  const answers = [
    allBlank(removed) ? blankLine(old, base, total, start, end) : false,
    allBlank(insert) ? blankLine(text, base, newTotal, start, start + insert.length) : false,
  ];
  if (removed.includes('\n') || insert.includes('\n')) answers.push(nearSeparator(old, base, total, start, end), nearSeparator(text, base, newTotal, start, start + insert.length));
  if (answers.includes(true)) return true;
  return answers.includes(undefined) ? undefined : false;
}

const shiftRanges = (ranges: Range[], by: number): Range[] => ranges.map(([a, b]): Range => [a + by, b + by]);

/**
 * The incremental checker that editors' surfaces use: they hand it each new value (`update`).
 * `createChecker()` gives the one for callers that report edits instead (`ChunkedChecker`).
 */
export class IncrementalChecker {
  #prepared: ReturnType<typeof prepare>;
  /** The text, flat; undefined (ChunkedChecker) while only the chunks hold it. */
  protected current: string | undefined = '';
  #findings: Finding[] = [];
  /** The quoted ranges of one paragraph of the current text, kept between edits. */
  #quotes?: { start: number; end: number; ranges: Range[] };

  constructor(options: CheckOptions = {}) {
    this.#prepared = prepare(options);
  }

  get text(): string {
    return this.current!;
  }

  get findings(): Finding[] {
    return this.#findings;
  }

  reset(text: string): Finding[] {
    this.current = text;
    this.#quotes = undefined;
    this.#findings = findingsIn(this.#prepared, text, 0, text.length);
    return this.#findings;
  }

  /** Replaces [start, end) of the previous text with `insert` (building the new text whole). */
  edit(start: number, end: number, insert: string): Finding[] {
    const old = this.text;
    checkRange(start, end, old.length);
    return this.flat(old, old.slice(0, start) + insert + old.slice(end), start, end, insert);
  }

  /** Diffs `text` against the previous text (common prefix and suffix) and applies that edit. */
  update(text: string): Finding[] {
    const old = this.text;
    if (text === old) return this.#findings;
    const p = commonPrefix(old, text);
    const s = commonSuffix(old, text, Math.min(old.length, text.length) - p);
    return this.flat(old, text, p, old.length - s, text.slice(p, text.length - s));
  }

  /** The edit on the whole old and new texts (it cannot need more). */
  protected flat(old: string, text: string, start: number, end: number, insert: string): Finding[] {
    const found = this.apply(old, text, 0, old.length, start, end, insert)!;
    this.current = text;
    return found;
  }

  /**
   * Applies the replacement of [start, end) by `insert` to the findings. `oldR` and `newR` are the
   * old and new text from `rs` on (the whole texts when rs is 0 and oldR is `total` long); undefined,
   * with nothing changed, when what must be read reaches past them.
   */
  protected apply(oldR: string, newR: string, rs: number, total: number, start: number, end: number, insert: string): Finding[] | undefined {
    const re = rs + oldR.length;
    const delta = insert.length - (end - start);
    const removed = oldR.slice(start - rs, end - rs);
    // The paragraph the edit touches (its start reads nothing at or after `start`, its end nothing
    // before `end`); the one whose quotes are kept is known already.
    const known = this.#quotes && this.#quotes.start < start && end < this.#quotes.end ? this.#quotes : undefined;
    let from: number;
    let oldTo: number;
    if (known) {
      from = known.start;
      oldTo = known.end;
    } else {
      const f = blockStartOf(oldR, start - rs);
      const t = blockEndOf(oldR, end - rs);
      if ((f === 0 && rs > 0) || (t === oldR.length && re < total)) return undefined;
      from = rs + f;
      oldTo = rs + t;
    }
    const newTo = oldTo + delta;
    const inRegion = from >= rs && oldTo <= re;
    const joinsOrSplits = paragraphsChange(oldR, newR, rs, total, total + delta, start - rs, end - rs, removed, insert);
    if (joinsOrSplits === undefined) return undefined;
    // Paragraphs checked again whole are checked on a string of exactly them, so the engine finds
    // their bounds as it does in the whole text.
    const paragraphs = () => newR.slice(from - rs, newTo - rs);
    if (joinsOrSplits || oldTo - from < 4 * MARGIN) {
      if (!inRegion) return undefined;
      this.#quotes = undefined;
      return this.#replace(findingsIn(this.#prepared, paragraphs(), 0, newTo - from), from, from, oldTo, delta);
    }
    if (!(known || inRegion)) return undefined;
    const before = known ? known.ranges : shiftRanges(quotedRanges(oldR, from - rs, oldTo - rs), rs);
    const shift = (p: number) => (p <= start ? p : p + delta);
    const shifted = before.map(([a, b]): Range => [shift(a), shift(b)]);
    const neutral = !hasQuoteMark(removed) && !hasQuoteMark(insert) && quotesUnmoved(oldR, Math.max(0, from - rs), start - rs, end - rs);
    let ranges = shifted;
    if (!neutral) {
      if (!inRegion) return undefined;
      ranges = shiftRanges(quotedRanges(newR, from - rs, newTo - rs), rs);
      if (ranges.length !== shifted.length || ranges.some((r, i) => r[0] !== shifted[i][0] || r[1] !== shifted[i][1])) {
        // A quote mark changed roles: the whole paragraph again, with its new quotes.
        this.#quotes = { start: from, end: newTo, ranges };
        const fresh = findingsIn(this.#prepared, paragraphs(), 0, newTo - from, { start: 0, end: newTo - from, quotes: shiftRanges(ranges, -from) });
        return this.#replace(fresh, from, from, oldTo, delta);
      }
    }
    // The window, in the new text: [a, b] bounded by hard characters (or the paragraph's ends),
    // and the margin the engine reads around it, inside what was given.
    let a = Math.max(from, start - MARGIN);
    while (a > from && a > rs && !isHard(newR, a - rs - 1)) a--;
    let b = Math.min(newTo, start + insert.length + MARGIN);
    while (b < newTo && b - rs < newR.length && !isHard(newR, b - rs)) b++;
    if (Math.max(from, a - MARGIN) < rs || Math.min(newTo, b + MARGIN) > rs + newR.length) return undefined;
    this.#quotes = { start: from, end: newTo, ranges };
    // The paragraph's bounds as the region sees them: the engine reads no farther than the margins anyway.
    const paragraph = { start: Math.max(0, from - rs), end: Math.min(newR.length, newTo - rs), quotes: shiftRanges(ranges, -rs) };
    return this.#replace(findingsIn(this.#prepared, newR, a - rs, b - rs, paragraph), rs, a, b - delta, delta);
  }

  /** The findings before a, then `fresh` (found on a string starting at `base` of the new text), then those from oldB on, shifted by delta. */
  #replace(fresh: Finding[], base: number, a: number, oldB: number, delta: number): Finding[] {
    const out: Finding[] = [];
    for (const f of this.#findings) if (f.start < a) out.push(f);
    for (const f of fresh) out.push(base === 0 ? f : { ...f, start: f.start + base, end: f.end + base });
    for (const f of this.#findings) {
      if (f.start >= oldB) out.push(delta === 0 ? f : { ...f, start: f.start + delta, end: f.end + delta });
    }
    this.#findings = out;
    return out;
  }
}

function checkRange(start: number, end: number, length: number): void {
  if (!(start >= 0 && start <= end && end <= length)) throw new RangeError(`edit [${start}, ${end}) is outside the text (length ${length})`);
}

/**
 * For callers that report edits (`edit(start, end, insert)`): keeps the note as chunks and checks a
 * region around each edit (see "Why chunks"), falling back to the whole text when an edit needs more.
 */
export class ChunkedChecker extends IncrementalChecker {
  #chunks?: Chunks;

  override get text(): string {
    return (this.current ??= this.#chunks!.join());
  }

  override reset(text: string): Finding[] {
    this.#chunks = undefined;
    return super.reset(text);
  }

  override edit(start: number, end: number, insert: string): Finding[] {
    const length = this.current !== undefined ? this.current.length : this.#chunks!.length;
    checkRange(start, end, length);
    const chunks = (this.#chunks ??= new Chunks(this.current!));
    const rs = Math.max(0, start - REGION);
    const oldR = chunks.slice(rs, Math.min(length, end + REGION));
    const local = this.apply(oldR, oldR.slice(0, start - rs) + insert + oldR.slice(end - rs), rs, length, start, end, insert);
    if (!local) return super.edit(start, end, insert);
    chunks.edit(start, end, insert);
    this.current = undefined;
    return local;
  }

  protected override flat(old: string, text: string, start: number, end: number, insert: string): Finding[] {
    this.#chunks = undefined;
    return super.flat(old, text, start, end, insert);
  }
}

/** The incremental checker for callers that report edits (`edit`), as the API and CLI users do. */
export function createChecker(options?: CheckOptions): ChunkedChecker {
  return new ChunkedChecker(options);
}

/** The incremental checker for surfaces that hand it each new value (`update`): the extension and the widgets. */
export function createUpdateChecker(options?: CheckOptions): IncrementalChecker {
  return new IncrementalChecker(options);
}
