// Shared helpers for the benchmark report: statistics, formatting, a browser with the flags the
// report needs, and "measure or say why not" wrappers (a report never stops the run).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = join(root, 'dist');
export const readJson = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
export const kb = (n) => (Number.isFinite(n) ? `${(n / 1024).toFixed(1)} KB` : 'n/a');
export const mb = (n) => (Number.isFinite(n) ? `${(n / 1048576).toFixed(1)} MB` : 'n/a');
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
export const fx = (r, digits = 2) => (Number.isFinite(r) ? `${r.toFixed(digits)}x` : 'n/a');
export const why = (e) => String((e && e.message) || e).split('\n')[0].slice(0, 200);

// A plain-text table: `rows` are arrays of cells; the first is left-aligned, the rest right.
export function table(head, rows) {
  const all = [head, ...rows].map((r) => r.map((c) => String(c)));
  const w = head.map((_, i) => Math.max(...all.map((r) => (r[i] || '').length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  return [line(all[0]), w.map((n) => '-'.repeat(n)).join('  '), ...all.slice(1).map(line)].join('\n');
}

// One figure: measured, or "not measured" with why; never longer than `limit` ms.
export async function report(label, measure, describe, limit = 120000) {
  try {
    console.log(`${label}: ${describe(await withTimeout(Promise.resolve().then(measure), limit, label))}`);
  } catch (e) {
    console.log(`${label}: not measured (${why(e)})`);
  }
}

// A section: its heading, then its body; an error in it is printed and the run goes on. No
// section may take longer than `limit` ms.
export async function section(title, body, limit = 600000) {
  console.log(`\n== ${title} ==`);
  const t0 = Date.now();
  try {
    await withTimeout(Promise.resolve().then(body), limit, title);
  } catch (e) {
    console.log(`not measured (${why(e)})`);
  }
  return Date.now() - t0;
}

// Debian's Chromium, as the e2e tests launch it, plus precise heap figures for the scale curve.
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync',
      '--enable-precise-memory-info'],
  });
}

// The app starts when a visitor reaches for a control (www/boot.js): a mouse pointer over the
// first control of the prerendered page, then the app has taken the page's place.
export const WAKE = `document.querySelector('#prerendered button')?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }))`;
export async function wake(page, timeout = 60000) {
  await page.evaluate(WAKE);
  await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout, polling: 50 });
}

// Rejects after `ms` so that no measurement can hang the report.
export function withTimeout(promise, limit, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, no) => { timer = setTimeout(() => no(new Error(`${what}: no result in ${limit / 1000} s`)), limit); }),
  ]);
}
