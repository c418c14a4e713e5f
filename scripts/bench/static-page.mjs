// The static floor: the app's first view as plain HTML + inline SVG, no scripts — what a page
// with the same content costs when nothing runs in the browser. If the build prerenders its
// first view into dist/index.html (an element with id "prerendered"), that page with its scripts
// and preloads removed is the floor instead; otherwise this generator writes one from the data
// file and the basemap.
//
// Usage: node scripts/bench/static-page.mjs [out.html]   (also used by scripts/bench.mjs)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './util.mjs';

const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const num = new Intl.NumberFormat('en');
const r1 = (x) => Math.round(x * 10) / 10;

// The UN disclaimer, as the app's message catalogue words it (src/i18n/en.rs).
export const DISCLAIMER = [
  'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.',
  'Final boundary between the Republic of Sudan and the Republic of South Sudan has not yet been determined.',
  'Final status of the Abyei area is not yet determined.',
  'The final status of Jammu and Kashmir has not yet been agreed upon by the parties.',
];

// ---- shared with the Vega page: the data in chart-ready rows ----

/** `[x0, y0, dx1, dy1, …]` in `unit` degrees → [[lon, lat], …] (src/data/basemap.rs). */
export function decodeLine(flat, unit) {
  const out = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    x += flat[i];
    y += flat[i + 1];
    out.push([x * unit, y * unit]);
  }
  return out;
}

/** The basemap's lines in degrees: land, borders, undetermined boundaries. */
export function basemapLines(basemap) {
  const dec = (ls) => ls.map((l) => decodeLine(l, basemap.unit));
  return {
    land: dec(basemap.land || []),
    borders: dec(basemap.borders || []),
    undetermined: (basemap.undetermined || []).flatMap((u) => dec(u.lines || [])),
  };
}

/** A date `YYYY` or `YYYY-MM` as a fractional year. */
export const yearOf = (d) => {
  const [y, m] = String(d).split('-').map(Number);
  return y + (m ? (m - 0.5) / 12 : 0);
};

/** Parity points and targets as rows `{category, label, kind, t, value}`. */
export function parityRows(gp) {
  const label = Object.fromEntries(gp.categories.map((c) => [c.id, c.label]));
  return [
    ...gp.actuals.map((a) => ({ category: a.category, label: label[a.category], kind: 'actual', t: yearOf(a.date), value: a.value })),
    ...gp.targets.filter((t) => t.value != null).map((t) => ({ category: t.category, label: label[t.category], kind: 'target', t: t.year, value: t.value })),
  ];
}

/** A funnel's stages with counts; a derived stage is the next stage's count over its share. */
export function funnelRows(f) {
  return f.stages.map((s, i) => {
    let count = s.count;
    const next = f.stages[i + 1];
    if (count == null && next && next.count != null && next.share_of_previous) count = Math.round(next.count / (next.share_of_previous / 100));
    return { label: s.label, count: count ?? 0, derived: s.count == null };
  });
}

// ---- tables ----

const countText = (c) => (c === 'none' ? 'None' : c === 'under_validation' ? 'Under validation' : typeof c === 'number' ? num.format(c) : '');
const impactText = (v) => (v === 'dash' ? '–' : 'Not reported');

export function sofaTable(sofa) {
  const rows = sofa.rows.map((r) => {
    const cells = r.agreement === 'neither'
      ? `<td colspan="5">No SOFA/SOMA</td>`
      : [countText(r.new_incidents), countText(r.total_incidents), impactText(r.impact?.civilian_movement),
        impactText(r.impact?.uniformed_movement), impactText(r.impact?.mandated_tasks)].map((c) => `<td>${esc(c)}</td>`).join('');
    return `<tr><th scope="row">${esc(r.mission)}${(r.notes || []).map((n) => `<sup>${esc(n)}</sup>`).join('')}</th>${cells}</tr>`;
  }).join('\n');
  return `<table><caption>${esc(sofa.title)}</caption>
<thead><tr><th rowspan="2" scope="col">Mission</th><th rowspan="2" scope="col">New incidents</th><th rowspan="2" scope="col">Total incidents</th><th colspan="3" scope="colgroup">Impact on</th></tr>
<tr><th scope="col">Movement of civilian personnel</th><th scope="col">Movement of uniformed personnel</th><th scope="col">Implementation of mandated tasks</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<ul class="table-notes">${(sofa.notes || []).map((n) => `<li><sup>${esc(n.mark)}</sup> ${esc(n.text)}</li>`).join('')}</ul>
<p class="source">${esc(sofa.source_line)}</p>`;
}

