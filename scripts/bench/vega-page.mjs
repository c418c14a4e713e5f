// The Vega-Lite comparison page: the same content as the app from the same data file — tables
// built as HTML by a small script in the page (the same builders as the static floor), the
// parity small multiples, the first funnel and the mission map drawn by vega-embed (SVG renderer,
// no actions). vega, vega-lite and vega-embed come from node_modules (devDependencies) and are
// served from the bench's folder, never a CDN. The page marks `performance.mark('drawn')` when
// every vegaEmbed promise has resolved (`failed` if one did not).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './util.mjs';
import * as floor from './static-page.mjs';

export const LIBS = {
  vega: 'node_modules/vega/build/vega.min.js',
  'vega-lite': 'node_modules/vega-lite/build/vega-lite.min.js',
  'vega-embed': 'node_modules/vega-embed/build/vega-embed.min.js',
};
export const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

// The static floor's row and table builders as page script, for the comparison pages.
export function pageHelpers() {
  const helpers = ['decodeLine', 'basemapLines', 'yearOf', 'parityRows', 'funnelRows', 'sofaTable', 'mechanismsTable', 'figureValue', 'figuresTable']
    .map((name) => `const ${name} = ${floor[name].toString()};`).join('\n');
  return `
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const num = new Intl.NumberFormat('en');
const countText = (c) => (c === 'none' ? 'None' : c === 'under_validation' ? 'Under validation' : typeof c === 'number' ? num.format(c) : '');
const impactText = (v) => (v === 'dash' ? '–' : 'Not reported');
${helpers}
const DISCLAIMER = ${JSON.stringify(floor.DISCLAIMER)};
`;
}

// The same body for every comparison page: sections the page script fills.
export const BODY = `<div id="app"><main>
<h1 id="title"></h1>
<section id="view-map"><h2>Mission map</h2><div id="map-chart"></div><div class="disclaimer" role="note" id="disclaimer"></div></section>
<section id="view-sofa"><h2>SOFA/SOMA incidents</h2><div id="sofa"></div></section>
<section id="view-parity"><h2>Women in uniform</h2><div id="parity-chart"></div></section>
<section id="view-funnels"><h2>Crimes against peacekeepers</h2><h3 class="chart-title" id="funnel-title"></h3><div id="funnel-chart"></div></section>
<section id="view-mechanisms"><h2>Coordination with host countries</h2><div id="mechanisms"></div></section>
<section id="view-figures"><h2>Figures in the reports</h2><div id="figures"></div></section>
</main></div>`;

// Page script, once `data` and `basemap` are loaded: fills the tables and the texts, and sets
// `f0` (the first funnel), `lines` (the basemap in degrees), `sites` and `parity` for the charts.
export const FILL_TABLES = `
  document.getElementById('title').textContent = data.meta.title;
  document.getElementById('sofa').innerHTML = sofaTable(data.sofa_impact);
  document.getElementById('mechanisms').innerHTML = mechanismsTable(data.coordination_mechanisms);
  document.getElementById('figures').innerHTML = figuresTable(data);
  document.getElementById('disclaimer').innerHTML = DISCLAIMER.map((d) => '<p>' + esc(d) + '</p>').join('');
  const f0 = data.funnels[0];
  document.getElementById('funnel-title').textContent = f0.title;
  const lines = basemapLines(basemap);
  const sites = data.missions.filter((m) => m.status === 'active').flatMap((m) => m.hq.map((h) => ({ code: m.code, name: m.name || '', hq: h.name, lon: h.lon, lat: h.lat })));
  const parity = parityRows(data.gender_parity);
`;

