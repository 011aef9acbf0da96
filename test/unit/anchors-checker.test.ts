// The scan looks for each phrase by its anchor (its least common word, often not the first) and
// walks back to the phrase's start. These tests put every context-free phrase of the lexicon where
// that walk and the word reader are easiest to get wrong, and expect it found every time.
import { describe, expect, it } from 'vitest';
import { check, createChecker, lexicon } from '../../shared/index.js';
import { expandPattern, WILDCARD } from '../../shared/language/pattern.js';
import type { Finding } from '../../shared/index.js';

/** Every phrase no context word, case rule or neighbour can veto, with its `*` filled in. */
const phrases: { rule: string; words: string[] }[] = [];
for (const fam of lexicon) {
  for (const form of fam.forms) {
    const ctx = { ...fam.context, ...form.context };
    const vetoable = ['notBefore', 'notAfter', 'requireNear', 'excludeNear', 'caseSensitive'].some((k) => {
      const v = (ctx as Record<string, unknown>)[k];
      return Array.isArray(v) ? v.length > 0 : !!v;
    });
    if (vetoable) continue;
    for (const pattern of form.match) {
      for (const e of expandPattern(pattern)) phrases.push({ rule: `${fam.domain}/${fam.id}`, words: e.tokens.map((t) => (t === WILDCARD ? 'them' : t)) });
    }
  }
}

/** True when some finding covers text[at] (the phrase itself, or a longer phrase around it). */
const covered = (findings: Finding[], at: number) => findings.some((f) => f.start <= at && at < f.end);

/** The phrases (as written in `text` from `at`) that no finding covers: "rule: text". */
function misses(build: (words: string[]) => { text: string; at: number }, run: (text: string) => Finding[] = check): string[] {
  const out: string[] = [];
  for (const p of phrases) {
    const { text, at } = build(p.words);
    if (!covered(run(text), at)) out.push(`${p.rule}: ${JSON.stringify(text)}`);
  }
  return out;
}

describe('the anchor scan finds every phrase', () => {
  it('has context-free phrases to test with, anchored on later words too', () => {
    expect(phrases.length).toBeGreaterThan(2000);
    expect(phrases.filter((p) => p.words.length >= 3).length).toBeGreaterThan(500);
  });

  it('mid-sentence', () => {
    expect(misses((w) => ({ text: `Per SW, ${w.join(' ')} today.`, at: 8 }))).toEqual([]);
  });

  it('at the very start and the very end of the text', () => {
    expect(misses((w) => ({ text: w.join(' '), at: 0 }))).toEqual([]);
  });

  it('in capitals, with its words split over line breaks, tabs and no-break spaces', () => {
    const gaps = ['\n', '\t', '\u00a0', ' \r\n '];
    expect(misses((w) => ({ text: `PER SW, ${w.map((x, i) => (i ? gaps[i % gaps.length] : '') + x.toUpperCase()).join('')} TODAY.`, at: 8 }))).toEqual([]);
  });

  it("after words joined by apostrophes, hyphens and dots, and before a possessive's neighbour", () => {
    const before = "The yth's self-report (u.a. pending): ";
    expect(misses((w) => ({ text: `${before}${w.join(' ')}; she's o.k.`, at: before.length }))).toEqual([]);
  });

  it('next to letters and symbols the scan has not met before (learnt on the way)', () => {
    // Each text brings a code unit above U+0100 that no earlier check in this file has read.
    let next = 0x0400;
    expect(misses((w) => ({ text: `${String.fromCharCode(next++)} ${w.join(' ')} ${String.fromCharCode(next++)}😀`, at: 2 }))).toEqual([]);
  });

  it('when an edit brings it into a long paragraph (the incremental window)', () => {
    const filler = 'Yth attended the CFT and spoke with SW about school and her sister. '.repeat(40);
    const inc = createChecker();
    const run = (text: string) => {
      inc.reset(filler + filler);
      return inc.edit(filler.length, filler.length, text.slice(filler.length, text.length - filler.length));
    };
    expect(misses((w) => ({ text: `${filler}${w.join(' ')}. ${filler}`, at: filler.length }), run)).toEqual([]);
  });
});

describe('county terms outside ASCII', () => {
  const terms = [
    { phrases: ['niña problemática'], message: 'Describe the behaviour, not the child.', suggestions: ['niña'], source: 'county' },
    { phrases: ['élève difficile'], message: 'Describe the behaviour, not the student.', suggestions: ['élève'], source: 'county' },
    { phrases: ['ψυχοπαθής'], message: 'Describe what happened, not a diagnosis.', suggestions: ['ο νέος'], source: 'county' },
  ];

  it('are found whatever their case and neighbours, in letters the scan meets for the first time', () => {
    // Greek appears nowhere else in this file: the scan learns its letters on this very check.
    const cases: [string, string][] = [
      ['Ο ψυχοπαθής έφυγε.', 'ψυχοπαθής'],
      ['La NIÑA PROBLEMÁTICA llegó.', 'NIÑA PROBLEMÁTICA'],
      ['Ꙩ niña problemática', 'niña problemática'],
      ['Un élève DIFFICILE.', 'élève DIFFICILE'],
      ['ÉLÈVE\nDIFFICILE', 'ÉLÈVE\nDIFFICILE'],
    ];
    for (const [text, found] of cases) expect(check(text, { customTerms: terms }).map((f) => f.text), text).toEqual([found]);
  });
});
