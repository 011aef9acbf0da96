import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { LEXICON_FILE, stripTestData } from '../../scripts/strip-test-data.mjs';

const dir = 'shared/language/lexicon';
const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${process.cwd()}/${dir}/${f}`);

describe('browser builds drop the lexicon’s test data', () => {
  it('applies to the lexicon files only', () => {
    expect(files.every((f) => LEXICON_FILE.test(f))).toBe(true);
    expect(LEXICON_FILE.test(`${process.cwd()}/shared/language/engine.ts`)).toBe(false);
    expect(LEXICON_FILE.test(`${process.cwd()}/shared/content/cards/pact.ts`)).toBe(false);
  });

  it('removes examples and counterexamples and keeps every rule, form and source', () => {
    for (const f of files) {
      const code = readFileSync(f, 'utf8');
      const out = stripTestData(code, f);
      const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
      // (format.ts declares the fields in an interface, which is types, not data.)
      expect(count(out, /\bexamples: \[|\bcounterexamples: \[/g), f).toBe(0);
      for (const key of [/\bid: '/g, /\bmatch: \[/g, /\bsuggestions: \[/g, /\bsources: \[/g, /\bmessage: /g]) expect(count(out, key), `${f} ${key}`).toBe(count(code, key));
      // Still valid TypeScript.
      const diag = ts.transpileModule(out, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } }).diagnostics ?? [];
      expect(diag.map((d) => d.messageText), f).toEqual([]);
    }
  });

  it('leaves a property of the same name in a string or a nested word alone', () => {
    const code = `export const a = [{ id: 'x', message: 'examples: none', examples: [{ text: 'a', fixed: 'b' }], forms: [] }, { id: 'y', counterexamples: ['c'], sources: [] }];`;
    expect(stripTestData(code, 'x.ts')).toBe(`export const a = [{ id: 'x', message: 'examples: none', forms: [] }, { id: 'y', sources: [] }];`);
  });
});
