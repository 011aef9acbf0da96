/**
 * The lexicon as reviewable data: its size and spread, the shape of every record, that applying a
 * suggestion actually removes the problem, that words with other senses carry counterexamples,
 * and that the terms the guides prefer are never flagged.
 */
import { describe, expect, it } from 'vitest';
import { applySuggestion, check, DOMAINS, getSource, lexicon } from '../../shared/index.js';

const ruleId = (f: { domain: string; id: string }) => `${f.domain}/${f.id}`;
const byId = new Map(lexicon.map((f) => [ruleId(f), f]));
const flagged = (t: string) => check(t).filter((f) => f.severity !== 'info');

describe('lexicon size and spread', () => {
  it('has at least 150 families and at least 10 in every domain', () => {
    expect(lexicon.length).toBeGreaterThanOrEqual(150);
    for (const d of DOMAINS) expect(lexicon.filter((f) => f.domain === d).length, d).toBeGreaterThanOrEqual(10);
  });

  it('uses stable kebab-case ids', () => {
    for (const f of lexicon) expect(f.id, ruleId(f)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('every record', () => {
  it.each(lexicon.map((f) => [ruleId(f), f] as const))('%s is complete', (id, f) => {
    expect(f.message, id).toMatch(/^[A-Z"“'‘].*[.?!"”]$/);
    expect(f.message.length, id).toBeLessThanOrEqual(220);
    expect(f.examples.length, id).toBeGreaterThanOrEqual(1);
    for (const e of f.examples) expect(e.fixed, id).not.toBe(e.text);
    for (const form of f.forms) {
      expect(form.match.length, id).toBeGreaterThan(0);
      expect(form.suggestions.length, id).toBeGreaterThan(0);
      for (const s of form.suggestions) expect(s.trim(), id).toBe(s);
    }
    for (const s of f.sources) {
      const src = getSource(s.source);
      expect(src, `${id} cites ${s.source}`).toBeDefined();
      if (src!.kind === 'seed') expect([s.section?.trim().length ?? 0, s.quote?.trim().length ?? 0].every((n) => n > 0), `${id}: a seed citation needs its section and a quote`).toBe(true);
    }
  });
});

describe('applying the first suggestion removes the finding', () => {
  const cases = lexicon.flatMap((f) => f.examples.map((e) => [ruleId(f), e.text] as const));
  it.each(cases)('%s: %s', (id, text) => {
    const finding = check(text).find((x) => x.rule === id)!;
    const fixed = applySuggestion(text, finding, 0);
    const again = check(fixed).filter((x) => x.rule === id && x.start < finding.start + finding.suggestions[0].length && x.end > finding.start);
    expect(again, fixed).toEqual([]);
  });
});

describe('words with other senses carry counterexamples', () => {
  it.each([
    'exploitation/john',
    'exploitation/trick',
    'exploitation/the-life',
    'exploitation/ho-slur',
    'exploitation/trading-sex',
    'missing/runner',
    'missing/in-the-wind',
    'missing/chose-to-run',
    'substance/addict',
    'substance/clean-time',
    'substance/abuse-of',
    'substance/alcohol-slang',
    'mental-health/ocd-adjective',
    'mental-health/hysterical',
    'behavior/defensive',
    'practice/phone-taken-away',
    'practice/forbidden-contact',
  ])('%s', (id) => {
    const f = byId.get(id);
    expect(f, id).toBeDefined();
    expect(f!.counterexamples?.length ?? 0).toBeGreaterThan(0);
    for (const t of f!.counterexamples!) expect(flagged(t).filter((x) => x.rule === id), t).toEqual([]);
  });
});

describe('preferred and neutral wording never flags', () => {
  it.each([
    'The sex buyer paid the exploiter, per the detective.',
    'Her trafficker was arrested at the motel on Friday.',
    'Yth is a youth who has been commercially sexually exploited and works with her CSEC advocate.',
    'She is a victim of commercial sexual exploitation.',
    'Detectives found child sexual abuse material on the suspect’s laptop.',
    'Yth has been missing from care since Tuesday, SW stays in contact by text.',
    'Yth left placement without permission and returned the next morning.',
    'Father has a substance use disorder and is a person in recovery.',
    'Mother has 9 months in recovery and attends NA weekly.',
    'Yth tested negative on her UA and tested positive for THC last month.',
    'Newborn exposed to substances was placed with the maternal aunt.',
    'Her older brother died by suicide in 2021.',
    'Yth lives with depression and is being treated for PTSD.',
    'Mother has a diagnosis of bipolar disorder and takes her medication.',
    'Yth is experiencing homelessness and staying at the drop-in center.',
    'Father is undocumented and afraid to come to the office.',
    'Yth is a transgender girl and uses she/her pronouns.',
    'Yth declined services today and agreed to meet next week.',
    'Yth is in a resource family home and wants to stay.',
    'Caregiver and yth made a safety plan for her phone use.',
    'The CFT talked about what needs her relationship meets.',
    'Yth shared her sexual orientation with the therapist.',
    'The youth was separated from her mother in 2019.',
    'Yth consented to the release of information to her therapist.',
    'Yth chose to attend the meeting and earned a reward.',
    'Yth put her clean clothes away and left her dirty shoes by the door.',
    'Yth has good study habits.',
    'Game night is on Fridays at the STRTP.',
  ])('%s', (t) => expect(flagged(t)).toEqual([]));
});
