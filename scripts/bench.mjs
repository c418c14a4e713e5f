// Benchmark report (figures, never pass/fail): bytes per artifact and the wasm's anatomy; page
// loads of the app against a static floor (same content, plain HTML + SVG, no scripts), a
// Vega-Lite page and an Observable Plot page from the same data file, interleaved, unthrottled and on slow 4G; redraw
// budgets; and a scale curve. A figure that cannot be measured prints "not measured (why)"; the
// run never fails because of one. Modules in scripts/bench/.
//
// Usage: node scripts/bench.mjs   (after scripts/build.sh)
//   BENCH_N      rounds of interleaved page loads (default 7)
//   BENCH_ROWS   figures in the large generated file (default 100000; 0 to skip it)
//   BENCH_PLOT  0: leave out the Observable Plot page; all: load it on slow 4G too (default:
//                unthrottled only, to keep the run short)
//   BENCH_BUDGET_S  soft limit on the whole run in seconds (default 230): later rounds are
//                skipped, with a note, when it is reached
//   BENCH_HARD_S hard limit in seconds (default 900): the report stops there, says so and exits 0,
//                so that a hung browser can never hold up CI
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redrawTime, chartRepaintTime, filterTime, writeMatrix } from './bench/redraw.mjs';
import { scaleCurve, writeScaled } from './bench/scale.mjs';
import { firstTouch } from './bench/first-touch.mjs';
import { printAnatomy, printSizes, printTwiggy } from './bench/sizes.mjs';
import { staticPage } from './bench/static-page.mjs';
import { against, SLOW_4G, timingRun } from './bench/timing.mjs';
import { dist, fx, launch, ms, ratio, readJson, report, section, why } from './bench/util.mjs';
import { writePlotPage } from './bench/plot-page.mjs';
import { writeVegaPage } from './bench/vega-page.mjs';
import { serve } from './serve.mjs';

// A report never fails the run: a stray rejection is printed, not fatal.
process.on('unhandledRejection', (e) => console.log(`(ignored: ${why(e)})`));
const started = Date.now();
const N = Math.max(1, Math.floor(Number(process.env.BENCH_N || 7)));
const ROWS = Math.max(0, Math.floor(Number(process.env.BENCH_ROWS ?? 100000)));
const deadline = started + 1000 * Number(process.env.BENCH_BUDGET_S || 230);
const left = () => Math.round((deadline - Date.now()) / 1000);
const hard = 1000 * Number(process.env.BENCH_HARD_S || 900);
setTimeout(() => {
  console.log(`\nbench: stopped at its hard limit of ${hard / 1000} s (the figures above were measured; the rest were not)`);
  process.exit(0); // playwright closes the browsers it launched when the process exits
}, hard).unref();

console.log('pkviz benchmark report (figures, not a test; headless Chromium on this machine)');

await section('bytes per artifact (target/size-report.json, written by the build)', printSizes);
await section('wasm anatomy by crate (raw sizes, before wasm-bindgen and wasm-opt)', () => printAnatomy());
await section('wasm anatomy by function and monomorphisation (twiggy; raw, before wasm-opt)', () => printTwiggy());

