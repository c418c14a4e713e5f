// The offline copy: the page offers it, the footer carries the data file's SHA-256, "as of"
// date and a citation, and the downloaded file works from file:// with permalinks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { asOf, readJson, root, suite } from './helpers.mjs';

const env = suite();

const file = readFileSync(join(root, 'www/data/peacekeeping.json'));
const sha = createHash('sha256').update(file).digest('hex');
const data = readJson('www/data/peacekeeping.json');

test('the footer carries the SHA-256, date and citation; the offline copy downloads and works', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(env.base);
  await page.waitForSelector('.site-footer .sha256');
  await page.waitForFunction((h) => document.querySelector('.site-footer .sha256 code').textContent === h, sha);
  const footer = await page.$eval('.site-footer', (f) => f.innerText);
  assert.ok(footer.includes(asOf(data.meta.as_of)) && footer.includes(data.meta.title) && footer.includes(sha));
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('.offline-copy').click()]);
  assert.equal(dl.suggestedFilename(), `un-peacekeeping-figures-${data.meta.as_of}.html`);
  const saved = join(mkdtempSync(join(tmpdir(), 'pkviz-copy-')), dl.suggestedFilename());
  copyFileSync(await dl.path(), saved);
  await context.close();

  // Opened from disk with no network: same hash, a permalink works, no offer to download itself.
  const offline = await env.browser.newContext({ offline: true });
  const copy = await offline.newPage();
  const errors = [];
  copy.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await copy.goto(`${pathToFileURL(saved).href}#view=sofa&sort=sofa.2.desc`);
  await copy.waitForSelector('#view-sofa th[aria-sort="descending"]');
  assert.equal(await copy.$eval('.site-footer .sha256 code', (c) => c.textContent), sha);
  assert.equal(await copy.$$eval('.offline-copy', (a) => a.length), 0);
  await copy.waitForSelector('#map .chart-overlay .mark');
  assert.deepEqual(errors, []);
  await offline.close();
});
