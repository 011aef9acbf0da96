/** `rapport stage [--json] [FILE | -]`: stage-of-change suggestions for a note, with the cue phrases. */
import { readFile, stat } from 'node:fs/promises';
import { getStage } from '../content/stages.js';
import { suggestStage } from '../content/stage-cues.js';
import type { CliIO } from './main.js';

export async function run(args: string[], io: CliIO): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length > 1) {
    io.stderr('rapport stage: give one note (usage: rapport stage [--json] [FILE | -])\n');
    return 2;
  }
  const path = files[0] ?? '-';
  let bytes: Uint8Array;
  try {
    if (path === '-') bytes = await io.readStdin();
    else {
      if ((await stat(path)).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
      bytes = await readFile(path);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    io.stderr(`rapport stage: ${path}: ${why}\n`);
    return 2;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    io.stderr(`rapport stage: ${path}: not UTF-8 text\n`);
    return 2;
  }
  const suggestions = suggestStage(text);
  if (json) {
    io.stdout(JSON.stringify({ path, suggestions }, null, 2) + '\n');
    return 0;
  }
  if (!suggestions.length) {
    io.stdout(`${path}: no stage-of-change cues found; the stage is yours to judge.\n`);
    return 0;
  }
  io.stdout(`${path}: stage-of-change cues (a suggestion; you decide)\n`);
  for (const s of suggestions) {
    io.stdout(`  ${getStage(s.stage)!.name} (${Math.round(s.score * 100)}%): ${s.cues.map((c) => `"${c.text}"`).join(', ')}\n`);
  }
  return 0;
}
