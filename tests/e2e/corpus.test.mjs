// One definition of a valid file: every case of the malformed corpus (tests/fixtures/bad/), loaded
// in the browser with ?data=, shows the same located problem that `cargo test` expects of it
// natively (its .expect file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, suite } from './helpers.mjs';

const env = suite();
const bad = join(root, 'tests', 'fixtures', 'bad');
const cases = readdirSync(bad).filter((f) => f.endsWith('.json')).sort();

// What the page says of a whole-file problem: the title, then `<path>: <reason>`.
const NOT_JSON = 'the data file is not valid JSON: ';

test('the browser finds in every malformed file the problem the native check finds', async () => {
  assert.ok(cases.length >= 50, `${cases.length} cases`);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const missed = [];
  for (const file of cases) {
    const expected = readFileSync(join(bad, file.replace(/\.json$/, '.expect')), 'utf8').trim();
    await page.goto(`${env.base}?data=fixtures/bad/${file}`);
    try {
      await page.waitForSelector('.notice-error', { state: 'attached', timeout: 15000 });
    } catch {
      missed.push(`${file}: no problem shown`);
      continue;
    }
    const text = await page.evaluate(() => document.body.innerText);
    const want = expected.startsWith(NOT_JSON) ? expected.slice(NOT_JSON.length) : expected;
    if (!text.includes(want)) missed.push(`${file}: expected "${want}"`);
  }
  assert.deepEqual(missed, []);
  assert.deepEqual(errors, [], 'no uncaught error');
  await context.close();
});
