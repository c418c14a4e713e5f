// Assembles dist/ from the wasm-bindgen output and www/, writes the self-contained
// dist/offline.html, and prints the size of every artifact (raw / gzip / brotli).
//
// Usage: node scripts/bundle.mjs   (run by scripts/build.sh after wasm-bindgen and wasm-opt)
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const read = (p) => readFileSync(join(root, p), 'utf8');

mkdirSync(dist, { recursive: true });
cpSync(join(root, 'www'), dist, { recursive: true });
const indexHtml = read('index.html');
writeFileSync(join(dist, 'index.html'), indexHtml);

// ---- offline.html: everything inlined, so it works from file:// with no network ----
const glue = readFileSync(join(dist, 'pkg/pkviz.js'), 'utf8');
const wasm = readFileSync(join(dist, 'pkg/pkviz_bg.wasm'));
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
// boot.js, with the wasm bytes from the page instead of a fetch.
const boot = read('www/boot.js')
  .replace(/^import init from .*$/m, '')
  .replace("new URL('pkg/pkviz_bg.wasm', import.meta.url)", 'wasmBytes()')
  .replace(/\binit\(/, '__wbg_init(');
if (!boot.includes('wasmBytes()')) throw new Error('bundle: boot.js no longer matches the offline rewrite');
const wasmBytes = `function wasmBytes() {
  const s = atob(document.getElementById('pk-wasm').textContent.trim());
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}
`;
const script = `${inlineGlue}\n${wasmBytes}${boot}`;
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
const offline = indexHtml
  .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace('<link rel="stylesheet" href="style.css">', `<style>${css}</style>`)
  .replace(/<link rel="modulepreload"[^>]*>\n?/, '')
  .replace(
    '<script type="module" src="boot.js"></script>',
    `<script type="application/json" id="pk-data" data-path="${dataPath}" data-sha256="${createHash('sha256').update(data, 'utf8').digest('hex')}">${safeJson}</script>\n` +
      `<script type="application/json" id="pk-basemap" data-path="${basemapPath}">${basemap.replace(/</g, '\\u003c')}</script>\n` +
      `<script type="application/octet-stream" id="pk-wasm">${wasm.toString('base64')}</script>\n` +
      `<script type="module">${script}</script>`,
  );
for (const must of ['id="pk-data"', 'id="pk-basemap"', 'id="pk-wasm"', '<style>', "'sha256-"]) {
  if (!offline.includes(must)) throw new Error(`bundle: offline.html lacks ${must}`);
}
writeFileSync(join(dist, 'offline.html'), offline);

// ---- size report ----
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = files(dist)
  .map((p) => ({ name: relative(dist, p), ...sizes(readFileSync(p)) }))
  .sort((a, b) => a.name.localeCompare(b.name));
// What a visitor downloads: the page and everything it loads (not the offline copy, not the
// schema published for people who edit the data file).
const loaded = ['index.html', 'boot.js', 'style.css', 'pkg/pkviz.js', 'pkg/pkviz_bg.wasm', dataPath, basemapPath];
const shipped = rows.filter((r) => loaded.includes(r.name));
for (const name of loaded) if (!shipped.some((r) => r.name === name)) throw new Error(`bundle: ${name} missing`);
const total = shipped.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });
const line = (name, r) => `${name.padEnd(30)}${kb(r.raw)}${kb(r.gzip)}${kb(r.br)}`;
console.log(`\n${'artifact (KB)'.padEnd(30)}${'raw'.padStart(8)}${'gzip'.padStart(8)}${'brotli'.padStart(8)}`);
for (const r of shipped) console.log(line(r.name, r));
console.log(line('TOTAL (what a visitor loads)', total));
console.log(line('offline.html (separate)', rows.find((r) => r.name === 'offline.html')));
const budget = 150 * 1024;
console.log(`budget: ${(total.br / 1024).toFixed(1)} KB of 150 KB brotli (${((100 * total.br) / budget).toFixed(0)}%)${total.br > budget ? '  ** OVER BUDGET **' : ''}`);
writeFileSync(join(dist, '..', 'target', 'size-report.json'), JSON.stringify({ files: shipped, total }, null, 1));
