// The recommendations tracker in the browser: every paragraph of the matrix, search as you type
// (matches marked, a count), the filters, a permalink per paragraph, the CSV of what is shown,
// an embed that keeps the filters, the offline copy with the matrix in it, and a mission's
// profile gathering the paragraphs that name it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, openPage, readJson, suite } from './helpers.mjs';

const env = suite();
const matrix = readJson('www/data/recommendations.json');
const rows = (page) => page.$$eval('#view-recommendations .rec-para', (ls) => ls.map((l) => Number(l.id.replace('para-', ''))));
const count = (page) => page.locator('#rec-count').first().textContent();
const text = (p) => p.status.join(' ').toLowerCase();
// A long matrix shows a page of rows at a time: "Show N more" until every row is there.
async function showAll(page) {
  while (await page.locator('#view-recommendations .rec-more').count()) {
    const before = (await rows(page)).length;
    await page.locator('#view-recommendations .rec-more').first().click();
    await page.waitForFunction((n) => document.querySelectorAll('#view-recommendations .rec-para').length > n, before);
  }
}

test('every paragraph, then search as you type with matches marked and a count', async () => {
  const page = await openPage(env.browser, `${env.base}#view=recommendations`);
  await page.waitForSelector('#view-recommendations .rec-para');
  const first = (await rows(page)).length;
  assert.ok(first < matrix.paragraphs.length, `a page of rows first (${first})`);
  await showAll(page);
  assert.deepEqual(await rows(page), matrix.paragraphs.map((p) => p.para));
  assert.equal(await count(page), `${matrix.paragraphs.length} of ${matrix.paragraphs.length} paragraphs`);
  // A word of a paragraph that few others have.
  const word = 'clearcheck';
  const expected = matrix.paragraphs.filter((p) => text(p).includes(word)).map((p) => p.para);
  assert.ok(expected.length > 0);
  await page.locator('#rec-search').first().focus();
  await page.keyboard.type(word);
  await page.waitForFunction((n) => document.querySelectorAll('#view-recommendations .rec-para').length === n, expected.length);
  assert.deepEqual(await rows(page), expected);
  assert.equal(await count(page), `${expected.length} of ${matrix.paragraphs.length} paragraph${matrix.paragraphs.length === 1 ? '' : 's'}`);
  const marks = await page.$$eval('#view-recommendations .rec-text mark', (ms) => ms.map((m) => m.textContent.toLowerCase()));
  assert.ok(marks.length > 0 && marks.every((m) => m === word), `${marks}`);
  assert.match(page.url(), /rq=clearcheck/);
  // The chart's bars follow: the shown count per section.
  const shown = await page.$$eval('#rec-sections .chart-overlay .mark', (ms) => ms.map((m) => m.getAttribute('aria-label')));
  assert.equal(shown.length, matrix.sections.length);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('filters: section, addressed or not, mission named, document cited', async () => {
  const page = await openPage(env.browser, `${env.base}#view=recommendations`);
  await page.waitForSelector('#view-recommendations .rec-para');
  const section = matrix.sections[2];
  await page.selectOption('#rec-section', section.id);
  await page.waitForFunction(() => !document.querySelector('#view-recommendations .rec-para') || true);
  await page.waitForFunction((id) => location.hash.includes(`section=${id}`), section.id);
  assert.deepEqual(await rows(page), matrix.paragraphs.filter((p) => p.section === section.id).map((p) => p.para));
  await page.selectOption('#rec-section', '');
  await page.selectOption('#rec-state', 'not-addressed');
  await page.waitForFunction(() => location.hash.includes('state=not-addressed'));
  const not = matrix.paragraphs.filter((p) => p.not_addressed);
  assert.deepEqual(await rows(page), not.map((p) => p.para));
  assert.equal(await page.locator('#view-recommendations .rec-state').count(), not.length);
  await page.selectOption('#rec-state', '');
  const mission = matrix.paragraphs.find((p) => p.missions?.length).missions[0];
  await page.selectOption('#rec-mission', mission);
  await page.waitForFunction((m) => location.hash.includes(`mission=${m}`), mission);
  assert.deepEqual(await rows(page), matrix.paragraphs.filter((p) => p.missions?.includes(mission)).map((p) => p.para));
  await page.selectOption('#rec-mission', '');
  const doc = matrix.paragraphs.find((p) => p.cites?.length).cites[0];
  await page.selectOption('#rec-cites', doc);
  await page.waitForFunction(() => location.hash.includes('cites='));
  assert.deepEqual(await rows(page), matrix.paragraphs.filter((p) => p.cites?.includes(doc)).map((p) => p.para));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a permalink per paragraph brings it into sight and marks it', async () => {
  const para = matrix.paragraphs[40].para;
  const page = await openPage(env.browser, `${env.base}#view=recommendations&para=${para}`);
  await page.waitForSelector(`#para-${para}[aria-current="true"]`);
  const inView = await page.$eval(`#para-${para}`, (el) => {
    const r = el.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  assert.ok(inView, 'scrolled into view');
  const link = await page.$eval(`#para-${para} .rec-cite a`, (a) => a.getAttribute('href'));
  assert.equal(link, `#view=recommendations&para=${para}`);
  await page.context().close();
});

test('the CSV holds the rows shown, with the source; an embed keeps the filters', async () => {
  const page = await openPage(env.browser, `${env.base}#view=recommendations&state=not-addressed`);
  await page.waitForSelector('#view-recommendations .rec-para');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#view-recommendations .download[data-format=csv]').click()]);
  const csv = readFileSync(await dl.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.match(csv[0], /^paragraph_a75_19,section,status,.*,source,locator,derived$/);
  const not = matrix.paragraphs.filter((p) => p.not_addressed);
  assert.equal(csv.length - 1, not.length);
  assert.ok(csv.slice(1).every((l) => l.includes(matrix.sources[0].title)), 'each row names its source');
  await page.locator('#view-recommendations .embed-open').click();
  const code = await page.$eval('#view-recommendations dialog textarea', (t) => t.value);
  const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.equal(new URL(src).hash, '#embed=recommendations&state=not-addressed');
  await page.context().close();
  const embedded = await openPage(env.browser, src, { width: 600, height: 900 });
  await embedded.waitForSelector('#view-recommendations .rec-para');
  assert.deepEqual(await rows(embedded), not.map((p) => p.para));
  assert.equal(await embedded.locator('section.view').count(), 1);
  await embedded.context().close();
});

test('the offline copy has the matrix, and a mission\'s profile lists the paragraphs that name it', async () => {
  const mission = matrix.paragraphs.find((p) => p.missions?.length).missions[0];
  const naming = matrix.paragraphs.filter((p) => p.missions?.includes(mission)).map((p) => p.para);
  const offline = await openPage(env.browser, `${pathToFileURL(join(dist, 'offline.html')).href}#view=map&mission=${mission}`);
  await offline.waitForSelector('.profile .profile-list a');
  const listed = await offline.$$eval('.profile .profile-list a', (as) => as.map((a) => a.getAttribute('href')))
    .then((hs) => hs.filter((h) => h.includes('para=')).map((h) => Number(h.match(/para=(\d+)/)[1])));
  assert.deepEqual(listed, naming);
  await offline.evaluate(() => { location.hash = '#view=recommendations'; });
  await offline.waitForSelector('#view-recommendations .rec-para');
  await showAll(offline);
  assert.equal((await rows(offline)).length, matrix.paragraphs.length);
  assert.deepEqual(offline.errors, []);
  await offline.context().close();
});
