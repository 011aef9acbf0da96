import { describe, expect, it } from 'vitest';
import { cards, getCard, getSource, reassessmentModel, stageModelLimits, stages } from '../../shared/index.js';
import { blockText } from '../../shared/content/types.js';
import { coverage } from '../fixtures/coverage.js';
import { normalizeForQuote, seedHasQuote, seedTexts } from '../helpers/seeds.js';

const allRefs = [
  ...cards.flatMap((c) => c.sources.map((s) => ({ where: `card ${c.id}`, ...s }))),
  ...stages.flatMap((s) => s.sources.map((r) => ({ where: `stage ${s.id}`, ...r }))),
  ...stageModelLimits.sources.map((r) => ({ where: 'stage model limits', ...r })),
  ...reassessmentModel.sections.flatMap((s) => s.sources.map((r) => ({ where: `reassessment ${s.id}`, ...r }))),
];

describe('fidelity to the seeds', () => {
  it('reads all five seeds', () => {
    expect([...seedTexts().keys()].sort()).toEqual(['acin-i-57-17', 'cdss-csey-hr', 'cdss-hr-training', 'doj-2021-dle-04', 'pact-2023']);
  });

  it('every quote in every source reference appears verbatim in its seed', () => {
    const missing = allRefs.filter((r) => !r.quote || !seedHasQuote(r.source, r.quote)).map((r) => `${r.where}: ${r.source} "${r.quote}"`);
    expect(missing).toEqual([]);
  });

  it('every source reference names a registered document and a section', () => {
    expect(allRefs.filter((r) => !getSource(r.source) || !r.section).map((r) => r.where)).toEqual([]);
  });

  it('no card, stage or reassessment section is without a source', () => {
    for (const c of cards) expect(c.sources.length, c.id).toBeGreaterThan(0);
    for (const s of stages) expect(s.sources.length, s.id).toBeGreaterThan(0);
    for (const s of reassessmentModel.sections) expect(s.sources.length, s.id).toBeGreaterThan(0);
  });

  it('spells names and numbers exactly as the seeds do', () => {
    const text = cards.flatMap((c) => [c.title, c.summary, ...c.body.flatMap(blockText)]).join('\n');
    expect(text).toContain('Integrated Core Practice Model');
    expect(text).not.toMatch(/Intergrated/);
    expect(text).toContain('3,418 youth');
    expect(text).toContain('Average age of entry into the life is 12 years old');
    expect(text).toContain('STRTP ILS §87001(h)(1)');
    expect(text).toContain('Senate Bill (SB) 1322');
  });
});

describe('the coverage table', () => {
  it('anchors every section in its seed', () => {
    expect(coverage.filter((r) => !seedHasQuote(r.seed, r.anchor)).map((r) => `${r.seed}: ${r.section}`)).toEqual([]);
  });

  it('covers every guidance section with at least one existing card', () => {
    const bad = coverage.filter((r) => r.cards.length === 0 || r.cards.some((id) => !getCard(id)));
    expect(bad.map((r) => `${r.seed}: ${r.section}`)).toEqual([]);
  });

  it('covers all five seeds, and every card covers some section or is related to one that does', () => {
    expect(new Set(coverage.map((r) => r.seed)).size).toBe(5);
    const covering = new Set(coverage.flatMap((r) => r.cards));
    const orphans = cards.filter((c) => !covering.has(c.id) && !c.related.some((id) => covering.has(id)));
    expect(orphans.map((c) => c.id)).toEqual([]);
  });

  it('each card’s body text comes from its seeds, line by line, for the quoted passages', () => {
    // A spot check on the strongest claim: quote blocks are the seeds' words.
    const quotes = cards.flatMap((c) => c.body.filter((b) => b.type === 'quote').map((b) => ({ id: c.id, text: (b as { text: string }).text })));
    const texts = [...seedTexts().values()];
    const unfound = quotes.filter((q) => !texts.some((t) => t.includes(normalizeForQuote(q.text).replace(/^"|"$/g, '').replace(/^'|'$/g, ''))));
    expect(unfound.map((q) => q.id)).toEqual([]);
  });
});
