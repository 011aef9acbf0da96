/**
 * Lexicon patterns → literal token sequences. A pattern is small ("(took|take|takes) * phone"),
 * so alternatives and optional groups are expanded once, when the lexicon is compiled, and the
 * matcher only ever walks literal tokens and one-word wildcards.
 */

/** `*` matches any one word. */
export const WILDCARD = '*';

export interface Expansion {
  tokens: string[];
  /** Token index range [start, end) each group or `*` covered, in pattern order ($1, $2 ...). */
  captures: [number, number][];
}

type Node =
  | { kind: 'word'; text: string }
  | { kind: 'wild' }
  | { kind: 'group'; alts: Node[][]; optional: boolean };

/** Splits text into words the way the matcher does: letters/digits joined by ' ’ - or inner dots. */
export const WORD_RE = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function normalizeToken(t: string): string {
  return t.toLowerCase().replace(/’/g, "'");
}

function parse(src: string, keepCase: boolean): Node[] {
  let i = 0;
  const seq = (inGroup: boolean): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < src.length) {
      const c = src[i];
      if (c === ' ') {
        i++;
      } else if (c === '(') {
        i++;
        const inner = seq(true);
        if (src[i] !== ')') throw new SyntaxError(`unclosed "(" in pattern "${src}"`);
        i++;
        const optional = src[i] === '?';
        if (optional) i++;
        alts[alts.length - 1].push({ kind: 'group', alts: inner, optional });
      } else if (c === ')') {
        if (!inGroup) throw new SyntaxError(`unmatched ")" in pattern "${src}"`);
        return alts;
      } else if (c === '|') {
        if (!inGroup) throw new SyntaxError(`"|" outside a group in pattern "${src}"`);
        i++;
        alts.push([]);
      } else if (c === '*') {
        i++;
        alts[alts.length - 1].push({ kind: 'wild' });
      } else {
        let j = i;
        while (j < src.length && !' ()|'.includes(src[j])) j++;
        const word = src.slice(i, j).replace(/\.$/, '');
        i = j;
        for (const m of word.matchAll(WORD_RE)) alts[alts.length - 1].push({ kind: 'word', text: keepCase ? m[0].replace(/’/g, "'") : normalizeToken(m[0]) });
      }
    }
    if (inGroup) throw new SyntaxError(`unclosed "(" in pattern "${src}"`);
    return alts;
  };
  const top = seq(false);
  if (top.length !== 1) throw new SyntaxError(`"|" outside a group in pattern "${src}"`);
  return top[0];
}

/** More than this many phrases from one pattern is a mistake in the lexicon. */
const MAX_EXPANSIONS = 4096;

/** What is left to expand: the rest of a node list, or the end of a top-level group's capture. */
type Rest =
  | { kind: 'nodes'; nodes: Node[]; i: number; top: boolean; next: Rest | undefined }
  | { kind: 'close'; cap: [number, number]; next: Rest | undefined };

/**
 * Every literal token sequence a pattern can match, with its captures: one per top-level group or
 * `*`, in pattern order. A depth-first walk over one shared stack of tokens, copied once per
 * phrase; phrases come in the order of the alternatives, the first alternative's first.
 */
export function expandPattern(src: string, keepCase = false): Expansion[] {
  const nodes = parse(src.trim(), keepCase);
  const out: Expansion[] = [];
  const tokens: string[] = [];
  const captures: [number, number][] = [];
  let phrases = 0;
  const walk = (rest: Rest | undefined): void => {
    while (rest && rest.kind === 'nodes' && rest.i >= rest.nodes.length) rest = rest.next;
    if (!rest) {
      if (++phrases > MAX_EXPANSIONS) throw new RangeError(`pattern "${src}" expands to more than ${MAX_EXPANSIONS} phrases`);
      if (tokens.length > 0) out.push({ tokens: tokens.slice(), captures: captures.map(([a, b]) => [a, b]) });
      return;
    }
    if (rest.kind === 'close') {
      const end = rest.cap[1];
      rest.cap[1] = tokens.length;
      walk(rest.next);
      rest.cap[1] = end;
      return;
    }
    const n = rest.nodes[rest.i];
    const after: Rest = { kind: 'nodes', nodes: rest.nodes, i: rest.i + 1, top: rest.top, next: rest.next };
    const at = tokens.length;
    if (n.kind !== 'group') {
      const capture = rest.top && n.kind === 'wild';
      tokens.push(n.kind === 'word' ? n.text : WILDCARD);
      if (capture) captures.push([at, at + 1]);
      walk(after);
      if (capture) captures.pop();
      tokens.pop();
      return;
    }
    const alts = n.optional ? [...n.alts, []] : n.alts;
    for (const alt of alts) {
      if (rest.top) {
        // A top-level group captures the tokens its alternative gives: [at, end of the alternative).
        const cap: [number, number] = [at, at];
        captures.push(cap);
        walk({ kind: 'nodes', nodes: alt, i: 0, top: false, next: { kind: 'close', cap, next: after } });
        captures.pop();
      } else walk({ kind: 'nodes', nodes: alt, i: 0, top: false, next: after });
    }
  };
  walk({ kind: 'nodes', nodes, i: 0, top: true, next: undefined });
  return out;
}
