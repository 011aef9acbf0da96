import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, createChecker, createUpdateChecker } from '../../shared/index.js';

// Text a worker might produce, plus the awkward characters real notes carry.
const words = ['AWOL', 'awol', 'went', 'prostitute', 'pimp', 'john', 'John', 'Smith', 'clean', 'UA', 'dirty', 'addict', 'an', 'a', 'the', 'yth', 'is', 'crazy', 'committed', 'suicide', 'runaway', 'homeless', 'youth', '"', '“', '”', "'", '’', '.', ',', '\n', '\r\n', ' ', '  ', '😀', '👩🏽‍⚕️', '\u200b', '\u200f', 'שלום', 'é', '\t', '-', 'non-compliant'];
const note = fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((a) => a.join(' '));
const anyText = fc.oneof(note, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 }));

/** Every way a finding can be wrong, as readable strings (plain loops: 1 MB notes have thousands). */
const invariants = (text: string) => {
  const f = check(text);
  const bad: string[] = [];
  for (let i = 0; i < f.length; i++) {
    if (f[i].text !== text.slice(f[i].start, f[i].end)) bad.push(`text mismatch at ${f[i].start}`);
    if (!(f[i].start < f[i].end)) bad.push(`empty finding at ${f[i].start}`);
    if (i && f[i].start < f[i - 1].end) bad.push(`unsorted or overlapping at ${f[i].start}`);
    // Offsets never split a surrogate pair.
    const lo = text.charCodeAt(f[i].start);
    if (lo >= 0xdc00 && lo <= 0xdfff) bad.push(`splits a surrogate pair at ${f[i].start}`);
  }
  expect(bad).toEqual([]);
  return f;
};

describe('check() on arbitrary text', () => {
  it('never throws; findings are sorted, disjoint and match their text', () => {
    fc.assert(fc.property(anyText, (t) => void invariants(t)), { numRuns: 400 });
  });

  it('handles a 1 MB input', () => {
    fc.assert(
      fc.property(note, (t) => {
        const big = (t + '\n').repeat(Math.ceil(1_000_000 / (t.length + 1))).slice(0, 1_000_000);
        invariants(big);
      }),
      { numRuns: 2 },
    );
  }, 60_000);
});

describe('incremental checking', () => {
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })) });

  it('gives exactly what a whole check gives, after any sequence of edits (both checkers)', () => {
    fc.assert(
      fc.property(note, fc.array(edit, { maxLength: 25 }), fc.boolean(), (start, edits, chunked) => {
        const inc = chunked ? createChecker() : createUpdateChecker();
        inc.reset(start);
        let text = start;
        for (const e of edits) {
          const at = text.length ? e.at % (text.length + 1) : 0;
          const end = Math.min(text.length, at + e.del);
          inc.edit(at, end, e.insert);
          text = text.slice(0, at) + e.insert + text.slice(end);
          expect(inc.text).toBe(text);
          expect(inc.findings).toEqual(check(text));
        }
      }),
      { numRuns: 300 },
    );
  });

  // Long paragraphs (no blank line) are re-checked in a window around the edit, bounded by hard
  // punctuation, with the paragraph's quotes kept between edits: every way that could go wrong.
  const longWords = [...words.filter((w) => !w.includes('\n')), 'sold', 'herself', 'her', 'chose', 'the', 'life', 'in', 'denial', 'about', 'his', 'drug', 'use', 'tested', 'positive', 'for', 'meth',
    'refused', 'services', 'manipulative', 'and', 'to', 'of', 'said', 'Runaway', 'Homeless', 'Youth', 'program', 'An', 'ADDICT', '(', ')', ';', ':', '!', '?', '.', '.', ',', 'u.a', "yth's", '‘', 'she', 'was', '/', '—', ' - ', '\u2003', '\v', '[', ']', '..', 'St.', '”.', ' '.repeat(40)];
  const longNote = fc.array(fc.constantFrom(...longWords), { minLength: 300, maxLength: 1400 }).map((a) => a.join(' '));
  const longEdit = fc.record({
    at: fc.nat(),
    del: fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 400 })),
    insert: fc.oneof(fc.constantFrom(...longWords, '\n', '\n\n', ' \n', '"', '“', '’', "'", 'x', ''), fc.string({ maxLength: 6 })),
  });

  it('gives exactly what a whole check gives in one long paragraph, quotes, blank lines and all', () => {
    fc.assert(
      fc.property(longNote, fc.array(longEdit, { maxLength: 30 }), (start, edits) => {
        const inc = createChecker();
        inc.reset(start);
        let text = start;
        for (const e of edits) {
          const at = text.length ? e.at % (text.length + 1) : 0;
          const end = Math.min(text.length, at + e.del);
          inc.edit(at, end, e.insert);
          text = text.slice(0, at) + e.insert + text.slice(end);
          expect(inc.findings).toEqual(check(text));
        }
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  // Notes longer than the region edit() reads around an edit (2,048 characters each side), typed
  // into at a caret and edited at random: the chunks, the region's edges and the paragraph kept
  // between edits, against a whole check after every edit.
  const bigNote = fc
    .array(fc.oneof(fc.constantFrom(...longWords), fc.constantFrom('\n\n', '\n', '"', ' \n \n')), { minLength: 1500, maxLength: 5000 })
    .map((a) => a.join(' '));
  const caretRun = fc.record({ at: fc.nat(), keys: fc.array(fc.oneof(fc.constantFrom('x', ' ', 'e', 'AWOL', 'pimp ', '\n', '"', '.', '\b'), fc.string({ maxLength: 2 })), { maxLength: 12 }) });

  it('gives exactly what a whole check gives on long notes typed into at a caret', () => {
    fc.assert(
      fc.property(bigNote, fc.array(fc.oneof(caretRun, longEdit), { maxLength: 8 }), (start, runs) => {
        const inc = createChecker();
        inc.reset(start);
        let text = start;
        const apply = (at: number, end: number, insert: string) => {
          inc.edit(at, end, insert);
          text = text.slice(0, at) + insert + text.slice(end);
          expect(inc.findings).toEqual(check(text));
        };
        for (const r of runs) {
          let at = text.length ? r.at % (text.length + 1) : 0;
          if ('keys' in r) {
            for (const k of r.keys) {
              if (k === '\b') {
                if (at > 0) apply(at - 1, at, '');
                at = Math.max(0, at - 1);
              } else {
                apply(at, at, k);
                at += k.length;
              }
            }
          } else apply(at, Math.min(text.length, at + r.del), r.insert);
        }
        expect(inc.text).toBe(text);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('update() diffs a whole new text the same way', () => {
    fc.assert(
      fc.property(note, note, (a, b2) => {
        const inc = createChecker();
        inc.reset(a);
        expect(inc.update(b2)).toEqual(check(b2));
      }),
      { numRuns: 200 },
    );
  });
});
