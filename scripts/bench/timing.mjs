// Page loads, interleaved: every round loads each page once, each in a fresh browser context
// (cold cache), in an order that rotates between rounds, so a slow moment of the machine falls on
// every page alike. Per load: "all views drawn", first contentful paint, bytes transferred.
import { fx, kb, median, ms, ratio, table, WAKE, why, withTimeout } from './util.mjs';

// Slow 4G as Lighthouse and the brief define it: 150 ms, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x.
export const SLOW_4G = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpu: 4 };

// Installed in the app's pages before any script: records when all views are drawn by the app
// (it has replaced the prerendered first view).
// Preferred: the app's own `pkviz:drawn` mark. Otherwise: three chart overlays and rows in the
// SOFA and figures tables are in the DOM, and — when the app marks its chart paints — the first
// paint of each of parity, funnel and map has happened too (the overlay can precede the canvas).
export const APP_PROBE = `(() => {
  const st = window.__pkBench = { dom: null, drawn: null, how: null };
  const charts = ['parity', 'funnel', 'map'];
  const first = (n) => performance.getEntriesByName(n)[0];
  const settle = () => {
    if (st.drawn != null) return;
    const own = first('pkviz:drawn');
    if (own) { st.drawn = own.startTime; st.how = 'pkviz:drawn mark'; return; }
    if (st.dom == null) return;
    const paints = charts.map((c) => first('pkviz:paint:' + c));
    if (paints.every(Boolean)) { st.drawn = Math.max(st.dom, ...paints.map((p) => p.startTime)); st.how = 'DOM + first paint mark of each chart'; }
    else if (!performance.getEntriesByType('mark').some((m) => m.name.startsWith('pkviz:paint:'))) { st.drawn = st.dom; st.how = 'DOM only'; }
  };
  const check = () => {
    if (st.dom == null && !document.getElementById('prerendered') && document.querySelectorAll('.chart-overlay').length >= 3
        && document.querySelector('#view-sofa tbody tr') && document.querySelector('#view-figures tbody tr')) st.dom = performance.now();
    settle();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  try { new PerformanceObserver(settle).observe({ type: 'mark' }); } catch (e) {}
})();`;

// Installed in every page: the cumulative layout shift (shifts right after an input excluded,
// as CLS counts them), read once the page is drawn.
export const CLS_PROBE = `(() => {
  window.__pkCls = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__pkCls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) { window.__pkCls = NaN; }
})();`;

// Patches WebAssembly instantiation so the page's wasm memory can be read (window.__pkWasm).
export const WASM_PROBE = `(() => {
  const keep = (r) => { const inst = r && (r.instance || r); const m = inst && inst.exports && inst.exports.memory; if (m) (window.__pkWasm ||= []).push(m); return r; };
  for (const f of ['instantiate', 'instantiateStreaming']) {
    const orig = WebAssembly[f];
    if (orig) WebAssembly[f] = function (...a) { return orig.apply(this, a).then(keep); };
  }
})();`;

/**
 * One load of `target` ({name, url, kind: 'app'|'first'|'static'|'mark', wake}) in a fresh
 * context. 'app': drawn by the app (APP_PROBE), which `wake` starts at DOMContentLoaded; 'first' and
 * 'static': the load event (the views are in the HTML); 'mark': the page marks
 * performance.mark('drawn') (or 'failed').
 * Returns {drawn, fcp, bytes, encodings, how} (times in ms from navigation start), plus what
 * `after(page, cdp)` returns (called once drawn, before the context closes).
 */
