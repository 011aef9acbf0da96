import { describe, expect, it } from 'vitest';
import { applySuggestion, check } from '../../shared/index.js';

const rules = (text: string) => check(text).map((f) => [f.rule, f.severity, f.text]);

describe('a paragraph (text between blank lines) is the unit of context', () => {
  it('finds phrases that a line break (LF or CRLF) splits, as typed in a wrapped note', () => {
    expect(rules('Youth ran away from\r\nplacement on Friday.')).toEqual([['missing/ran-away', 'consider', 'ran away from\r\nplacement']]);
    expect(rules('Per CFT the youth ran away\nfrom placement again.')[0]?.[2]).toBe('ran away\nfrom placement');
  });

  it('fixes the article across a line break without doubling it', () => {
    const text = 'SW learned the youth is an\naddict and has been using daily.';
    const [f] = check(text);
    expect(f.text).toBe('an\naddict');
    expect(applySuggestion(text, f)).toBe('SW learned the youth is a\nperson with a substance use disorder and has been using daily.');
  });

  it('keeps a quotation open over a line break, but not past a blank line', () => {
    const quoted = check('Youth said "I am not a\nprostitute, I just needed money." SW listened.');
    expect(quoted.map((f) => [f.rule, f.severity, f.suggestions])).toEqual([['exploitation/prostitute', 'info', []]]);
    // The worker never closed the quote; the next paragraph is the worker's own words again.
    expect(rules('Youth said "I ran away\n\nYouth was AWOL for two days.')).toEqual([['missing/awol', 'avoid', 'was AWOL']]);
    expect(rules('Youth said "I ran away\n  \t\nYouth was AWOL for two days.')).toEqual([['missing/awol', 'avoid', 'was AWOL']]);
  });

  it('never joins words across a blank line', () => {
    expect(check('Youth ran away\n\nfrom placement is not a phrase here.').map((f) => f.text)).not.toContain('ran away\n\nfrom placement');
  });

  it('treats the first word of a line as a heading or list start, not as a name', () => {
    const [f] = check('Substance Use\nAddict behaviors noted by staff.');
    expect(f.rule).toBe('substance/addict');
    expect(f.suggestions[0]).toBe('Person with a substance use disorder');
  });
});

describe('dense and unpunctuated text stays linear', () => {
  it('checks a 1 MB single-paragraph note full of findings and quotes quickly', () => {
    const line = 'AWOL pimp john clean UA dirty addict an crazy committed suicide runaway youth " “ ” \' ’ ,\n';
    const big = line.repeat(Math.ceil(1_000_000 / line.length)).slice(0, 1_000_000);
    const t = performance.now();
    const f = check(big);
    // Generous bound for a shared CI machine: a quadratic engine takes minutes here.
    expect(performance.now() - t).toBeLessThan(20_000);
    expect(f.length).toBeGreaterThan(10_000);
    for (let i = 1; i < f.length; i++) expect(f[i].start >= f[i - 1].end).toBe(true);
  }, 30_000);
});
