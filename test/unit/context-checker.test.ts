import { describe, expect, it } from 'vitest';
import { check } from '../../shared/index.js';

const flagged = (t: string) => check(t).filter((f) => f.severity !== 'info').map((f) => f.text);

describe('quoted speech is evidence, not an error', () => {
  it.each([
    'Yth stated, "I am not a prostitute, I just needed money."',
    'She said “my pimp will be mad if I don’t go back.”',
    'Youth reported "I went AWOL because staff were yelling."',
    'Mother yelled "you junkie" at the youth during the visit.',
    "Yth told SW 'I'm not a psycho' and left the room.",
  ])('%s', (t) => {
    expect(flagged(t)).toEqual([]);
    const info = check(t).filter((f) => f.severity === 'info');
    expect(info.length).toBeGreaterThan(0);
    expect(info.every((f) => f.suggestions.length === 0)).toBe(true);
  });

  it('scare quotes are not flagged as avoid/consider', () => {
    for (const t of ['Her "boyfriend" drove her to the motel.', 'She calls it "the life".', 'He was labeled a "runaway" by the school.']) expect(flagged(t)).toEqual([]);
  });

  it('apostrophes do not open quotes', () => {
    expect(flagged("Yth's mom says she's an addict and the kids' dad is too.")).toEqual(['an addict']);
  });
});

describe('names and programme titles', () => {
  it.each(['John Smith from CASA attended.', 'Uncle John picked her up.', 'Met with Johns Hopkins staff.', 'She was referred to the Runaway and Homeless Youth program.', 'Clean Slate Program intake is Monday.'])(
    '%s',
    (t) => expect(flagged(t)).toEqual([]),
  );
  it('still flags the lower-case word in an exploitation context', () => {
    expect(flagged('She said a john paid her at the motel.')).toEqual(['john']);
  });
});

describe('other senses of a word', () => {
  it.each([
    'Staff provided clean clothes and a towel.',
    'Yth left dirty shoes by the door.',
    'He showed the group a card trick.',
    'Game night at the STRTP went well.',
    'Youth consented to the release of information.',
    'Yth chose to attend the CFT meeting.',
    'She earned a reward for attending school all week.',
    'He is working on study habits with his tutor.',
    'Mother keeps a clean house.',
    'The youth had a habit of humming when nervous.',
  ])('%s', (t) => expect(flagged(t)).toEqual([]));
});

describe('preferred terms never flag', () => {
  it.each([
    'The sex buyer was arrested at the motel.',
    'Her exploiter took her phone.',
    'The trafficker was identified by LE.',
    'Yth has been missing from care since Friday.',
    'Mother has a substance use disorder and is in recovery.',
    'His brother died by suicide in 2021.',
    'Yth is experiencing homelessness.',
    'Father is undocumented.',
    'Detectives found child sexual abuse material.',
    'Youth who has been commercially sexually exploited was placed with her aunt.',
    'She tested negative on her UA.',
  ])('%s', (t) => expect(flagged(t)).toEqual([]));
});

describe('case and articles in suggestions', () => {
  it('keeps sentence-start capitals, shouted notes, and fixes a/an', () => {
    const [a] = check('Prostitution was suspected.');
    expect(a.suggestions[0]).toBe('Commercial sexual exploitation');
    const [b] = check('YOUTH WENT AWOL AGAIN.');
    expect(b.suggestions[0]).toBe('WENT MISSING FROM CARE');
    const [c] = check('Father is an addict.');
    expect(c.text).toBe('an addict');
    expect(c.suggestions[0]).toBe('a person with a substance use disorder');
  });
});

describe('options', () => {
  it('disables rules and domains, changes severities, and adds county terms', () => {
    const t = 'Yth went AWOL and her pimp was there. She was in placement limbo.';
    expect(check(t, { disabledRules: ['missing/awol'] }).map((f) => f.rule)).toEqual(['exploitation/pimp']);
    expect(check(t, { disabledDomains: ['exploitation'] }).map((f) => f.rule)).toEqual(['missing/awol']);
    expect(check(t, { severities: { 'missing/awol': 'consider' } })[0].severity).toBe('consider');
    const county = check(t, { customTerms: [{ id: 'limbo', phrases: ['placement limbo'], message: 'Say what the youth is waiting for.', suggestions: ['waiting for a placement'], source: 'Example County practice guide' }] });
    expect(county.at(-1)).toMatchObject({ rule: 'custom/limbo', domain: 'practice', severity: 'consider', text: 'placement limbo', suggestions: ['waiting for a placement'] });
  });

  it('treats county phrases literally and refuses bad options with a clear message', () => {
    expect(check('a b c, anything at all', { customTerms: [{ phrases: ['.*', 'a|c', '(x)?'], message: 'm', suggestions: [], source: 's' }] })).toEqual([]);
    expect(() => check('x', { customTerms: 'nope' as never })).toThrow(/customTerms must be an array/);
    expect(() => check('x', { customTerms: [{ phrases: [], message: 'm', suggestions: [], source: 's' }] })).toThrow(/phrases must be a non-empty array/);
    expect(() => check('x', { disabledDomains: ['weather' as never] })).toThrow(/is not a domain/);
    expect(() => check('x', { severities: { 'missing/awol': 'never' as never } })).toThrow(/must be "avoid" or "consider"/);
  });
});
