// The SOFA/SOMA table end to end in the browser: it shows exactly what the data file
// says (the shipped file and a fixture with other values), sorts by mouse and keyboard,
// reports bad files in the page, works from file://, and logs no console errors.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import AxeBuilder from '@axe-core/playwright';
import { asOf, dist, openPage, readJson, tableRows, suite } from './helpers.mjs';

// A generated file with many rows, for paging (rows are numbered so order is checkable).
const generated = mkdtempSync(join(tmpdir(), 'pkviz-e2e-'));
const LONG = 250;
function writeLongFixture() {
  const data = readJson('tests/fixtures/sofa-alt.json');
  const mission = data.missions[0];
  const row = data.sofa_impact.rows[0];
  data.missions = Array.from({ length: LONG }, (_, i) => ({ ...mission, code: `M${i}` }));
  data.sofa_impact.rows = Array.from({ length: LONG }, (_, i) => ({
    ...row, mission: `M${i}`, new_incidents: i, total_incidents: 1000 + i,
  }));
  writeFileSync(join(generated, 'long.json'), JSON.stringify(data));
}

writeLongFixture();
const env = suite({ '/generated/': generated });

// What each row of the table must say, computed from a data file (not written in the test).
function expectedRows(data) {
  const words = { none: 'None', under_validation: 'Under validation' };
  const count = (c) => (typeof c === 'number' ? c.toLocaleString('en') : words[c]);
  const impact = (i) => (i === 'dash' ? '–' : 'not reported');
  return data.sofa_impact.rows.map((r) => {
    const head = r.mission + (r.notes ?? []).join('');
    if (r.agreement === 'neither') return [head, 'No SOFA/SOMA'];
    const i = r.impact;
    return [head, count(r.new_incidents), count(r.total_incidents),
      impact(i.civilian_movement), impact(i.uniformed_movement), impact(i.mandated_tasks)];
  });
}

async function checkTable(page, data) {
  const rows = await tableRows(page);
  assert.deepEqual(rows, expectedRows(data));
  const caption = await page.$eval('#view-sofa caption', (c) => c.innerText.trim());
  assert.equal(caption, data.sofa_impact.title + data.sofa_impact.title_notes.join(''));
  const source = await page.$eval('#view-sofa .source-line', (e) => e.textContent);
  assert.equal(source, data.sofa_impact.source_line);
  for (const n of data.sofa_impact.notes) {
    const text = await page.$eval(`#sofa-note-${n.mark}`, (e) => e.textContent);
    assert.ok(text.includes(n.text), `note ${n.mark} is shown as text`);
  }
}