// ---- the pages, the data files, the server and the browser ----
const dir = mkdtempSync(join(tmpdir(), 'pkviz-bench-'));
const targets = [];
let browser = null;
let server = null;
let base = '';
const scalePoints = [];
await section('comparison pages (same data file)', async () => {
  server = await serve(dist, 0, { '/bench/': dir });
  base = `http://127.0.0.1:${server.address().port}/`;
  // The app's page as a reader gets it (every view in the HTML, no wasm until a control is
  // reached for), and as a visitor who reaches for a control at once gets it (the app drawn).
  targets.push({ name: 'app', label: 'app: first view', kind: 'first', url: base });
  targets.push({ name: 'live', label: 'app: interactive', kind: 'app', wake: true, url: base });
  try {
    const { kind, html } = staticPage();
    writeFileSync(join(dir, 'static.html'), html);
    targets.push({ name: 'static', label: 'static floor', kind: 'static', url: `${base}bench/static.html` });
    console.log(`static floor: ${kind}, ${(html.length / 1024).toFixed(1)} KB`);
  } catch (e) {
    console.log(`static floor: not measured (${why(e)})`);
  }
  try {
    const { versions } = writeVegaPage(dir);
    targets.push({ name: 'vega', label: 'Vega-Lite', kind: 'mark', url: `${base}bench/vega.html` });
    console.log(`Vega-Lite page: ${versions}, libraries served from the bench's folder, renderer svg`);
  } catch (e) {
    console.log(`Vega-Lite page: not measured (${why(e)})`);
  }
  if (process.env.BENCH_PLOT !== '0') {
    try {
      const { versions } = writePlotPage(dir);
      targets.push({ name: 'plot', label: 'Observable Plot', kind: 'mark', url: `${base}bench/plot.html`, fastOnly: process.env.BENCH_PLOT !== 'all' });
      console.log(`Observable Plot page: ${versions}, libraries served from the bench's folder${process.env.BENCH_PLOT === 'all' ? '' : '; unthrottled only (BENCH_PLOT=all for slow 4G too)'}`);
    } catch (e) {
      console.log(`Observable Plot page: not measured (${why(e)})`);
    }
  }
  // Every comparison page and library compressed as the app's files are (a .br and a .gz copy,
  // which the server sends when asked): the same transfer rules for every page.
  const compressed = precompress(dir);
  console.log(`comparison files precompressed (brotli 11, gzip 9): ${compressed}`);
  const shipped = readJson('www/data/peacekeeping.json').figures.length;
  for (const [label, rows, reps] of [['1x', shipped, 3], ['10x', 10 * shipped, 3], ['100x', 100 * shipped, 2], ['BENCH_ROWS', ROWS, 1]]) {
    if (!rows || scalePoints.some((p) => p.rows === rows)) continue;
    const file = `scale-${rows}.json`;
    scalePoints.push({ label, rows, reps, file, bytes: writeScaled(dir, file, rows) });
  }
  browser = await launch();
  console.log(`browser: Chromium ${browser.version()}; ${N} rounds; each load in a fresh context (cold cache), order rotating per round`);
});

