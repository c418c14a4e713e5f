// Assembles dist/ from the wasm-bindgen output and www/, writes the self-contained
// dist/offline.html, gives the long-cacheable assets content-hashed names, writes a brotli and a
// gzip copy beside every text and wasm file, and prints the size of every artifact
// (raw / gzip / brotli).
//
// Usage: node scripts/bundle.mjs   (run by scripts/build.sh after wasm-bindgen and wasm-opt;
// it rewrites dist/ from scratch, so it can be run again alone)
//
// Steps, in order (each later step sees the files the earlier ones wrote):
//   1. dist/ afresh from www/; `page` = the page shell (index.html, unhashed names)
//   2. dist/offline.html from `page` and the unhashed files (everything inlined)
//   3. hashed names: pkg/pkviz_bg.<h>.wasm, pkg/pkviz.<h>.js, style.<h>.css (for library pages), and
//      dist/index.html = `page` with its references rewritten to them; then a page per other
//      language (dist/ar.html, zh, fr, ru, es): the same, prerendered in that language, with
//      its catalogue in the page
//   4. .br and .gz beside every text and wasm file (last: nothing may change a file after it)
//   5. size report
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const read = (p) => readFileSync(join(root, p), 'utf8');

// wasm-bindgen's output after wasm-opt (scripts/build.sh writes it there): pkviz.js, pkviz_bg.wasm.
const bindgen = join(root, 'target', 'bindgen');
rmSync(dist, { recursive: true, force: true });
cpSync(join(root, 'www'), dist, { recursive: true });
mkdirSync(join(dist, 'pkg'));
// The page shell, with the unhashed asset names. Both dist/offline.html (step 2) and
// dist/index.html (step 3) are derived from it: HTML put into it here is in both.
const page = read('index.html');
// The first view, prerendered by `prerender` (scripts/build.sh): every view as HTML and SVG,
// replaced by the app once it is drawn. Put in after the names are rewritten (its links are
// the page's own, not assets).
const appSlot = '<div id="app"><p class="loading boot" aria-busy="true"></p></div>';
// `answers`: the address of the page's answers to a first touch (src/components/shell/answers.rs), or
// for the offline copy `inline`: the answers in the page, in a <template id="pk-answers">.
const prerendered = (shell, name, answers) => {
  if (!shell.includes(appSlot)) throw new Error('bundle: the page no longer has the #app slot');
  const html = read(`target/prerender/${name}.html`);
  const inline = answers === 'inline';
  const attr = answers && !inline ? ` data-answers="${answers}"` : '';
  const own = inline ? `<template id="pk-answers">${read('target/prerender/answers.html')}</template>` : '';
  return shell.replace(appSlot, `<div id="app"><div id="prerendered"${attr}>${html}</div>${own}</div>`);
};

// Replaces `from` by `to` in `text` exactly `times` times, or stops the build: a rewrite that
// no longer matches its source must not pass silently.
function rewrite(text, from, to, what, times = 1) {
  const n = text.split(from).length - 1;
  if (n !== times) throw new Error(`bundle: ${what}: expected ${times} × ${from}, found ${n}`);
  return text.split(from).join(to);
}
// The languages other than English: each has a catalogue (www/i18n/<tag>.json) and a page.
const languages = ['ar', 'zh', 'fr', 'ru', 'es'];
const catalogue = (tag) => JSON.parse(read(`www/i18n/${tag}.json`));
// A catalogue in the page, which the app installs before it renders (src/components/browser/loader.rs).
const catalogueScript = (tag) =>
  `<script type="application/json" data-catalogue="${tag}">${read(`www/i18n/${tag}.json`).replace(/</g, '\\u003c')}</script>\n`;
// The shell's own <noscript> line is English's (tests/i18n.rs holds it equal to the catalogue).
const englishNoscript = JSON.parse(read('www/i18n/en.json')).messages.NoScript;
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

// ---- offline.html: everything inlined, so it works from file:// with no network ----
const glue = readFileSync(join(bindgen, 'pkviz.js'), 'utf8');
const wasm = readFileSync(join(bindgen, 'pkviz_bg.wasm'));
const css = readFileSync(join(dist, 'style.css'), 'utf8');
const dataPath = 'data/peacekeeping.json';
const data = readFileSync(join(dist, dataPath), 'utf8');
const basemapPath = 'basemap/world-110m.json';
const basemap = readFileSync(join(dist, basemapPath), 'utf8');

