import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../shared/cli/main.js';

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => new TextEncoder().encode(stdin) });
  return { code, out, err };
}

describe('rapport cards / card / stage', () => {
  it('lists cards, and as JSON', async () => {
    const r = await run(['cards']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^cse-definition\s+What is CSE\?/m);
    const j = JSON.parse((await run(['cards', '--json'])).out);
    expect(j.cards.length).toBeGreaterThanOrEqual(35);
  });

  it('prints a readable card with its sources', async () => {
    const r = await run(['card', 'hr-leaving-care']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Practical strategies: leaving care');
    expect(r.out).toContain('[ ] Cell phone and cell phone charger');
    expect(r.out).toContain('PACT Convening 2023, Harm Reduction for Leaving Care Behaviors');
  });

  it('names close ids for an unknown card and exits 2', async () => {
    const r = await run(['card', 'cell-phone-aproach']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no card "cell-phone-aproach"; did you mean .*cell-phone-approach/);
  });

  it('suggests a stage from stdin and from a file, and reports a missing file', async () => {
    const r = await run(['stage', '-'], 'Yth is less defensive and more open to talking about her experiences.');
    expect(r.out).toMatch(/Contemplation \(\d+%\): "less defensive"/);
    const dir = mkdtempSync(join(tmpdir(), 'rapport-'));
    writeFileSync(join(dir, 'note.txt'), 'Youth is connected to services.');
    expect(JSON.parse((await run(['stage', '--json', join(dir, 'note.txt')])).out).suggestions[0].stage).toBe('maintenance');
    const missing = await run(['stage', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
    expect((await run(['stage', '-'], 'Discussed school.')).out).toContain('no stage-of-change cues');
  });
});