// The page's own script: the builders, the tables, then the specs.
function pageScript(dataUrl, basemapUrl) {
  return `${pageHelpers()}
(async () => {
  const [data, basemap] = await Promise.all([fetch(${JSON.stringify(dataUrl)}).then((r) => r.json()), fetch(${JSON.stringify(basemapUrl)}).then((r) => r.json())]);
${FILL_TABLES}
  const feature = (kind, ls) => ({ type: 'Feature', properties: { kind }, geometry: { type: 'MultiLineString', coordinates: ls } });
  const mapSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 960, height: 470, projection: { type: 'equalEarth' },
    layer: [
      { data: { values: [feature('land', lines.land), feature('borders', lines.borders), feature('undetermined', lines.undetermined)] },
        mark: { type: 'geoshape', filled: false, strokeWidth: 0.6 },
        encoding: { stroke: { field: 'properties.kind', type: 'nominal', scale: { domain: ['land', 'borders', 'undetermined'], range: ['#8a8a8a', '#bbbbbb', '#555555'] }, legend: null },
          strokeDash: { field: 'properties.kind', type: 'nominal', scale: { domain: ['land', 'borders', 'undetermined'], range: [[1, 0], [1, 0], [2, 2]] }, legend: null } } },
      { data: { values: sites }, mark: { type: 'circle', size: 70, color: '#1f5fa8', opacity: 1 },
        encoding: { longitude: { field: 'lon', type: 'quantitative' }, latitude: { field: 'lat', type: 'quantitative' }, tooltip: [{ field: 'code' }, { field: 'name' }, { field: 'hq' }] } },
      { data: { values: sites }, mark: { type: 'text', align: 'left', dx: 7, fontSize: 11 },
        encoding: { longitude: { field: 'lon', type: 'quantitative' }, latitude: { field: 'lat', type: 'quantitative' }, text: { field: 'code' } } },
    ],
  };
  const parityY = { field: 'value', type: 'quantitative', title: '%' };
  const ts = parity.map((r) => r.t);
  const parityX = { field: 't', type: 'quantitative', title: null, scale: { domain: [Math.floor(Math.min(...ts)), Math.ceil(Math.max(...ts))], nice: false }, axis: { format: 'd', tickMinStep: 1 } };
  const paritySpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: parity }, columns: 3,
    facet: { field: 'label', type: 'nominal', title: null, sort: null, header: { labelLimit: 280, labelFontWeight: 'bold' } },
    spec: {
      width: 250, height: 120,
      layer: [
        { transform: [{ filter: "datum.kind === 'actual'" }], mark: { type: 'point', filled: true, size: 50, color: '#1f5fa8' },
          encoding: { x: parityX, y: parityY, tooltip: [{ field: 'label' }, { field: 'value' }] } },
        { transform: [{ filter: "datum.kind === 'target'" }], mark: { type: 'tick', orient: 'horizontal', color: '#b5121b', thickness: 3, size: 16 },
          encoding: { x: parityX, y: parityY, tooltip: [{ field: 't', title: 'target year' }, { field: 'value' }] } },
      ],
    },
  };
  const funnelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: funnelRows(f0) }, width: 600,
    layer: [
      { mark: { type: 'bar' }, encoding: { y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 300 } }, x: { field: 'count', type: 'quantitative', title: f0.unit },
        color: { field: 'derived', type: 'nominal', scale: { domain: [false, true], range: ['#1f5fa8', '#9bb7d9'] }, legend: null } } },
      { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { y: { field: 'label', type: 'nominal', sort: null }, x: { field: 'count', type: 'quantitative' }, text: { field: 'count', format: ',' } } },
    ],
  };
  const opts = { renderer: 'svg', actions: false };
  await Promise.all([
    vegaEmbed('#map-chart', mapSpec, opts),
    vegaEmbed('#parity-chart', paritySpec, opts),
    vegaEmbed('#funnel-chart', funnelSpec, opts),
  ]);
  performance.mark('drawn');
})().catch((e) => { performance.mark('failed'); console.error('vega page: ' + e); });
`;
}

/** Writes `vega.html` and the three libraries (under `vega/`) into `dir`. */
export function writeVegaPage(dir, { dataUrl = '/data/peacekeeping.json', basemapUrl = '/basemap/world-110m.json', css = '/style.css' } = {}) {
  mkdirSync(join(dir, 'vega'), { recursive: true });
  for (const [name, rel] of Object.entries(LIBS)) copyFileSync(join(root, rel), join(dir, 'vega', `${name}.min.js`));
  const html = `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vega-Lite comparison</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${css}">
<script src="vega/vega.min.js"></script>
<script src="vega/vega-lite.min.js"></script>
<script src="vega/vega-embed.min.js"></script>
</head>
<body>
${BODY}
<script>${pageScript(dataUrl, basemapUrl)}</script>
</body>
</html>
`;
  writeFileSync(join(dir, 'vega.html'), html);
  return { versions: Object.keys(LIBS).map((n) => `${n} ${version(n)}`).join(', ') };
}
