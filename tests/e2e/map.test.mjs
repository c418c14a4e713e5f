// The mission map in headless Chromium: every mission of the data file at its headquarters,
// closed ones on request, focusable with its details, listed as a table, the UN disclaimer
// always shown, and drawn from file:// in the offline copy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, launch, openPage, readJson, startServer } from './helpers.mjs';

let browser, server, base;
before(async () => {
  browser = await launch();
  ({ server, url: base } = await startServer());
});
after(async () => {
  await browser?.close();
  server?.close();
});

const sites = (missions, closed) => missions
  .filter((m) => closed || m.status === 'active')
  .flatMap((m) => m.hq.map((h) => ({ code: m.code, hq: h.name })));
const inked = (page) => page.$eval('#map canvas', (c) => {
  const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] < 200) n++;
  return n;
});

for (const [name, file, url] of [
  ['shipped', 'www/data/peacekeeping.json', ''],
  ['fixture', 'tests/fixtures/sofa-alt.json', '?data=fixtures/sofa-alt.json'],
]) {
  test(`map of the ${name} file: each headquarters a focusable mark, closed missions on request`, async () => {
    const data = readJson(file);
    const page = await openPage(browser, base + url);
    await page.waitForSelector('#map .chart-overlay .mark');
    assert.ok((await inked(page)) > 100, 'the map is painted');
    const labels = () => page.$$eval('#map .mark', (m) => m.map((e) => e.getAttribute('aria-label')));
    let marks = await labels();
    const open = sites(data.missions, false);
    assert.equal(marks.length, open.length);
    for (const s of open) assert.ok(marks.some((l) => l.startsWith(s.code) && l.includes(s.hq)), `${s.code} at ${s.hq}`);
    await page.check('#map-closed');
    await page.waitForFunction((n) => document.querySelectorAll('#map .mark').length === n, sites(data.missions, true).length);
    marks = await labels();
    for (const s of sites(data.missions, true)) assert.ok(marks.some((l) => l.startsWith(s.code)), s.code);
    // Focus shows the details line.
    await page.locator('#map .mark').first().focus();
    const details = await page.$eval('#map .chart-details', (p) => p.textContent);
    assert.equal(details, marks[0]);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the missions as a table, and the disclaimer always shown', async () => {
  const data = readJson('www/data/peacekeeping.json');
  const page = await openPage(browser, base, { width: 375, height: 800 });
  await page.waitForSelector('#map .chart-overlay');
  const disclaimer = await page.$eval('#view-map .disclaimer', (d) => d.innerText);
  assert.match(disclaimer, /do not imply official endorsement or acceptance by the United Nations/);
  assert.match(disclaimer, /Republic of Sudan and the Republic of South Sudan has not yet been determined/);
  assert.match(disclaimer, /Final status of the Abyei area is not yet determined/);
  assert.match(disclaimer, /Line of Control in Jammu and Kashmir/);
  await page.locator('#map .toggle').click();
  const codes = await page.$$eval('#map table tbody tr', (trs) => trs.map((tr) => tr.firstElementChild.textContent.trim()));
  assert.deepEqual(codes, data.missions.map((m) => m.code));
  assert.ok(await page.$('#view-map .disclaimer'), 'still shown with the table');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, 'no sideways scrolling on a phone');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the map draws in offline.html from file://', async () => {
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(join(dist, 'offline.html')).href);
  await page.waitForSelector('#map .chart-overlay .mark');
  assert.ok((await inked(page)) > 100);
  assert.ok(await page.$('#view-map .disclaimer'));
  assert.deepEqual(errors, []);
  await context.close();
});
