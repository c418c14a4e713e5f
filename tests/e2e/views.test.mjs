// The coordination-mechanisms and figures views in the browser: rows, filters and
// the report's symbols exactly as the data file gives them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, readJson, suite } from './helpers.mjs';

const env = suite();

// The rows of a view's first table (the figures view has the per-mission tables after it).
const cells = (page, view) => page.$eval(`#view-${view} table`, (table) =>
  [...table.tBodies[0].rows].map((tr) => [...tr.children].map((c) => c.innerText.trim())));

for (const [name, file] of [['shipped', 'www/data/peacekeeping.json'], ['fixture', 'tests/fixtures/sofa-alt.json']]) {
  test(`mechanisms: every row of the ${name} file, filterable by mission`, async () => {
    const data = readJson(file);
    const page = await openPage(env.browser, name === 'shipped' ? env.base : `${env.base}?data=fixtures/sofa-alt.json`);
    await page.waitForSelector('#view-mechanisms tbody tr');
    const rows = await cells(page, 'mechanisms');
    const expected = data.coordination_mechanisms.rows;
    assert.deepEqual(rows.map((r) => [r[0], r[1]]), expected.map((r) => [r.mission, r.mechanism]));
    // A symbol with a recorded meaning shows it; other symbols say their meaning is not reported.
    // No emoji font is assumed: a named symbol shows its name beside it.
    const meanings = new Map(data.coordination_mechanisms.symbols.map((s) => [s.symbol, s.meaning]));
    const names = new Map((data.coordination_mechanisms.symbol_names || []).map((s) => [s.symbol, s.name]));
    const named = (sym) => (names.has(sym) ? `${sym} (${names.get(sym)})` : sym);
    assert.ok(name !== 'shipped' || names.size > 0, 'the shipped file names its symbols');
    expected.forEach((r, i) => {
      if (!r.status) return assert.equal(rows[i][2], '');
      if (meanings.has(r.status)) return assert.equal(rows[i][2], `${named(r.status)} ${meanings.get(r.status)}`);
      assert.equal(rows[i][2], named(r.status), 'a symbol without a recorded meaning: the symbol and its name');
    });
    // ... and the legend says once that their meaning is not reported, naming each symbol.
    const legend = await page.$eval('#view-mechanisms', (e) => e.innerText);
    const lost = expected.flatMap((r) => [r.status, r.contribution]).filter((x) => x && !/\w/.test(x) && !meanings.has(x));
    for (const sym of new Set(lost)) assert.ok(legend.includes(sym), sym);
    assert.equal((legend.match(/not reported/g) || []).length, lost.length ? 1 : 0, 'said once');
    const mission = expected[expected.length - 1].mission;
    await page.selectOption('#mechanisms-mission', mission);
    const filtered = await cells(page, 'mechanisms');
    assert.deepEqual(filtered.map((r) => r[1]), expected.filter((r) => r.mission === mission).map((r) => r.mechanism));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('figures: the fixture figures with value, period and source, filterable by topic', async () => {
  const data = readJson('tests/fixtures/sofa-alt.json');
  const page = await openPage(env.browser, `${env.base}?data=fixtures/sofa-alt.json`);
  await page.waitForSelector('#view-figures tbody tr');
  const rows = await cells(page, 'figures');
  assert.equal(rows.length, data.figures.length);
  data.figures.forEach((f, i) => {
    const value = f.value.toLocaleString('en', { maximumFractionDigits: 2 });
    const unit = f.unit === 'percent' ? `${value}%` : `${value} ${f.value === 1 && f.unit_one ? f.unit_one : f.unit}`;
    assert.equal(rows[i][1], f.qualifier ? `${f.qualifier} ${unit}` : unit);
    assert.equal(rows[i][2], f.period);
    assert.equal(rows[i][3], f.mission ?? '');
    assert.ok(rows[i][4].endsWith(f.ref.locator));
  });
  const topic = data.figures[1].topic;
  await page.selectOption('#figures-topic', topic);
  const filtered = await cells(page, 'figures');
  assert.deepEqual(filtered.map((r) => r[0]), data.figures.filter((f) => f.topic === topic).map((f) => f.label));
  const lost = await page.$$eval('.lost-figures li', (li) => li.map((l) => l.innerText));
  assert.equal(lost.length, data.lost_figures.length);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('figures: the shipped file pages its many figures', async () => {
  const data = readJson('www/data/peacekeeping.json');
  const page = await openPage(env.browser, env.base);
  await page.waitForSelector('#view-figures .pager');
  const status = await page.$eval('#view-figures .pager [role=status]', (e) => e.textContent);
  assert.ok(status.endsWith(` of ${data.figures.length.toLocaleString('en')}`), status);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('figures: a search filters as you type, counts the matches and is kept in the permalink', async () => {
  const data = readJson('www/data/peacekeeping.json');
  const page = await openPage(env.browser, env.base);
  await page.waitForSelector('#figures-search');
  // A word of a figure's label, as a visitor would look for it.
  const word = data.figures.at(-1).label.split(' ').find((w) => w.length > 5).toLowerCase();
  const short = new Map(data.sources.map((x) => [x.id, x.short]));
  const matching = data.figures.filter((f) => [f.label, f.unit, f.unit_one, f.period, f.mission, f.qualifier, f.note, `${short.get(f.ref.source)}, ${f.ref.locator}`]
    .filter(Boolean).join(' ').toLowerCase().includes(word));
  await page.locator('#figures-search').click();
  await page.keyboard.type(word);
  await page.waitForFunction((w) => decodeURIComponent(location.hash).includes(`q=${w}`), word);
  const status = await page.$eval('#figures-count', (s) => s.textContent);
  assert.ok(status.endsWith(` of ${data.figures.length.toLocaleString('en')} figures`), status);
  assert.equal(status, `${matching.length.toLocaleString('en')} of ${data.figures.length.toLocaleString('en')} figures`);
  const labels = await cells(page, 'figures');
  assert.deepEqual(labels.map((r) => r[0]), matching.slice(0, 100).map((f) => `${f.label}${f.note ? `\n${f.note}` : ''}`));
  // Typing wrote one history entry, not one per letter: Back leaves the search at once.
  const url = page.url();
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('q='));
  // The permalink restores the search and its input.
  await page.goto(url);
  await page.waitForSelector('#figures-search');
  assert.equal(await page.$eval('#figures-search', (i) => i.value), word);
  assert.equal((await cells(page, 'figures')).length, labels.length);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('tables with a row per mission: each cell as printed, the name the report printed, and the profile lists them', async () => {
  const data = readJson('tests/fixtures/sofa-alt.json');
  const page = await openPage(env.browser, `${env.base}?data=fixtures/sofa-alt.json`);
  for (const table of data.mission_tables) {
    const rows = await page.$$eval(`#mission-table-${table.id}-caption`, ([c]) =>
      [...c.closest('table').tBodies[0].rows].map((tr) => [...tr.children].map((td) => td.innerText.trim())));
    assert.equal(rows.length, table.rows.length, table.id);
    table.rows.forEach((r, i) => {
      assert.equal(rows[i][0], r.mission);
      r.cells.forEach((cell, j) => {
        const kind = table.columns[j].kind;
        if (kind === 'text' && cell) assert.equal(rows[i][j + 1], cell);
        else if (kind === 'mark') assert.equal(rows[i][j + 1], cell ? 'Yes' : 'not marked', `${r.mission} ${j}`);
      });
    });
    const printed = table.rows.find((r) => r.printed);
    if (printed) {
      const title = await page.$eval(`#mission-table-${table.id}-caption`, (c, m) =>
        [...c.closest('table').querySelectorAll('abbr')].find((a) => a.textContent === m)?.title, printed.mission);
      assert.ok(title?.includes(printed.printed), title);
    }
  }
  // A mission's profile lists the tables that have a row for it.
  const mission = data.mission_tables[0].rows[0].mission;
  await page.goto(`${env.base}?data=fixtures/sofa-alt.json#mission=${mission}`);
  await page.waitForSelector('#profile-title');
  const profile = await page.$eval('#profile-title', (h) => h.closest('.profile-slot').innerText);
  assert.ok(profile.includes(data.mission_tables[0].title), profile);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
