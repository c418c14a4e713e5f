// Hosting: the built dist/ as scripts/serve.mjs serves it (the headers README "Hosting on a static
// server" asks of any host). Precompressed copies with the right headers, a year of caching only
// for content-hashed names, the page's CSP as a header; a bad request is answered, not crashed
// on; nothing outside the root is served. In Chromium a reader downloads the page alone; the app's
// files come once a control is reached for, each exactly once (the preloads are used), with no
// console error or preload warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { dist, suite } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

const env = suite();

// One request as sent (no path normalisation, no decoding): status, headers, body bytes.
function get(base, path, headers = {}, method = 'GET') {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
// The page's head carries its stylesheet and its start-up script (boot.js) inline; the script
// names the content-hashed glue and wasm it loads when the app starts.
const head = indexHtml.slice(0, indexHtml.indexOf('</head>'));
const bootJs = head.match(/<script type="module">([\s\S]*?)<\/script>/)?.[1] ?? '';
const hashedRef = /\.([0-9a-f]{8})\.(?:js|css|wasm)$/;
const find = (re, where, what) => {
  const m = where.match(re);
  assert.ok(m, `${what} names a file like ${re}`);
  return m[1];
};
const glue = find(/import\('\.\/(pkg\/pkviz\.[0-9a-f]{8}\.js)'\)/, bootJs, 'boot.js');
const wasm = find(/new URL\('(pkg\/pkviz_bg\.[0-9a-f]{8}\.wasm)', import\.meta\.url\)/, bootJs, 'boot.js');
const css = find(/^(style\.[0-9a-f]{8}\.css)$/m, readdirSync(dist).join('\n'), 'dist/');
const data = 'data/peacekeeping.json';
const basemap = 'basemap/world-110m.json';
// The recommendations matrix: its own file, read once the app runs.
const recommendations = 'data/recommendations.json';
// The page's answers to a first touch (src/components/shell/answers.rs), named by the prerendered page.
const answers = find(/<div id="prerendered" data-answers="(answers\.[0-9a-f]{8}\.html)"/, readFileSync(join(dist, 'index.html'), 'utf8'), 'index.html');
const raw = (name) => readFileSync(join(dist, name));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
const typeOf = (name) => types[name.match(/\.[a-z]+$/)[0]];
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('index.html loads nothing before the app starts; the app files carry the hash of their content', () => {
  const refs = [...head.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]).filter((r) => !/^[a-z]+:/.test(r));
  assert.deepEqual(refs, [], 'the stylesheet and boot.js are in the page');
  assert.ok(head.includes(`<style>${raw(css)}</style>`), 'the stylesheet, inline');
  for (const ref of [css, glue, wasm]) {
    const m = ref.match(hashedRef);
    assert.equal(m[1], createHash('sha256').update(raw(ref)).digest('hex').slice(0, 8), `${ref}: the name is its content's hash`);
  }
  // The page's policy allows its one inline script and style by hash, nothing else inline.
  const policy = head.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)[1];
  assert.match(policy, new RegExp(`script-src 'self' ${sha(bootJs).replace(/[+/]/g, '\\$&')} 'wasm-unsafe-eval'`));
  assert.ok(policy.includes(`style-src 'self' ${sha(raw(css).toString())}`));
  assert.equal(raw('csp.txt').toString().trim(), policy, 'dist/csp.txt is the page policy, for a header');
  // The data file and the basemap are preloaded when the app starts, in the mode of its fetch().
  assert.ok(bootJs.includes(`const files = ['${data}', '${basemap}'];`));
  assert.ok(raw(glue).toString().includes(`new URL('${wasm.slice(4)}', import.meta.url)`));
  // The library's documented names still work: pkg/pkviz.js re-exports the hashed glue.
  assert.match(raw('pkg/pkviz.js').toString(), new RegExp(`export \\{ default \\} from './${glue.slice(4).replace(/\./g, '\\.')}'`));
  assert.ok(raw('pkg/pkviz_bg.wasm').equals(raw(wasm)));
});

test('precompressed copies are sent when accepted, with their coding, type and vary', async () => {
  for (const name of ['index.html', css, glue, wasm, data, basemap]) {
    const path = name === 'index.html' ? '/' : `/${name}`;
    const original = raw(name);
    for (const [accept, coding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['br;q=0, gzip', 'gzip', gunzipSync],
      ['gzip', 'gzip', gunzipSync],
      ['identity', undefined, (b) => b],
      [undefined, undefined, (b) => b],
    ]) {
      const r = await get(env.base, path, accept ? { 'accept-encoding': accept } : {});
      assert.equal(r.status, 200, `${path} (${accept})`);
      assert.equal(r.headers['content-encoding'], coding, `${path} (${accept})`);
      assert.ok(r.headers['content-type'].startsWith(typeOf(name)), `${path}: ${r.headers['content-type']}`);
      assert.match(r.headers.vary, /accept-encoding/i);
      assert.equal(Number(r.headers['content-length']), r.body.length);
      assert.ok(decode(r.body).equals(original), `${path} (${accept}) decodes to the file`);
      if (coding) assert.ok(r.body.length < original.length, `${path}: ${coding} is smaller`);
    }
  }
});

test('hashed names are cached for a year, everything else is revalidated (ETag → 304)', async () => {
  for (const name of [css, glue, wasm]) {
    const r = await get(env.base, `/${name}`, { 'accept-encoding': 'br' });
    assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable', name);
  }
  for (const path of ['/', '/index.html', `/${data}`, `/${basemap}`, '/pkg/pkviz.js', '/pkg/pkviz_bg.wasm', '/style.css', '/embed.js', '/offline.html']) {
    const r = await get(env.base, path, { 'accept-encoding': 'br' });
    assert.equal(r.status, 200, path);
    assert.equal(r.headers['cache-control'], 'no-cache', path);
    assert.ok(r.headers.etag, path);
    const again = await get(env.base, path, { 'accept-encoding': 'br', 'if-none-match': r.headers.etag });
    assert.equal(again.status, 304, path);
    assert.equal(again.body.length, 0);
  }
});

