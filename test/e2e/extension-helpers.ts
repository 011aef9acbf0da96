/**
 * Browser end-to-end helpers for the extension: a static server for the fixture pages (and the
 * editors' own files from node_modules), and Debian's Chromium with the built extension loaded.
 * Every request from pages, frames and the extension's service worker is recorded, so a test can
 * prove that nothing leaves the machine (the fixture server on 127.0.0.1 is the only host).
 */
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

export async function serveFixtures(extraDirs: Record<string, string> = {}): Promise<{ url: string; server: Server }> {
  const mounts: Record<string, string> = { '/node_modules/': join(ROOT, 'node_modules'), '/bundles/': join(ROOT, '.test-results/bundles'), ...extraDirs, '/': join(ROOT, 'test/fixtures/editors') };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const [prefix, dir] = Object.entries(mounts).find(([p]) => path.startsWith(p))!;
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

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** URLs requested by pages, frames and the extension that were not to the fixture server. */
  offMachine: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(allowedOrigin: string, userDataDir = mkdtempSync(join(tmpdir(), 'rapport-profile-'))): Promise<Browser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless=new', `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
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
  return { context, extensionId, offMachine, close: () => context.close() };
}

/** Underline geometry Rapport drew for a native field, read through the test-only accessor. */
export async function highlightCount(page: Page, name: 'rapport-avoid' | 'rapport-consider', frame = page.mainFrame()): Promise<number> {
  return frame.evaluate((n) => (CSS.highlights.get(n)?.size ?? 0), name);
}
