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

/** Every literal token sequence a pattern can match, with its captures. */
export function expandPattern(src: string, keepCase = false): Expansion[] {
  const nodes = parse(src.trim(), keepCase);
  let out: Expansion[] = [{ tokens: [], captures: [] }];
  for (const n of nodes) {
    const next: Expansion[] = [];
    for (const e of out) {
      if (n.kind === 'word') next.push({ tokens: [...e.tokens, n.text], captures: e.captures });
      else if (n.kind === 'wild') {
        const at = e.tokens.length;
        next.push({ tokens: [...e.tokens, WILDCARD], captures: [...e.captures, [at, at + 1]] });
      } else {
        const at = e.tokens.length;
        const alts = n.alts.flatMap((alt) => expandSeq(alt));
        if (n.optional) alts.push({ tokens: [], captures: [] });
        for (const a of alts) {
          const shifted = a.captures.map(([s, t]) => [s + at, t + at] as [number, number]);
          next.push({ tokens: [...e.tokens, ...a.tokens], captures: [...e.captures, [at, at + a.tokens.length], ...shifted] });
        }
      }
    }
    out = next;
    if (out.length > 4096) throw new RangeError(`pattern "${src}" expands to more than 4096 phrases`);
  }
  return out.filter((e) => e.tokens.length > 0);
}

function expandSeq(nodes: Node[]): Expansion[] {
  let out: Expansion[] = [{ tokens: [], captures: [] }];
  for (const n of nodes) {
    const sub = n.kind === 'word' ? [{ tokens: [n.text], captures: [] }] : n.kind === 'wild' ? [{ tokens: [WILDCARD], captures: [] }] : [
      ...n.alts.flatMap(expandSeq),
      ...(n.optional ? [{ tokens: [], captures: [] }] : []),
    ];
    out = out.flatMap((e) => sub.map((s: Expansion) => ({ tokens: [...e.tokens, ...s.tokens], captures: e.captures })));
  }
  return out;
}
