// The charts in the browser: painted canvases, sharp on HiDPI and redrawn on resize,
// focusable marks that show values read from the data file, and a table toggle with the same
// numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, readJson, suite } from './helpers.mjs';

const env = suite();

const fixtureUrl = () => `${env.base}?data=fixtures/sofa-alt.json`;
// A date as the page writes it (Intl, as the app does): "Oct 2018", or a year alone.
const when = (asOf) => {
  const [y, m] = asOf.split('-').map(Number);
  const o = m ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat('en', o).format(Date.UTC(y, (m || 6) - 1, 15));
};
const pct = (v) => `${v.toLocaleString('en', { maximumFractionDigits: 2 })}%`;

// Share of a canvas's pixels that are not white.
const inked = (page, sel) => page.$eval(sel, (c) => {
  const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) n++;
  return n / (c.width * c.height);
});

test('both charts paint their canvas, at the device pixel ratio', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(fixtureUrl());
  for (const id of ['#parity', '#funnel']) {
    await page.waitForSelector(`${id} .chart-overlay`);
    const canvas = `${id} canvas`;
    assert.ok((await inked(page, canvas)) > 0.01, `${id} is painted`);
    const { w, cw } = await page.$eval(canvas, (c) => ({ w: c.width, cw: c.clientWidth }));
    assert.ok(Math.abs(w - 2 * cw) <= 2, `${id}: ${w} device pixels for ${cw} CSS pixels`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the parity chart redraws at a new width and settles', async () => {
  const page = await openPage(env.browser, fixtureUrl(), { width: 1200, height: 900 });
  await page.waitForSelector('#parity .chart-overlay');
  const wide = await page.$eval('#parity canvas', (c) => [c.width, c.height]);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForFunction((w) => document.querySelector('#parity canvas').width < w, wide[0]);
  const narrow = await page.$eval('#parity canvas', (c) => [c.width, c.height]);
  assert.ok(narrow[1] > wide[1], 'one panel per row on a phone: taller');
  await page.waitForTimeout(300);
  assert.deepEqual(await page.$eval('#parity canvas', (c) => [c.width, c.height]), narrow, 'no resize loop');
  assert.ok((await inked(page, '#parity canvas')) > 0.01);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('focusing a point shows its value, date and source from the data file', async () => {
  const data = readJson('tests/fixtures/sofa-alt.json');
  const page = await openPage(env.browser, fixtureUrl());
  await page.waitForSelector('#parity .chart-overlay .mark');
  const first = data.gender_parity.actuals[0];
  await page.locator('#parity .mark').first().focus();
  const details = await page.$eval('#parity .chart-details', (p) => p.textContent);
  assert.ok(details.includes(pct(first.value)), details);
  assert.ok(details.includes(when(first.date)), details);
  assert.ok(details.includes(first.ref.locator), details);
  // Keyboard: Tab moves to the next mark.
  await page.keyboard.press('Tab');
  const second = data.gender_parity.actuals[1];
  assert.ok((await page.$eval('#parity .chart-details', (p) => p.textContent)).includes(pct(second.value)));
  // Hover works too, on the funnel: its derived first stage says so.
  await page.locator('#funnel .mark').first().hover();
  const funnel = await page.$eval('#funnel .chart-details', (p) => p.textContent);
  assert.match(funnel, /derived/);
  assert.ok(funnel.includes(data.funnels[0].stages[0].derived), funnel);
  // Off the mark, the line gives the hint again: it never describes a mark no one is on.
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => /Point at, tap or tab/.test(document.querySelector('#funnel .chart-details').textContent));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('"show as table" shows the same numbers as the chart', async () => {
  const data = readJson('tests/fixtures/sofa-alt.json');
  const page = await openPage(env.browser, fixtureUrl());
  await page.waitForSelector('#parity .chart-overlay');
  const marks = await page.$$eval('#parity .mark', (m) => m.map((e) => e.getAttribute('aria-label')));
  await page.locator('#parity .toggle').click();
  assert.equal(await page.locator('#parity .toggle').getAttribute('aria-pressed'), 'true');
  const values = await page.$$eval('#parity table tbody tr', (trs) => trs.map((tr) => tr.lastElementChild.textContent.trim()));
  const drawnTargets = data.gender_parity.targets.filter((t) => t.value !== null);
  assert.equal(values.length, data.gender_parity.actuals.length + drawnTargets.length);
  assert.equal(marks.length, values.length, 'one table row per chart mark');
  for (const a of data.gender_parity.actuals) assert.ok(values.includes(pct(a.value)), pct(a.value));
  for (const t of drawnTargets) assert.ok(values.includes(pct(t.value)), pct(t.value));
  // And back to the chart, painted again.
  await page.locator('#parity .toggle').click();
  await page.waitForSelector('#parity canvas');
  assert.ok((await inked(page, '#parity canvas')) > 0.01);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// The parity rule, restated here as the oracle: a category is judged only on a share reported
// for a target's whole year (a yearly figure or December, with a date that is not approximate).
function judged(parity) {
  const out = new Map();
  for (const c of parity.categories.filter((k) => k.ugps)) {
    const targets = parity.targets.filter((t) => t.category === c.id && t.value !== null).sort((a, b) => b.year - a.year);
    for (const t of targets) {
      const whole = parity.actuals.filter((a) => a.category === c.id && !a.date_approximate
        && (a.date === String(t.year) || a.date === `${t.year}-12`));
      if (whole.length) { out.set(c.label, whole.at(-1).value >= t.value); break; }
    }
  }
  return out;
}

for (const [name, file, url] of [['fixture', 'tests/fixtures/sofa-alt.json', fixtureUrl], ['shipped', 'www/data/peacekeeping.json', () => env.base]]) {
  test(`parity (${name} file): verdicts only for a whole target year, a key, each group apart, approximate dates marked`, async () => {
    const parity = readJson(file).gender_parity;
    const page = await openPage(env.browser, url());
    await page.waitForSelector('#parity .chart-overlay');
    const verdicts = judged(parity);
    const summary = await page.$eval('#view-parity .chart-summary', (p) => p.textContent);
    const met = [...verdicts.values()].filter(Boolean).length;
    assert.ok(summary.includes(`${met} of ${verdicts.size} categories reached it`), summary);
    // The table: one category cell per panel, differently defined groups under their own names.
    await page.locator('#parity .toggle').click();
    const rows = await page.$$eval('#parity table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    for (const c of parity.categories) {
      const own = parity.actuals.filter((a) => a.category === c.id);
      assert.equal(rows.filter((r) => r[0] === c.label && r[2] !== '' && !r[1].startsWith('target')).length, own.length, c.label);
    }
    for (const a of parity.actuals.filter((x) => x.date_approximate)) {
      assert.ok(rows.some((r) => r[2] === `≈${when(a.date)}` && r[3] === pct(a.value)), `≈${a.date}`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the funnel series can be chosen and its table marks derived counts', async () => {
  const data = readJson('www/data/peacekeeping.json');
  const page = await openPage(env.browser, env.base);
  await page.waitForSelector('#funnel .chart-overlay');
  const last = data.funnels[data.funnels.length - 1];
  await page.selectOption('#funnel-series', last.id);
  await page.waitForFunction((t) => document.querySelector('#view-funnels .chart-title').textContent === t, last.title);
  await page.locator('#funnel .toggle').click();
  const counts = await page.$$eval('#funnel table tbody tr', (trs) => trs.map((tr) => tr.children[1].textContent.trim()));
  assert.deepEqual(counts, last.stages.map((s) => (s.count !== undefined ? s.count.toLocaleString('en') : s.derived ? counts[0] : 'not reported')));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('counts over time are one chart of bars per date, with each share of a funnel named by its base', async () => {
  const data = readJson('tests/fixtures/sofa-alt.json');
  const series = data.snapshots[0];
  const page = await openPage(env.browser, `${env.base}?data=fixtures/sofa-alt.json`);
  await page.waitForSelector('#funnel .chart-overlay');
  // A funnel's share says what it is a share of: the stage before.
  const funnel = data.funnels[0];
  const share = await page.$$eval('#funnel .mark', (ms) => ms.map((m) => m.getAttribute('aria-label')));
  funnel.stages.forEach((s, i) => {
    if (s.share_of_previous !== undefined) {
      assert.ok(share[i].includes(`${s.share_of_previous}% of ${funnel.stages[i - 1].label}`), share[i]);
    }
  });
  // The series over time is offered beside the funnels, and drawn as one chart.
  await page.selectOption('#funnel-series', series.id);
  await page.waitForFunction((t) => document.querySelector('#view-funnels .chart-title').textContent === t, series.title);
  await page.waitForFunction(() => document.querySelectorAll('#funnel .mark').length > 0);
  assert.ok((await inked(page, '#funnel canvas')) > 0.01, 'painted');
  assert.match(page.url(), new RegExp(`funnel=${series.id}`));
  // One focusable mark per date, each telling every measure's count (or that it is not
  // reported) and where it comes from.
  const marks = await page.$$eval('#funnel .mark', (ms) => ms.map((m) => m.getAttribute('aria-label')));
  assert.equal(marks.length, series.dates.length);
  series.dates.forEach((d, i) => {
    assert.ok(marks[i].startsWith(when(d.as_of)), marks[i]);
    d.counts.forEach((c, k) => assert.ok(marks[i].includes(`${series.measures[k]}: ${c === null ? 'not reported' : c}`), marks[i]));
    assert.ok(marks[i].includes(d.ref.locator), marks[i]);
  });
  await page.locator('#funnel .mark').first().focus();
  assert.equal(await page.$eval('#funnel .chart-details', (p) => p.textContent), marks[0]);
  // The table: a row per date, a column per measure.
  await page.locator('#funnel .toggle').click();
  const rows = await page.$$eval('#funnel table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.deepEqual(rows.map((r) => r.slice(0, 1 + series.measures.length)),
    series.dates.map((d) => [when(d.as_of), ...d.counts.map((c) => (c === null ? 'not reported' : String(c)))]));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