export function mechanismsTable(m) {
  const rows = m.rows.map((r) => `<tr><th scope="row">${esc(r.mission)}</th><td>${esc(r.mechanism)}</td><td>${esc(r.status)}</td><td>${esc(r.contribution)}</td></tr>`).join('\n');
  return `${(m.intro || []).map((p) => `<p>${esc(p.text)}</p>`).join('\n')}
<table><caption>${esc(m.title)}</caption>
<thead><tr><th scope="col">Mission</th><th scope="col">Mechanism</th><th scope="col">Status</th><th scope="col">Contribution</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

export function figureValue(f, unitText = true) {
  const v = typeof f.value === 'number' ? num.format(f.value) : String(f.value ?? '');
  return [f.qualifier, v, unitText ? (f.unit === 'percent' ? '%' : f.unit) : ''].filter(Boolean).join(' ').replace(' %', '%');
}

export function figuresTable(data, limit = 100) {
  const short = Object.fromEntries(data.sources.map((s) => [s.id, s.short || s.id]));
  const rows = data.figures.slice(0, limit).map((f) => `<tr><th scope="row">${esc(f.label)}</th><td>${esc(figureValue(f))}</td><td>${esc(f.period)}</td><td>${esc(f.mission)}</td><td>${esc(f.ref ? `${short[f.ref.source] || f.ref.source}, ${f.ref.locator}` : '')}</td></tr>`).join('\n');
  return `<table><caption>Figures in the reports (${num.format(Math.min(limit, data.figures.length))} of ${num.format(data.figures.length)})</caption>
<thead><tr><th scope="col">Figure</th><th scope="col">Value</th><th scope="col">Period</th><th scope="col">Mission</th><th scope="col">Where</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<nav class="pager" aria-label="Pages"><span>Page 1 of ${Math.max(1, Math.ceil(data.figures.length / limit))}</span></nav>`;
}

// ---- charts as SVG ----

/** Small multiples: one panel per category with data, points over time and target ticks. */
export function paritySvg(gp) {
  const rows = parityRows(gp);
  const cats = gp.categories.filter((c) => rows.some((r) => r.category === c.id));
  const t0 = Math.floor(Math.min(...rows.map((r) => r.t)));
  const t1 = Math.ceil(Math.max(...rows.map((r) => r.t)));
  const vmax = Math.ceil(Math.max(...rows.map((r) => r.value)) / 10) * 10 || 10;
  const [pw, ph, cols] = [300, 170, 3];
  const m = { l: 34, r: 16, t: 28, b: 22 };
  const x = (t) => m.l + ((t - t0) / Math.max(1, t1 - t0)) * (pw - m.l - m.r);
  const y = (v) => ph - m.b - (v / vmax) * (ph - m.t - m.b);
  const panels = cats.map((c, i) => {
    const own = rows.filter((r) => r.category === c.id);
    const grid = [0, vmax / 2, vmax].map((v) => `<line x1="${m.l}" x2="${pw - m.r}" y1="${r1(y(v))}" y2="${r1(y(v))}" stroke="#ddd"/><text x="${m.l - 4}" y="${r1(y(v)) + 4}" text-anchor="end">${v}%</text>`).join('');
    const ticks = [t0, t1].map((t) => `<text x="${r1(x(t))}" y="${ph - 6}" text-anchor="middle">${t}</text>`).join('');
    const marks = own.map((r) => (r.kind === 'actual'
      ? `<circle cx="${r1(x(r.t))}" cy="${r1(y(r.value))}" r="4" fill="#1f5fa8"><title>${esc(`${c.label}: ${r.value}%`)}</title></circle>`
      : `<line x1="${r1(x(r.t) - 8)}" x2="${r1(x(r.t) + 8)}" y1="${r1(y(r.value))}" y2="${r1(y(r.value))}" stroke="#b5121b" stroke-width="3"><title>${esc(`target ${r.t}: ${r.value}%`)}</title></line>`)).join('');
    const label = c.label.length > 48 ? `${c.label.slice(0, 46)}…` : c.label;
    return `<g transform="translate(${(i % cols) * pw},${Math.floor(i / cols) * ph})"><text x="${m.l}" y="16" font-weight="bold">${esc(label)}</text>${grid}${ticks}${marks}</g>`;
  }).join('\n');
  const w = cols * pw;
  const h = Math.ceil(cats.length / cols) * ph;
  return `<svg viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="Women in uniform against the gender parity targets" font-size="11" font-family="sans-serif">\n${panels}\n</svg>`;
}

/** The first funnel as horizontal bars. */
export function funnelSvg(f) {
  const rows = funnelRows(f);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const [w, bh, lw] = [900, 34, 300];
  const bars = rows.map((r, i) => {
    const bw = ((w - lw - 80) * r.count) / max;
    return `<text x="${lw - 8}" y="${i * bh + 21}" text-anchor="end">${esc(r.label)}</text><rect x="${lw}" y="${i * bh + 6}" width="${r1(bw)}" height="${bh - 12}" fill="${r.derived ? '#9bb7d9' : '#1f5fa8'}"/><text x="${r1(lw + bw + 6)}" y="${i * bh + 21}">${r.derived ? '≈ ' : ''}${num.format(r.count)}</text>`;
  }).join('\n');
  return `<svg viewBox="0 0 ${w} ${rows.length * bh}" width="100%" role="img" aria-label="${esc(f.title)}" font-size="12" font-family="sans-serif">\n${bars}\n</svg>`;
}

// Equal Earth (src/geo/projection.rs), unit scale, y up.
const [A1, A2, A3, A4] = [1.340264, -0.081106, 0.000893, 0.003796];
export function equalEarth(lon, lat) {
  const lambda = (lon * Math.PI) / 180;
  const theta = Math.asin((Math.sqrt(3) / 2) * Math.sin((lat * Math.PI) / 180));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (2 * Math.sqrt(3) * lambda * Math.cos(theta)) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
  const y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1);
  return [x, y];
}

/** The mission map: basemap lines, active missions' headquarters as circles. */
export function mapSvg(data, basemap, width = 960) {
  const scale = width / (2 * 2.7066);
  const height = Math.ceil(2 * 1.3174 * scale);
  const p = (lon, lat) => {
    const [x, y] = equalEarth(lon, lat);
    return [r1(width / 2 + scale * x), r1(height / 2 - scale * y)];
  };
  const path = (lines) => lines.map((l) => `M${l.map(([lon, lat]) => p(lon, lat).join(',')).join('L')}`).join('');
  const { land, borders, undetermined } = basemapLines(basemap);
  const sites = data.missions.filter((m) => m.status === 'active').flatMap((m) => m.hq.map((h) => ({ code: m.code, name: m.name, hq: h.name, xy: p(h.lon, h.lat) })));
  const circles = sites.map((s) => `<g><circle cx="${s.xy[0]}" cy="${s.xy[1]}" r="5" fill="#1f5fa8" stroke="#fff"/><text x="${s.xy[0] + 7}" y="${s.xy[1] + 4}">${esc(s.code)}</text><title>${esc(`${s.code}${s.name ? ` — ${s.name}` : ''} (${s.hq})`)}</title></g>`).join('\n');
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="Mission map" font-size="11" font-family="sans-serif">
<path d="${path(land)}" fill="none" stroke="#8a8a8a" stroke-width="0.6"/>
<path d="${path(borders)}" fill="none" stroke="#bbb" stroke-width="0.4"/>
<path d="${path(undetermined)}" fill="none" stroke="#555" stroke-width="0.6" stroke-dasharray="2 2"/>
${circles}
</svg>`;
}

