export const LEXICON_FILE: RegExp;
export function stripTestData(code: string, fileName: string): string;
export const stripTestDataEsbuild: import('esbuild').Plugin;
export function stripTestDataVite(): import('vite').Plugin;
