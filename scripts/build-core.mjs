// Builds the core (`shared/`) into runnable ESM for Node: dist/core/index.js (the `rapport`
// package), dist/core/cli.js (the `rapport` command), and TypeScript declarations beside them.
// Runs from `prepare`, so `npm ci` in a fresh clone leaves `import { check } from 'rapport'` working.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
rmSync('dist/core', { recursive: true, force: true });
await build({
  entryPoints: { index: 'shared/index.ts', cli: 'shared/cli/node.ts' },
  outdir: 'dist/core',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: false,
  logLevel: 'warning',
});
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.core.json'], {
  stdio: 'inherit',
});
