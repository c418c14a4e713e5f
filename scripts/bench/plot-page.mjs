// The Observable Plot comparison page (optional third): the same content as the Vega-Lite page,
// charts drawn by @observablehq/plot on d3 (UMD builds from node_modules, served from the bench's
// folder). Plot draws synchronously; the page marks `performance.mark('drawn')` once every chart
// is in the document (`failed` if one threw).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './util.mjs';
import { BODY, FILL_TABLES, pageHelpers, version } from './vega-page.mjs';

export const LIBS = {
  d3: 'node_modules/d3/dist/d3.min.js',
  plot: 'node_modules/@observablehq/plot/dist/plot.umd.min.js',
};

function pageScript(dataUrl, basemapUrl) {
  return `${pageHelpers()}
(async () => {
  const [data, basemap] = await Promise.all([fetch(${JSON.stringify(dataUrl)}).then((r) => r.json()), fetch(${JSON.stringify(basemapUrl)}).then((r) => r.json())]);
${FILL_TABLES}
  const multi = (ls) => ({ type: 'MultiLineString', coordinates: ls });
  document.getElementById('map-chart').append(Plot.plot({
    width: 960, projection: 'equal-earth',
    marks: [
      Plot.geo(multi(lines.land), { stroke: '#8a8a8a', strokeWidth: 0.6 }),
      Plot.geo(multi(lines.borders), { stroke: '#bbbbbb', strokeWidth: 0.6 }),
      Plot.geo(multi(lines.undetermined), { stroke: '#555555', strokeWidth: 0.6, strokeDasharray: '2 2' }),
      Plot.dot(sites, { x: 'lon', y: 'lat', r: 4, fill: '#1f5fa8', stroke: 'white', title: (d) => d.code + ' ' + d.name + ' (' + d.hq + ')' }),
      Plot.text(sites, { x: 'lon', y: 'lat', text: 'code', dx: 7, textAnchor: 'start' }),
    ],
  }));
  const ts = parity.map((r) => r.t);
  const xDomain = [Math.floor(Math.min(...ts)), Math.ceil(Math.max(...ts))];
  const yMax = Math.ceil(Math.max(...parity.map((r) => r.value)) / 10) * 10;
  const parityBox = document.getElementById('parity-chart');
  for (const c of data.gender_parity.categories) {
    const own = parity.filter((r) => r.category === c.id);
    if (!own.length) continue;
    parityBox.append(Plot.plot({
      width: 300, height: 170, title: c.label,
      x: { domain: xDomain, tickFormat: 'd', ticks: 4, label: null }, y: { domain: [0, yMax], label: '%', grid: true },
      marks: [
        Plot.dot(own.filter((r) => r.kind === 'actual'), { x: 't', y: 'value', fill: '#1f5fa8' }),
        Plot.ruleY(own.filter((r) => r.kind === 'target'), { y: 'value', x1: (d) => d.t - 0.3, x2: (d) => d.t + 0.3, stroke: '#b5121b', strokeWidth: 3 }),
      ],
    }));
  }
  const stages = funnelRows(f0);
  document.getElementById('funnel-chart').append(Plot.plot({
    width: 900, marginLeft: 300, marginRight: 60, y: { domain: stages.map((s) => s.label), label: null }, x: { label: f0.unit },
    marks: [
      Plot.barX(stages, { y: 'label', x: 'count', fill: (d) => (d.derived ? '#9bb7d9' : '#1f5fa8') }),
      Plot.text(stages, { y: 'label', x: 'count', text: (d) => (d.derived ? '≈ ' : '') + num.format(d.count), dx: 6, textAnchor: 'start' }),
    ],
  }));
  performance.mark('drawn');
})().catch((e) => { performance.mark('failed'); console.error('plot page: ' + e); });
`;
}

/** Writes `plot.html` and its two libraries (under `plot/`) into `dir`. */
export function writePlotPage(dir, { dataUrl = '/data/peacekeeping.json', basemapUrl = '/basemap/world-110m.json', css = '/style.css' } = {}) {
  mkdirSync(join(dir, 'plot'), { recursive: true });
  for (const [name, rel] of Object.entries(LIBS)) copyFileSync(join(root, rel), join(dir, 'plot', `${name}.min.js`));
  writeFileSync(join(dir, 'plot.html'), `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Observable Plot comparison</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${css}">
<style>#parity-chart { display: flex; flex-wrap: wrap; gap: 1rem; } #parity-chart figure { margin: 0; }</style>
<script src="plot/d3.min.js"></script>
<script src="plot/plot.min.js"></script>
</head>
<body>
${BODY}
<script>${pageScript(dataUrl, basemapUrl)}</script>
</body>
</html>
`);
  return { versions: `@observablehq/plot ${version('@observablehq/plot')}, d3 ${version('d3')}` };
}
