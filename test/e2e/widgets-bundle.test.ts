import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

describe('the widgets bundle', () => {
  it('holds every element and all card content in at most 45 KB gzipped', () => {
    const bundle = readFileSync('dist/widgets/rapport-widgets.js');
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    console.log(`rapport-widgets.js: ${(bundle.length / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(45 * 1024);
  });

  it('is one self-contained module: no import of another file, no eval', () => {
    const source = readFileSync('dist/widgets/rapport-widgets.js', 'utf8');
    expect(source).not.toMatch(/\bimport\s*\(|\bfrom\s*["']|\bimport\s*["']/);
    expect(source).not.toMatch(/\beval\(|new Function\(/);
  });
});
