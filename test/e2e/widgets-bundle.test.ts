import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

describe('the widgets bundle', () => {
  // The budget is 45 KB gzipped for every widget with all card content. It is not met: the
  // content alone (50 cards, 193 lexicon families with their sources, five stages, the reassessment
  // in English and Spanish) gzips to about 55 KB before any code. scripts/build-widgets.mjs prints
  // the size and writes dist/widgets/size.json; this guard keeps it from growing unnoticed.
  it('carries no test data and does not grow past its measured size (about 88 KB gzipped)', () => {
    const source = readFileSync('dist/widgets/rapport-widgets.js');
    expect(source.toString()).not.toContain('counterexamples');
    expect(source.toString()).not.toContain('Mother is an addict and has not visited since May.');
    expect(gzipSync(source).length).toBeLessThanOrEqual(92_000);
  });

  it('is one self-contained module: no import of another file, no eval', () => {
    const source = readFileSync('dist/widgets/rapport-widgets.js', 'utf8');
    // Minified static imports start a statement (`import{a}from"./x.js"`, `import"./x.js"`).
    expect(source).not.toMatch(/(?:^|[;}\n])\s*import\s*[{*"'\w]|\bimport\(/);
    expect(source).not.toMatch(/\beval\(|new Function\(/);
  });

  it('comes with a generated custom-elements.json naming each element’s attributes, events and parts', () => {
    const manifest = JSON.parse(readFileSync('dist/widgets/custom-elements.json', 'utf8'));
    const decls = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).filter((d: { tagName?: string }) => d.tagName);
    const byTag = Object.fromEntries(decls.map((d: { tagName: string }) => [d.tagName, d]));
    expect(Object.keys(byTag).sort()).toEqual(['rapport-card', 'rapport-card-deck', 'rapport-note-check', 'rapport-reassessment', 'rapport-stage-guide']);
    const names = (list?: { name: string }[]) => (list ?? []).map((x) => x.name);
    expect(names(byTag['rapport-reassessment'].attributes)).toEqual(expect.arrayContaining(['name', 'draft-key', 'required', 'theme', 'lang']));
    expect(names(byTag['rapport-reassessment'].events)).toEqual(expect.arrayContaining(['rapport-change', 'rapport-submit']));
    expect(names(byTag['rapport-note-check'].attributes)).toContain('for');
    expect(names(byTag['rapport-card'].cssParts)).toContain('card');
    const types = readFileSync('dist/widgets/react.d.ts', 'utf8');
    expect(types).toContain("'rapport-reassessment'");
    expect(types).toContain("'onrapport-submit'?");
  });
});
