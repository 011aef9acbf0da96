// `npm run bench`: Rapport's check() against alex and write-good on the same text, in one
// process, rounds interleaved so machine noise hits every tool alike. Prints median ms, MB/s and
// ratios, and the incremental one-character edit latency on a 100,000-character note.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, createChecker } from '../dist/core/index.js';
import { text as alex } from 'alex';
import writeGood from 'write-good';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = resolve(root, '../shared/seeds');
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(resolve(seedsDir, f), 'utf8')).join('\n\n');
const grow = (n) => { let s = ''; while (s.length < n) s += seeds + '\n\n'; return s.slice(0, n); };
// This machine's speed drifts by up to 2x from one second to the next, so a peer's one call (a
// second or more) and a burst of rapport calls (milliseconds) can see different machines. So in
// each round rapport runs for as long as the peer's call takes, half just before it and half just
// after, and the round's ratio is the peer's time over rapport's mean time per call in that span;
// the median of the rounds' ratios is printed.
const inputs = [
  { name: 'seeds (5 docs)', text: seeds, peerRounds: 5 },
  { name: '1 MB note', text: grow(1_000_000), peerRounds: 1 },
  { name: '10 MB note', text: grow(10_000_000), peerRounds: 0 },
];

// Each tool starts from a collected heap (npm run bench passes --expose-gc): alex and write-good
// leave hundreds of MB of garbage, and timing the next tool while V8 collects it measures the GC.
const settle = globalThis.gc ?? (() => {});
const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const peers = { alex: (t) => alex(t), 'write-good': (t) => writeGood(t) };
/** Rapport's calls on `text` for about `ms` milliseconds (at least 3), each timed. */
const rapportFor = (text, ms) => {
  settle();
  const xs = [];
  for (const t0 = performance.now(); xs.length < 3 || performance.now() - t0 < ms; ) xs.push(time(() => check(text)));
  return xs;
};

check('warm up the lexicon'); alex('warm up'); writeGood('warm up');
console.log('Rapport language checker benchmark (in one process; ratios taken round by round, see bench/checker.mjs)\n');
for (const input of inputs) {
  const mb = input.text.length / 1e6;
  const samples = { rapport: [], alex: [], 'write-good': [] };
  const ratios = { alex: [], 'write-good': [] };
  // Untimed warm-up on this very input, so every round measures optimized code, not the JIT: V8
  // takes a few dozen calls to compile all of check(), so warm up for 100 calls or 1 s, whichever
  // comes first, and at least 5 calls.
  for (let r = 0, t0 = performance.now(); r < 5 || (r < 100 && performance.now() - t0 < 1000); r++) check(input.text);
  for (let r = 0; r < input.peerRounds; r++) {
    for (const [name, run] of Object.entries(peers)) {
      // The peer's time in the previous round (or a first guess) sets how long rapport runs.
      const span = samples[name].length ? samples[name][samples[name].length - 1] : 1000 * mb * 10;
      const before = rapportFor(input.text, span / 2);
      settle();
      const t = time(() => run(input.text));
      const after = rapportFor(input.text, span / 2);
      samples[name].push(t);
      samples.rapport.push(...before, ...after);
      ratios[name].push(t / mean([...before, ...after]));
    }
  }
  if (!input.peerRounds) samples.rapport.push(...rapportFor(input.text, 0));
  console.log(`${input.name} (${(mb * 1000).toFixed(0)} KB, ${check(input.text).length} findings)`);
  for (const [name, xs] of Object.entries(samples)) {
    if (!xs.length) { console.log(`  ${name.padEnd(11)} skipped: it would take minutes at this size`); continue; }
    const m = median(xs);
    const how = name === 'rapport' ? `${xs.length} calls: median; mean ${mean(xs).toFixed(2)} ms` : `${xs.length} rounds: median; rapport is ${median(ratios[name]).toFixed(0)}x faster (rounds: ${ratios[name].map((x) => x.toFixed(0)).join(', ')})`;
    console.log(`  ${name.padEnd(11)} ${m.toFixed(2).padStart(9)} ms  ${(mb / (m / 1000)).toFixed(1).padStart(8)} MB/s  (${how})`);
  }
  console.log('');
}

// Incremental: a worker typing into a 100,000-character note: with paragraphs (the seeds' own
// blank lines), as one paragraph (single line breaks only), and as one line without any break;
// edit() with the edit given, and update() as the extension calls it (it finds the edit itself).
const shapes = [
  ['with paragraphs', grow(100_000)],
  ['one paragraph (single line breaks)', grow(100_000).replace(/\n[ \t]*\n/g, '\n')],
  ['one line, no breaks', grow(100_000).replace(/\s*\n\s*/g, ' ')],
];
for (const [shape, note] of shapes) {
  for (const how of ['edit', 'update']) {
    const inc = createChecker();
    inc.reset(note);
    const lat = [];
    let text = note;
    for (let i = 0; i < 2000; i++) {
      // Typing and deleting ordinary characters at spread-out places (Backspace on a line break
      // or a quote mark is rarer and may re-check the paragraph).
      const at = Math.floor((i * 7919) % (text.length - 1));
      const insert = i % 2 ? '' : 'x';
      const next = insert ? text.slice(0, at) + insert + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      // An editor hands update() a flat string (a textarea's value is one): flatten the
      // concatenation here, untimed, as the browser does when it builds the value. edit() builds
      // the new text itself, so its figure includes that copy of the whole note.
      if (how === 'update') next.charCodeAt(0);
      const t = performance.now();
      if (how === 'update') inc.update(next);
      else if (insert) inc.edit(at, at, insert);
      else inc.edit(at, at + 1, '');
      lat.push(performance.now() - t);
      text = next;
    }
    console.log(`incremental one-character ${how}() on a 100,000-character note, ${shape} (2,000 edits): median ${median(lat).toFixed(4)} ms, p95 ${pct(lat, 0.95).toFixed(4)} ms`);
  }
}
