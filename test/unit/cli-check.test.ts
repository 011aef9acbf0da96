import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../shared/cli/main.js';

async function run(argv: string[], stdin: string | Uint8Array = '') {
  let out = '';
  let err = '';
  const bytes = typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: async () => bytes });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
const note = join(dir, 'note.txt');
writeFileSync(note, 'SW met with yth at placement.\nYth went AWOL on 10/2 and her pimp picked her up.\n');

describe('rapport check', () => {
  it('prints file:line:col, the phrase, the suggestion, the reason and the source; exits 1', async () => {
    const r = await run(['check', note]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${note}:2:5: avoid: "went AWOL" → "went missing from care"`);
    expect(r.out).toMatch(/AWOL is a military term.*\[CDSS Harm Reduction training, Conventional vs Harm Reduction Approach: Missing From Care/);
    expect(r.out).toContain(`${note}:2:31: avoid: "pimp" → "exploiter"`);
  });

  it('--json prints the finding shape per file', async () => {
    const r = await run(['check', '--json', note]);
    const j = JSON.parse(r.out);
    expect(j.files[0].path).toBe(note);
    expect(j.files[0].findings[0]).toMatchObject({ rule: 'missing/awol', domain: 'missing', severity: 'avoid', text: 'went AWOL', suggestions: ['went missing from care'] });
  });

  it('reads standard input with -, and exits 0 when nothing is to reconsider', async () => {
    expect((await run(['check', '-'], 'Yth is doing well in school.')).code).toBe(0);
    expect((await run(['check'], 'Father is an addict.')).code).toBe(1);
  });

  it('counts columns in characters, not UTF-16 units', async () => {
    const r = await run(['check', '-'], '😀 yth went AWOL');
    expect(r.out).toContain('<stdin>:1:7:');
  });

  it('reports a missing file, a directory, a binary and invalid UTF-8 in one clear line each; checks the rest; exits 2', async () => {
    const bin = join(dir, 'photo.bin');
    writeFileSync(bin, Uint8Array.from([0x89, 0x50, 0x00, 0x01]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Uint8Array.from([0x41, 0xe9, 0x20, 0x41]));
    const r = await run(['check', join(dir, 'nope.txt'), dir, bin, latin1, note]);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines).toEqual([
      `rapport check: ${join(dir, 'nope.txt')}: no such file`,
      `rapport check: ${dir}: is a directory`,
      `rapport check: ${bin}: looks like a binary file (it contains NUL bytes), not a text note`,
      `rapport check: ${latin1}: is not valid UTF-8 text (save the note as UTF-8 and try again)`,
    ]);
    expect(r.out).toContain('went AWOL');
  });

  it('rejects unknown options with usage and exit 2', async () => {
    const r = await run(['check', '--fix', note]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown option "--fix"');
  });

  it('runs as the built `rapport` binary', () => {
    const bin = resolve('bin/rapport.js');
    const ok = spawnSync(process.execPath, [bin, 'check', '--json', '-'], { input: 'She is a prostitute.' });
    expect(ok.status).toBe(1);
    expect(JSON.parse(ok.stdout.toString()).files[0].findings[0].suggestions[0]).toBe('victim of commercial sexual exploitation');
    expect(execFileSync(process.execPath, [bin, 'check', '-'], { input: 'All good today.' }).toString()).toBe('');
  });
});
