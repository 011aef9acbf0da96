import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The 45 KB gzipped budget is measured and printed by scripts/build-widgets.mjs (and written to
// dist/widgets/size.json); with the full card set it is over budget, see the widgets' notes.
describe('the widgets bundle', () => {
  it('is one self-contained module: no import of another file, no eval', () => {
    const source = readFileSync('dist/widgets/rapport-widgets.js', 'utf8');
    // Minified static imports start a statement (`import{a}from"./x.js"`, `import"./x.js"`).
    expect(source).not.toMatch(/(?:^|[;}\n])\s*import\s*[{*"'\w]|\bimport\(/);
    expect(source).not.toMatch(/\beval\(|new Function\(/);
  });
});
