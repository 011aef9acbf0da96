/**
 * The matcher. The lexicon compiles once into (1) a table of anchors (each phrase's least common
 * word) that a char-code scanner looks for without allocating anything, (2) a trie keyed by 32-bit
 * hashes of lower-cased words that tells, from an anchor's phrase start, whether a whole phrase is
 * there, and (3) a token trie that confirms a phrase, with its context, only where the
 * hash trie reached a complete phrase. Everything else (quotes, names, context words, sentences) is
 * computed only around candidates, and never looks past the candidate's paragraph (text between
 * blank lines): a phrase or a quotation may run over a single line break, and a paragraph is the
 * unit the incremental checker re-checks, so whole and incremental checking agree by construction.
 */
import type { RuleContext, RuleFamily } from './lexicon/format.js';
import { expandPattern, WILDCARD } from './pattern.js';
import type { Domain, Finding, Severity, SourceRef } from './types.js';

interface CompiledContext {
  notBefore: string[][];
  notAfter: string[][];
  requireNear: SeqIndex;
  excludeNear: SeqIndex;
  window: number;
  caseSensitive: boolean;
}

export interface CompiledRule {
  id: string;
  domain: Domain;
  severity: 'avoid' | 'consider';
  message: string;
  sources: SourceRef[];
}

interface Terminal {
  rule: CompiledRule;
  suggestions: string[];
  /** `suggestions` split for fillCaptures. */
  templates: (string | number)[][];
  captures: [number, number][];
  context: CompiledContext;
  /** The literal tokens (lower case), and as written in the lexicon for case-sensitive rules. */
  tokens: string[];
  exact?: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  wild?: TrieNode;
  terminals: Terminal[];
}

/** The hash trie's first level as an open-addressing table (-1 marks an empty slot). */
interface FirstWords {
  keys: Int32Array;
  nodes: HashNode[];
  mask: number;
}

export interface Matcher {
  firstWords: FirstWords;
  anchors: Anchors;
  root: TrieNode;
  maxLen: number;
}

/** Most nodes are leaves: they share these empty ones until something is added (compile's allocations were its main cost). */
const NO_CHILDREN: Map<string, TrieNode> = new Map();
const NO_TERMINALS: Terminal[] = [];
const newNode = (): TrieNode => ({ next: NO_CHILDREN, terminals: NO_TERMINALS });

const toSeqs = (patterns: string[] | undefined) => (patterns ?? []).flatMap((p) => expandPattern(p).map((e) => e.tokens));

/** Word sequences filed by their first word (those starting with a wildcard apart), so a check looks only at those that can match. */
interface SeqIndex {
  byFirst: Map<string, string[][]>;
  wild: string[][];
  size: number;
}

function indexSeqs(seqs: string[][]): SeqIndex {
  const byFirst = new Map<string, string[][]>();
  const wild: string[][] = [];
  for (const seq of seqs) {
    if (seq[0] === WILDCARD) wild.push(seq);
    else {
      const list = byFirst.get(seq[0]);
      if (list) list.push(seq);
      else byFirst.set(seq[0], [seq]);
    }
  }
  return { byFirst, wild, size: seqs.length };
}

function mergeContext(a: RuleContext | undefined, b: RuleContext | undefined): CompiledContext {
  return {
    notBefore: toSeqs([...(a?.notBefore ?? []), ...(b?.notBefore ?? [])]),
    notAfter: toSeqs([...(a?.notAfter ?? []), ...(b?.notAfter ?? [])]),
    requireNear: indexSeqs(toSeqs([...(a?.requireNear ?? []), ...(b?.requireNear ?? [])])),
    excludeNear: indexSeqs(toSeqs([...(a?.excludeNear ?? []), ...(b?.excludeNear ?? [])])),
    window: b?.window ?? a?.window ?? 6,
    caseSensitive: !!(b?.caseSensitive ?? a?.caseSensitive),
  };
}


/** Node of the hash trie: the scanner's cheap, allocation-free pre-filter of the token trie. */
interface HashNode {
  next: Map<number, HashNode>;
  wild?: HashNode;
  /** A complete phrase ends here (its context is judged later, on real tokens). */
  end: boolean;
  /** Which letters the next words in `next` start with (see leadBit): most misses stop here. */
  lead: number;
}

const NO_HASH_CHILDREN: Map<number, HashNode> = new Map();
const newHashNode = (): HashNode => ({ next: NO_HASH_CHILDREN, end: false, lead: 0 });

/** One bit per first letter a–z, one shared bit for anything else (digits, other scripts). */
const leadBit = (c: number) => ((c | 32) - 97 >>> 0 < 26 ? 1 << ((c | 32) - 97) : 1 << 26);

// Per-code-unit tables filled lazily: word-ness (0 unknown, 1 word, 2 not) and lower case.
const WORDNESS = new Uint8Array(65536);
const LOWER = new Uint16Array(65536);

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let w = WORDNESS[c];
  if (w === 0) WORDNESS[c] = w = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return w === 1;
}

function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
  if (c === 8217) return 39; // ’ reads as '
  let l = LOWER[c];
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    LOWER[c] = l = s.length === 1 ? s.charCodeAt(0) : c;
  }
  return l;
}

