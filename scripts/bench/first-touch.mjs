// The first touch: a visitor reads the prerendered page, then clicks a control 500 ms after first
// paint; the click wakes the app (www/boot.js), which answers it. Per kind of control, timed from
// the click's own `timeStamp` to the frame that shows the answer, with what it cost: bytes fetched
// before the answer, how far the clicked control moved, layout shifts after the input, long tasks.
// Each load in a fresh context (cold cache); kinds interleaved, order rotating per round. The
// same clicks once the app is in give the answer's own cost (a profile that opens pushes what
// is below it: a shift after the input that the first touch cannot avoid either).
import { kb, median, ms, table, wake, why, withTimeout } from './util.mjs';
import { SLOW_4G } from './timing.mjs';

const p90 = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.9 * s.length) - 1)] : NaN;
};

// Each kind: `point` finds where to click on the prerendered page (the middle of an element,
// scrolled into view), `same` the element that stands for the clicked control in either page (its
// movement is measured), `answered` the answer on screen: in the page shown, the prerendered one
// (which answers some touches itself, www/boot.js) or the app's. Functions run in the page.
export const TOUCHES = [
  {
    name: 'sort',
    label: 'SOFA/SOMA sort button → table re-sorted',
    same: () => document.querySelectorAll('#view-sofa button.sort')[1],
    answered: () => !!(document.getElementById('prerendered') || document)
      .querySelector('#view-sofa th[aria-sort="descending"], #view-sofa th[aria-sort="ascending"]'),
  },
  {
    name: 'profile',
    label: "mission button → its profile",
    same: () => document.querySelector('#view-map .mission-list button'),
    answered: () => !!(document.getElementById('prerendered') || document).querySelector('#profile-title'),
  },
  {
    name: 'marker',
    label: 'map marker (the circle) → profile',
    // The largest marker of the picture shown (the map draws missions in the UN blue), or of the
    // app's map once it is in.
    target: () => {
      const shown = [...document.querySelectorAll('#view-map .chart-prerendered svg')].find((s) => s.getBoundingClientRect().width > 0);
      const marks = [...(shown?.querySelectorAll('circle[fill="#005A8C"]') || document.querySelectorAll('#view-map .chart-overlay .mark'))];
      return marks.sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0];
    },
    same: () => document.querySelector('#view-map .chart'),
    answered: () => !!(document.getElementById('prerendered') || document).querySelector('#profile-title'),
  },
];

// In every page before any script: the first trusted click, layout shifts and long tasks after it,
// the takeover (the prerendered page gone) and the answer, each with the clicked control's place.
const PROBE = `(() => {
  const st = window.__pkTouch = { click: null, shifts: 0, longTasks: [], answer: null, moved: [], watch: null };
  document.addEventListener('click', (e) => { if (e.isTrusted && st.click == null) st.click = e.timeStamp; }, true);
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (st.click != null && e.startTime >= st.click) st.shifts += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (st.click != null && e.startTime + e.duration >= st.click) st.longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const place = () => { const el = st.watch && st.watch.same(); const r = el && el.getBoundingClientRect(); return r ? [r.left, r.top] : null; };
  let takenOver = false;
  const check = () => {
    if (!st.watch) return;
    if (!takenOver && !document.getElementById('prerendered')) { takenOver = true; st.moved.push(place()); }
    if (st.answer != null) return;
    if (st.watch.answered()) {
      st.moved.push(place());
      st.answer = -1;
      // The frame that shows it: the next animation frame, once its paint is done.
      requestAnimationFrame(() => setTimeout(() => { st.answer = performance.now(); }, 0));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  window.__pkCheck = check;
})();`;