function precompress(dir) {
  let n = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const p = join(dir, name);
    if (!/\.(html|js|json)$/.test(name) || !statSync(p).isFile()) continue;
    const buf = readFileSync(p);
    writeFileSync(`${p}.br`, brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${p}.gz`, gzipSync(buf, { level: 9 }));
    n++;
  }
  return n;
}

// A browser that crashed (or was closed by a timed-out figure) is replaced before the next section.
async function live() {
  if (browser?.isConnected()) return;
  await browser?.close().catch(() => {});
  browser = await launch();
}
const results = {};
// The app drawn by wasm when a visitor reaches for a control as the page shows: no goal (the
// goals are on what a visitor sees), printed so that the cost of the app itself stays in view.
function interactive(m) {
  const live = m.live?.drawn;
  console.log(`app: interactive (app drawn after a hover at first paint) = ${ms(live)}; /static = ${fx(ratio(live, m.static?.drawn))}, /Vega = ${fx(ratio(live, m.vega?.drawn))}  (no goal)`);
  const cls = Math.max(m.app?.cls ?? NaN, m.live?.cls ?? NaN);
  console.log(`layout shift, worst load of the app's page (first view, and the app taking over) = ${Number.isFinite(cls) ? cls.toFixed(3) : 'n/a'}  (goal ≤ 0.01: ${cls <= 0.01 ? 'met' : 'not met'})`);
}

for (const [key, title, slow, share] of [
  ['fast', 'page loads, unthrottled', false, 0.3],
  ['slow', `page loads, slow 4G (${SLOW_4G.latency} ms, ${SLOW_4G.downloadThroughput * 8 / 1e6} Mbit/s down, ${SLOW_4G.uploadThroughput * 8 / 1e3} kbit/s up, CPU ${SLOW_4G.cpu}x slower)`, true, 0.75],
]) {
  await section(title, async () => {
    await live();
    // Each run may use up to its share of what is left of the budget, keeping time for the rest.
    const own = Date.now() + share * (deadline - Date.now());
    const r = await timingRun(browser, targets.filter((t) => !(slow && t.fastOnly)), { rounds: N, slow, deadline: own, perLoadTimeout: slow ? 60000 : 30000 });
    results[key] = r;
    const m = r.med;
    const app = m.app || {};
    if (key === 'fast') {
      console.log(against('all views drawn, app/static', app.drawn, m.static?.drawn, 1.5));
      console.log(against('all views drawn, app/Vega  ', app.drawn, m.vega?.drawn, 0.5));
      if (m.plot) console.log(`all views drawn, app/Plot   = ${fx(ratio(app.drawn, m.plot.drawn))}  (no goal)`);
      interactive(m);
    } else {
      console.log(against('FCP, app/static            ', app.fcp, m.static?.fcp, 1.2));
      console.log(against('all views drawn, app/static', app.drawn, m.static?.drawn, 1.5));
      console.log(against('all views drawn, app/Vega  ', app.drawn, m.vega?.drawn, 0.5));
      if (m.plot) console.log(`all views drawn, app/Plot   = ${fx(ratio(app.drawn, m.plot.drawn))}  (no goal)`);
      interactive(m);
      if (![...r.encodings].some((e) => e !== 'identity')) {
        console.log('note: every response was sent without content-encoding (scripts/serve.mjs does not compress yet), so these slow-4G times carry raw bytes for every page; a compressing server would shrink all three, the app\'s wasm and data most');
      } else {
        console.log(`content-encodings seen: ${[...r.encodings].join(', ')}`);
      }
    }
  });
}

for (const [title, slow] of [['unthrottled', false], [`slow 4G, CPU ${SLOW_4G.cpu}x slower`, true]]) {
  await section(`the first touch: a click 500 ms after first paint wakes the app, which answers it (${title}; goal: ${slow ? 'median ≤ 1,000 ms, p90 ≤ 1,500 ms' : '≤ 150 ms'}, no click lost, the control moves 0 px, shift after input ≤ 0.01, ≤ 100 KB before the answer)`, async () => {
    await live();
    await firstTouch(browser, base, { rounds: Math.min(N, 5), slow, deadline: Date.now() + (slow ? 150000 : 60000) });
    await firstTouch(browser, base, { rounds: 3, slow, warm: true, deadline: Date.now() + (slow ? 90000 : 40000) });
  });
}

await section('redraw budgets (one frame = 16 ms)', async () => {
  await live();
  const sofaRows = readJson('www/data/peacekeeping.json').sofa_impact.rows.length;
  await report(`redraw after a sort, ${sofaRows} SOFA rows`, () => redrawTime(browser, base, 'sofa', 21),
    (t) => `${ms(t)} (${(t / 16).toFixed(2)} frames; budget 16 ms: ${t <= 16 ? 'met' : 'not met'})`);
  await report('chart relayout + repaint after a resize (parity)', () => chartRepaintTime(browser, base, 11),
    ({ total, app }) => `${ms(app)} once the browser has the new size (${(app / 16).toFixed(2)} frames; budget 16 ms: ${app <= 16 ? 'met' : 'not met'}); ${ms(total)} from the width change, the browser's reflow of the whole page included`);
  const matrix = readJson('www/data/recommendations.json');
  await report(`recommendations tracker: a search typed, ${matrix.paragraphs.length} paragraphs`, () => filterTime(browser, `${base}#view=recommendations`, 11),
    (t) => `${ms(t)} (${(t / 16).toFixed(2)} frames; budget 16 ms: ${t <= 16 ? 'met' : 'not met'})`);
  writeMatrix(dir, 'rec-10k.json', matrix, 10000);
  await report('recommendations tracker: a search typed, 10,000 paragraphs (synthetic)', () => filterTime(browser, `${base}?recommendations=bench/rec-10k.json#view=recommendations`, 11),
    (t) => `${ms(t)} (${(t / 16).toFixed(2)} frames; budget 16 ms: ${t <= 16 ? 'met' : 'not met'})`);
  const big = scalePoints.find((p) => p.label === 'BENCH_ROWS') || scalePoints.at(-1);
  if (big) {
    await report(`redraw after a sort, ${big.rows.toLocaleString('en')} figures`, () => redrawTime(browser, `${base}?data=bench/${big.file}`, 'figures', 5),
      (t) => `${ms(t)} (${(t / 16).toFixed(1)} frames; budget 16 ms: ${t <= 16 ? 'met' : 'not met'})`);
  }
});

await section('scale curve (the shipped file with its figures array grown; app, unthrottled)', async () => {
  await live();
  await scaleCurve(browser, base, scalePoints, { deadline });
});

await browser?.close().catch(() => {});
server?.close();
rmSync(dir, { recursive: true, force: true });
console.log(`\nbench: ${((Date.now() - started) / 1000).toFixed(0)} s${left() < 0 ? ` (${-left()} s over the soft budget)` : ''}`);
process.exit(0);