test('security headers: the page CSP as a header (not on the offline copy), nosniff, no referrer', async () => {
  const meta = indexHtml.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)[1];
  const page = await get(env.base, '/');
  assert.equal(page.headers['content-security-policy'], meta);
  assert.doesNotMatch(meta, /'unsafe-inline'|'unsafe-eval'/);
  const offline = await get(env.base, '/offline.html');
  assert.equal(offline.status, 200);
  assert.equal(offline.headers['content-security-policy'], undefined, 'the offline copy keeps its own policy (meta) only');
  for (const path of ['/', `/${wasm}`, `/${data}`, '/nope', '/%E0%A4%A']) {
    const r = await get(env.base, path);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
    assert.equal(r.headers['referrer-policy'], 'no-referrer', path);
  }
});

test('HEAD gives the headers of GET and no body; other methods are refused', async () => {
  for (const path of ['/', `/${wasm}`, `/${data}`]) {
    const got = await get(env.base, path, { 'accept-encoding': 'br' });
    const head = await get(env.base, path, { 'accept-encoding': 'br' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    for (const h of ['content-type', 'content-encoding', 'content-length', 'cache-control', 'etag', 'vary']) {
      assert.equal(head.headers[h], got.headers[h], `${path} ${h}`);
    }
  }
  const post = await get(env.base, '/', {}, 'POST');
  assert.equal(post.status, 405);
  assert.equal(post.headers.allow, 'GET, HEAD');
});

test('a bad percent-escape is a 400 and the server goes on answering', async () => {
  for (const path of ['/%E0%A4%A', '/%', '/data/%zz.json', '/%00']) {
    assert.equal((await get(env.base, path)).status, 400, path);
  }
  assert.equal((await get(env.base, '/')).status, 200);
  assert.equal((await get(env.base, '/nope.js')).status, 404);
});

test('nothing outside the root is served: encoded dots, a sibling sharing its name, symlinks, mounts', async () => {
  const top = mkdtempSync(join(tmpdir(), 'pkviz-serve-'));
  for (const d of ['dist', 'dist-secret', 'mounted']) mkdirSync(join(top, d));
  writeFileSync(join(top, 'dist', 'index.html'), '<p>ok</p>');
  writeFileSync(join(top, 'dist-secret', 'secret.txt'), 'SECRET');
  writeFileSync(join(top, 'secret.txt'), 'SECRET');
  writeFileSync(join(top, 'mounted', 'a.txt'), 'mounted');
  symlinkSync(join(top, 'dist-secret', 'secret.txt'), join(top, 'dist', 'link.txt'));
  symlinkSync(join(top, 'dist-secret'), join(top, 'dist', 'linkdir'));
  const server = await serve(join(top, 'dist'), 0, { '/m/': join(top, 'mounted') });
  const base = `http://127.0.0.1:${server.address().port}/`;
  try {
    assert.equal((await get(base, '/')).body.toString(), '<p>ok</p>');
    assert.equal((await get(base, '/m/a.txt')).body.toString(), 'mounted');
    for (const path of [
      '/..%2fdist-secret/secret.txt', '/..%2fsecret.txt', '/../dist-secret/secret.txt', '/%2e%2e/secret.txt',
      '/%2e%2e%2fdist-secret%2fsecret.txt', '/..%5cdist-secret%5csecret.txt', '/link.txt', '/linkdir/secret.txt',
      '/m/..%2f..%2fdist-secret/secret.txt', '/m/..%2fsecret.txt', '//..%2fsecret.txt',
    ]) {
      const r = await get(base, path);
      assert.ok(r.status >= 400 && r.status < 500, `${path}: ${r.status}`);
      assert.ok(!r.body.toString().includes('SECRET'), path);
    }
  } finally {
    server.close();
  }
});

test('the page fetches only itself until a control is reached for, then each file of the app once (the preloads are used), without errors or warnings', async () => {
  const counts = new Map();
  const count = (req) => { const p = new URL(req.url, 'http://x').pathname; counts.set(p, (counts.get(p) || 0) + 1); };
  env.server.on('request', count);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => messages.push(String(e)));
  const codings = new Map();
  page.on('response', (r) => codings.set(new URL(r.url()).pathname, r.headers()['content-encoding']));
  try {
    await page.goto(env.base, { waitUntil: 'load', app: false });
    await page.waitForTimeout(1000);
    assert.deepEqual([...counts.keys()], ['/'], 'a reader downloads the page alone');
    await page.hover('#view-sofa button.sort');
    await page.waitForSelector('#map .chart-overlay .mark'); // the app and the basemap are in
    await page.waitForSelector('.site-footer .sha256'); // the data file is in
    // Chromium warns about an unused preload a few seconds after it was made.
    await page.waitForTimeout(4000);
    const expected = ['/', `/${answers}`, `/${glue}`, `/${wasm}`, `/${data}`, `/${basemap}`, `/${recommendations}`];
    assert.deepEqual([...counts.keys()].sort(), expected.sort(), 'the page fetches exactly its files');
    for (const [path, n] of counts) assert.equal(n, 1, `${path} fetched ${n} times`);
    assert.deepEqual(messages, []);
    // Chromium asks for brotli from localhost too, and gets the .br copies.
    for (const path of expected) assert.equal(codings.get(path), 'br', path);
  } finally {
    env.server.off('request', count);
    await context.close();
  }
});