/** h * 33 + c: a short chain per character (shift, add), which bounds how fast the scan can go. */
const mix = (h: number, c: number) => ((h << 5) + h + c) | 0;
/** Hashes are cut to 30 bits so they stay small integers: a map lookup then allocates nothing. */
const SMI = 0x3fffffff;

/** Hash of a normalized token, computed exactly as the scanner computes it over the text. */
function hashToken(t: string): number {
  let h = 0;
  for (let i = 0; i < t.length; i++) h = mix(h, lower(t.charCodeAt(i)));
  return h & SMI;
}

/** Set by `scanWord`: the hash of the word just read. */
let wordHash = 0;

/**
 * Reads the word starting at text[i] (a word code unit) the way WORD_RE does: letters and digits,
 * joined by ' ’ - . between them. Returns its end and leaves its hash in `wordHash`.
 */
function scanWord(text: string, i: number): number {
  const n = text.length;
  let h = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const l = codeOf(c);
    if (l !== 0) h = mix(h, l);
    else if ((c === 39 || c === 8217 || c === 45 || c === 46) && i + 1 < n && codeOf(text.charCodeAt(i + 1)) !== 0) h = mix(h, c === 8217 ? 39 : c);
    else break;
  }
  wordHash = h & SMI;
  return i;
}

// The scan. Each phrase is looked for by its anchor, its least common literal word (ANCHOR_SKIP),
// so the scan stops at a few words in a hundred rather than at every "the" and "and". One pass over
// the characters keeps a running hash of the current run of letters and digits without branching per
// character; where a run ends, a 64K-bit filter says "maybe part of an anchor", and only then is
// the whole word read, looked up, the phrase's start found k words back, and the hash trie asked
// whether a whole phrase follows. Runs, not words: a joiner (' ’ - .) ends a run, so "youth's" is
// seen as "youth" then "s", and an anchor with joiners is filed under its longest run.

/** Per code unit below 128: its lower case if it is a letter or digit, else 0. */
const ASCII_CODE = new Uint16Array(128);
for (let c = 48; c < 123; c++) if (c <= 57 || (c >= 65 && c <= 90) || c >= 97) ASCII_CODE[c] = c >= 65 && c <= 90 ? c | 32 : c;

/** As ASCII_CODE for code units of 128 or more, filled as they are met (UNKNOWN until then). */
const UNKNOWN = 0xffff;
const WIDE_CODE = new Uint16Array(65536).fill(UNKNOWN);

function fillWide(c: number): number {
  return (WIDE_CODE[c] = isWordCode(c) ? lower(c) : 0);
}

/** A code unit's lower case if it is a letter or digit, else 0 (the scan's reading of it). */
function codeOf(c: number): number {
  if (c < 128) return ASCII_CODE[c];
  const l = WIDE_CODE[c];
  return l === UNKNOWN ? fillWide(c) : l;
}

/** Bits 0..k set for the anchor at word index k of some phrase, keyed by the anchor's hash. */
interface Anchors {
  keys: Int32Array;
  offsets: Int32Array;
  /**
   * Per anchor (BEFORE slots each), the leadBit of the last letter of each word that stands k words
   * before it in a phrase (slot k - 1; all bits where that word is a wildcard): a hit whose k-th
   * previous word ends otherwise cannot be word k or later of any phrase.
   */
  before: Int32Array;
  mask: number;
  /** Maybe-an-anchor filter: one bit per value of the low 16 bits of a run's hash. */
  filter: Int32Array;
}

/**
 * Words too common in notes to anchor a phrase on when the phrase has a rarer word. Only the
 * scan's speed depends on this list, never a result.
 */
const ANCHOR_SKIP = new Set(
  ('a an the and or of to in on at by for with from as is are was were be been being it its this that not no ' +
    'he she they his her their him them has have had get got go out up more all youth child young people ' +
    'services placement behavior behaviors program family staff contact work working life welfare phone home school').split(' '),
);

const runScore = (r: string) => (ANCHOR_SKIP.has(r) ? 0 : 64) + r.length;

