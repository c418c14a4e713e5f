// The mission map in the browser: every mission of the data file at its headquarters,
// closed ones on request, focusable with its details, listed as a table, the UN disclaimer
// always shown, and drawn from file:// in the offline copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, openPage, readJson, suite } from './helpers.mjs';

const env = suite();

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
    const page = await openPage(env.browser, env.base + url);
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
  const page = await openPage(env.browser, env.base, { width: 375, height: 800 });
  await page.waitForSelector('#map .chart-overlay');
  const disclaimer = await page.$eval('#view-map .disclaimer', (d) => d.innerText);
  assert.match(disclaimer, /do not imply official endorsement or acceptance by the United Nations/);
  assert.match(disclaimer, /Republic of Sudan and the Republic of South Sudan has not yet been determined/);
  assert.match(disclaimer, /Final status of the Abyei area is not yet determined/);
  assert.match(disclaimer, /final status of Jammu and Kashmir has not yet been agreed upon/);
  assert.doesNotMatch(disclaimer, /Dotted line/, 'the disclaimer describes only what the map draws');
  await page.locator('#map .toggle').click();
  const codes = await page.$$eval('#map table tbody tr', (trs) => trs.map((tr) => tr.firstElementChild.textContent.trim()));
  assert.deepEqual(codes, data.missions.map((m) => m.code));
  assert.ok(await page.$('#view-map .disclaimer'), 'still shown with the table');
  // (Firefox's classic scroll bar narrows the page: compare with the width inside it.)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling on a phone');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the map draws in offline.html from file://', async () => {
  const context = await env.browser.newContext({ offline: true });
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

