// Benchmark report (figures, not pass/fail): download size against the budget, redraw time
// after a sort, and load-and-draw time for a large generated data file, each next to a
// baseline measured in the same run so the ratios hold on a noisy machine.
//
// Usage: node scripts/bench.mjs   (after scripts/build.sh; BENCH_ROWS sets the large file's rows)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, launch, openPage, readJson, root, startServer } from '../tests/e2e/helpers.mjs';
import { serve } from './serve.mjs';

const rows = Number(process.env.BENCH_ROWS || 100000);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

// ---- size ----
const size = JSON.parse(readFileSync(join(root, 'target', 'size-report.json'), 'utf8'));
const kb = size.total.br / 1024;
console.log('\n== size (brotli, what a visitor downloads) ==');
console.log(`total ${kb.toFixed(1)} KB; budget 150 KB (${((100 * kb) / 150).toFixed(0)}%)`);
console.log(`vs cheapest off-the-shelf chart+map stack (117 KB): ${(kb / 117).toFixed(2)}x; vs Vega (269 KB): ${(kb / 269).toFixed(2)}x`);

// ---- a large data file: the shipped file with `rows` figures (the kind of table that grows:
// e.g. uniformed contributions by country, mission and month) ----
const big = readJson('www/data/peacekeeping.json');
const template = big.figures[0];
big.figures = Array.from({ length: rows }, (_, i) => ({
  ...template, id: `bench-${i}`, topic: `topic-${i % 12}`, value: (i * 7919) % 100003, period: String(2000 + (i % 25)),
}));
const dir = mkdtempSync(join(tmpdir(), 'pkviz-bench-'));
writeFileSync(join(dir, 'big.json'), JSON.stringify(big));
const bigMb = readFileSync(join(dir, 'big.json')).length / 1e6;

const browser = await launch();
const { server, url } = await startServer();
const bigServer = await serve(dist, 0, { '/bench/': dir });
const bigUrl = `http://127.0.0.1:${bigServer.address().port}/?data=bench/big.json`;

// Navigation start → the table's first page is in the DOM (the pager, if any, too).
async function loadTime(pageUrl, view, paged) {
  const page = await openPage(browser, pageUrl);
  await page.waitForSelector(paged ? `#view-${view} .pager` : `#view-${view} tbody tr`, { timeout: 120000 });
  const t = await page.evaluate(() => performance.now());
  await page.context().close();
  return t;
}

// Click a sort heading → the DOM patch is done (MutationObserver fires after it), median of `n`.
async function redrawTime(pageUrl, view, n) {
  const page = await openPage(browser, pageUrl);
  await page.waitForSelector(`#view-${view} tbody tr`, { timeout: 120000 });
  const times = await page.evaluate(async ([view, n]) => {
    const buttons = [...document.querySelectorAll(`#view-${view} button.sort`)];
    const table = document.querySelector(`#view-${view} table`);
    const out = [];
    for (let i = 0; i < n; i++) {
      const done = new Promise((ok) => {
        const mo = new MutationObserver(() => { mo.disconnect(); ok(performance.now()); });
        mo.observe(table, { childList: true, subtree: true, characterData: true, attributes: true });
      });
      const t0 = performance.now();
      buttons[i % buttons.length].click();
      out.push((await done) - t0);
      await new Promise((ok) => requestAnimationFrame(() => ok()));
    }
    return out;
  }, [view, n]);
  await page.context().close();
  return median(times);
}

// Resize the page → the parity chart is laid out and repainted (the app marks the end of each
// paint with performance.mark), median of `n`.
async function chartRepaintTime(pageUrl, n) {
  const page = await openPage(browser, pageUrl);
  await page.waitForSelector('#parity .chart-overlay');
  const times = await page.evaluate(async (n) => {
    const app = document.getElementById('app');
    const out = [];
    for (let i = 0; i < n; i++) {
      performance.clearMarks();
      app.style.maxWidth = `${i % 2 ? 900 : 640}px`;
      const t0 = performance.now();
      window.dispatchEvent(new Event('resize'));
      await new Promise((ok) => setTimeout(ok, 60));
      const m = performance.getEntriesByName('pkviz:paint:parity').pop();
      if (m) out.push(m.startTime - t0);
    }
    return out;
  }, n);
  await page.context().close();
  return times.length ? median(times) : NaN;
}

// One figure: measured, or "not measured" with why (a report must not stop the run).
async function report(label, measure, describe) {
  try {
    console.log(`${label}: ${describe(await measure())}`);
  } catch (e) {
    console.log(`${label}: not measured (${String(e.message || e).split('\n')[0]})`);
  }
}

const small = readJson('www/data/peacekeeping.json').sofa_impact.rows.length;
console.log('\n== speed (headless Chromium, this machine) ==');
let loadSmall = NaN;
await report(`load + draw, shipped file (${small} SOFA rows)`,
  async () => (loadSmall = median([await loadTime(url, 'sofa', false), await loadTime(url, 'sofa', false), await loadTime(url, 'sofa', false)])),
  ms);
await report(`redraw after a sort, ${small} rows`, () => redrawTime(url, 'sofa', 21),
  (t) => `${ms(t)} (budget 16 ms: ${(t / 16).toFixed(2)} frames)`);
await report('chart relayout + repaint after a resize (parity, 6 panels)', () => chartRepaintTime(url, 11),
  (t) => `${ms(t)} (${(t / 16).toFixed(2)} frames)`);
await report(`load + draw, ${rows} figures (${bigMb.toFixed(1)} MB)`, () => loadTime(bigUrl, 'figures', true),
  (t) => `${ms(t)} (budget 1000 ms; ${(t / loadSmall).toFixed(1)}x the shipped file)`);
await report(`redraw after a sort, ${rows} figures`, () => redrawTime(bigUrl, 'figures', 5),
  (t) => `${ms(t)} (${(t / 16).toFixed(1)} frames)`);

await browser.close();
server.close();
bigServer.close();
