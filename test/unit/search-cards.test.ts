import { describe, expect, it } from 'vitest';
import { cards, cardsForFindings, check, noteTopicCardIds, rankCards, relatedCardForRule, searchCards } from '../../shared/index.js';
import { NOTE_TOPICS } from '../../shared/content/note-topics.js';

const ids = (q: string, o = {}) => searchCards(q, o).map((c) => c.id);

describe('searchCards', () => {
  it('ranks the card a worker means first', () => {
    expect(ids('emergency bag')[0]).toBe('hr-leaving-care');
    expect(ids('risk set setting')[0]).toBe('risk-set-setting');
    expect(ids('five keys')).toContain('five-keys');
    expect(ids('what happened to you')[0]).toBe('trauma-informed-care');
  });

  it('forgives small typos and word forms', () => {
    expect(ids('emergancy bag')).toContain('hr-leaving-care');
    expect(ids('phones punishment')).toContain('cell-phone-approach');
    expect(ids('overdosing')).toContain('hr-substance-misuse');
  });

  it('filters by audience and topic, and an empty query lists cards', () => {
    expect(searchCards('', { audience: 'law-enforcement' }).every((c) => c.audiences.includes('law-enforcement'))).toBe(true);
    expect(ids('', { topic: 'scenario' })).toEqual(['scenario-1', 'scenario-2', 'scenario-3', 'scenario-4']);
    expect(searchCards('').length).toBe(cards.length);
    expect(ids('harm reduction', { limit: 3 })).toHaveLength(3);
  });

  it('returns nothing, not an error, for nonsense', () => {
    expect(ids('zzqxv')).toEqual([]);
  });
});

describe('related cards', () => {
  it('"Learn more" for a rule goes to the card that explains it, else its domain’s card', () => {
    expect(relatedCardForRule('practice/phone-taken-away')?.id).toBe('cell-phone-approach');
    expect(relatedCardForRule('missing/some-future-rule')).toBeDefined();
    // Several cards cover the missing domain; the one mainly about it wins over a homelessness card.
    expect(relatedCardForRule('missing/awol')?.id).toBe('missing-from-care-approach');
    expect(relatedCardForRule('nothing/at-all')).toBeUndefined();
  });

  it('ranks cards that fit what a note is about', () => {
    const note = 'Staff took her phone away after she came back from AWOL.';
    const fit = cardsForFindings(check(note), note).map((c) => c.id);
    expect(fit).toContain('cell-phone-approach');
    expect(fit).toContain('missing-from-care-approach');
    expect(cardsForFindings([], 'Discussed school schedule.')).toEqual([]);
  });

  it('note topics name only cards that exist, and rank like the note itself (what the extension sends)', () => {
    const ids = new Set(cards.map((c) => c.id));
    for (const t of NOTE_TOPICS) for (const id of t.cards) expect(ids.has(id), id).toBe(true);
    const note = 'Yth left placement with her phone; LE was called. Staff think she used meth.';
    const topics = noteTopicCardIds(note);
    expect(topics).toEqual(expect.arrayContaining(['cell-phone-approach', 'missing-from-care-approach', 'hr-substance-misuse', 'le-recovery-interview']));
    expect(rankCards(check(note), topics)).toEqual(cardsForFindings(check(note), note));
  });
});