test('clicking a marker and pressing Enter on a list item open that mission\'s profile', async () => {
  const data = readJson('www/data/peacekeeping.json');
  const page = await openPage(env.browser, env.base, { width: 1280, height: 1000 });
  await page.waitForSelector('#map .chart-overlay .mark');
  const open = sites(data.missions, false);
  // Click the mark of one mission (the marks follow the data file's order of headquarters).
  const i = open.findIndex((s) => s.code === data.sofa_impact.rows.find((r) => typeof r.new_incidents === 'number').mission);
  await page.locator('#map .mark').nth(i).click();
  await page.waitForSelector('.profile');
  const m = data.missions.find((x) => x.code === open[i].code);
  assert.equal(await page.$eval('#profile-title', (h) => h.firstChild.textContent), m.code);
  assert.ok((await page.$eval('.profile', (p) => p.innerText)).includes(m.name));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'profile-title', 'focus moves to the profile');
  // Its row of the SOFA/SOMA table, read from the data file.
  const row = data.sofa_impact.rows.find((r) => r.mission === m.code);
  const cells = await page.$$eval('.profile #profile-sofa-caption ~ tbody tr td, .profile table tbody tr td', (td) => td.map((c) => c.textContent.trim()));
  assert.ok(cells.includes(row.new_incidents.toLocaleString('en')));
  // Enter on another mission of the list opens its profile.
  const other = data.missions.filter((x) => x.status === 'active').at(-1);
  await page.locator('.mission-list button', { hasText: other.code }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((c) => document.querySelector('#profile-title')?.firstChild.textContent === c, other.code);
  // Its mechanisms link filters the mechanisms view to it.
  const withMechanisms = data.coordination_mechanisms.rows[0].mission;
  await page.locator('.mission-list button', { hasText: withMechanisms }).click();
  await page.waitForFunction((c) => document.querySelector('#profile-title')?.firstChild.textContent === c, withMechanisms);
  await page.locator('.profile a[href^="#view=mechanisms"]').click();
  await page.waitForFunction((c) => document.querySelector('#mechanisms-mission').value === c, withMechanisms);
  const expected = data.coordination_mechanisms.rows.filter((r) => r.mission === withMechanisms).length;
  await page.waitForFunction((n) => document.querySelectorAll('#view-mechanisms .data-table tbody tr').length === n, expected);
  const missions = await page.$$eval('#view-mechanisms .data-table tbody tr', (trs) => [...new Set(trs.map((tr) => tr.firstElementChild.textContent.trim()))]);
  assert.deepEqual(missions, [withMechanisms]);
  // Following a link to another view closes the profile's sheet; the mission stays chosen there.
  assert.equal(await page.$$eval('.profile', (p) => p.length), 0);
  // Its SOFA/SOMA link marks its row in the full table.
  await page.locator('.mission-list button', { hasText: withMechanisms }).click();
  await page.locator('.profile a[href^="#view=sofa"]').click();
  await page.waitForSelector('#view-sofa tr[aria-current="true"]');
  assert.equal(await page.$eval('#view-sofa tr[aria-current="true"] th', (th) => th.textContent.replace(/\d+$/, '')), withMechanisms);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const width of [1280, 375]) {
  test(`a profile opens as a sheet over the page: nothing on the page moves, the sheet is in sight (${width} px)`, async () => {
    const page = await openPage(env.browser, env.base, { width, height: 800 });
    await page.waitForSelector('#map .chart-overlay .mark');
    const button = page.locator('.mission-list button').nth(1);
    await page.evaluate(() => document.querySelectorAll('.mission-list button')[1].scrollIntoView({ block: 'center' }));
    const places = () => page.evaluate(() => ['.mission-list', '#view-map .legend', '#view-map .disclaimer', '#view-sofa']
      .map((s) => {
        const r = [...document.querySelectorAll(s)].find((e) => !e.closest('.profile')).getBoundingClientRect();
        return [s, Math.round(r.top), Math.round(r.left)];
      }));
    await page.evaluate(() => {
      window.shifted = 0;
      // (Chromium only: Firefox reports no layout shifts, and the places below hold there.)
      try {
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.shifted += e.value; }).observe({ type: 'layout-shift' });
      } catch (e) {}
    });
    const before = await places();
    await button.click();
    await page.waitForSelector('.profile');
    await page.waitForTimeout(300);
    assert.deepEqual(await places(), before, 'the page under the sheet stays where it was');
    assert.ok(await page.evaluate(() => window.shifted) <= 0.01, 'no layout shift');
    const sheet = await page.$eval('.profile', (p) => { const r = p.getBoundingClientRect(); return [r.top, r.bottom, r.left, r.right, innerHeight, innerWidth]; });
    assert.ok(sheet[0] >= 0 && sheet[1] <= sheet[4] + 1 && sheet[2] >= 0 && sheet[3] <= sheet[5] + 1, `the sheet is within the window: ${sheet}`);
    if (width === 1280) {
      // Beside the sheet, the map's disclaimer is read whole.
      const [disclaimer, left] = await page.evaluate(() => [document.querySelector('#view-map .disclaimer').getBoundingClientRect().right, document.querySelector('.profile').getBoundingClientRect().left]);
      assert.ok(disclaimer <= left, `the disclaimer ends (${disclaimer}) before the sheet (${left})`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the map zooms and pans by keyboard and buttons, and resets', async () => {
  const page = await openPage(env.browser, env.base, { width: 1000, height: 900 });
  await page.waitForSelector('#map .chart-overlay .mark');
  const first = () => page.$eval('#map .mark', (m) => [Number(m.getAttribute('x')), Number(m.getAttribute('y'))]);
  const before = await first();
  await page.locator('#map .chart-area').focus();
  await page.keyboard.press('+');
  await page.waitForFunction((b) => Number(document.querySelector('#map .mark').getAttribute('x')) !== b[0], before);
  const zoomed = await first();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((z) => Number(document.querySelector('#map .mark').getAttribute('x')) !== z[0], zoomed);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await page.waitForFunction((b) => Number(document.querySelector('#map .mark').getAttribute('x')) === b[0], before);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.waitForFunction((b) => Number(document.querySelector('#map .mark').getAttribute('x')) !== b[0], before);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('accessibility: no violations with a profile, a chart table and the embed dialog open', async () => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const page = await openPage(env.browser, `${env.base}#view=map&mission=${readJson('www/data/peacekeeping.json').missions[0].code}`);
  await page.waitForSelector('.profile');
  await page.locator('#parity .toggle').click();
  // axe takes a link of the page's own (`#view=…`) below the fold of the profile's sheet (a
  // fixed box) for a hidden skip link: that rule is run on the rest of the page, where the
  // page's one skip link is.
  let results = await new AxeBuilder({ page }).disableRules(['skip-link']).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);
  results = await new AxeBuilder({ page }).withRules(['skip-link']).exclude('.profile').analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);
  assert.ok(results.passes.some((r) => r.id === 'skip-link'), 'the skip link is checked');
  // (By keyboard: the sheet may lie over the button while the map's view is in sight.)
  await page.locator('#view-sofa .embed-open').focus();
  await page.keyboard.press('Enter');
  results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);
  await page.goto(`${env.base}#embed=map`);
  await page.waitForSelector('#map .mark');
  results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a basemap that cannot be loaded says which file and why; the missions and the other views stay', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/basemap/world-110m.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const page = await context.newPage();
  await page.goto(env.base);
  await page.waitForSelector('#view-map .notice-error');
  const notice = await page.$eval('#view-map .notice-error', (n) => n.innerText);
  assert.match(notice, /base map could not be loaded/i);
  assert.match(notice, /basemap\/world-110m\.json: HTTP 404/);
  assert.ok(await page.$('#view-map .disclaimer'), 'the disclaimer stays');
  assert.ok(await page.$('#view-sofa tbody tr'), 'the other views still draw');
  await context.close();
});

test('a profile\'s one-row tables have plain headings and no sort hint; full tables keep them', async () => {
  const data = readJson('www/data/peacekeeping.json');
  const code = data.sofa_impact.rows.find((r) => data.missions.some((m) => m.code === r.mission)).mission;
  const page = await openPage(env.browser, `${env.base}#view=map&mission=${code}`);
  await page.waitForSelector('.profile table');
  const rows = await page.$$eval('.profile table tbody tr', (trs) => trs.length);
  assert.ok(rows >= 1);
  let checked = 0;
  for (const table of await page.$$('.profile .data-table')) {
    const one = await table.$$eval('tbody tr', (trs) => trs.length === 1);
    if (!one) continue;
    assert.equal((await table.$$('button.sort')).length, 0, 'no sort button on one row');
    assert.equal((await table.$$('.hint')).length, 0, 'no sort hint on one row');
    checked++;
  }
  assert.ok(checked >= 1, 'the profile has a one-row table');
  assert.ok((await page.$$('#view-sofa > .data-table button.sort, #view-sofa .data-table button.sort')).length > 1, 'the full table still sorts');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