// The glue as a classic-free inline module: drop its `export` keywords.
const inlineGlue = glue
  .replace(/^export \{[^}]*\};?\s*$/m, '')
  .replace(/^export (function|class|const|let|async function) /gm, '$1 ');
if (/^export /m.test(inlineGlue)) throw new Error('bundle: an export survived in the inlined glue');
// boot.js, with the module inlined above, the wasm bytes from the page instead of a fetch, and
// no files to preload (the data file and the basemap are in the page too).
const boot = [
  ["const glue = () => import('./pkg/pkviz.js'); // (bundle)", 'const glue = () => Promise.resolve({ default: __wbg_init });'],
  ["const wasm = () => new URL('pkg/pkviz_bg.wasm', import.meta.url); // (bundle)", 'const wasm = () => wasmBytes();'],
  [`const files = ['${dataPath}', '${basemapPath}']; // (bundle)`, 'const files = [];'],
].reduce((text, [from, to]) => rewrite(text, from, to, 'offline boot.js'), read('www/boot.js'));
const wasmBytes = `function wasmBytes() {
  const s = atob(document.getElementById('pk-wasm').textContent.trim());
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}
`;
// boot.js in a block of its own: its names cannot clash with the glue's top-level ones.
const script = `${inlineGlue}\n${wasmBytes}{\n${boot}}\n`;
const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
// JSON inside <script>: `<` escaped so no "</script>" can end the block early.
const safeJson = data.replace(/</g, '\\u003c');
const csp = [
  "default-src 'none'",
  `script-src ${sha(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  "img-src data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const offline = prerendered(page, 'offline', 'inline')
  .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace('<link rel="stylesheet" href="style.css">', `<style>${css}</style>`)
  .replace(/<link rel="(?:module)?preload"[^>]*>\n?/g, '')
  .replace(
    '<script type="module" src="boot.js"></script>',
    `<script type="application/json" id="pk-data" data-path="${dataPath}" data-sha256="${createHash('sha256').update(data, 'utf8').digest('hex')}">${safeJson}</script>\n` +
      `<script type="application/json" id="pk-basemap" data-path="${basemapPath}">${basemap.replace(/</g, '\\u003c')}</script>\n` +
      `<script type="application/json" id="pk-recommendations">${read('www/data/recommendations.json').replace(/</g, '\\u003c')}</script>\n` +
      `<script type="application/octet-stream" id="pk-wasm">${wasm.toString('base64')}</script>\n` +
      languages.map((tag) => catalogueScript(tag)).join('') +
      `<script type="module">${script}</script>`,
  );
for (const must of ['id="pk-data"', 'id="pk-basemap"', 'id="pk-recommendations"', 'id="pk-wasm"', '<style>', "'sha256-"]) {
  if (!offline.includes(must)) throw new Error(`bundle: offline.html lacks ${must}`);
}
if (/<link rel="(?:module)?preload"|src="boot\.js"|href="style\.css"/.test(offline)) {
  throw new Error('bundle: offline.html still loads a file');
}
writeFileSync(join(dist, 'offline.html'), offline);


// ---- hashed names: the assets the page loads get names that change with their content, so a
// server can let browsers cache them for a year (the HTML, data, basemap and unhashed names are
// revalidated instead; see README "Hosting on a static server") ----
const hash8 = (buf) => createHash('sha256').update(buf).digest('hex').slice(0, 8);
const hashedName = (name, buf) => name.replace(/(\.[a-z]+)$/, `.${hash8(buf)}$1`);
const renamed = {}; // logical name (relative to dist/) → hashed name
function emit(name, content) {
  const hashed = hashedName(name, typeof content === 'string' ? Buffer.from(content) : content);
  writeFileSync(join(dist, hashed), content);
  renamed[name] = hashed;
  return hashed;
}
// The wasm; pkg/pkviz_bg.wasm is there too, for library pages that name it (README).
const wasmName = emit('pkg/pkviz_bg.wasm', wasm);
writeFileSync(join(dist, 'pkg/pkviz_bg.wasm'), wasm);
// The glue, finding the hashed wasm beside it by default. pkg/pkviz.js becomes a re-export of
// it (the library's documented import): one module, one instance, whichever name a page uses.
const glueName = emit('pkg/pkviz.js', rewrite(glue, "new URL('pkviz_bg.wasm', import.meta.url)",
  `new URL('${wasmName.slice('pkg/'.length)}', import.meta.url)`, 'pkg/pkviz.js default wasm'));
const glueFile = glueName.slice('pkg/'.length);
writeFileSync(join(dist, 'pkg/pkviz.js'),
  `// The library's stable name: the content-hashed glue under it.\nexport * from './${glueFile}';\nexport { default } from './${glueFile}';\n`);
// style.css stays too (library pages link it by name).
emit('style.css', css);
// boot.js, naming the hashed glue and wasm; it goes into index.html itself (below).
let bootJs = readFileSync(join(dist, 'boot.js'), 'utf8');
bootJs = rewrite(bootJs, "import('./pkg/pkviz.js')", `import('./${glueName}')`, 'boot.js import');
bootJs = rewrite(bootJs, "new URL('pkg/pkviz_bg.wasm', import.meta.url)", `new URL('${wasmName}', import.meta.url)`, 'boot.js wasm');
rmSync(join(dist, 'boot.js'));
// index.html: the stylesheet and boot.js inlined (3 + 2 KB brotli), so the first view waits for
// no second request; the page's policy allows those two by their hashes, and dist/csp.txt holds
// it for a server's header. Any other src/href naming a renamed file names its hashed copy, and
// every local reference must exist.
const pagePolicy = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)[1];
const indexCsp = [
  ["script-src 'self'", `script-src 'self' ${sha(bootJs)}`],
  ["style-src 'self'", `style-src 'self' ${sha(css)}`],
].reduce((text, [from, to]) => rewrite(text, from, to, 'index.html policy'), pagePolicy);
const indexHtml = [
  ['<link rel="stylesheet" href="style.css">', `<style>${css}</style>`],
  ['<script type="module" src="boot.js"></script>', `<script type="module">${bootJs}</script>`],
  [pagePolicy, indexCsp],
].reduce((text, [from, to]) => rewrite(text, from, to, 'index.html inlining'), page)
  .replace(/\b(src|href)="([^"]*)"/g, (all, attr, ref) => (renamed[ref] ? `${attr}="${renamed[ref]}"` : all));
