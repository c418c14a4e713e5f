// Bytes per artifact, as the build measured them (target/size-report.json), and the wasm's
// anatomy by crate from the un-optimised module.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { anatomy } from './anatomy.mjs';
import { root, table } from './util.mjs';
import { LIBS, version } from './vega-page.mjs';

const k = (n) => (n / 1024).toFixed(1);
const BUDGET_KB = 150;

export function printSizes() {
  const size = JSON.parse(readFileSync(join(root, 'target', 'size-report.json'), 'utf8'));
  console.log(table(['artifact', 'raw KB', 'gzip KB', 'brotli KB', 'share (br)'], [
    ...size.files.map((f) => [f.name, k(f.raw), k(f.gzip), k(f.br), `${((100 * f.br) / size.total.br).toFixed(0)}%`]),
    ...(size.first ? [['DEFAULT PAGE (before an interaction)', k(size.first.raw), k(size.first.gzip), k(size.first.br), `${((100 * size.first.br) / size.total.br).toFixed(0)}%`]] : []),
    ['WITH THE APP (after the first one)', k(size.total.raw), k(size.total.gzip), k(size.total.br), '100%'],
  ]));
  for (const [what, r] of [['default page (index.html, with its styles and boot.js inline; the first view is in the HTML)', size.first], ['with the app (+ glue, wasm, data, basemap: fetched at the first hover, focus, touch or click on a control)', size.total]]) {
    if (!r) continue;
    const kb = r.br / 1024;
    console.log(`budget, ${what}: ${kb.toFixed(1)} KB of ${BUDGET_KB} KB brotli (${((100 * kb) / BUDGET_KB).toFixed(0)}%)${kb > BUDGET_KB ? '  ** over budget **' : ''}`);
  }
  // The comparison: what the Vega page's libraries alone weigh, compressed the same way.
  try {
    const br = Object.values(LIBS).reduce((s, rel) => s + brotliCompressSync(readFileSync(join(root, rel)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
    const app = size.files.filter((f) => /\.(wasm|js)$/.test(f.name)).reduce((s, f) => s + f.br, 0);
    console.log(`code only (brotli): app wasm + JS ${k(app)} KB; vega + vega-lite + vega-embed ${k(br)} KB (${Object.keys(LIBS).map((n) => `${n} ${version(n)}`).join(', ')}): app/Vega ${(app / br).toFixed(2)}x`);
  } catch (e) {
    console.log(`code only vs Vega: not measured (${String(e.message).split('\n')[0]})`);
  }
}

export function printAnatomy(file = join(root, 'target', 'wasm32-unknown-unknown', 'release', 'pkviz.wasm'), top = 15) {
  const a = anatomy(readFileSync(file));
  console.log(`${file.slice(root.length + 1)}: ${k(a.total)} KB raw; code section ${k(a.code)} KB in ${a.functions} functions (${a.named} named)`);
  if (!a.named) console.log('  no name section: build without stripping symbols to see crates');
  const shown = a.crates.slice(0, top);
  const rest = a.crates.slice(top);
  const rows = shown.map((c) => [c.crate, k(c.bytes), `${((100 * c.bytes) / a.code).toFixed(1)}%`, String(c.functions)]);
  if (rest.length) {
    const b = rest.reduce((s, c) => s + c.bytes, 0);
    rows.push([`(${rest.length} more crates)`, k(b), `${((100 * b) / a.code).toFixed(1)}%`, String(rest.reduce((s, c) => s + c.functions, 0))]);
  }
  console.log(table(['crate (code bytes, raw, pre-wasm-opt)', 'KB', 'share', 'functions'], rows));
  const other = a.sections.filter((s) => s.id !== 10).sort((x, y) => y.size - x.size).slice(0, 5);
  console.log(`other sections: ${other.map((s) => `${s.label} ${k(s.size)} KB`).join(', ')}`);
}

/** The same module by function, by what keeps it in (dominators) and by generic function
 * instantiated many times (monomorphisations), as twiggy (crates.io) prints them. */
export function printTwiggy(file = join(root, 'target', 'wasm32-unknown-unknown', 'release', 'pkviz.wasm')) {
  const run = (args) => spawnSync('twiggy', [...args, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const probe = run(['top', '-n', '25']);
  if (probe.error || probe.status !== 0) {
    console.log(`not measured: twiggy ${probe.error ? 'is not installed (scripts/lib.sh ensure_twiggy)' : `failed: ${probe.stderr.trim()}`}`);
    return;
  }
  console.log('twiggy top -n 25 (largest items; names, not code, lead: this module keeps its symbols)');
  console.log(probe.stdout.trimEnd());
  console.log('\ntwiggy dominators -d 3 -r 20 (what keeps the bytes in)');
  console.log(run(['dominators', '-d', '3', '-r', '20']).stdout.trimEnd());
  console.log('\ntwiggy monos -n 12 -m 3 (generic code instantiated per type)');
  console.log(run(['monos', '-n', '12', '-m', '3']).stdout.trimEnd());
}