/** The run of letters and digits in a token the scan's filter looks for: its least common one. */
const bestRun = (t: string) => t.split(/['’.-]/).reduce((a, b) => (runScore(b) > runScore(a) ? b : a));

const anchorScore = (t: string) => (t === WILDCARD ? -1 : runScore(bestRun(t)));

/** Words back from an anchor whose last letters `Anchors.before` keeps. */
const BEFORE = 4;

/** `offsets`: anchor word hash → bits; `before`: → last letters before it; `runs`: the anchors' longest runs, for the filter. */
function anchorTable(offsets: Map<number, number>, before: Map<number, number>, runs: Set<number>): Anchors {
  let size = 16;
  while (size < offsets.size * 4) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const offs = new Int32Array(size);
  const befores = new Int32Array(size * BEFORE);
  const filter = new Int32Array(2048);
  for (const [k, o] of offsets) {
    let j = k & (size - 1);
    while (keys[j] !== -1) j = (j + 1) & (size - 1);
    keys[j] = k;
    offs[j] = o;
    for (let b = 0; b < BEFORE; b++) befores[j * BEFORE + b] = before.get(k * BEFORE + b) ?? 0;
  }
  for (const r of runs) filter[(r >>> 5) & 2047] |= 1 << (r & 31);
  return { keys, offsets: offs, before: befores, mask: size - 1, filter };
}

const isGap = (c: number) => c === 32 || c === 9 || c === 160 || c === 13 || c === 10;
const isJoinerCode = (c: number) => c === 39 || c === 8217 || c === 45 || c === 46;

/**
 * Start of the word ending at `end` (text[end - 1] is a letter or digit), as the forward reader
 * would have started it when reading from `from`: back over letters, digits and joiners between them.
 */
function wordStartBefore(text: string, end: number, from: number): number {
  let s = end - 1;
  while (s > from) {
    const c = text.charCodeAt(s - 1);
    if (codeOf(c) !== 0) s--;
    else if (isJoinerCode(c) && s - 1 > from && wordAt(text, s - 2)) s -= 2;
    else break;
  }
  return s;
}

const STRETCH = 4096;

/** Where runs that may be anchors end, and their hashes: the scan only records them (no call in its loop). */
const HIT_END = new Int32Array(STRETCH);
const HIT_HASH = new Int32Array(STRETCH);

/**
 * Scans text[at, end), recording possible anchors in HIT_END/HIT_HASH; returns how many, or -1 when
 * it met a code unit not yet learnt. text[at - 1] is not a letter or digit (no run is open at `at`).
 */
function scanStretch(filter: Int32Array, text: string, at: number, end: number): number {
  let h = 0;
  let unknown = 0;
  let n = 0;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    let l: number;
    if (c < 128) l = ASCII_CODE[c];
    else if ((l = WIDE_CODE[c]) === UNKNOWN) {
      // Learnt after the pass (no call in this loop keeps it fast), which then runs again.
      unknown = 1;
      l = 0;
    }
    // 1 on a code unit that is not a letter or digit. Where a run ends there, h is its hash; between
    // runs h is 0, which asks the filter about hash 0: its bit is set only if some anchor's run hash
    // has sixteen low zero bits (then such places are looked at, and found to be no anchor).
    const nw = (l - 1) >>> 31;
    if (((filter[(h >>> 5) & 2047] >>> h) & nw) !== 0) {
      HIT_END[n] = i;
      HIT_HASH[n++] = h & SMI;
    }
    h = mix(h, l) & (nw - 1);
  }
  if (h !== 0 && ((filter[(h >>> 5) & 2047] >>> h) & 1) !== 0) {
    // A run reaching `end`: only at the range's end (other stretches end past a code unit that is not a letter or digit).
    HIT_END[n] = end;
    HIT_HASH[n++] = h & SMI;
  }
  return unknown === 0 ? n : -1;
}

/**
 * Fills `out` with the starts of words in text[from, to) where a whole phrase may begin (the hash
 * trie reaches a complete phrase from there): a superset of where the token trie can match, sorted,
 * without duplicates. No phrase crosses `to` (a paragraph end or a character no phrase crosses).
 */
function candidates(m: Matcher, text: string, from: number, to: number, out: number[]): void {
  // Stretch by stretch: a loop that runs for a whole long text in one call is compiled mid-loop,
  // before the code after it ever ran, and that compiled code is reused and thrown away on every
  // later call; a call per stretch is compiled whole, early. A stretch ends just past a code unit
  // that is not a letter or digit, so the next one starts outside any run, with a fresh hash.
  const { filter } = m.anchors;
  for (let at = from; at < to; ) {
    let e = Math.min(to, at + STRETCH - 1);
    while (e < to && codeOf(text.charCodeAt(e - 1)) !== 0) e++;
    const n = scanStretch(filter, text, at, e);
    if (n < 0) {
      // New code units: learn them, then scan the stretch again.
      for (let i = at; i < e; i++) codeOf(text.charCodeAt(i));
      continue;
    }
    for (let k = 0; k < n; k++) anchorAt(m, text, from, to, HIT_END[k], HIT_HASH[k], out);
    at = e;
  }
  if (out.length > 1) {
    out.sort((a, b) => a - b);
    let k = 1;
    for (let j = 1; j < out.length; j++) if (out[j] !== out[k - 1]) out[k++] = out[j];
    out.length = k;
  }
}

/** The letter-or-digit code unit test, cheap for ASCII. */
const wordAt = (text: string, k: number) => codeOf(text.charCodeAt(k)) !== 0;

/** True when text[k] is a joiner with letters or digits on both sides (inside a word). */
const innerJoiner = (text: string, k: number) => isJoinerCode(text.charCodeAt(k)) && k > 0 && k + 1 < text.length && wordAt(text, k - 1) && wordAt(text, k + 1);

/**
 * A run of letters and digits ending at `end` (hash `runHash`) may be part of an anchor: add the
 * starts of the phrases its word anchors.
 */
function anchorAt(m: Matcher, text: string, from: number, to: number, end: number, runHash: number, out: number[]): void {
  const { keys, offsets, before, mask } = m.anchors;
  let s = end - 1;
  while (s > from && wordAt(text, s - 1)) s--;
  let key = runHash;
  let wordEnd = end;
  if ((s > from && innerJoiner(text, s - 1)) || innerJoiner(text, end) || (end < text.length && wordAt(text, end))) {
    // The run is part of a longer word ("youth's", or one going on past `to`): read it as the forward reader does.
    s = wordStartBefore(text, end, from);
    wordEnd = scanWord(text, s);
    key = wordHash;
  }
  let j = key & mask;
  while (keys[j] !== key && keys[j] !== -1) j = (j + 1) & mask;
  if (keys[j] === -1) return;
  let bits = offsets[j];
  for (let k = 0; bits !== 0; k++, bits >>>= 1) {
    if (k > 0) {
      // One word back, over a gap of spaces and line breaks only (as a phrase's words are).
      let g = s;
      while (g > from && isGap(text.charCodeAt(g - 1))) g--;
      if (g === s || g <= from || !isWordCode(text.charCodeAt(g - 1))) return;
      // Most hits stop here: no phrase has a word ending in that letter just before this anchor.
      if (k <= BEFORE && (before[j * BEFORE + k - 1] & leadBit(codeOf(text.charCodeAt(g - 1)))) === 0) return;
      s = wordStartBefore(text, g, from);
    }
    if ((bits & 1) === 0) continue;
    const e = k === 0 ? wordEnd : scanWord(text, s);
    if (e > to) continue;
    const key0 = k === 0 ? key : wordHash;
    const { keys: fk, nodes, mask: fm } = m.firstWords;
    let q = key0 & fm;
    while (fk[q] !== key0 && fk[q] !== -1) q = (q + 1) & fm;
    if (fk[q] !== -1 && reachesEnd(text, nodes[q], e)) out.push(s);
  }
}

/** True when some phrase continues from `node` at text[pos] (pos is just past a word). */
function reachesEnd(text: string, node: HashNode, pos: number): boolean {
  if (node.end) return true;
  // Words of a phrase are separated by spaces, tabs, no-break spaces or a line break (the
  // confirming step stops at the paragraph's end).
  let i = pos;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 160 || c === 13 || c === 10) i++;
    else break;
  }
  if (i === pos || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (!isWordCode(c) || (node.wild === undefined && (node.lead & leadBit(c)) === 0)) return false;
  const e = scanWord(text, i);
  const lit = node.next.get(wordHash);
  if (lit !== undefined && reachesEnd(text, lit, e)) return true;
  return node.wild !== undefined && reachesEnd(text, node.wild, e);
}

