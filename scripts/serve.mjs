// The demo county portal on 127.0.0.1, served the way a strict county portal serves pages: every
// response carries `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'`,
// so the demo proves the widgets need no inline script, inline style or eval.
//   node scripts/serve.mjs [--port N]     (default 8787; 0 picks a free port)
// `/` is widgets/demo/, `/dist/` is the build output. Nothing else on disk is reachable.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.d.ts': 'text/plain; charset=utf-8',
};

const ROOTS = [
  ['/dist/', join(repo, 'dist')],
  ['/', join(repo, 'widgets', 'demo')],
];

/** The file a URL path names, or null when it falls outside the served folders. */
function fileFor(urlPath) {
  for (const [prefix, dir] of ROOTS) {
    if (!urlPath.startsWith(prefix)) continue;
    let rel = decodeURIComponent(urlPath.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dir, rel));
    return file.startsWith(dir + sep) ? file : null;
  }
  return null;
}

/** Starts the server; resolves to `{ server, url }` once it listens. */
export function startServer({ port = 8787, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    const headers = {
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = fileFor(path);
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      done({ server, url: `http://${host}:${actual}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT ?? 8787);
  if (!existsSync(join(repo, 'dist', 'widgets', 'rapport-widgets.js'))) {
    console.error('serve: dist/widgets/rapport-widgets.js is missing; run `npm run build` first (or `npm start`).');
    process.exit(2);
  }
  const { url } = await startServer({ port });
  const ext = join(repo, '.output', 'chrome-mv3');
  console.log(`Rapport demo (strict CSP: ${CSP})`);
  console.log(`  County portal with every widget:   ${url}/`);
  console.log(`  Case-management form (extension):  ${url}/case-form.html`);
  console.log(existsSync(ext)
    ? `  Browser extension, load unpacked:  ${ext}\n    (chrome://extensions → Developer mode → Load unpacked)`
    : `  Browser extension: not built yet (${ext} is missing; \`npm run build\` builds it)`);
  console.log('Press Ctrl+C to stop.');
}
