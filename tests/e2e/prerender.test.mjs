// The first view is in the HTML: every view is readable with scripts off (tables, the map and
// the charts as SVG, the UN disclaimer). A reader downloads no app; reaching for a control starts
// it, and it takes the HTML's place without duplicating it (the click or focus that woke it
// carried over), in the normal, embedded and offline pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appIn, asOf, dist, firefox, readJson, suite } from './helpers.mjs';

const env = suite();
const data = readJson('www/data/peacekeeping.json');
const views = ['map', 'sofa', 'parity', 'funnels', 'mechanisms', 'figures', 'recommendations'];

test('with scripts off, the built page shows every view', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.base);
  for (const v of views) assert.equal(await page.locator(`#view-${v}`).count(), 1, v);
  // Tables as HTML, one row per row of the data file.
  assert.equal(await page.locator('#view-sofa tbody tr').count(), data.sofa_impact.rows.length);
  assert.equal(await page.locator('#view-mechanisms tbody tr').count(), data.coordination_mechanisms.rows.length);
  assert.equal(await page.locator('#view-figures table[aria-describedby="figures-hint"] tbody tr').count(), Math.min(100, data.figures.length));
  // The map and the charts as SVG, the one for this width shown.
  for (const v of ['map', 'parity', 'funnels']) {
    const shown = await page.$$eval(`#view-${v} .chart-prerendered svg`,
      (svgs) => svgs.filter((s) => s.getBoundingClientRect().height > 0).length);
    assert.equal(shown, 1, `${v}: one picture shown`);
  }
  const active = data.missions.filter((m) => m.status === 'active' && data.sofa_impact.rows.some((r) => r.mission === m.code));
  const wide = page.locator('#view-map .chart-prerendered svg.wide');
  const labelled = [];
  const mapText = await wide.textContent();
  for (const m of active) if (mapText.includes(m.code)) labelled.push(m.code);
  // Labels that would overlap are left out (the missions stay in the table); most fit.
  assert.ok(labelled.length * 2 > active.length, `labelled: ${labelled}`);
  assert.ok(await wide.locator('circle').count() >= active.length, 'a marker per active mission');
  assert.equal(await page.locator('#view-map .disclaimer p').count(), 4);
  // Navigable: the footer and nav are there; controls that need scripts are hidden.
  assert.ok((await page.locator('.site-footer').innerText()).includes(asOf(data.meta.as_of)));
  assert.equal(await page.locator('.downloads').first().isVisible(), false);
  // The nav's links lead to their views without the app.
  await page.locator('.site-nav a[href="#view=parity"]').click();
  const top = await page.$eval('#view-parity', (s) => s.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 40, `the parity view is at the top (${top})`);
  await context.close();
});

test('with scripts off, an embedded view shows alone from the first paint', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const v of views) {
    await page.goto(`${env.base}#embed=${v}`);
    const shown = await page.$$eval('section.view', (ss) => ss.filter((s) => s.offsetParent !== null).map((s) => s.id));
    assert.deepEqual(shown, [`view-${v}`]);
    assert.equal(await page.locator('.site-header').isVisible(), false);
  }
  // Without an embed fragment, every view.
  await page.goto(`${env.base}#view=parity`);
  assert.equal(await page.$$eval('section.view', (ss) => ss.filter((s) => s.offsetParent !== null).length), views.length);
  await context.close();
});

