import { describe, expect, it } from 'vitest';
import { findingsIn } from '../../shared/language/check.js';
import { compile, type RawMatch } from '../../shared/language/engine.js';
import type { RuleFamily } from '../../shared/language/lexicon/format.js';
import type { Severity } from '../../shared/language/types.js';

// Small fixture families exercise every promise of lexicon/format.ts independently of the real lexicon.
const family = (id: string, forms: RuleFamily['forms'], context?: RuleFamily['context']): RuleFamily => ({
  id,
  domain: 'practice',
  severity: 'consider',
  message: `Fixture ${id}.`,
  forms,
  context,
  sources: [{ source: 'fixture' }],
  examples: [],
});

const fixtures: RuleFamily[] = [
  family('alt', [{ match: ['(took|takes) (her|his) phone'], suggestions: ['kept $2 phone safe'] }]),
  family('optional', [{ match: ['(very)? restrictive placement'], suggestions: ['placement with more support'] }]),
  family('wild', [{ match: ['banned * from'], suggestions: ['kept $1 away from'] }]),
  family('multi', [{ match: ['(game|the game) (player|players)'], suggestions: ['people exploiting youth'] }]),
  family('clean', [{ match: ['clean'], suggestions: ['not using'], context: { notBefore: ['(clothes|room|shoes)'] } }]),
  family('trick', [{ match: ['trick'], suggestions: ['sex buyer'], context: { notAfter: ['(card|magic) *', 'card', 'magic'] } }]),
  family('chose', [{ match: ['chose'], suggestions: ['was pressured'], context: { requireNear: ['(exploiter|pimp)'], window: 4 } }]),
  family('earned', [{ match: ['earned'], suggestions: ['was given'], context: { excludeNear: ['(reward|points)'] } }]),
  family('article', [
    { match: ['addict'], suggestions: ['person who uses drugs'] },
    { match: ['user'], suggestions: ['individual who uses drugs'] },
  ]),
  family('acronym', [{ match: ['UA'], suggestions: ['urine test'], context: { caseSensitive: true } }]),
];

const matcher = compile(fixtures);
const prepared = {
  matchers: [matcher],
  keep: () => true,
  severityOf: (m: RawMatch): Severity => (m.quoted ? 'info' : m.rule.severity),
};
const run = (text: string) => findingsIn(prepared, text, 0, text.length).map((f) => [f.rule, f.text, f.suggestions[0]]);

describe('the lexicon format, as the engine implements it', () => {
  it('matches alternatives of one or more words and fills $n from groups', () => {
    expect(run('Staff took her phone.')).toEqual([['practice/alt', 'took her phone', 'kept her phone safe']]);
    expect(run('Staff takes his phone.')).toEqual([['practice/alt', 'takes his phone', 'kept his phone safe']]);
    expect(run('Staff took the phone.')).toEqual([]);
  });

  it('treats (..)? as optional and prefers the longest match', () => {
    expect(run('a very restrictive placement')).toEqual([['practice/optional', 'very restrictive placement', 'placement with more support']]);
    expect(run('a restrictive placement')).toEqual([['practice/optional', 'restrictive placement', 'placement with more support']]);
  });

  it('lets * stand for exactly one word and captures it', () => {
    expect(run('SW banned Maria from the unit.')).toEqual([['practice/wild', 'banned Maria from', 'kept Maria away from']]);
    expect(run('SW banned from the unit.')).toEqual([]);
  });

  it('a space matches any whitespace run, tabs and a line break included, but not punctuation', () => {
    expect(run('her game\tplayers')).toEqual([['practice/multi', 'game\tplayers', 'people exploiting youth']]);
    expect(run('her game\r\nplayers')).toEqual([['practice/multi', 'game\r\nplayers', 'people exploiting youth']]);
    // An alternative of two words wins over its one-word sibling: the longest match.
    expect(run('in the game  players')).toEqual([['practice/multi', 'the game  players', 'people exploiting youth']]);
    expect(run('the game, players')).toEqual([]);
  });

  it('matches whole words only, in any case', () => {
    expect(run('Youth is CLEAN now.')).toEqual([['practice/clean', 'CLEAN', 'not using']]);
    expect(run('Youth is uncleanly and cleaner.')).toEqual([]);
  });

  it('notBefore and notAfter skip other senses of a word', () => {
    expect(run('Youth wore clean clothes.')).toEqual([]);
    expect(run('Youth showed a card trick.')).toEqual([]);
    expect(run('Youth showed a magic card trick.')).toEqual([]);
    expect(run('She met a trick at the motel.')).toEqual([['practice/trick', 'trick', 'sex buyer']]);
  });

  it('requireNear flags only near a cue, within the window and the same sentence', () => {
    expect(run('The exploiter said she chose this.')).toEqual([['practice/chose', 'chose', 'was pressured']]);
    expect(run('She chose to attend the meeting.')).toEqual([]);
    expect(run('The exploiter was arrested on Monday after a long investigation. She chose to attend group.')).toEqual([]);
    // Outside the window of 4 words.
    expect(run('The exploiter was seen by staff near the store and she chose it.')).toEqual([]);
  });

  it('excludeNear skips a cue nearby', () => {
    expect(run('She earned points for chores.')).toEqual([]);
    expect(run('She earned her phone back.')).toEqual([['practice/earned', 'earned', 'was given']]);
  });

  it('caseSensitive matches the letters exactly', () => {
    expect(run('Youth had UA results today.')).toEqual([['practice/acronym', 'UA', 'urine test']]);
    expect(run('Ua and ua are not the acronym.')).toEqual([]);
  });

  it('takes the article into the finding when a suggestion needs the other one ("a UA" → "a urine test" stays "a")', () => {
    expect(run('Youth had a UA today.')).toEqual([['practice/acronym', 'UA', 'urine test']]);
    expect(run('Mom is an addict.')).toEqual([['practice/article', 'an addict', 'a person who uses drugs']]);
    expect(run('Mom is AN ADDICT.')).toEqual([['practice/article', 'AN ADDICT', 'A PERSON WHO USES DRUGS']]);
    expect(run('Mom is a user.')).toEqual([['practice/article', 'a user', 'an individual who uses drugs']]);
  });

  it('refuses a pattern that starts with a wildcard or has unbalanced groups', () => {
    expect(() => compile([family('bad', [{ match: ['* phone'], suggestions: ['x'] }])])).toThrow(SyntaxError);
    expect(() => compile([family('bad', [{ match: ['(took phone'], suggestions: ['x'] }])])).toThrow(SyntaxError);
  });
});
