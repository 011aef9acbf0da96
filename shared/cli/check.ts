/** `rapport check`: placeholder until the engine's CLI lands (same contract as DESIGN.md). */
import { readFile } from 'node:fs/promises';
import { check } from '../language/check.js';
import type { CliIO } from './main.js';

export async function run(args: string[], io: CliIO): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const out: { path: string; findings: ReturnType<typeof check> }[] = [];
  for (const path of files.length ? files : ['-']) {
    const text = path === '-' ? new TextDecoder().decode(await io.readStdin()) : await readFile(path, 'utf8');
    out.push({ path, findings: check(text) });
  }
  if (json) io.stdout(JSON.stringify({ files: out }) + '\n');
  else for (const f of out) for (const x of f.findings) io.stdout(`${f.path}: ${x.text} → ${x.suggestions[0]}: ${x.message}\n`);
  return out.some((f) => f.findings.some((x) => x.severity !== 'info')) ? 1 : 0;
}