function firstWordTable(root: HashNode): FirstWords {
  let size = 16;
  while (size < root.next.size * 4) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const nodes: HashNode[] = new Array(size);
  for (const [k, node] of root.next) {
    let j = k & (size - 1);
    while (keys[j] !== -1) j = (j + 1) & (size - 1);
    keys[j] = k;
    nodes[j] = node;
  }
  return { keys, nodes, mask: size - 1 };
}

export function compile(families: readonly RuleFamily[]): Matcher {
  const root = newNode();
  const hashRoot = newHashNode();
  const anchorOffsets = new Map<number, number>();
  const anchorBefore = new Map<number, number>();
  const anchorRuns = new Set<number>();
  const anchorWords = new Set<string>();
  // Words recur across thousands of phrases: hash and score each once.
  const hashes = new Map<string, number>();
  const hashOf = (t: string) => {
    let h = hashes.get(t);
    if (h === undefined) hashes.set(t, (h = hashToken(t)));
    return h;
  };
  const scores = new Map<string, number>();
  const scoreOf = (t: string) => {
    let sc = scores.get(t);
    if (sc === undefined) scores.set(t, (sc = anchorScore(t)));
    return sc;
  };
  let maxLen = 1;
  for (const fam of families) {
    const rule: CompiledRule = { id: `${fam.domain}/${fam.id}`, domain: fam.domain, severity: fam.severity, message: fam.message, sources: fam.sources };
    if (fam.id.includes('/')) rule.id = fam.id;
    const famContext = mergeContext(fam.context, undefined);
    for (const form of fam.forms) {
      const context = form.context ? mergeContext(fam.context, form.context) : famContext;
      const templates = form.suggestions.map(template);
      for (const pattern of form.match) {
        const exact = new Map(context.caseSensitive ? expandPattern(pattern, true).map((e) => [e.tokens.join(' ').toLowerCase(), e.tokens] as const) : []);
        for (const exp of expandPattern(pattern)) {
          if (exp.tokens[0] === WILDCARD) throw new SyntaxError(`pattern "${pattern}" (${rule.id}) may not start with a wildcard`);
          let node = root;
          let hnode = hashRoot;
          for (const t of exp.tokens) {
            if (t === WILDCARD) hnode = hnode.wild ??= newHashNode();
            else {
              const h = hashOf(t);
              hnode.lead |= leadBit(t.charCodeAt(0));
              let n = hnode.next.get(h);
              if (!n) {
                if (hnode.next === NO_HASH_CHILDREN) hnode.next = new Map();
                hnode.next.set(h, (n = newHashNode()));
              }
              hnode = n;
            }
            if (t === WILDCARD) node = node.wild ??= newNode();
            else {
              let n = node.next.get(t);
              if (!n) {
                if (node.next === NO_CHILDREN) node.next = new Map();
                node.next.set(t, (n = newNode()));
              }
              node = n;
            }
          }
          if (node.terminals === NO_TERMINALS) node.terminals = [];
          node.terminals.push({ rule, suggestions: form.suggestions, templates, captures: exp.captures, context, tokens: exp.tokens, exact: context.caseSensitive ? exact.get(exp.tokens.join(' ')) : undefined });
          hnode.end = true;
          let a = 0;
          for (let k = 1, best = scoreOf(exp.tokens[0]); k < exp.tokens.length; k++) {
            const sc = scoreOf(exp.tokens[k]);
            if (sc > best) [a, best] = [k, sc];
          }
          const key = hashOf(exp.tokens[a]);
          anchorOffsets.set(key, (anchorOffsets.get(key) ?? 0) | (1 << a));
          for (let b = 0; b < Math.min(a, BEFORE); b++) {
            const p = exp.tokens[a - 1 - b];
            const slot = key * BEFORE + b;
            anchorBefore.set(slot, (anchorBefore.get(slot) ?? 0) | (p === WILDCARD ? -1 : leadBit(lower(p.charCodeAt(p.length - 1)))));
          }
          if (!anchorWords.has(exp.tokens[a])) {
            anchorWords.add(exp.tokens[a]);
            anchorRuns.add(hashToken(bestRun(exp.tokens[a])));
          }
          maxLen = Math.max(maxLen, exp.tokens.length);
        }
      }
    }
  }
  return { firstWords: firstWordTable(hashRoot), anchors: anchorTable(anchorOffsets, anchorBefore, anchorRuns), root, maxLen };
}