test('the app takes over: no duplicate, sorting works, no console errors', async () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  assert.ok(html.includes('id="prerendered"'));
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.base);
  for (const v of views) assert.equal(await page.locator(`#view-${v}`).count(), 1, v);
  assert.equal(await page.locator('.site-header').count(), 1);
  assert.equal(await page.locator('.chart-prerendered').count(), 0, 'the app draws on canvas');
  await page.waitForSelector('#parity .chart-overlay');
  await page.locator('#view-sofa button.sort').nth(1).click();
  await page.waitForSelector('#view-sofa th[aria-sort="descending"]');
  assert.match(page.url(), /sort=sofa\.1\.desc/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reader downloads no app; a click on a prerendered control starts it and takes effect', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetched = [];
  // (Firefox also reports the stylesheet's inline font, a data: address, as a request.)
  page.on('request', (r) => r.url().startsWith('http') && fetched.push(new URL(r.url()).pathname));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.base, { waitUntil: 'load', app: false });
  await page.waitForTimeout(500);
  assert.deepEqual(fetched, ['/'], 'the page alone');
  assert.equal(await page.locator('#prerendered').count(), 1);
  // The click lands on the prerendered heading: the page sorts its rows (tests/e2e/first-touch),
  // and the app it starts takes over in that order.
  await page.locator('#view-sofa button.sort').nth(1).click();
  await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: 30000 });
  await page.waitForSelector('#view-sofa th[aria-sort="descending"]', { timeout: 30000 });
  assert.match(page.url(), /sort=sofa\.1\.desc/);
  assert.ok(fetched.some((p) => p.endsWith('.wasm')));
  assert.deepEqual(errors, []);
  await context.close();
});

// Where the first controls of each view are on screen, each view's top, and last the map's
// picture and list of missions. (A first click on a marker: tests/e2e/first-touch.test.mjs.)
const PLACES = () => [...document.querySelectorAll('.view')].flatMap((v) => [v, v.querySelector('button, select, input')])
  .concat([document.querySelector('#map > div:not(.zoom-controls)'), document.querySelector('#view-map .mission-list')])
  .filter(Boolean).map((el) => Math.round(el.getBoundingClientRect().top));

// (On a phone, Firefox's text metrics wrap a funnel label on another line than the prerendered
// picture's: there the clicked control is kept in place by scrolling, see www/boot.js.)
test('every view of the app takes the place it has in the prerendered page', async () => {
  for (const width of firefox ? [1280] : [1280, 375]) {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(env.base, { waitUntil: 'load', app: false });
    const before = await page.evaluate(PLACES);
    await appIn(page);
    await page.waitForSelector('#map .chart-overlay');
    // The same place to the pixel where the app draws at the prerendered width; on a phone the
    // prerendered picture is scaled to the screen, the app's drawn for it (a few pixels apart).
    const after = await page.evaluate(PLACES);
    const slack = width === 1280 ? 1 : 9;
    before.forEach((top, i) => assert.ok(Math.abs(after[i] - top) <= slack, `${width} px, place ${i}: ${top} → ${after[i]}`));
    await context.close();
  }
});

test('keyboard focus on a prerendered control stays on that control when the app takes over', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.base}#view=parity`, { waitUntil: 'load', app: false });
  const control = page.locator('#view-parity .view-head button').first();
  const label = await control.innerText();
  await control.focus();
  await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: 30000 });
  await page.waitForFunction(() => document.activeElement !== document.body);
  assert.equal(await page.evaluate(() => document.activeElement.closest('.view-head')?.parentElement.id), 'view-parity');
  assert.equal(await page.evaluate(() => document.activeElement.innerText), label);
  await context.close();
});

test('an embedded view and the offline copy take over with one copy of their content', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.base}#embed=parity`);
  await page.waitForSelector('main.embedded #parity .chart-overlay');
  assert.equal(await page.locator('section.view').count(), 1);
  await page.goto(pathToFileURL(join(dist, 'offline.html')).href);
  await page.waitForSelector('#view-sofa tbody tr');
  for (const v of views) assert.equal(await page.locator(`#view-${v}`).count(), 1, v);
  assert.equal(await page.locator('.offline-copy').count(), 0);
  await context.close();
});

test('a ?data= file: the prerendered page says another file is loading, then gives way to it', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/fixtures/sofa-alt.json', async (route) => { await held; await route.continue(); });
  const fixture = JSON.parse(readFileSync(join(dist, '..', 'tests/fixtures/sofa-alt.json'), 'utf8'));
  const loading = page.goto(`${env.base}?data=fixtures/sofa-alt.json`);
  await page.waitForSelector('#prerendered .loading-other[role="status"]');
  release();
  await loading;
  assert.equal(await page.locator('.loading-other').count(), 0);
  assert.equal(await page.locator('#view-sofa tbody tr').count(), fixture.sofa_impact.rows.length);
  await context.close();
});
