// Redraw budgets: how long the app takes to answer a user action, against one frame (16 ms).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, wake } from './util.mjs';

async function open(browser, url, view, ready = 'tbody tr') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await wake(page, 120000);
  await page.waitForSelector(`#view-${view} ${ready}`, { timeout: 120000 });
  return { page, context };
}

/** Click a sort heading → the DOM patch is done (a MutationObserver fires after it); median of `n`. */
export async function redrawTime(browser, url, view, n) {
  const { page, context } = await open(browser, url, view);
  try {
    const times = await page.evaluate(async ([view, n]) => {
      const buttons = [...document.querySelectorAll(`#view-${view} button.sort`)];
      const table = document.querySelector(`#view-${view} table`);
      if (!buttons.length || !table) throw new Error(`no sortable table in #view-${view}`);
      const out = [];
      for (let i = 0; i < n; i++) {
        // A click that changes nothing (or a table replaced whole) gives NaN after 10 s, not a hang.
        const done = new Promise((ok) => {
          const mo = new MutationObserver(() => { mo.disconnect(); ok(performance.now()); });
          mo.observe(table, { childList: true, subtree: true, characterData: true, attributes: true });
          setTimeout(() => { mo.disconnect(); ok(NaN); }, 10000);
        });
        const t0 = performance.now();
        buttons[i % buttons.length].click();
        out.push((await done) - t0);
        await new Promise((ok) => requestAnimationFrame(() => ok()));
      }
      return out;
    }, [view, n]);
    if (!times.some(Number.isFinite)) throw new Error(`no sort click changed #view-${view} within 10 s`);
    return median(times);
  } finally {
    await context.close().catch(() => {});
  }
}

/** Resize the page → the parity chart is laid out and repainted (the app marks the end of each
 * paint with `pkviz:paint:parity`); median of `n`. Two figures: from the width change (the
 * browser's reflow of the whole page included), and from when the browser reports the new size
 * (a resize observer made before the app's own, so it is told first): the app's own work. */
export async function chartRepaintTime(browser, url, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    window.__pkSized = [];
    new ResizeObserver(() => window.__pkSized.push(performance.now())).observe(document.getElementById('app'));
  }));
  const page = await context.newPage();
  try {
    await page.goto(url);
    await wake(page);
    await page.waitForSelector('#parity .chart-overlay', { timeout: 60000 });
    const times = await page.evaluate(async (n) => {
      const app = document.getElementById('app');
      const out = [];
      for (let i = 0; i < n; i++) {
        performance.clearMarks();
        window.__pkSized.length = 0;
        app.style.maxWidth = `${i % 2 ? 900 : 640}px`;
        const t0 = performance.now();
        window.dispatchEvent(new Event('resize'));
        await new Promise((ok) => setTimeout(ok, 60));
        const m = performance.getEntriesByName('pkviz:paint:parity').pop();
        const sized = window.__pkSized[0];
        if (m && sized != null) out.push([m.startTime - t0, m.startTime - sized]);
      }
      return out;
    }, n);
    if (!times.length) throw new Error('the app set no pkviz:paint:parity mark after a resize');
    return { total: median(times.map((t) => t[0])), app: median(times.map((t) => t[1])) };
  } finally {
    await context.close().catch(() => {});
  }
}

/** The recommendations tracker with a matrix of `rows` paragraphs (the shipped rows repeated
 * under new numbers), written into `dir` as `name`. */
export function writeMatrix(dir, name, shipped, rows) {
  const paragraphs = Array.from({ length: rows }, (_, i) => ({ ...shipped.paragraphs[i % shipped.paragraphs.length], para: i + 1 }));
  writeFileSync(join(dir, name), JSON.stringify({ ...shipped, paragraphs }));
}

/** Type a word into the tracker's search (or clear it) → the DOM patch is done; median of `n`. */
export async function filterTime(browser, url, n) {
  const { page, context } = await open(browser, url, 'recommendations', '.rec-para');
  try {
    const times = await page.evaluate(async (n) => {
      const input = document.getElementById('rec-search');
      const list = document.querySelector('#view-recommendations .rec-list');
      const words = ['secretariat', 'african union', '', 'training', ''];
      const out = [];
      for (let i = 0; i < n; i++) {
        const done = new Promise((ok) => {
          const mo = new MutationObserver(() => { mo.disconnect(); ok(performance.now()); });
          mo.observe(list, { childList: true, subtree: true, characterData: true });
          setTimeout(() => { mo.disconnect(); ok(NaN); }, 10000);
        });
        const t0 = performance.now();
        input.value = words[i % words.length];
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        out.push((await done) - t0);
        await new Promise((ok) => requestAnimationFrame(() => ok()));
      }
      return out;
    }, n);
    if (!times.some(Number.isFinite)) throw new Error('no search changed the tracker within 10 s');
    return median(times);
  } finally {
    await context.close().catch(() => {});
  }
}