// ---- text helpers -------------------------------------------------------------------------

/** Start of the line holding `pos` (lastIndexOf with a negative start would look at index 0). */
export const lineStartOf = (text: string, pos: number): number => (pos <= 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1);

/** Space inside a blank line: a line holding only these between two line breaks separates paragraphs. */
const isBlank = (c: number) => c === 32 || c === 9 || c === 13 || c === 160 || c === 11 || c === 12;

/**
 * Start of the paragraph holding `pos`: just past the last blank-line separator ("\n", blanks,
 * "\n") lying wholly in text[0, pos). Reads nothing at or after `pos`, so an edit at `pos` cannot
 * move it; the incremental checker relies on that.
 */
export function blockStartOf(text: string, pos: number): number {
  let q = pos <= 0 ? -1 : text.lastIndexOf('\n', pos - 1);
  while (q > 0) {
    let k = q - 1;
    while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
    if (k >= 0 && text.charCodeAt(k) === 10) return q + 1;
    q = k < 0 ? -1 : text.lastIndexOf('\n', k);
  }
  return 0;
}

/** End of the paragraph holding `pos`: the first blank-line separator lying wholly in text[pos, end). */
export function blockEndOf(text: string, pos: number): number {
  const n = text.length;
  let q = text.indexOf('\n', pos);
  while (q >= 0) {
    let k = q + 1;
    while (k < n && isBlank(text.charCodeAt(k))) k++;
    if (k < n && text.charCodeAt(k) === 10) return q;
    q = text.indexOf('\n', k);
  }
  return n;
}

/** True when text[i] continues a word that text[i-1] is part of (letters, or a joiner other than "." between letters). */
function joinsBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (isWordCode(c)) return true;
  return c !== 46 && isJoinerCode(c) && i >= 2 && isWordCode(text.charCodeAt(i - 2));
}

interface Token {
  start: number;
  end: number;
  norm: string;
}

/** A word as the trie spells it: lower case, curly apostrophes straight. */
function normAt(text: string, start: number, end: number): string {
  // Most words are lower-case ASCII already: a slice, without toLowerCase's slow path for the
  // two-byte strings that notes with curly quotes or emoji are.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) {
      const w = text.slice(start, end).toLowerCase();
      return w.indexOf('’') < 0 ? w : w.replace(/’/g, "'");
    }
  }
  return text.slice(start, end);
}

/**
 * Reads the word after `out`'s last one (or from `pos`), before `limit`; false when there is none.
 * `gaps[k]` says whether only space lies between words k and k+1.
 */
function readToken(text: string, pos: number, limit: number, out: Token[], gaps: boolean[]): boolean {
  let j = out.length ? out[out.length - 1].end : pos;
  let onlySpace = true;
  while (j < limit && !isWordCode(text.charCodeAt(j))) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 9 && c !== 160 && c !== 13 && c !== 10) onlySpace = false;
    j++;
  }
  if (j >= limit) return false;
  // The same word reader as the candidate scan, so both always agree on where words end.
  const end = Math.min(scanWord(text, j), limit);
  if (out.length > 0) gaps.push(onlySpace);
  out.push({ start: j, end, norm: normAt(text, j, end) });
  return true;
}

/** . ! ? ; : the marks that end a sentence for context checks. */
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 59;

/** What /\s/ matches, by code unit. */
const isSpaceCode = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Up to `max` words of the sentence after `pos`, before `limit`: it ends at the first . ! ? or ;
 * (a "." inside a word such as "u.a" included). Reads only as much text as the words need.
 */
function tokensAfter(text: string, pos: number, limit: number, max: number): Token[] {
  const out: Token[] = [];
  let j = pos;
  while (out.length < max) {
    for (; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (isStop(c)) return out;
      if (isWordCode(c)) break;
    }
    if (j >= limit) return out;
    let end = Math.min(scanWord(text, j), limit);
    // A "." inside the word ends the sentence there (looked for in the word only: indexOf would
    // read on to the next full stop, however far, on every keystroke's re-check).
    let dot = j;
    while (dot < end && text.charCodeAt(dot) !== 46) dot++;
    const cut = dot < end;
    if (cut) end = dot;
    out.push({ start: j, end, norm: normAt(text, j, end) });
    if (cut) return out;
    j = end;
  }
  return out;
}

