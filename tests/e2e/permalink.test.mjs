// Permalinks in the browser: the fragment restores every view and option, interactions
// write it, back/forward step through changes, and what is not understood is said and ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, readJson, suite } from './helpers.mjs';

const env = suite();

const data = readJson('www/data/peacekeeping.json');
const hash = (page) => page.evaluate(() => location.hash);
const inView = (page, id) => page.$eval(`#view-${id}`, (s) => {
  const r = s.getBoundingClientRect();
  return r.top < window.innerHeight && r.bottom > 0;
});

test('a permalink restores each view and option', async () => {
  const mission = data.sofa_impact.rows.find((r) => typeof r.new_incidents === 'number').mission;
  const funnel = data.funnels.at(-1);
  const topic = data.figures.at(-1).topic;
  const url = `${env.base}#view=funnels&mission=${mission}&closed=1&funnel=${funnel.id}&topic=${topic}&sort=sofa.1.desc`;
  const page = await openPage(env.browser, url, { width: 1280, height: 800 });
  await page.waitForSelector('#map .chart-overlay .mark');
  await page.waitForFunction(() => document.querySelector('#view-funnels').getBoundingClientRect().top < 200);
  assert.ok(await inView(page, 'funnels'), 'scrolled to the view');
  assert.equal(await page.$eval('#view-funnels .chart-title', (h) => h.textContent), funnel.title);
  // The mission is chosen in every view that has it; its profile (a sheet over the page) opens
  // only where the address names the map.
  assert.equal(await page.$$eval('.profile', (p) => p.length), 0);
  assert.equal(await page.$eval('#map-closed', (c) => c.checked), true);
  assert.equal(await page.$$eval('#map .mark', (m) => m.length), data.missions.reduce((n, m) => n + m.hq.length, 0));
  assert.equal(await page.$eval('#figures-topic', (s) => s.value), topic);
  assert.equal(await page.$eval('#mechanisms-mission', (s) => s.value), mission);
  const th = page.locator('#view-sofa th', { hasText: 'New incidents' });
  assert.equal(await th.getAttribute('aria-sort'), 'descending');
  assert.equal(await page.$eval('#view-sofa tr[aria-current="true"] th', (t) => t.textContent.replace(/\d+$/, '')), mission);
  assert.equal(await page.$$eval('.notice', (n) => n.length), 0, 'nothing ignored');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('using the page writes the permalink, and back/forward step through the changes', async () => {
  const page = await openPage(env.browser, env.base, { width: 1280, height: 800 });
  await page.waitForSelector('#view-sofa table');
  await page.locator('#view-sofa th', { hasText: 'Total incidents' }).locator('button').click();
  await page.waitForFunction(() => location.hash.includes('sort=sofa.2.desc'));
  assert.match(await hash(page), /view=sofa/);
  const funnel = data.funnels[1].id;
  await page.selectOption('#funnel-series', funnel);
  await page.waitForFunction((f) => location.hash.includes(`funnel=${f}`), funnel);
  assert.match(await hash(page), /view=funnels/);
  // Back: the funnel choice goes, the sort stays.
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('funnel='));
  await page.waitForFunction((t) => document.querySelector('#view-funnels .chart-title').textContent === t, data.funnels[0].title);
  assert.equal(await page.locator('#view-sofa th', { hasText: 'Total incidents' }).getAttribute('aria-sort'), 'descending');
  // Back again: unsorted.
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('sort='));
  assert.equal(await page.locator('#view-sofa th', { hasText: 'Total incidents' }).getAttribute('aria-sort'), null);
  // Forward: sorted again.
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('#view-sofa th[aria-sort]') !== null);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a malformed fragment shows a notice and the default view', async () => {
  const page = await openPage(env.browser, `${env.base}#view=nowhere&zzz=1&sort=sofa.x&mission=NOPE`);
  await page.waitForSelector('.notice[role=status]');
  const notice = await page.$eval('.notice[role=status]', (n) => n.innerText);
  for (const bad of ['view=nowhere', 'zzz=1', 'sort=sofa.x', 'mission=NOPE']) assert.ok(notice.includes(bad), `${bad} in ${notice}`);
  await page.waitForSelector('#map .chart-overlay .mark');
  assert.equal(await page.$$eval('.profile', (p) => p.length), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('"copy link" copies the permalink', async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base.replace(/\/$/, '') });
  const page = await context.newPage();
  await page.goto(`${env.base}#view=parity`);
  await page.waitForSelector('.copy-link');
  await page.locator('.copy-link').click();
  await page.waitForFunction(() => document.querySelector('.copied').textContent !== '');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.base}#view=parity`);
  await context.close();
});

test('permalinks work in the offline copy from file://', async () => {
  const { pathToFileURL } = await import('node:url');
  const { join } = await import('node:path');
  const { dist } = await import('./helpers.mjs');
  const context = await env.browser.newContext({ offline: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const funnel = data.funnels.at(-1);
  await page.goto(`${pathToFileURL(join(dist, 'offline.html')).href}#view=funnels&funnel=${funnel.id}`);
  await page.waitForFunction((t) => document.querySelector('#view-funnels .chart-title')?.textContent === t, funnel.title);
  await page.locator('#view-sofa th', { hasText: 'New incidents' }).locator('button').click();
  await page.waitForFunction(() => location.hash.includes('sort=sofa.1.desc'));
  assert.deepEqual(errors, []);
  await context.close();
});
