// A small static file server for dist/ on 127.0.0.1 (no dependencies), sending the headers a
// production host should send (README "Hosting on a static server"): the precompressed .br/.gz
// copies when the browser accepts them, a year of caching for content-hashed names and
// revalidation for everything else, the page's CSP as a header, nosniff, no referrer.
// Usage: node scripts/serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const dir = resolve(process.argv[2] || 'dist');
const port = Number(process.argv[3] || process.env.PORT || 8080);
export const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};
// The files scripts/bundle.mjs writes .br and .gz copies of.
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt']);

// Names the build gives to content (`boot.1a2b3c4d.js`) never change content: cache for a year.
// Everything else (HTML, data, basemap, embed.js, the library's unhashed names) is revalidated.
export const hashedName = /\.[0-9a-f]{8}\.(?:js|css|wasm)$/;
export const cacheControl = (path) =>
  hashedName.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';

// The content codings to try for an Accept-Encoding header, best first: br, then gzip, each
// unless refused (`;q=0`, or absent when `*` is refused or not named).
export function codings(accept = '') {
  const q = new Map();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const qv = params.find((p) => p.startsWith('q='));
    q.set(name, qv ? Number(qv.slice(2)) || 0 : 1);
  }
  const weight = (c) => q.get(c) ?? q.get('*') ?? 0;
  return [['br', '.br'], ['gzip', '.gz']]
    .filter(([c]) => weight(c) > 0)
    .sort(([a], [b]) => weight(b) - weight(a));
}

// The page's Content-Security-Policy, read from the meta tag of `root`/index.html (the header and
// the meta tag say the same; the offline copy has its own policy in its meta tag only).
async function pagePolicy(root) {
  const html = await readFile(join(root, 'index.html'), 'utf8').catch(() => '');
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
}

// `child` is `parent` or inside it (both absolute and resolved).
const inside = (parent, child) => {
  const rel = relative(parent, child);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};
const isFile = (p) => stat(p).then((s) => s.isFile(), () => false);

// Serves `root` on 127.0.0.1:`listenPort` (0: any free port); `mounts` maps URL prefixes
// (e.g. '/fixtures/') to other directories, for tests.
export function serve(root, listenPort, mounts = {}) {
  root = resolve(root);
  const send = (res, status, headers = {}, body = '') => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer', 'cache-control': 'no-cache', ...headers });
    res.end(body);
  };
  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { allow: 'GET, HEAD' }, 'method not allowed');
    let url, path;
    try {
      // (Not `new URL(req.url, base)`: it would read `//name/…` as a host name.)
      url = new URL(`http://x${req.url.startsWith('/') ? '' : '/'}${req.url}`);
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, {}, 'bad request');
    }
    if (path.includes('\0')) return send(res, 400, {}, 'bad request');
    let base = root;
    for (const [prefix, mounted] of Object.entries(mounts)) {
      if (path.startsWith(prefix)) { base = resolve(mounted); path = path.slice(prefix.length - 1); break; }
    }
    // Inside the base by name, then by real path (a symbolic link may point anywhere).
    let file = resolve(base, `.${path}`);
    if (!inside(base, file)) return send(res, 403, {}, 'forbidden');
    let realBase;
    try {
      realBase = await realpath(base);
      file = await realpath(file);
      if ((await stat(file)).isDirectory()) {
        // (One leading slash: `//name/` would send the browser to another host.)
        if (!url.pathname.endsWith('/')) return send(res, 301, { location: `/${url.pathname.replace(/^\/+/, '')}/${url.search}` });
        file = await realpath(join(file, 'index.html'));
      }
    } catch {
      return send(res, 404, {}, 'not found');
    }
    if (!inside(realBase, file) || !(await isFile(file))) return send(res, 404, {}, 'not found');

    const ext = extname(file);
    const headers = {
      'content-type': types[ext] || 'application/octet-stream',
      'cache-control': cacheControl(file),
    };
    // The precompressed copy the browser accepts, if the build wrote one.
    let body = file;
    if (compressible.has(ext)) {
      const accepted = codings(req.headers['accept-encoding']);
      const copies = [];
      for (const [coding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (await isFile(file + suffix)) copies.push(coding);
      }
      if (copies.length) headers.vary = 'accept-encoding';
      const use = accepted.find(([coding]) => copies.includes(coding));
      if (use) {
        const copy = await realpath(file + use[1]);
        if (inside(realBase, copy)) { body = copy; headers['content-encoding'] = use[0]; }
      }
    }
    // The app's pages only: a mounted folder (test fixtures, the benchmark's comparison pages)
    // serves pages of its own, under their own rules.
    if (ext === '.html' && base === root && basename(file) !== 'offline.html') {
      const policy = await pagePolicy(root);
      if (policy) headers['content-security-policy'] = policy;
    }
    const info = await stat(body);
    // A validator, so `no-cache` costs a 304 rather than the whole file (one per coding).
    headers.etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${headers['content-encoding'] ? `-${headers['content-encoding']}` : ''}"`;
    headers['last-modified'] = info.mtime.toUTCString();
    const tags = (req.headers['if-none-match'] || '').split(',').map((t) => t.trim());
    if (tags.includes(headers.etag)) return send(res, 304, headers);
    headers['content-length'] = info.size;
    if (req.method === 'HEAD') return send(res, 200, headers);
    return send(res, 200, headers, await readFile(body));
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, {}, 'server error');
      else res.destroy(err);
    });
  });
  return new Promise((ok) => server.listen(listenPort, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve(dir, port);
  console.log(`Serving ${dir} at http://127.0.0.1:${server.address().port}/  (Ctrl-C to stop)`);
}
