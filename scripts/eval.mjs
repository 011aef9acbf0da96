// `npm run eval`: precision and recall of the checker on the labelled case-note set, with every
// miss and false flag listed. Runs the built core (dist/core) and the set bundled on the fly.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const out = resolve('.test-results/eval-notes.mjs');
await build({ entryPoints: ['test/eval/notes.ts'], outfile: out, format: 'esm', bundle: true, logLevel: 'error' });
const { notes } = await import(pathToFileURL(out).href);
const { check } = await import(pathToFileURL(resolve('dist/core/index.js')).href);
const { score } = await import(pathToFileURL(resolve('test/eval/score.mjs')).href);

const r = score(notes, check);
console.log(`Evaluation on ${notes.length} labelled case-note sentences (${r.expected} phrases to flag)`);
console.log(`  precision ${r.precision.toFixed(3)}  (${r.tp} right of ${r.tp + r.fp} flags)`);
console.log(`  recall    ${r.recall.toFixed(3)}  (${r.found} of ${r.expected} phrases found)`);
if (r.misses.length) console.log('\nMissed:\n' + r.misses.map((m) => `  - "${m.phrase}"${m.domain ? ` (${m.domain})` : ''}${m.got.length ? ` [found ${m.got.join(', ')}]` : ''} in: ${m.text}`).join('\n'));
if (r.falseFlags.length) console.log('\nFlagged but should not be:\n' + r.falseFlags.map((m) => `  - "${m.phrase}" (${m.rule}) in: ${m.text}`).join('\n'));
