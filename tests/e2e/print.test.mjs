// Printing: an A4 PDF printed by the browser holds every item's source line and the map
// disclaimer, chart text at 8 pt or more, and none of the interactive controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJson, suite } from './helpers.mjs';

const env = suite();

test('the printed PDF has every source line and the disclaimer, and no controls', async () => {
  const data = readJson('tests/fixtures/sofa-alt.json');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.base}?data=fixtures/sofa-alt.json`);
  await page.waitForSelector('#map .chart-overlay .mark');
  await page.waitForSelector('#parity .chart-overlay');
  const sources = await page.$$eval('.view .source', (ps) => ps.map((p) => p.innerText.trim()).filter(Boolean));
  assert.ok(sources.length >= 5, `${sources.length} source lines`);
  const pdf = join(mkdtempSync(join(tmpdir(), 'pkviz-print-')), 'page.pdf');
  // As the browser does when printing: charts are drawn again at the paper's width.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.$$eval('.chart-print svg', (s) => s.length), await page.$$eval('.chart-area', (a) => a.length));
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  // Chart text prints at 8 pt or more: the map's size key ("New incidents, 6 months": the comma
  // is the key's alone), as a word of the PDF with its box.
  const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
  const heights = [...boxes.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">incidents,<\/word>/g)]
    .map((m) => Number(m[2]) - Number(m[1]));
  assert.ok(heights.length > 0, 'the chart text is in the PDF');
  assert.ok(heights.every((h) => h >= 8), `chart text heights ${heights} pt`);
  // (NFKC: Firefox's PDF sets "fi" as a ligature.)
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('utf8').normalize('NFKC').replace(/\s+/g, ' ');
  // Every item's source line (its first words: the PDF breaks long lines).
  for (const s of sources) {
    const start = s.replace(/\s+/g, ' ').slice(0, 40);
    assert.ok(text.includes(start), `PDF lacks: ${start}`);
  }
  assert.ok(text.includes(data.sofa_impact.source_line));
  assert.match(text, /do not imply official endorsement or acceptance by the United Nations/);
  for (const control of ['Show as table', 'Copy link', 'Reset view', 'Download:']) {
    assert.ok(!text.includes(control), `"${control}" is not printed`);
  }
  await context.close();
});