for (const [, ref] of indexHtml.matchAll(/\b(?:src|href)="([^"]*)"/g)) {
  if (/^[a-z]+:/.test(ref)) continue;
  if (renamed[ref]) throw new Error(`bundle: index.html still names ${ref}`);
  try { statSync(join(dist, ref)); } catch { throw new Error(`bundle: index.html names ${ref}, which is not in dist/`); }
}
writeFileSync(join(dist, 'csp.txt'), `${indexCsp}\n`);
// (What only dist/index.html should carry goes into `indexHtml` here, before step 4.)
// The answers of each language's page: fetched on the first touch, under a hashed name.
const answersOf = (tag) => emit(tag === 'en' ? 'answers.html' : `answers-${tag}.html`,
  read(`target/prerender/${tag === 'en' ? 'answers' : `answers-${tag}`}.html`));
writeFileSync(join(dist, 'index.html'), prerendered(indexHtml, 'index', answersOf('en')));
// A page per language: its language and direction on <html>, its title and description, its
// catalogue, and its first view prerendered in its words.
for (const tag of languages) {
  const { messages } = catalogue(tag);
  const dir = tag === 'ar' ? 'rtl' : 'ltr';
  const localised = [
    ['<html lang="en" dir="ltr">', `<html lang="${tag}" dir="${dir}">`],
    ['<title>UN peacekeeping in figures</title>', `<title>${escapeHtml(messages.AppTitle)}</title>`],
    [/<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeHtml(messages.AppTagline)}">`],
    [`<noscript><p class="notice">${englishNoscript}</p></noscript>`, `<noscript><p class="notice">${escapeHtml(messages.NoScript)}</p></noscript>`],
    ['</body>', `${catalogueScript(tag)}</body>`],
  ].reduce((text, [from, to]) => {
    if (typeof from === 'string') return rewrite(text, from, to, `${tag}.html`);
    if (!from.test(text)) throw new Error(`bundle: ${tag}.html: no ${from}`);
    return text.replace(from, to);
  }, indexHtml);
  writeFileSync(join(dist, `${tag}.html`), prerendered(localised, `index-${tag}`, answersOf(tag)));
}

