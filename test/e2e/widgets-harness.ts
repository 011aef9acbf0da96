/**
 * The widgets' browser harness: the demo served with the strict CSP (scripts/serve.mjs) and
 * Debian's Chromium. Every page it opens records console errors, page errors, CSP violations and
 * any request that leaves the page's origin, so each test can end with `expectClean()`.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
// @ts-expect-error: a plain ESM script without declarations
import { startServer } from '../../scripts/serve.mjs';

export const SCREENSHOTS = '.test-results/screenshots';

export interface Harness {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const { server, url } = (await startServer({ port: 0 })) as { server: Server; url: string };
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

export interface Watched {
  page: Page;
  problems: string[];
  offOrigin: string[];
  expectClean(): void;
}

/** Opens a page that records every console error, CSP violation and off-origin request. */
export async function watchedPage(h: Harness, context?: BrowserContext): Promise<Watched> {
  const ctx = context ?? (await h.browser.newContext());
  const page = await ctx.newPage();
  const problems: string[] = [];
  const offOrigin: string[] = [];
  const origin = new URL(h.url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank') offOrigin.push(u);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return {
    page,
    problems,
    offOrigin,
    expectClean() {
      expect(problems, 'console errors or CSP violations').toEqual([]);
      expect(offOrigin, 'requests that left the page’s origin').toEqual([]);
    },
  };
}
