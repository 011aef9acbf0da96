import { describe, expect, it } from 'vitest';
import { applySuggestion, check, DOMAINS, getSource, lexicon } from '../../shared/index.js';
import { seedHasQuote } from '../helpers/seeds.js';

const ruleId = (f: { domain: string; id: string }) => `${f.domain}/${f.id}`;

describe('the lexicon', () => {
  it('has at least 150 rule families in every domain, with unique ids', () => {
    expect(lexicon.length).toBeGreaterThanOrEqual(150);
    const ids = lexicon.map(ruleId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DOMAINS) expect(lexicon.some((f) => f.domain === d), d).toBe(true);
  });

  it('every family has a one-sentence message, suggestions, an example and a source that exists', () => {
    for (const f of lexicon) {
      expect(f.message.trim().split(/(?<=[.!?])\s+(?=[A-Z])/).length, ruleId(f)).toBe(1);
      expect(f.forms.every((form) => form.suggestions.length > 0), ruleId(f)).toBe(true);
      expect(f.examples.length, ruleId(f)).toBeGreaterThan(0);
      expect(f.sources.length, ruleId(f)).toBeGreaterThan(0);
      for (const s of f.sources) expect(getSource(s.source), `${ruleId(f)} cites ${s.source}`).toBeDefined();
    }
  });

  it('every seed quote a rule cites appears verbatim in the seed', () => {
    const bad = lexicon.flatMap((f) =>
      f.sources.filter((s) => getSource(s.source)?.kind === 'seed' && (!s.quote || !seedHasQuote(s.source, s.quote))).map((s) => `${ruleId(f)}: "${s.quote}"`),
    );
    expect(bad).toEqual([]);
  });

  it('"avoid" rests on a seed passage or a named guide; only practice context is "consider"', () => {
    for (const f of lexicon.filter((x) => x.severity === 'avoid')) expect(f.sources.length, ruleId(f)).toBeGreaterThan(0);
  });
});

describe.each(lexicon.map((f) => [ruleId(f), f] as const))('rule %s', (id, f) => {
  it.each(f.examples.map((e) => [e.text, e.fixed]))('flags "%s" and its first suggestion reads right', (text, fixed) => {
    const finding = check(text).find((x) => x.rule === id);
    expect(finding, `no ${id} finding in: ${text}\nfound: ${JSON.stringify(check(text).map((x) => x.rule))}`).toBeDefined();
    expect(finding!.severity).toBe(f.severity);
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.text);
    expect(applySuggestion(text, finding!, 0)).toBe(fixed);
  });
  if (f.counterexamples?.length) {
    it.each(f.counterexamples)('does not flag "%s"', (text) => {
      expect(check(text).filter((x) => x.rule === id && x.severity !== 'info')).toEqual([]);
    });
  }
});
