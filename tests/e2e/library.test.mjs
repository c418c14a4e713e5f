// The library: a plain page calls render(element, "parity", {...}) and gets the chart; a bad
// call says what is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, suite } from './helpers.mjs';

const env = suite();

test('the render(...) example page draws the chart', async () => {
  const page = await openPage(env.browser, `${env.base}examples/render.html`);
  await page.waitForSelector('#parity-here #parity .chart-overlay .mark');
  const painted = await page.$eval('#parity-here canvas', (c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    return data.some((v, i) => i % 4 !== 3 && v < 200);
  });
  assert.ok(painted);
  assert.equal(await page.$$eval('#parity-here section.view', (s) => s.length), 1);
  assert.ok(await page.$('#parity-here .source'));
  assert.equal(await page.evaluate(() => location.hash), '', 'the host page address is left alone');
  // A wrong item is an error the caller sees.
  const error = await page.evaluate(async () => {
    const { render } = await import('../pkg/pkviz.js');
    try { render(document.body, 'nope', {}); return null; } catch (e) { return String(e); }
  });
  assert.match(error, /unknown item "nope"/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
