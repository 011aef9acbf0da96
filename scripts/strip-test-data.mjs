// The lexicon's `examples` and `counterexamples` are test data (every rule is checked against
// them in test/unit); pages never need them. Browser builds drop those two properties from the
// lexicon's source files before bundling, with the TypeScript parser (no text matching).
import ts from 'typescript';

const TEST_ONLY = new Set(['examples', 'counterexamples']);
export const LEXICON_FILE = /[\\/]shared[\\/]language[\\/]lexicon[\\/][a-z-]+\.ts$/;

/** Returns `code` with every `examples:`/`counterexamples:` property removed (a no-op elsewhere). */
export function stripTestData(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const cuts = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && TEST_ONLY.has(node.name.text)) {
      let end = node.getEnd();
      if (code[end] === ',') end += 1;
      cuts.push([node.getFullStart(), end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end] of cuts.reverse()) out = out.slice(0, start) + out.slice(end);
  return out;
}

/** esbuild plugin */
export const stripTestDataEsbuild = {
  name: 'rapport-strip-test-data',
  setup(build) {
    build.onLoad({ filter: LEXICON_FILE }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: stripTestData(await readFile(args.path, 'utf8'), args.path), loader: 'ts' };
    });
  },
};

/** Vite plugin (WXT) */
export const stripTestDataVite = () => ({
  name: 'rapport-strip-test-data',
  enforce: 'pre',
  transform(code, id) {
    return LEXICON_FILE.test(id.split('?')[0]) ? { code: stripTestData(code, id), map: null } : null;
  },
});
