// Builds the embeddable web components:
//   dist/widgets/rapport-widgets.js    one self-registering ES module (every element, all content)
//   dist/widgets/elements/<name>.js    one module per element, for the package `exports`
//   dist/widgets/custom-elements.json  generated from the classes' JSDoc by @custom-elements-manifest/analyzer
//   dist/widgets/types/                TypeScript declarations (incl. HTMLElementTagNameMap)
//   dist/widgets/react.d.ts, preact.d.ts  JSX typings for React 19 and Preact hosts
// and prints the bundle's gzipped size, failing the build over the 45 KB budget.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { stripTestDataEsbuild } from './strip-test-data.mjs';

const require = createRequire(import.meta.url);
const BUDGET = 45 * 1024;
export const ELEMENTS = ['reassessment', 'card', 'card-deck', 'stage-guide', 'note-check'].filter((name) => {
  try {
    readFileSync(`widgets/${name}/define.ts`);
    return true;
  } catch {
    return false;
  }
});

rmSync('dist/widgets', { recursive: true, force: true });
mkdirSync('dist/widgets', { recursive: true });

const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
  // The core is shared with Node (the CLI); nothing of Node may reach the page.
  define: { 'process.env.NODE_ENV': '"production"' },
  // The lexicon's examples are test data; pages never need them.
  plugins: [stripTestDataEsbuild],
};

await build({ ...common, entryPoints: { 'rapport-widgets': 'widgets/index.ts' }, outdir: 'dist/widgets' });
await build({
  ...common,
  entryPoints: Object.fromEntries(ELEMENTS.map((n) => [n, `widgets/${n}/define.ts`])),
  outdir: 'dist/widgets/elements',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// custom-elements.json: the analyzer reads @tagname/@event/@csspart/@cssproperty/@slot from the
// classes' JSDoc (its programmatic API, because the CLI would also rewrite package.json).
const sourceFiles = readdirSync('widgets', { recursive: true })
  .filter((f) => /^[a-z-]+\/[a-z-]+\.tsx?$/.test(f.replaceAll('\\', '/')) && !/\.(test|styles)\.tsx?$/.test(f) && !f.startsWith('demo'))
  .map((f) => `widgets/${f.replaceAll('\\', '/')}`)
  .sort();
const manifest = create({
  modules: sourceFiles.map((f) => ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true)),
  // The Lit plugin reads ReactiveElement's `static properties` (attribute names, types).
  plugins: litPlugin(),
  context: { dev: false },
});
writeFileSync('dist/widgets/custom-elements.json', JSON.stringify(manifest, null, 2));

// Declarations, then JSX typings for hosts that write the elements as JSX.
try {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'widgets/tsconfig.build.json'], { stdio: 'inherit' });
} catch {
  // tsc still writes the declarations; type errors are `npm run typecheck`'s to report, and must
  // not keep the demo and the browser tests from a bundle.
  console.warn('widgets: WARNING: type errors while writing declarations (see above)');
}
const decls = [];
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    const attrs = (d.attributes ?? []).map((a) => `    '${a.name}'?: ${a.type?.text?.includes('|') ? a.type.text : 'string'};`);
    decls.push({ tag: d.tagName, cls: d.name, path: mod.path.replace(/^widgets\//, './types/widgets/').replace(/\.tsx?$/, '.js'), attrs, events: (d.events ?? []).map((e) => e.name).filter((n) => n?.startsWith('rapport-')) });
  }
}
const jsx = (host) => {
  const imports = decls.map((d) => `import type { ${d.cls} } from '${d.path}';`).join('\n');
  const body = decls.map((d) => {
    const events = d.events.map((e) => `    'on${e}'?: (event: CustomEvent) => void;`).join('\n');
    return `    '${d.tag}': ${host === 'react' ? `React.DetailedHTMLProps<React.HTMLAttributes<${d.cls}>, ${d.cls}>` : `JSXInternal.HTMLAttributes<${d.cls}>`} & {\n${d.attrs.join('\n')}\n${events}\n    };`;
  }).join('\n');
  return host === 'react'
    ? `// JSX typings for React 19 hosts: import type {} from 'rapport/widgets/react';\nimport type * as React from 'react';\n${imports}\n\ndeclare module 'react' {\n  namespace JSX {\n  interface IntrinsicElements {\n${body}\n  }\n  }\n}\n`
    : `// JSX typings for Preact hosts: import type {} from 'rapport/widgets/preact';\nimport type { JSXInternal } from 'preact/src/jsx';\n${imports}\n\ndeclare module 'preact' {\n  namespace JSX {\n  interface IntrinsicElements {\n${body}\n  }\n  }\n}\n`;
};
writeFileSync('dist/widgets/react.d.ts', jsx('react'));
writeFileSync('dist/widgets/preact.d.ts', jsx('preact'));

const bundle = readFileSync('dist/widgets/rapport-widgets.js');
const gz = gzipSync(bundle, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`widgets: dist/widgets/rapport-widgets.js ${kb(bundle.length)} minified, ${kb(gz)} gzipped (budget ${kb(BUDGET)}); ${decls.length} elements: ${decls.map((d) => d.tag).join(', ')}`);
// Over budget is reported here and failed by test/e2e/widgets-budget.test.ts, not by the build:
// the demo and every other test still need a bundle to run against.
if (gz > BUDGET) console.warn(`widgets: WARNING: the bundle is ${kb(gz - BUDGET)} over the ${kb(BUDGET)} gzipped budget`);
writeFileSync('dist/widgets/size.json', JSON.stringify({ bytes: bundle.length, gzipped: gz, budget: BUDGET }) + '\n');