describe('served over HTTP', () => {
  test('the shipped data file is shown exactly', async () => {
    const page = await openPage(env.browser, env.base);
    await checkTable(page, readJson('www/data/peacekeeping.json'));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a fixture with other values is shown exactly (the table is data-driven)', async () => {
    const page = await openPage(env.browser, `${env.base}?data=fixtures/sofa-alt.json`);
    const data = readJson('tests/fixtures/sofa-alt.json');
    await checkTable(page, data);
    // Data strings are text, never HTML.
    assert.equal(await page.$$eval('#view-sofa .notes b', (b) => b.length), 0);
    const footer = await page.$eval('.site-footer', (f) => f.innerText);
    assert.ok(footer.includes(asOf(data.meta.as_of)));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('sorting by a numeric column: numbers first, the text states after, both directions', async () => {
    const page = await openPage(env.browser, `${env.base}?data=fixtures/sofa-alt.json`);
    const data = readJson('tests/fixtures/sofa-alt.json');
    const rows = data.sofa_impact.rows;
    const byNew = (dir) => {
      const nums = rows.filter((r) => typeof r.new_incidents === 'number')
        .sort((a, b) => dir * (a.new_incidents - b.new_incidents));
      const states = rows.filter((r) => typeof r.new_incidents === 'string');
      const none = rows.filter((r) => r.new_incidents === undefined);
      return [...nums, ...states, ...none].map((r) => r.mission);
    };
    const missions = async () => (await tableRows(page)).map((r) => r[0].replace(/\d+$/, ''));
    const header = page.locator('#view-sofa th', { hasText: 'New incidents' });
    await header.locator('button').click();
    assert.deepEqual(await missions(), byNew(-1));
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    // Keyboard: the same button, focused and activated with Enter, flips the direction.
    await header.locator('button').focus();
    await page.keyboard.press('Enter');
    assert.deepEqual(await missions(), byNew(1));
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    // Tab reaches the next sortable heading; Space sorts by it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const total = page.locator('#view-sofa th', { hasText: 'Total incidents' });
    assert.equal(await total.getAttribute('aria-sort'), 'descending');
    assert.equal(await header.getAttribute('aria-sort'), null);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a long table pages, and sorting goes back to its first page', async () => {
    const page = await openPage(env.browser, `${env.base}?data=generated/long.json`);
    await page.waitForSelector('#view-sofa .pager');
    const first = async () => (await tableRows(page))[0][0];
    const status = () => page.$eval('#view-sofa .pager [role=status]', (e) => e.textContent);
    const shown = (await tableRows(page)).length;
    assert.ok(shown < LONG, 'not every row at once');
    assert.match(await status(), new RegExp(`^Rows 1–${shown} of ${LONG}$`));
    assert.equal(await page.$eval('.pager button', (b) => b.getAttribute('aria-disabled')), 'true', 'no previous page at first');
    await page.getByRole('button', { name: 'Next rows' }).click();
    assert.equal(await first(), `M${shown}`);
    // By keyboard to the last page: the focus stays on "Next rows", which then says it is
    // unavailable (WCAG 2.4.3: the focus is never dropped to the top of the page).
    await page.getByRole('button', { name: 'Next rows' }).focus();
    for (let i = 0; i < Math.ceil(LONG / shown) + 1; i++) await page.keyboard.press('Enter');
    assert.match(await status(), new RegExp(`–${LONG} of ${LONG}$`));
    assert.deepEqual(await page.evaluate(() => [document.activeElement.textContent, document.activeElement.getAttribute('aria-disabled')]), ['Next rows', 'true']);
    await page.getByRole('button', { name: 'Previous rows' }).click();
    await page.getByRole('button', { name: 'Previous rows' }).click();
    await page.locator('#view-sofa th', { hasText: 'New incidents' }).locator('button').click();
    assert.equal(await first(), `M${LONG - 1}`, 'largest first, back on page one');
    assert.match(await status(), /^Rows 1–/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the table has a caption, header scopes and no accessibility violations', async () => {
    const page = await openPage(env.browser, env.base, { width: 375, height: 800 });
    await tableRows(page);
    const scopes = await page.$$eval('#view-sofa th[scope]', (ths) => ths.map((t) => t.scope));
    assert.ok(scopes.includes('col') && scopes.includes('row') && scopes.includes('colgroup'));
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.help}`), []);
    await page.context().close();
  });
});

describe('errors a person can act on', () => {
  const notice = async (page) => {
    await page.waitForSelector('.notice-error');
    return page.$eval('.notice-error', (n) => n.innerText);
  };

  test('a data parameter that is not a relative path is refused', async () => {
    for (const bad of ['https://example.org/x.json', '../x.json', '/etc/passwd']) {
      const page = await openPage(env.browser, `${env.base}?data=${encodeURIComponent(bad)}`);
      const text = await notice(page);
      assert.match(text, /relative path/);
      assert.ok(await page.$('.notice-error a[href="?"]'), 'offers the default data');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });

  test('a missing file says which file and what the server said', async () => {
    const page = await openPage(env.browser, `${env.base}?data=data/missing.json`);
    const text = await notice(page);
    assert.match(text, /could not be loaded/);
    assert.match(text, /data\/missing\.json: HTTP 404/);
    // The env.browser itself logs the failed request; nothing else may be logged.
    assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
    await page.context().close();
  });

  test('a file over the size the app reads is refused with its size and the limit', async () => {
    const context = await env.browser.newContext();
    // 65 MiB announced by the server: refused before the body is read.
    await context.route('**/fixtures/huge.json', (route) => route.fulfill({
      status: 200, contentType: 'application/json', body: Buffer.alloc(65 * 1024 * 1024, 0x20),
    }));
    const page = await context.newPage();
    await page.goto(`${env.base}?data=fixtures/huge.json`);
    const text = await notice(page);
    assert.match(text, /too large/);
    assert.match(text, /fixtures\/huge\.json: 65 MB; this app reads data files of up to 64 MB/);
    await context.close();
  });

  test('a file that is not JSON says so, with the position', async () => {
    const page = await openPage(env.browser, `${env.base}?data=fixtures/not-json.json`);
    const text = await notice(page);
    assert.match(text, /not valid JSON/);
    assert.match(text, /fixtures\/not-json\.json: .*(position|line)/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a bad section shows its located problem while the page still works', async () => {
    const page = await openPage(env.browser, `${env.base}?data=fixtures/sofa-broken.json`);
    const text = await notice(page);
    assert.match(text, /sofa_impact\.rows\[1\]\.total_incidents: expected a whole number from 0 to 2\^53 − 1, got -4/);
    const footer = await page.$eval('.site-footer', (f) => f.innerText);
    const data = readJson('tests/fixtures/sofa-broken.json');
    assert.ok(footer.includes(asOf(data.meta.as_of)));
    // The views whose sections are fine still draw, from the same file.
    assert.equal(await page.$$eval('#view-sofa table', (t) => t.length), 0);
    assert.equal(await page.$$eval('#view-mechanisms tbody tr', (r) => r.length), data.coordination_mechanisms.rows.length);
    assert.equal(await page.$$eval('#view-figures tbody tr', (r) => r.length), data.figures.length);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('offline.html from file://', () => {
  test('shows the same table with no server and no network', async () => {
    const context = await env.browser.newContext({ offline: true });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(dist, 'offline.html')).href);
    await checkTable(page, readJson('www/data/peacekeeping.json'));
    // The charts draw too (canvas painting under the offline file's CSP).
    await page.waitForSelector('#parity .chart-overlay');
    const painted = await page.$eval('#parity canvas', (c) => {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      return data.some((v, i) => i % 4 !== 3 && v < 200);
    });
    assert.ok(painted, 'the parity chart is painted');
    assert.deepEqual(errors, [], 'no console errors (CSP included)');
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
    await context.close();
  });
});
