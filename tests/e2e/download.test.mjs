// Downloads in the browser: SVG byte-identical to the golden of the same fixture, with
// title, source line and (map) disclaimer; PNG non-blank at 2×; CSV with sources, one row per
// record, and formula injection neutralised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asOf, readJson, root, suite } from './helpers.mjs';

// A fixture with a text beginning with "=", written at test time.
const dir = mkdtempSync(join(tmpdir(), 'pkviz-dl-'));
const fixture = readJson('tests/fixtures/sofa-alt.json');
const evil = JSON.parse(JSON.stringify(fixture));
evil.figures[0].label = '=HYPERLINK("http://example.invalid","x")';
writeFileSync(join(dir, 'evil.json'), JSON.stringify(evil));

const env = suite({ '/generated/': dir });

async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

function csvRows(text) {
  // Enough of RFC 4180 for these files: quoted cells may hold commas, quotes and newlines.
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('SVG downloads equal the goldens and carry title, sources and the map disclaimer', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.base}?data=fixtures/sofa-alt.json`);
  await page.waitForSelector('#map .chart-overlay .mark');
  for (const [view, golden] of [['parity', 'parity.svg'], ['funnels', 'funnel.svg'], ['map', 'map.svg']]) {
    const { name, bytes } = await download(page, `#view-${view} .download[data-format=svg]`);
    assert.match(name, new RegExp(`-${fixture.meta.as_of}\\.svg$`));
    const svg = bytes.toString('utf8');
    assert.equal(svg, readFileSync(join(root, 'tests/golden', golden), 'utf8'), `${view} SVG is the golden`);
    assert.ok(svg.includes(`Data as of ${asOf(fixture.meta.as_of)}`));
    assert.match(svg, /Sources: /);
    if (view === 'map') assert.match(svg, /do not imply official endorsement or acceptance by the United Nations/);
    const ok = await page.evaluate((s) => !new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror'), svg);
    assert.ok(ok, `${view} SVG parses as XML`);
  }
  await context.close();
});

test('PNG downloads are painted at twice the size', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${env.base}?data=fixtures/sofa-alt.json`);
  await page.waitForSelector('#parity .chart-overlay');
  const { name, bytes } = await download(page, '#view-parity .download[data-format=png]');
  assert.match(name, /\.png$/);
  const svgWidth = Number(/width="(\d+)"/.exec(readFileSync(join(root, 'tests/golden/parity.svg'), 'utf8'))[1]);
  const info = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 200) ink++;
    return { w: img.width, ink };
  }, bytes.toString('base64'));
  assert.equal(info.w, 2 * svgWidth);
  assert.ok(info.ink > 1000, 'not blank');
  await context.close();
});

test('CSV downloads hold every record with its source and neutralise formulas', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${env.base}?data=generated/evil.json`);
  await page.waitForSelector('#view-figures table');
  const { name, bytes } = await download(page, '#view-figures .download[data-format=csv]');
  assert.equal(name, `figures-${evil.meta.as_of}.csv`);
  const rows = csvRows(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  assert.deepEqual(rows[0], ['id', 'topic', 'label', 'value', 'unit', 'period', 'mission', 'qualifier', 'note', 'source', 'locator', 'derived']);
  assert.equal(rows.length - 1, evil.figures.length);
  assert.equal(rows[1][2], `'${evil.figures[0].label}`, 'formula neutralised');
  assert.equal(rows[1][10], evil.figures[0].ref.locator);
  const sofa = csvRows((await download(page, '#view-sofa .download[data-format=csv]')).bytes.toString('utf8').replace(/^\uFEFF/, ''));
  assert.equal(sofa.length - 1, evil.sofa_impact.rows.length);
  assert.deepEqual(sofa.slice(1).map((r) => r[0]), evil.sofa_impact.rows.map((r) => r.mission));
  const funnel = csvRows((await download(page, '#view-funnels .download[data-format=csv]')).bytes.toString('utf8').replace(/^\uFEFF/, ''));
  assert.equal(funnel[1].at(-1), 'yes', 'the derived stage is marked derived');
  // The map's CSV: each mission with what its marker shows, in the table's own codes.
  const map = csvRows((await download(page, '#view-map .download[data-format=csv]')).bytes.toString('utf8').replace(/^\uFEFF/, ''));
  const col = map[0].indexOf('new_incidents_last_6_months');
  assert.ok(col > 0, 'a new-incidents column');
  for (const m of evil.missions) {
    const row = evil.sofa_impact.rows.find((r) => r.mission === m.code);
    const want = !row ? 'not_reported' : row.agreement === 'neither' ? 'neither' : String(row.new_incidents);
    assert.equal(map.find((r) => r[0] === m.code)[col], want, m.code);
  }
  const doc = evil.sources.find((x) => x.id === evil.sofa_impact.ref.source);
  assert.ok(map[1][col + 1].startsWith(doc.title), 'with the source of the SOFA/SOMA table');
  await context.close();
});
