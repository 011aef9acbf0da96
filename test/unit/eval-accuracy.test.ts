import { describe, expect, it } from 'vitest';
import { check } from '../../shared/index.js';
import { notes } from '../eval/notes.js';
// @ts-expect-error: plain ESM shared with scripts/eval.mjs
import { score } from '../eval/score.mjs';

describe('accuracy on the labelled case-note set', () => {
  it('has at least 250 sentences with positives in every domain and hard negatives', () => {
    expect(notes.length).toBeGreaterThanOrEqual(250);
    expect(notes.filter((n) => n.flag.length === 0).length).toBeGreaterThanOrEqual(80);
    const domains = new Set(notes.flatMap((n) => check(n.text).map((f) => f.domain)));
    expect(domains.size).toBe(7);
  });

  it('keeps precision and recall at or above 0.95', () => {
    const r = score(notes, check);
    expect(r.precision, JSON.stringify(r.falseFlags)).toBeGreaterThanOrEqual(0.95);
    expect(r.recall, JSON.stringify(r.misses)).toBeGreaterThanOrEqual(0.95);
  });
});
