// Embedding: a host page on another localhost port places the snippet; the iframe takes the
// embedded page's height (±2 px) at 320 and 1000 px wide; forged messages change nothing; the
// "Embed" dialog gives the snippet and is keyboard-operable.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, startServer, WAKE } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

let browser, app, host, appUrl, hostUrl, hostDir;
before(async () => {
  browser = await launch();
  ({ server: app, url: appUrl } = await startServer());
  hostDir = mkdtempSync(join(tmpdir(), 'pkviz-host-'));
  host = await serve(hostDir, 0);
  hostUrl = `http://127.0.0.1:${host.address().port}/`;
});
after(async () => {
  await browser?.close();
  app?.close();
  host?.close();
});

// The snippet the app's own dialog gives, pasted into a blank page on the host.
async function snippetFromDialog(view) {
  const page = await openPage(browser, appUrl);
  await page.waitForSelector(`#view-${view} .embed-open`);
  await page.locator(`#view-${view} .embed-open`).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#view-${view} dialog[open]`);
  const code = await page.$eval(`#view-${view} dialog textarea`, (t) => t.value);
  await page.keyboard.press('Escape');
  assert.equal(await page.$$eval(`#view-${view} dialog[open]`, (d) => d.length), 0, 'Escape closes the dialog');
  await page.context().close();
  return code;
}

for (const width of [320, 1000]) {
  test(`the embedded parity chart sizes its iframe at ${width} px`, async () => {
    const code = await snippetFromDialog('parity');
    assert.match(code, /<iframe data-pkviz src="http:\/\/127\.0\.0\.1:\d+\/#embed=parity"/);
    writeFileSync(join(hostDir, 'host.html'), `<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0"><div style="width:${width}px">${code}</div></body></html>`);
    const page = await openPage(browser, `${hostUrl}host.html`, { width: width + 40, height: 900 });
    const frame = page.frameLocator('iframe[data-pkviz]');
    const inner = await (await page.waitForSelector('iframe[data-pkviz]')).contentFrame();
    // The iframe is as tall as the embedded page's content (±2 px), polled.
    const fits = async (when) => {
      let last = '';
      for (let i = 0; i < 50; i++) {
        const own = await inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        const frameHeight = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
        if (own > 100 && Math.abs(own - frameHeight) <= 2) return;
        last = `content ${own} px, iframe ${frameHeight} px`;
        await page.waitForTimeout(200);
      }
      assert.fail(`${when}: the iframe does not fit its content (${last})`);
    };
    // Sized from the first paint, before the app has started (the prerendered view) ...
    await inner.waitForSelector('#view-parity .chart-prerendered');
    assert.equal(await frame.locator('#prerendered').count(), 1);
    await fits('before the app');
    // ... and again once the app has taken over (a visitor reaching for a control in the frame).
    await inner.evaluate(WAKE);
    await frame.locator('#parity canvas').waitFor();
    await fits('with the app');
    // Only the parity view, with its title, summary and source, and a link to the full view.
    assert.equal(await frame.locator('section.view').count(), 1);
    assert.ok(await frame.locator('.chart-summary').count());
    assert.ok(await frame.locator('.source').count());
    assert.ok(await frame.locator('.full-view a').count());
    // A forged message from the host page itself (another origin than the embed) changes nothing.
    const before = await page.evaluate(() => document.querySelector('iframe').style.height);
    await page.evaluate(() => window.postMessage({ type: 'pkviz:height', height: 7 }, '*'));
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').style.height), before);
    // From the frame itself, only whole pixels from 50 to 20,000 count.
    for (const height of [7, 30000, 123.5, -1, 1e9]) {
      await inner.evaluate((h) => window.parent.postMessage({ type: 'pkviz:height', height: h }, '*'), height);
    }
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').style.height), before, 'out-of-range heights are ignored');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('the embedded map keeps the UN disclaimer', async () => {
  const page = await openPage(browser, `${appUrl}#embed=map`, { width: 600, height: 900 });
  await page.waitForSelector('#map .chart-overlay .mark');
  assert.match(await page.$eval('.disclaimer', (d) => d.innerText), /do not imply official endorsement/);
  assert.equal(await page.$$eval('.site-nav', (n) => n.length), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an embed keeps the view\'s options: the chosen funnel in the snippet and in "open the full view"; the offline copy offers no embed', async () => {
  const { readJson, dist } = await import('./helpers.mjs');
  const { pathToFileURL } = await import('node:url');
  const funnel = readJson('www/data/peacekeeping.json').funnels.at(-1);
  const page = await openPage(browser, appUrl);
  await page.selectOption('#funnel-series', funnel.id);
  await page.locator('#view-funnels .embed-open').click();
  const code = await page.$eval('#view-funnels dialog textarea', (t) => t.value);
  const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.equal(new URL(src).hash, `#embed=funnels&funnel=${encodeURIComponent(funnel.id)}`);
  assert.ok(!src.includes('mission=') && !src.includes('topic='), 'only the view\'s own options');
  await page.context().close();
  // The embedded page draws that funnel, and its link to the full view keeps it.
  const embedded = await openPage(browser, src, { width: 600, height: 900 });
  await embedded.waitForFunction((t) => document.querySelector('#view-funnels .chart-title')?.textContent === t, funnel.title);
  const full = await embedded.$eval('.full-view a', (a) => a.href);
  assert.equal(new URL(full).hash, `#view=funnels&funnel=${encodeURIComponent(funnel.id)}`);
  await embedded.context().close();
  // The offline copy, from file://, has no Embed button.
  const offline = await openPage(browser, `${pathToFileURL(join(dist, 'offline.html')).href}#view=funnels`);
  await offline.waitForSelector('#funnel .chart-overlay');
  assert.equal(await offline.locator('.embed-open').count(), 0);
  await offline.context().close();
});