/** The whole floor page (stylesheet at `css`). */
export function generate(data, basemap, { css = '/style.css' } = {}) {
  const f0 = data.funnels[0];
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(data.meta.title)} — static floor</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${esc(css)}">
</head>
<body>
<div id="app"><main>
<h1>${esc(data.meta.title)}</h1>
<section id="view-map"><h2>Mission map</h2>
${mapSvg(data, basemap)}
<div class="disclaimer" role="note">${DISCLAIMER.map((d) => `<p>${esc(d)}</p>`).join('')}</div>
</section>
<section id="view-sofa"><h2>SOFA/SOMA incidents</h2>
${sofaTable(data.sofa_impact)}
</section>
<section id="view-parity"><h2>Women in uniform</h2>
${paritySvg(data.gender_parity)}
</section>
<section id="view-funnels"><h2>Crimes against peacekeepers</h2>
<h3 class="chart-title">${esc(f0.title)}</h3><p class="chart-subtitle">${esc(f0.period)}</p>
${funnelSvg(f0)}
</section>
<section id="view-mechanisms"><h2>Coordination with host countries</h2>
${mechanismsTable(data.coordination_mechanisms)}
</section>
<section id="view-figures"><h2>Figures in the reports</h2>
${figuresTable(data)}
</section>
</main></div>
</body>
</html>
`;
}

/** A built page with its first view prerendered, minus scripts and preloads; its relative
 * addresses made absolute so it can be served from another folder than dist/. */
export function stripScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi, '')
    .replace(/\b(href|src)="(?![a-z][a-z0-9+.-]*:|\/|#)([^"]*)"/gi, '$1="/$2"');
}

/** The floor page: `{kind: 'prerendered' | 'generated', html}`. */
export function staticPage({ distDir = join(root, 'dist') } = {}) {
  let index = '';
  try { index = readFileSync(join(distDir, 'index.html'), 'utf8'); } catch { /* no build: generate */ }
  if (/\bid=["']?prerendered\b/.test(index)) return { kind: 'prerendered (dist/index.html, scripts removed)', html: stripScripts(index) };
  const pick = (rel) => { try { return readFileSync(join(distDir, rel), 'utf8'); } catch { return readFileSync(join(root, 'www', rel), 'utf8'); } };
  const data = JSON.parse(pick('data/peacekeeping.json'));
  const basemap = JSON.parse(pick('basemap/world-110m.json'));
  return { kind: 'generated (scripts/bench/static-page.mjs)', html: generate(data, basemap) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] || 'static.html';
  const { kind, html } = staticPage();
  writeFileSync(out, html);
  console.log(`${out}: ${kind}, ${(html.length / 1024).toFixed(1)} KB`);
}