// ---- precompressed copies: <file>.br (quality 11) and <file>.gz (level 9) beside every text and
// wasm file, for servers that send them as they are (scripts/serve.mjs; nginx brotli_static and
// gzip_static). Same settings as the size report, so it reports the bytes that are sent. ----
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const brOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } };
const gzOptions = { level: 9 };
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt']);
const originals = files(dist).filter((p) => compressible.has(extname(p)));
await Promise.all(originals.flatMap((p) => {
  const buf = readFileSync(p);
  return [
    promisify(brotliCompress)(buf, brOptions).then((out) => writeFileSync(`${p}.br`, out)),
    promisify(gzip)(buf, gzOptions).then((out) => writeFileSync(`${p}.gz`, out)),
  ];
}));

// ---- size report ----
const sizes = (p) => {
  const size = (f) => { try { return statSync(f).size; } catch { return null; } };
  const buf = readFileSync(p);
  return {
    raw: buf.length,
    gzip: size(`${p}.gz`) ?? gzipSync(buf, gzOptions).length,
    br: size(`${p}.br`) ?? brotliCompressSync(buf, brOptions).length,
  };
};
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
// Rows under the logical names (pkg/pkviz.js, not pkg/pkviz.<hash>.js) so reports compare
// across builds; `file` is the name in dist/.
const logical = Object.fromEntries(Object.entries(renamed).map(([name, hashed]) => [hashed, name]));
const rows = files(dist)
  .filter((p) => !/\.(br|gz)$/.test(p))
  .map((p) => relative(dist, p))
  .filter((f) => !renamed[f]) // the unhashed copies, kept for library pages
  .map((f) => ({ name: logical[f] ?? f, file: f, ...sizes(join(dist, f)) }))
  .sort((a, b) => a.name.localeCompare(b.name));
// What a visitor downloads: the page and what it loads before any interaction (the first view
// is in the HTML), then what a first click or hover on a control adds (the app, its data file and
// the basemap). Not the offline copy, nor the schema published for people who edit the data file.
const firstView = ['index.html'];
const appFiles = ['answers.html', 'pkg/pkviz.js', 'pkg/pkviz_bg.wasm', dataPath, basemapPath];
const loaded = [...firstView, ...appFiles];
const shipped = rows.filter((r) => loaded.includes(r.name));
for (const name of loaded) if (!shipped.some((r) => r.name === name)) throw new Error(`bundle: ${name} missing`);
const sum = (names) => shipped.filter((r) => names.includes(r.name))
  .reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
const first = sum(firstView);
const total = sum(loaded);
const line = (name, r) => `${name.padEnd(36)}${kb(r.raw)}${kb(r.gzip)}${kb(r.br)}`;
console.log(`\n${'artifact (KB)'.padEnd(36)}${'raw'.padStart(8)}${'gzip'.padStart(8)}${'brotli'.padStart(8)}`);
for (const r of shipped) console.log(line(r.name, r));
console.log(line('DEFAULT PAGE (before an interaction)', first));
console.log(line('WITH THE APP (after the first one)', total));
for (const tag of languages) console.log(line(`${tag}.html (its language's default page)`, rows.find((r) => r.name === `${tag}.html`)));
console.log(line('offline.html (separate)', rows.find((r) => r.name === 'offline.html')));
const budget = 150 * 1024;
const against = (what, r) => `${what}: ${(r.br / 1024).toFixed(1)} KB of 150 KB brotli (${((100 * r.br) / budget).toFixed(0)}%)${r.br > budget ? '  ** over budget **' : ''}`;
console.log(`budget: ${against('default page', first)}; ${against('with the app', total)}`);
writeFileSync(join(dist, '..', 'target', 'size-report.json'), JSON.stringify({ files: shipped, firstView, first, total }, null, 1));
