/**
 * Reusable browser end-to-end helpers (extension, widgets and side-panel tests import these).
 *
 * API
 *   ROOT, EXTENSION                      repository root; the built Chromium extension (.output/chrome-mv3)
 *   serveFixtures(mounts?)               static server on 127.0.0.1 with a free port -> { url, server }.
 *                                        Default mounts: /node_modules/ (repo node_modules), /bundles/
 *                                        (.test-results/bundles, see bundleFixtures), / (test/fixtures/editors).
 *                                        Pass { '/prefix/': absoluteDir } to add or override mounts.
 *   bundleFixtures(entries)              esbuild-bundles fixture scripts (real editors from npm) into
 *                                        .test-results/bundles/<name>.js, served as /bundles/<name>.js.
 *   launchWithExtension(allowedOrigin, userDataDir?, extraArgs?)
 *                                        Debian Chromium (headless) with the built extension loaded;
 *                                        waits for its service worker -> Browser:
 *                                          context, extensionId, worker (service worker),
 *                                          offMachine (every request from pages, frames and the worker
 *                                          that did not go to allowedOrigin), close().
 *   fieldReport(b)                       interface 4: asks the active tab's content script for the
 *                                        focused field's FieldReport (through the service worker).
 *   jumpTo(b, index)                     interface 4: rapport:jump-to from an extension context.
 *   until(fn, ok, ms?)                   polls fn until ok(value) or timeout; returns the last value.
 *   highlightCount(page, name, frame?)   number of ranges in the document's CSS highlight `name`.
 */
import { build } from 'esbuild';
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { FieldReport } from '../../../extension/lib/messages.js';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
const BUNDLES = join(ROOT, '.test-results/bundles');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

export async function serveFixtures(extraDirs: Record<string, string> = {}): Promise<{ url: string; server: Server }> {
  const mounts: Record<string, string> = { '/node_modules/': join(ROOT, 'node_modules'), '/bundles/': BUNDLES, ...extraDirs, '/': join(ROOT, 'test/fixtures/editors') };
  // Longest prefix first, so a caller's '/x/' mount wins over '/'.
  const ordered = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const [prefix, dir] = ordered.find(([p]) => path.startsWith(p))!;
    const file = resolve(dir, '.' + path.slice(prefix.length - 1));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, server };
}

/** Bundles fixture entry points (absolute paths) for the browser; output is never committed. */
export async function bundleFixtures(entryPoints: string[]): Promise<void> {
  await build({
    entryPoints,
    outdir: BUNDLES,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    logLevel: 'error',
  });
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** URLs requested by pages, frames and the extension that were not to the fixture server. */
  offMachine: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(allowedOrigin: string, userDataDir = mkdtempSync(join(tmpdir(), 'rapport-profile-')), extraArgs: string[] = []): Promise<Browser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless=new', `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs,
    ],
  });
  const offMachine: string[] = [];
  const watch = (url: string) => {
    if (!url.startsWith(allowedOrigin) && !/^(data|blob|about|chrome-extension|chrome):/.test(url)) offMachine.push(url);
  };
  context.on('request', (r) => watch(r.url()));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  worker.on('request' as never, ((r: { url(): string }) => watch(r.url())) as never);
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, offMachine, close: () => context.close() };
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, msg: unknown): Promise<unknown> };
};

/** The focused field's report from the active tab's content script (interface 4). */
export async function fieldReport(b: Browser): Promise<FieldReport | null> {
  return b.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return ((await chrome.tabs.sendMessage(tab.id!, { type: 'rapport:get-report' })) ?? null) as FieldReport | null;
  });
}

/** Asks the active tab's content script to select finding `index` and open its card (interface 4). */
export async function jumpTo(b: Browser, index: number): Promise<boolean> {
  return b.worker.evaluate(async (i) => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return (await chrome.tabs.sendMessage(tab.id!, { type: 'rapport:jump-to', index: i })) === true;
  }, index);
}

export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    v = await fn();
  }
  return v;
}

/** How many ranges the document's CSS highlight `name` holds (Rapport's underlines in contenteditables). */
export async function highlightCount(page: Page, name: 'rapport-avoid' | 'rapport-consider', frame = page.mainFrame()): Promise<number> {
  return frame.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}