export async function loadOnce(browser, target, { slow = false, timeout = 60000, probes = [], after = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await context.addInitScript(CLS_PROBE);
    if (target.kind === 'app') await context.addInitScript(APP_PROBE);
    // A visitor who reaches for a control as soon as the page shows: the app starts at once.
    if (target.wake) await context.addInitScript(`document.addEventListener('DOMContentLoaded', () => ${WAKE})`);
    for (const p of probes) await context.addInitScript(p);
    if (slow) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW_4G.latency, downloadThroughput: SLOW_4G.downloadThroughput, uploadThroughput: SLOW_4G.uploadThroughput });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpu });
    }
    const encodings = new Set();
    page.on('response', (r) => { encodings.add(r.headers()['content-encoding'] || 'identity'); });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(target.url, { waitUntil: 'load', timeout });
    let drawn;
    let how;
    if (target.kind === 'app') {
      try {
        await page.waitForFunction(() => window.__pkBench && window.__pkBench.drawn != null, null, { timeout, polling: 50 });
      } catch (e) {
        const st = await page.evaluate(() => window.__pkBench);
        if (st?.dom == null) throw new Error(`app not drawn in ${timeout / 1000} s${errors.length ? `: ${errors[0]}` : ''}`);
      }
      ({ drawn, how } = await page.evaluate(() => {
        const st = window.__pkBench;
        return st.drawn != null ? st : { drawn: st.dom, how: 'DOM (paint marks incomplete)' };
      }));
    } else if (target.kind === 'static' || target.kind === 'first') {
      await page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventStart > 0, null, { timeout });
      drawn = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
      how = 'load event';
    } else {
      await page.waitForFunction(() => performance.getEntriesByName('drawn').length || performance.getEntriesByName('failed').length, null, { timeout, polling: 50 });
      drawn = await page.evaluate(() => performance.getEntriesByName('drawn')[0]?.startTime ?? NaN);
      if (!Number.isFinite(drawn)) throw new Error(`${target.name}: a chart failed${errors.length ? `: ${errors[0]}` : ''}`);
      how = "performance.mark('drawn')";
    }
    // FCP can be reported a little after load; give it a moment.
    const fcp = await page.evaluate(() => new Promise((ok) => {
      const get = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      if (get() != null) return ok(get());
      const t = setTimeout(() => ok(get() ?? NaN), 3000);
      try { new PerformanceObserver(() => { if (get() != null) { clearTimeout(t); ok(get()); } }).observe({ type: 'paint', buffered: true }); } catch (e) { /* keep the timer */ }
    }));
    const bytes = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .reduce((s, e) => s + (e.encodedBodySize || 0), 0));
    // Shifts are reported a frame late: give them a moment.
    const cls = await page.evaluate(() => new Promise((ok) => setTimeout(() => ok(window.__pkCls), 300)));
    const extra = after ? await after(page, cdp) : {};
    return { drawn, fcp, bytes, cls, encodings: [...encodings], how, ...extra };
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * `rounds` interleaved rounds over `targets`; prints a table of medians and the ratios of the
 * app against the others. `deadline` (ms since epoch) stops early with a note.
 */
export async function timingRun(browser, targets, { rounds, slow, deadline, perLoadTimeout }) {
  const results = Object.fromEntries(targets.map((t) => [t.name, { drawn: [], fcp: [], bytes: [], cls: [], errors: [], how: new Set(), enc: new Set() }]));
  let done = 0;
  for (let r = 0; r < rounds; r++) {
    if (Date.now() > deadline) break;
    const order = targets.map((_, i) => targets[(i + r) % targets.length]);
    for (const t of order) {
      const res = results[t.name];
      try {
        const m = await withTimeout(loadOnce(browser, t, { slow, timeout: perLoadTimeout }), perLoadTimeout + 15000, t.name);
        res.drawn.push(m.drawn);
        res.fcp.push(m.fcp);
        res.bytes.push(m.bytes);
        res.cls.push(m.cls);
        res.how.add(m.how);
        m.encodings.forEach((e) => res.enc.add(e));
      } catch (e) {
        res.errors.push(why(e));
      }
    }
    done++;
  }
  const med = Object.fromEntries(targets.map((t) => {
    const r = results[t.name];
    return [t.name, { drawn: median(r.drawn), fcp: median(r.fcp), bytes: median(r.bytes), cls: Math.max(...r.cls.filter(Number.isFinite)), n: r.drawn.length, r }];
  }));
  console.log(table(['page (median)', 'all views drawn', 'FCP', 'bytes', 'CLS (worst)', 'loads', 'drawn means'],
    targets.map((t) => {
      const m = med[t.name];
      return [t.label || t.name, ms(m.drawn), ms(m.fcp), kb(m.bytes), Number.isFinite(m.cls) ? m.cls.toFixed(3) : 'n/a', `${m.n}/${done}`, [...m.r.how].join(', ') || '-'];
    })));
  for (const t of targets) {
    const errs = med[t.name].r.errors;
    if (errs.length) console.log(`  ${t.name}: ${errs.length} load(s) not measured (${errs[0]})`);
  }
  if (done < rounds) console.log(`  stopped after ${done} of ${rounds} rounds (time budget)`);
  return { med, done, encodings: new Set(Object.values(results).flatMap((r) => [...r.enc])) };
}

/** "app/other = 1.23x (goal ≤ 1.5x: met)" or "not measured (why)". */
export function against(label, a, b, goal) {
  const r = ratio(a, b);
  if (!Number.isFinite(r)) return `${label}: not measured (${!Number.isFinite(a) ? 'no app figure' : 'no comparison figure'})`;
  return `${label} = ${fx(r)}  (goal ≤ ${goal}x: ${r <= goal ? 'met' : 'not met'})`;
}
