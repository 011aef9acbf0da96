/**
 * `rapport check [--json] [FILE ... | -]`. Human output: `file:line:col: severity: "phrase" → suggestion
 * (reason) [source]`. Exit 0 when nothing is to avoid or consider, 1 when something is, 2 when an
 * argument or a file was unusable (the other files are still checked and reported).
 */
import { readFile, stat } from 'node:fs/promises';
import { citationLabel } from '../content/sources.js';
import { check } from '../language/check.js';
import type { Finding } from '../language/types.js';
import type { CliIO } from './main.js';

const USAGE = 'usage: rapport check [--json] [FILE ... | -]   (- or no FILE reads standard input)\n';

type Read = { ok: true; text: string } | { ok: false; why: string };

async function readNote(path: string, io: CliIO): Promise<Read> {
  let bytes: Uint8Array;
  try {
    if (path === '-') bytes = await io.readStdin();
    else {
      if ((await stat(path)).isDirectory()) return { ok: false, why: 'is a directory' };
      bytes = await readFile(path);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, why: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? (e as Error).message})` };
  }
  if (bytes.includes(0)) return { ok: false, why: 'looks like a binary file (it contains NUL bytes), not a text note' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, why: 'is not valid UTF-8 text (save the note as UTF-8 and try again)' };
  }
}

/** 1-based line and column (in characters, not UTF-16 units) of an offset. */
function lineCol(text: string, offset: number, lineStarts: number[]): [number, number] {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo + 1, [...text.slice(lineStarts[lo], offset)].length + 1];
}

function human(path: string, text: string, findings: Finding[]): string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return findings
    .filter((f) => f.severity !== 'info')
    .map((f) => {
      const [line, col] = lineCol(text, f.start, starts);
      const fix = f.suggestions.length ? ` → "${f.suggestions[0]}"` : '';
      const src = f.sources.map((s) => citationLabel(s)).join('; ');
      return `${path}:${line}:${col}: ${f.severity}: "${f.text}"${fix}\n    ${f.message}${src ? ` [${src}]` : ''}\n`;
    })
    .join('');
}

export async function run(args: string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const bad = args.find((a) => a.startsWith('-') && a !== '-' && a !== '--json');
  if (bad) {
    io.stderr(`rapport check: unknown option "${bad}"\n${USAGE}`);
    return 2;
  }
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  if (paths.length === 0) paths.push('-');
  if (paths.filter((p) => p === '-').length > 1) {
    io.stderr('rapport check: standard input ("-") can be read only once\n');
    return 2;
  }
  let failed = false;
  let flagged = false;
  const files: { path: string; findings: Finding[] }[] = [];
  for (const path of paths) {
    const shown = path === '-' ? '<stdin>' : path;
    const r = await readNote(path, io);
    if (!r.ok) {
      failed = true;
      io.stderr(`rapport check: ${shown}: ${r.why}\n`);
      continue;
    }
    const findings = check(r.text);
    flagged ||= findings.some((f) => f.severity !== 'info');
    files.push({ path: shown, findings });
    if (!json) io.stdout(human(shown, r.text, findings));
  }
  if (json) io.stdout(JSON.stringify({ files }) + '\n');
  else if (!failed) {
    const n = files.reduce((t, f) => t + f.findings.filter((x) => x.severity !== 'info').length, 0);
    io.stderr(n ? `${n} suggestion${n === 1 ? '' : 's'} in ${files.length} note${files.length === 1 ? '' : 's'}\n` : 'No language to reconsider.\n');
  }
  return failed ? 2 : flagged ? 1 : 0;
}
