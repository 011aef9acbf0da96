import { describe, expect, it } from 'vitest';
import { getCard, getStage, stageModelLimits, stages, suggestStage } from '../../shared/index.js';

describe('the stages of change', () => {
  it('are the DOJ bulletin’s five, in order, with Determination also called Preparation', () => {
    expect(stages.map((s) => s.name)).toEqual(['Pre-Contemplation', 'Contemplation', 'Determination', 'Action', 'Maintenance']);
    expect(stages.map((s) => s.order)).toEqual([1, 2, 3, 4, 5]);
    expect(getStage('determination')!.alsoCalled).toContain('Preparation');
  });

  it('each has behaviours, goals, at least three prompts, what to avoid and existing related cards', () => {
    for (const s of stages) {
      expect(s.behaviours.length, s.id).toBeGreaterThan(0);
      expect(s.goals.length, s.id).toBeGreaterThan(0);
      expect(s.prompts.length, s.id).toBeGreaterThanOrEqual(3);
      expect(s.avoid.length, s.id).toBeGreaterThan(0);
      for (const id of s.related) expect(getCard(id), `${s.id} → ${id}`).toBeDefined();
    }
  });

  it('states the model’s limits: back and forth, threats and unmet basic needs', () => {
    expect(stageModelLimits.text).toMatch(/enter and exit stages several times/);
    expect(stageModelLimits.text).toMatch(/threats or acts of violence/);
    expect(stageModelLimits.text).toMatch(/unmet basic needs/);
  });
});

const top = (note: string) => suggestStage(note)[0]?.stage;

describe('suggestStage', () => {
  it('finds pre-contemplation in the ways workers describe it', () => {
    for (const note of [
      'Yth was very defensive during the visit and defends her boyfriend.',
      'Youth denies being exploited and does not think it is a problem.',
      'She professes her love for the trafficker and says she chose this.',
      'Minor was confrontational w/ SW, protects her "boyfriend" when asked about him.',
    ])
      expect(top(note), note).toBe('precontemplation');
  });

  it('finds contemplation, determination, action and maintenance', () => {
    expect(top('Youth was less defensive today and more open to talking about her experiences, though not ready to leave.')).toBe('contemplation');
    expect(top('He is more responsive to staff and answers his calls less often; he says he wants to leave the situation.')).toBe('determination');
    expect(top('Since the last CFT she has not run in three weeks, is attending therapy and communicates openly with staff.')).toBe('action');
    expect(top('Youth remains connected to services and has a new support system through her mentor.')).toBe('maintenance');
  });

  it('returns the cue spans that support each stage', () => {
    const note = 'SW visit. Yth defends her boyfriend. Later she was more open about what happened.';
    for (const s of suggestStage(note)) {
      for (const c of s.cues) expect(note.slice(c.start, c.end)).toBe(c.text);
    }
    const pre = suggestStage(note).find((s) => s.stage === 'precontemplation')!;
    expect(pre.cues.map((c) => c.text)).toEqual(['defends her boyfriend']);
  });

  it('handles negation: "no longer defends" is movement, not pre-contemplation', () => {
    const s = suggestStage('She no longer defends her boyfriend.');
    expect(s.find((x) => x.stage === 'precontemplation')).toBeUndefined();
    expect(s[0].stage).toBe('contemplation');
    expect(suggestStage('Youth was not defensive today.').find((x) => x.stage === 'precontemplation')).toBeUndefined();
  });

  it('is empty when a note has no cues', () => {
    for (const note of ['', 'SW met yth at placement. Discussed school schedule and dentist appt.', 'Transported youth to court. Hearing continued to 12/3.'])
      expect(suggestStage(note)).toEqual([]);
  });

  it('scores sum to one and rank best first', () => {
    const s = suggestStage('Yth defensive, defends her bf. Also more open to talking about her experiences.');
    expect(s.reduce((t, x) => t + x.score, 0)).toBeCloseTo(1, 2);
    for (let i = 1; i < s.length; i++) expect(s[i - 1].score).toBeGreaterThanOrEqual(s[i].score);
  });
});