async function touchOnce(browser, base, kind, slow, warm) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await context.addInitScript(PROBE);
    if (slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW_4G.latency, downloadThroughput: SLOW_4G.downloadThroughput, uploadThroughput: SLOW_4G.uploadThroughput });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpu });
    }
    await page.goto(base, { waitUntil: 'load', timeout: 60000 });
    // Once the app is in: the same click on a page the app has already taken over.
    if (warm) {
      await wake(page);
      await page.waitForTimeout(1500);
    }
    // The control, in view (a visitor scrolls to it before the clock starts), then 500 ms after
    // first paint or after the scroll, whichever is later.
    const point = await page.evaluate(({ target, same }) => {
      const el = (new Function(`return (${target || same})()`))();
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, { target: kind.target?.toString(), same: kind.same.toString() });
    if (!point) throw new Error('no such control on the page');
    await page.evaluate(() => new Promise((ok) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now();
      setTimeout(ok, Math.max(0, fcp + 500 - performance.now()) + 100);
    }));
    const before = await page.evaluate((same) => {
      const r = (new Function(`return (${same})()`))().getBoundingClientRect();
      return [r.left, r.top];
    }, kind.same.toString());
    await page.evaluate(({ same, answered }) => {
      window.__pkTouch.watch = { same: new Function(`return (${same})()`), answered: new Function(`return (${answered})()`) };
    }, { same: kind.same.toString(), answered: kind.answered.toString() });
    await page.mouse.click(point.x, point.y);
    await page.evaluate(() => window.__pkCheck());
    try {
      await page.waitForFunction(() => window.__pkTouch.answer > 0, null, { timeout: slow ? 30000 : 15000, polling: 50 });
    } catch {
      return { lost: true };
    }
    // Shifts are reported a frame late.
    await page.waitForTimeout(300);
    const answer = await page.evaluate(() => ({ ...window.__pkTouch, watch: null }));
    // The answer holds once the app is in (an answer the prerendered page gave is the app's state).
    let held = true;
    try {
      await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: slow ? 30000 : 15000, polling: 100 });
      await page.waitForTimeout(300);
      held = await page.evaluate((answered) => (new Function(`return (${answered})()`))(), kind.answered.toString());
    } catch {
      held = false;
    }
    return await page.evaluate(({ before, answer, held }) => {
      const st = window.__pkTouch;
      const moved = Math.max(0, ...st.moved.filter(Boolean).map(([x, y]) => Math.hypot(x - before[0], y - before[1])));
      const files = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= answer.answer);
      return {
        time: answer.answer - answer.click,
        held,
        bytes: files.reduce((s, e) => s + (e.encodedBodySize || 0), 0),
        files: files.length,
        moved,
        // Until the app is in: its taking over must not move anything or block a second touch.
        shifts: st.shifts,
        longTasks: st.longTasks.filter((d) => d > 50).length,
        longest: Math.max(0, ...st.longTasks),
      };
    }, { before, answer, held });
  } finally {
    await context.close().catch(() => {});
  }
}

/** `rounds` rounds of a first touch of each kind (`warm`: the same click once the app is in);
 * prints medians and p90 per kind. */
export async function firstTouch(browser, base, { rounds, slow, deadline, warm = false }) {
  const res = Object.fromEntries(TOUCHES.map((k) => [k.name, []]));
  const errors = Object.fromEntries(TOUCHES.map((k) => [k.name, []]));
  let done = 0;
  for (let r = 0; r < rounds && Date.now() < deadline; r++) {
    for (const kind of TOUCHES.map((_, i) => TOUCHES[(i + r) % TOUCHES.length])) {
      try {
        res[kind.name].push(await withTimeout(touchOnce(browser, base, kind, slow, warm), 75000, kind.name));
      } catch (e) {
        errors[kind.name].push(why(e));
      }
    }
    done++;
  }
  const rows = TOUCHES.map((k) => {
    const all = res[k.name];
    const ok = all.filter((m) => !m.lost);
    const of = (f) => ok.map(f);
    return [
      k.label,
      `${ms(median(of((m) => m.time)))} (p90 ${ms(p90(of((m) => m.time)))})`,
      `${all.length - ok.length} of ${all.length}`,
      `${ok.filter((m) => m.held).length} of ${ok.length}`,
      `${kb(median(of((m) => m.bytes)))} in ${median(of((m) => m.files))} files`,
      `${median(of((m) => m.moved)).toFixed(0)} px (max ${Math.max(0, ...of((m) => m.moved)).toFixed(0)})`,
      Math.max(0, ...of((m) => m.shifts)).toFixed(3),
      `${median(of((m) => m.longTasks))} (longest ${ms(median(of((m) => m.longest)))})`,
    ];
  });
  console.log(table([warm ? 'a click once the app is in (median)' : 'first click (median)', 'click → answer painted', 'clicks lost', 'answer kept when the app is in', 'fetched before the answer', 'control moved', 'shift after input, until the app is in (worst)', 'long tasks > 50 ms, click → app in'], rows));
  for (const k of TOUCHES) if (errors[k.name].length) console.log(`  ${k.name}: ${errors[k.name].length} not measured (${errors[k.name][0]})`);
  if (done < rounds) console.log(`  stopped after ${done} of ${rounds} rounds (time budget)`);
  return res;
}
