// `npm run build`: everything the README, the demo and the browser tests use.
// Each step is one script; the core comes first because the others bundle it.
import { spawnSync } from 'node:child_process';

const steps = [
  ['node', ['scripts/build-core.mjs']],
  ['node', ['scripts/build-widgets.mjs']],
  ['node', ['node_modules/wxt/bin/wxt.mjs', 'build']],
  ['node', ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox', '--mv3']],
];

for (const [cmd, args] of steps) {
  const r = spawnSync(cmd === 'node' ? process.execPath : cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${cmd} ${args.join(' ')} failed`);
    process.exit(r.status ?? 1);
  }
}
