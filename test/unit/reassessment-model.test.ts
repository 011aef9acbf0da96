import { describe, expect, it } from 'vitest';
import { emptyReassessment, toSummaryText, validateReassessment } from '../../shared/reassessment/model.js';

describe('the reassessment record', () => {
  it('starts empty and versioned', () => {
    const r = emptyReassessment();
    expect(r.version).toBe(1);
    expect(r.goals).toEqual([]);
    expect(r.behaviour.description).toBe('');
  });

  it('refuses a record of another version or with an unknown stage, naming the problem', () => {
    expect(validateReassessment({ version: 2 })).toMatchObject({ ok: false });
    const bad = validateReassessment({ version: 1, stage: 'denial' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain('stage');
    expect(validateReassessment('nope')).toMatchObject({ ok: false, message: 'not an object' });
  });

  it('writes a filled record as plain text for the Needs and Services Plan, in English and Spanish', () => {
    const r = validateReassessment({
      version: 1,
      behaviour: { domain: 'missing-from-care', description: 'Leaves placement on weekends.' },
      goals: [{ term: 'short', goal: 'Text staff when away', progress: 'Texted twice' }],
      stage: 'contemplation',
      decision: { choice: 'continue', reason: 'Fewer nights away.' },
      nextReview: '2026-12-01',
    });
    expect(r.ok).toBe(true);
    const en = toSummaryText((r as { value: any }).value, 'en');
    expect(en).toContain('- Area: Missing from care');
    expect(en).toContain('- Goal 1: Term: Short term. Goal: Text staff when away. Progress, however incremental: Texted twice.');
    expect(en).toContain('- Stage of change now: Contemplation');
    expect(en).toContain('- Next review date: 2026-12-01');
    expect(en).not.toContain('Risk, Set, Setting');
    expect(toSummaryText((r as { value: any }).value, 'es')).toContain('- Área: Ausente del cuidado');
  });
});
