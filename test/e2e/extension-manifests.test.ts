import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/index.js';

const manifest = (dir: string) => JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));

describe('the built extension', () => {
  it.each(['chrome-mv3', 'firefox-mv3'])('%s is Manifest V3, asks for no site but localhost at install, and ships every file it names', (dir) => {
    const m = manifest(dir);
    expect(m.manifest_version).toBe(3);
    expect(m.host_permissions.every((x: string) => /^https?:\/\/(localhost|127\.0\.0\.1)\/\*$/.test(x))).toBe(true);
    expect(m.permissions).not.toContain('<all_urls>');
    expect(m.optional_host_permissions).toEqual(expect.arrayContaining(['https://*/*']));
    const cs = m.content_scripts[0];
    expect(cs.matches.every((x: string) => /localhost|127\.0\.0\.1/.test(x))).toBe(true);
    expect(cs.all_frames).toBe(true);
    for (const f of [...cs.js, m.action.default_popup]) expect(existsSync(join(ROOT, '.output', dir, f)), f).toBe(true);
    expect(m.commands['next-suggestion'].suggested_key.default).toBe('Alt+Shift+K');
  });

  it('gives Firefox a gecko id and an event-page background, as Firefox MV3 requires', () => {
    const m = manifest('firefox-mv3');
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.background.scripts?.length ?? 0).toBeGreaterThan(0);
  });

  it('injects only a small loader into every page; the engine (lexicon included) is injected on first focus', () => {
    const m = manifest('chrome-mv3');
    const loader = readFileSync(join(ROOT, '.output/chrome-mv3', m.content_scripts[0].js[0]));
    expect(gzipSync(loader).length).toBeLessThan(3_000);
    const engine = readFileSync(join(ROOT, '.output/chrome-mv3/engine.js'));
    expect(statSync(join(ROOT, '.output/chrome-mv3/engine.js')).size).toBeGreaterThan(10_000);
    // Budget: the content script (loader and engine, lexicon included) at most 50 KB gzipped. The
    // lexicon's examples are stripped at build time and the cards stay with the worker.
    expect(gzipSync(loader).length + gzipSync(engine).length).toBeLessThanOrEqual(50_000);
    expect(engine.toString()).not.toContain('counterexamples');
    expect(engine.toString()).not.toContain('Mother is an addict and has not visited since May.');
    expect(existsSync(join(ROOT, '.output/firefox-mv3/engine.js'))).toBe(true);
  });

  it('passes Mozilla’s add-on linter for Firefox with no errors and declares that it collects no data', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/addons-linter/bin/addons-linter'), '--output', 'json', '--self-hosted', join(ROOT, '.output/firefox-mv3')], { encoding: 'utf8' });
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    expect(report.errors).toEqual([]);
    // The only warnings allowed are Preact's innerHTML support code, which Rapport never uses.
    const warnings = report.warnings.filter((w: { code: string }) => w.code !== 'UNSAFE_VAR_ASSIGNMENT');
    expect(warnings).toEqual([]);
  }, 120_000);
});
