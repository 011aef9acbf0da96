import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, createChecker } from '../../shared/index.js';

// Notes made of paragraphs: edits that open or close a quote, or add or remove a blank line, change
// what later text means, and the incremental checker must notice.
const pieces = ['AWOL', 'was', 'ran', 'away', 'from', 'placement', 'an', 'addict', 'a', 'prostitute', 'said', 'youth', 'John', 'Smith', '"', '“', '”', "'", '.', '\n', '\n\n', '\n \n', '\r\n', '\r\n\r\n', ' ', 'the', 'life'];
const note = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(' '));
const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 10 }), insert: fc.constantFrom(...pieces, '', '\n\n', '"', 'x') });

describe('incremental checking over paragraphs', () => {
  it('equals a whole check after edits that split, join and re-quote paragraphs', () => {
    fc.assert(
      fc.property(note, fc.array(edit, { maxLength: 20 }), (start, edits) => {
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
      { numRuns: 300 },
    );
  });

  it('a closing quote typed later turns earlier words in the same paragraph into quoted speech', () => {
    const inc = createChecker();
    inc.reset('Youth said I ran away from placement\nbecause I was AWOL.\n\nYouth was AWOL again on Friday.');
    expect(inc.findings.map((f) => f.severity)).toEqual(['consider', 'avoid', 'avoid']);
    inc.edit(11, 11, '"');
    expect(inc.findings.map((f) => f.severity)).toEqual(['info', 'info', 'avoid']);
    expect(inc.findings).toEqual(check(inc.text));
  });

  // Long paragraphs (so only a window around the edit is checked) whose quotes change meaning far
  // from the edit when a line break joins or splits them.
  const filler = 'and the youth went to school, '.repeat(60);
  const joined = `He said "the pimp ${filler}\n${filler} came back" and the pimp left.`;
  const apart = joined.replace(`${filler}\n`, `${filler}\n\n`);

  it('joins two long paragraphs when a line break of the blank line between them goes, far from the edit too', () => {
    for (const how of ['edit', 'update'] as const) {
      const inc = createChecker();
      inc.reset(apart);
      expect(inc.findings.map((f) => f.severity)).toEqual(['info', 'info']);
      const at = apart.indexOf('\n\n') + 1;
      if (how === 'edit') inc.edit(at, at + 1, '');
      else inc.update(joined);
      expect(inc.findings.map((f) => f.severity)).toEqual(['info', 'avoid']);
      expect(inc.findings).toEqual(check(joined));
    }
  });

  it('splits a long paragraph when a line break makes a blank line', () => {
    for (const how of ['edit', 'update'] as const) {
      const inc = createChecker();
      inc.reset(joined);
      const at = joined.indexOf('\n') + 1;
      if (how === 'edit') inc.edit(at, at, '\n');
      else inc.update(apart);
      expect(inc.findings).toEqual(check(apart));
      expect(inc.findings.map((f) => f.severity)).toEqual(['info', 'info']);
    }
  });

  it('re-checks only around the edit: findings in other paragraphs keep their objects', () => {
    const para = 'Youth was AWOL on Friday and SW called LE.\n\n';
    const inc = createChecker();
    inc.reset(para.repeat(50));
    const before = inc.findings;
    inc.edit(para.length * 25 + 3, para.length * 25 + 3, 'x');
    // Findings before the edit are the very same objects (not re-created), later ones are shifted.
    expect(inc.findings[0]).toBe(before[0]);
    expect(inc.findings[49].start).toBe(before[49].start + 1);
    expect(inc.findings).toEqual(check(inc.text));
  });
});