/**
 * Words of the sentence before `pos`, nearest first, back to `limit`: the sentence starts after a
 * . ! ? or ; that a space follows.
 */
function tokensBefore(text: string, pos: number, limit: number, max: number): Token[] {
  const out: Token[] = [];
  let i = pos;
  while (out.length < max && i > limit) {
    for (; i > limit; i--) {
      const c = text.charCodeAt(i - 1);
      if (isWordCode(c)) break;
      if (isStop(c) && isSpaceCode(text.charCodeAt(i))) return out;
    }
    if (i <= limit) break;
    let s = i;
    while (s > limit && joinsBefore(text, s)) s--;
    out.push({ start: s, end: i, norm: normAt(text, s, i) });
    i = s;
  }
  return out;
}

/** True when some sequence of `idx` matches `toks` at some word. */
function anyAt(toks: Token[], idx: SeqIndex): boolean {
  for (let k = 0; k < toks.length; k++) {
    const list = idx.byFirst.get(toks[k].norm);
    if (list !== undefined) for (const seq of list) if (seqMatchesAt(toks, k, seq)) return true;
    for (const seq of idx.wild) if (seqMatchesAt(toks, k, seq)) return true;
  }
  return false;
}

/** True when `seq` matches toks[at ...] (compared in place: context checks allocate nothing per try). */
function seqMatchesAt(toks: Token[], at: number, seq: string[]): boolean {
  if (at + seq.length > toks.length) return false;
  for (let k = 0; k < seq.length; k++) if (seq[k] !== WILDCARD && toks[at + k].norm !== seq[k]) return false;
  return true;
}

/**
 * Context words are never farther than this from a match, so a long unpunctuated paragraph costs
 * the same per candidate as a short one.
 */
const SENTENCE_REACH = 250;

// ---- quotes -------------------------------------------------------------------------------

/** A single quote farther than this from its opener is an apostrophe, not a closing quote. */
const SINGLE_QUOTE_REACH = 300;

/** What may stand just before a single quote that opens a quotation: space, ( [ and dashes. */
const opensAfter = (c: number) => isSpaceCode(c) || c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45;

