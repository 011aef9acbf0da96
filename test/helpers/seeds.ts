/**
 * The seed documents beside the checkout (`../shared/seeds/`), read through their README's id → file
 * table, and a normaliser for "verbatim, whitespace may differ" comparisons: whitespace, quote marks,
 * dashes, Markdown escapes and emphasis markers are folded so a quote copied from the rendered text matches.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared/seeds');

export function normalizeForQuote(s: string): string {
  return s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\\([$\-()[\]_*#.!])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

let cache: Map<string, string> | undefined;

/** Seed id → normalised full text. */
export function seedTexts(): Map<string, string> {
  if (cache) return cache;
  const readme = readFileSync(resolve(SEEDS_DIR, 'README.md'), 'utf8');
  const files = new Set(readdirSync(SEEDS_DIR));
  cache = new Map();
  for (const m of readme.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|\s*([^|\s]+)\s*\|/gm)) {
    if (files.has(m[2])) cache.set(m[1], normalizeForQuote(readFileSync(resolve(SEEDS_DIR, m[2]), 'utf8')));
  }
  return cache;
}

/** Whether `quote` appears verbatim (after normalising) in seed `id`. */
export function seedHasQuote(id: string, quote: string): boolean {
  const text = seedTexts().get(id);
  return !!text && text.includes(normalizeForQuote(quote));
}
