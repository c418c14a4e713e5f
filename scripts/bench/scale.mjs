// The scale curve: the shipped data file with its `figures` array grown to k times its length
// (the kind of table that grows: e.g. uniformed contributions by country, mission and month),
// loaded and drawn by the app; time, JS heap and wasm memory per size.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOnce, WASM_PROBE } from './timing.mjs';
import { fx, mb, median, ms, readJson, table, why, withTimeout } from './util.mjs';

/** Writes the shipped file with `rows` generated figures to `dir/name`; returns its size in bytes. */
export function writeScaled(dir, name, rows) {
  const data = readJson('www/data/peacekeeping.json');
  const template = data.figures[0];
  data.figures = Array.from({ length: rows }, (_, i) => ({
    ...template, id: `bench-${i}`, topic: `topic-${i % 12}`, value: (i * 7919) % 100003, period: String(2000 + (i % 25)),
  }));
  writeFileSync(join(dir, name), JSON.stringify(data));
  return readFileSync(join(dir, name)).length;
}

// Memory once drawn: JS heap (performance.memory, precise with --enable-precise-memory-info),
// the wasm's linear memory (captured when the page instantiates it), and CDP's JSHeapUsedSize.
// The heap is read after a forced garbage collection: what the page keeps, not what it churned.
async function memory(page, cdp) {
  try { await cdp.send('HeapProfiler.collectGarbage'); } catch { /* read as it is */ }
  const inPage = await page.evaluate(() => ({
    heap: performance.memory ? performance.memory.usedJSHeapSize : null,
    wasm: window.__pkWasm ? window.__pkWasm.reduce((s, m) => s + m.buffer.byteLength, 0) : null,
    isolated: self.crossOriginIsolated === true,
    uasm: typeof performance.measureUserAgentSpecificMemory === 'function',
  }));
  let cdpHeap = null;
  try {
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    cdpHeap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  } catch { /* not available */ }
  return { ...inPage, cdpHeap };
}

/**
 * Loads `/?data=bench/<file>` for each point `{label, rows, file}`, `n` times each (median).
 * Prints the curve and the linearity ratio.
 */
export async function scaleCurve(browser, base, points, { n = 3, timeout = 120000, deadline = Infinity }) {
  const out = [];
  for (const p of points) {
    const times = [];
    let mem = null;
    let err = null;
    const reps = p.reps ?? n;
    for (let i = 0; i < reps; i++) {
      if (Date.now() > deadline && times.length) break;
      try {
        const m = await withTimeout(loadOnce(browser, { kind: 'app', name: p.label, url: `${base}?data=bench/${p.file}` }, { timeout, probes: [WASM_PROBE], after: memory }), timeout + 30000, p.label);
        times.push(m.drawn);
        mem = m;
      } catch (e) {
        err = why(e);
      }
    }
    out.push({ ...p, t: median(times), mem, err, reps: times.length });
  }
  const memNote = out.find((o) => o.mem)?.mem;
  console.log(table(['figures', 'file', 'load + all drawn', 'per 1k rows', 'JS heap', 'CDP JSHeapUsed', 'wasm memory', 'loads'],
    out.map((o) => [
      `${o.rows.toLocaleString('en')} (${o.label})`, mb(o.bytes), o.err && !Number.isFinite(o.t) ? `not measured (${o.err})` : ms(o.t),
      ms((o.t / o.rows) * 1000), mb(o.mem?.heap ?? NaN), mb(o.mem?.cdpHeap ?? NaN), mb(o.mem?.wasm ?? NaN), String(o.reps),
    ])));
  if (memNote) {
    console.log(`  after a forced GC once drawn. JS heap: performance.memory.usedJSHeapSize${memNote.heap == null ? ' (not available)' : ''}; wasm memory: the instance's linear memory (captured at instantiation)${memNote.wasm == null ? ' — not reached' : ''}; measureUserAgentSpecificMemory: ${memNote.uasm && memNote.isolated ? 'available, not used' : 'not available (page not cross-origin isolated)'}`);
  }
  const [a, b] = [out.find((o) => o.label === '1x'), out.find((o) => o.label === '100x')];
  if (a && b && Number.isFinite(a.t) && Number.isFinite(b.t)) {
    const lin = (b.t / b.rows) / (a.t / a.rows);
    const marginal = (b.t - a.t) / (b.rows - a.rows);
    console.log(`linearity: time per row at 100x / at 1x = ${fx(lin)} (1.00x = linear, all cost per row; below 1, fixed start-up costs dominate at 1x); marginal cost ${(marginal * 1000).toFixed(1)} ms per 1k rows`);
  } else {
    console.log('linearity: not measured (the 1x or 100x point is missing)');
  }
  return out;
}