/** The characters that can open or close a quotation: the scan jumps from one to the next (`test`, which allocates nothing). */
const QUOTE_MARKS = /["“”‘']/g;

/** Quoted stretches of a paragraph: "…", “…”, ‘…’ and '…' used as quotation (not apostrophes). */
export function quotedRanges(text: string, lineStart: number, lineEnd: number): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let closer = 0;
  const re = QUOTE_MARKS;
  re.lastIndex = lineStart;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    if (i >= lineEnd) break;
    const c = text.charCodeAt(i);
    if (open < 0) {
      if (c === 34 || c === 0x201c) {
        open = i;
        closer = c === 0x201c ? 0x201d : 34;
      } else if ((c === 0x2018 || c === 39) && (i === lineStart || opensAfter(text.charCodeAt(i - 1))) && isWordCode(text.charCodeAt(i + 1))) {
        // A single quote opens only at a word start and only if a closing one follows soon, before any double quote.
        const close = c === 0x2018 ? 0x2019 : 39;
        const limit = Math.min(lineEnd, i + SINGLE_QUOTE_REACH);
        let j = i + 1;
        for (; j < limit; j++) {
          const d = text.charCodeAt(j);
          if (d === close && !isWordCode(text.charCodeAt(j + 1))) break;
          if (d === 34 || d === 0x201c) {
            j = limit;
            break;
          }
        }
        if (j < limit) {
          out.push([i, j + 1]);
          re.lastIndex = j + 1;
        }
      }
    } else if (c === closer || (closer === 0x201d && c === 34) || (closer === 34 && c === 0x201d)) {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  // An unclosed double quote runs to the paragraph's end: the worker is still typing the quote.
  if (open >= 0) out.push([open, lineEnd]);
  return out;
}

// ---- matching -----------------------------------------------------------------------------

export interface RawMatch {
  start: number;
  end: number;
  rule: CompiledRule;
  suggestions: string[];
  quoted: boolean;
}

/** "John", "Runaway": a capital then lower case only (so "AWOL" and "AWOLs" are not names). */
const isTitle = (s: string) => s.length > 1 && s[0] !== s[0].toLowerCase() && s.slice(1) === s.slice(1).toLowerCase() && s.slice(1) !== s.slice(1).toUpperCase();

function atSentenceStart(text: string, lineStart: number, pos: number): boolean {
  let i = pos - 1;
  while (i >= lineStart && /[^\S\n]|["“‘'(\[]/.test(text[i])) i--;
  // A line's first word starts a sentence, a heading or a list item.
  return i < lineStart || /[\n.!?:;•\-–—*]/.test(text[i]);
}

/**
 * What a caller already knows about the paragraph holding text[from, to): its bounds and,
 * optionally, its quoted ranges (the incremental checker keeps them between edits).
 */
export interface Paragraph {
  start: number;
  end: number;
  quotes?: [number, number][];
}

/**
 * One candidate's trie walk: its words, read only as far as the walk asks for them (most walks
 * stop after one or two), and the longest confirmed match so far. One object, reused: matchRange
 * allocates no closure or record per candidate.
 */
const walk = {
  text: '',
  s: 0,
  lineStart: 0,
  lineEnd: 0,
  maxLen: 1,
  toks: [] as Token[],
  gaps: [] as boolean[],
  bestN: 0,
  bestTerm: undefined as Terminal | undefined,
};

/** True when the candidate has a k-th word (0-based), reading it if need be. */
function hasWord(k: number): boolean {
  const w = walk;
  while (w.toks.length <= k && w.toks.length < w.maxLen) if (!readToken(w.text, w.s, w.lineEnd, w.toks, w.gaps)) return false;
  return k < w.toks.length;
}

/** Walks the trie from `node`, reached by the candidate's first k words, keeping the longest match whose context allows it. */
function walkFrom(node: TrieNode, k: number): void {
  const w = walk;
  for (const t of node.terminals) {
    if (w.bestN > k) continue;
    if (!contextAllows(t, w.text, w.lineStart, w.lineEnd, w.toks, k)) continue;
    if (k > w.bestN) {
      w.bestN = k;
      w.bestTerm = t;
    }
  }
  if (!hasWord(k) || (k > 0 && !w.gaps[k - 1])) return;
  const lit = node.next.get(w.toks[k].norm);
  if (lit) walkFrom(lit, k + 1);
  if (node.wild && k > 0) walkFrom(node.wild, k + 1);
}

/**
 * Finds every lexicon match starting in text[from, to]. `from` is a word boundary (a paragraph
 * start, or just after a character no phrase crosses); `to` is a paragraph end or such a character.
 */
export function matchRange(m: Matcher, text: string, from: number, to: number, out: RawMatch[], paragraph?: Paragraph): void {
  let lineStart = -1;
  let lineEnd = -1;
  let quotes: [number, number][] | undefined;
  let qi = 0;
  const starts: number[] = [];
  candidates(m, text, from, to, starts);
  const w = walk;
  w.text = text;
  w.maxLen = m.maxLen;
  // Past the last match: a phrase starting inside it is covered by the earlier, longer one.
  let i = from;
  for (const s of starts) {
    if (s < i) continue;
    i = s + 1;
    if (s >= lineEnd) {
      // The candidate's paragraph: quotes, sentences and context never reach past it.
      if (paragraph && paragraph.start <= s && s < paragraph.end) {
        lineStart = paragraph.start;
        lineEnd = paragraph.end;
        quotes = paragraph.quotes;
      } else {
        lineStart = blockStartOf(text, s);
        lineEnd = blockEndOf(text, s);
        quotes = undefined;
      }
      qi = 0;
    }
    const toks: Token[] = [];
    w.s = s;
    w.lineStart = lineStart;
    w.lineEnd = lineEnd;
    w.toks = toks;
    w.gaps.length = 0;
    w.bestN = 0;
    w.bestTerm = undefined;
    if (!hasWord(0) || toks[0].start !== s) continue;
    const firstNode = m.root.next.get(toks[0].norm);
    if (!firstNode) continue;
    walkFrom(firstNode, 1);
    const term = w.bestTerm as Terminal | undefined;
    if (!term) continue;
    const matched = toks.slice(0, w.bestN);
    const end = matched[matched.length - 1].end;
    if (looksLikeName(text, lineStart, matched)) continue;
    quotes ??= quotedRanges(text, lineStart, lineEnd);
    // Quotes are sorted and disjoint and matches come in order: a pointer finds the one around.
    while (qi < quotes.length && quotes[qi][1] < end) qi++;
    const quoted = qi < quotes.length && quotes[qi][0] < s && end <= quotes[qi][1];
    out.push({ start: s, end, rule: term.rule, suggestions: fillCaptures(term, text, matched), quoted });
    if (end > i) i = end;
  }
  w.text = '';
  w.toks = [];
}

/** A term inside a run of capitalised words ("John Smith", "Uncle John", "Runaway and Homeless Youth"). */
function looksLikeName(text: string, lineStart: number, matched: Token[]): boolean {
  const words = matched.map((t) => text.slice(t.start, t.end));
  if (!words.some(isTitle)) return false;
  const first = matched[0];
  const last = matched[matched.length - 1];
  if (!atSentenceStart(text, lineStart, first.start) && isTitle(words[0])) return true;
  const next = /^[ \t]+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(last.end, last.end + 40));
  return !!next && isTitle(next[1]) && !/^(?:I|I'm|I’m)$/.test(next[1]);
}

/** True when the words nearest first in `before` end, in reading order, with `seq`. */
function endsWith(before: Token[], seq: string[]): boolean {
  const n = seq.length;
  if (before.length < n) return false;
  for (let k = 0; k < n; k++) if (seq[k] !== WILDCARD && before[n - 1 - k].norm !== seq[k]) return false;
  return true;
}

/** Whether the context of `t` allows its match, the first `k` words of `toks`. */
function contextAllows(t: Terminal, text: string, lineStart: number, lineEnd: number, toks: Token[], k: number): boolean {
  const c = t.context;
  const exact = t.exact;
  if (exact) for (let q = 0; q < k; q++) if (exact[q] !== WILDCARD && text.slice(toks[q].start, toks[q].end) !== exact[q]) return false;
  if (!(c.requireNear.size || c.excludeNear.size || c.notBefore.length || c.notAfter.length)) return true;
  const start = toks[0].start;
  const end = toks[k - 1].end;
  const ss = Math.max(lineStart, start - SENTENCE_REACH);
  const se = Math.min(lineEnd, end + SENTENCE_REACH);
  if (c.notBefore.length) {
    const after = tokensAfter(text, end, se, 4);
    for (const seq of c.notBefore) if (seqMatchesAt(after, 0, seq)) return false;
  }
  if (c.notAfter.length) {
    const before = tokensBefore(text, start, ss, 4);
    for (const seq of c.notAfter) if (endsWith(before, seq)) return false;
  }
  if (c.requireNear.size || c.excludeNear.size) {
    const near = tokensBefore(text, start, ss, c.window).reverse();
    for (const tok of tokensAfter(text, end, se, c.window + 3)) near.push(tok);
    if (c.requireNear.size && !anyAt(near, c.requireNear)) return false;
    if (c.excludeNear.size && anyAt(near, c.excludeNear)) return false;
  }
  return true;
}

/** A suggestion split at its $n references: literal text at even indices, capture numbers at odd ones. */
const template = (s: string): (string | number)[] => s.split(/\$(\d)/).map((p, i) => (i % 2 ? Number(p) : p));

function fillCaptures(t: Terminal, text: string, matched: Token[]): string[] {
  if (!t.captures.length) return t.suggestions;
  return t.templates.map((parts) => {
    let r = parts[0] as string;
    for (let k = 1; k < parts.length; k += 2) {
      const cap = t.captures[(parts[k] as number) - 1];
      if (cap && cap[0] !== cap[1]) r += text.slice(matched[cap[0]].start, matched[cap[1] - 1].end);
      r += parts[k + 1] as string;
    }
    return r.replace(/\s{2,}/g, ' ').trim();
  });
}

// ---- findings -----------------------------------------------------------------------------

const VOWEL_SOUND = /^(?:[aeio]|u(?!ni|se|sa|su|ro|ti|ku)|hour|honest|honou?r|heir)/i;
const CONSONANT_EXCEPTIONS = /^(?:one\b|once\b|eu|ewe|uni|use|usu|ura|ure|uri|uro|uti|youth|you|u\.)/i;

export function articleFor(word: string): 'a' | 'an' {
  if (CONSONANT_EXCEPTIONS.test(word)) return 'a';
  return VOWEL_SOUND.test(word) ? 'an' : 'a';
}

/** At least two letters, and all of them capitals. */
function isAllCaps(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) {
      const all = s.replace(/[^\p{L}]/gu, '');
      return all.length > 1 && all === all.toUpperCase() && all !== all.toLowerCase();
    }
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters > 1;
}

/**
 * Gives a suggestion the original's case. ALL CAPS stays caps only in shouted text (a note typed
 * in capitals); an acronym such as "AWOL" in ordinary text is capitalised only at a sentence start.
 */
export function matchCase(original: string, suggestion: string, shouting = isAllCaps(original), sentenceStart = true): string {
  if (shouting) return suggestion.toUpperCase();
  const f = original.match(/\p{L}/u)?.[0];
  // Mid-sentence capitals belong to acronyms ("AWOLs"), not to the sentence: keep the suggestion's own case.
  if (f && f !== f.toLowerCase() && sentenceStart) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  return suggestion;
}

export function toFinding(text: string, m: RawMatch, severity: Severity): Finding {
  let start = m.start;
  const original = text.slice(m.start, m.end);
  const lineStart = lineStartOf(text, m.start);
  let lineEnd = text.indexOf('\n', m.end);
  if (lineEnd < 0) lineEnd = text.length;
  // Capitals are shouting when the words around are in capitals too.
  const shouting =
    isAllCaps(original) && !/\p{Ll}/u.test(text.slice(Math.max(lineStart, m.start - 30), m.start) + text.slice(m.end, Math.min(lineEnd, m.end + 30)));
  const sentenceStart = atSentenceStart(text, lineStart, m.start);
  let suggestions = m.quoted ? [] : m.suggestions.map((s) => matchCase(original, s, shouting, sentenceStart));
  if (suggestions.length) {
    // "a prostitute" → "a youth who ...", "an addict" → "a person with ...": fix the article the
    // suggestion needs by taking the article into the finding.
    const art = /(?:^|[^\p{L}\p{N}'’-])(an?)(?:[ \t]+|[ \t]*\r?\n[ \t]*)$/iu.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (art) {
      const present = art[1];
      // "AN ADDICT" in an otherwise ordinary sentence is emphasis, not an acronym: keep the capitals.
      const loud = shouting || (present === 'AN' && isAllCaps(original));
      const need = suggestions.map((s) => articleFor(s));
      if (need.some((a) => a !== present.toLowerCase())) {
        start = m.start - art[0].length + art[0].indexOf(art[1]);
        const gap = text.slice(start + present.length, m.start);
        suggestions = suggestions.map((s, i) => {
          const a = loud ? need[i].toUpperCase() : present[0] === 'A' ? need[i][0].toUpperCase() + need[i].slice(1) : need[i];
          // After the article the suggestion is mid-sentence: undo the capital matchCase gave it.
          const rest = loud ? s.toUpperCase() : !/^\p{Lu}\p{Ll}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
          return `${a}${gap}${rest}`;
        });
      }
    }
  }
  return {
    rule: m.rule.id,
    domain: m.rule.domain,
    severity,
    start,
    end: m.end,
    text: text.slice(start, m.end),
    message: m.rule.message,
    suggestions,
    sources: m.rule.sources,
  };
}
