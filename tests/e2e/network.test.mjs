// Every page the project ships keeps to itself: no Content-Security-Policy violation and no
// request to another host, on the normal page (first view and app), an embedded view, a
// mission's permalink, another data file, the library example and the offline copy from file://.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, readJson, suite } from './helpers.mjs';

const env = suite();
const mission = readJson('www/data/peacekeeping.json').missions[0].code;

// Opens `url` with CSP violations and every request recorded; `ready` waits for the page's
// content; returns what was seen.
async function visit(url, ready) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  try {
    await page.goto(url);
    await ready(page);
    // Give late requests and reports a moment.
    await page.waitForTimeout(500);
    const violations = await page.evaluate(() => window.__violations);
    return { requests, violations };
  } finally {
    await context.close();
  }
}

function keepsToItself(what, { requests, violations }, origin) {
  assert.deepEqual(violations, [], `${what}: CSP violations`);
  const others = requests.filter((u) => {
    const { protocol } = new URL(u);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return origin ? new URL(u).origin !== origin : protocol !== 'file:';
  });
  assert.deepEqual(others, [], `${what}: requests to another host`);
  assert.ok(requests.length > 0, `${what}: no request seen`);
}

test('no CSP violation and no other host, on every page', async () => {
  const origin = new URL(env.base).origin;
  const charts = (page) => page.waitForSelector('#parity .chart-overlay');
  for (const [what, url, ready] of [
    ['the page with its app', env.base, charts],
    ['an embedded view', `${env.base}#embed=parity`, (p) => p.waitForSelector('main.embedded #parity .chart-overlay')],
    ['a mission permalink', `${env.base}#view=map&mission=${mission}`, (p) => p.waitForSelector('#map .chart-overlay .mark')],
    ['another data file', `${env.base}?data=fixtures/sofa-alt.json`, charts],
    ['the library example', `${env.base}examples/render.html`, (p) => p.waitForSelector('canvas')],
  ]) {
    keepsToItself(what, await visit(url, ready), origin);
  }
  const offline = pathToFileURL(join(dist, 'offline.html')).href;
  keepsToItself('the offline copy', await visit(offline, charts), null);
});
