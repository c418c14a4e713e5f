// Printing: an A4 PDF printed by the browser holds every item's source line and the map
// disclaimer, and none of the interactive controls.
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
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  // (NFKC: Firefox's PDF sets "fi" as a ligature.)
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8').normalize('NFKC').replace(/\s+/g, ' ');
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
