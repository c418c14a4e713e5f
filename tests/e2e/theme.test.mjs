// Dark colours: the system's choice before any script (the prerendered page) and in the app, or
// the page's own toggle, kept in the permalink; readable in both schemes (axe, contrast included),
// with charts and the map kept as light cards and the printed page always light.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { firefox, suite } from './helpers.mjs';

const env = suite();
const background = (page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const dark = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).every((c) => c < 60);
const serious = async (page) => (await new AxeBuilder({ page }).analyze()).violations
  .filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.nodes.length}`);

test('the toggle turns the page dark, keeps it in the permalink, and both schemes pass axe', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(env.base);
  assert.ok(!dark(await background(page)), 'light by default');
  assert.deepEqual(await serious(page), [], 'light: no serious violation');
  await page.locator('.theme-toggle').click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.ok(dark(await background(page)), 'dark after the toggle');
  assert.equal(await page.$eval('.theme-toggle', (b) => b.getAttribute('aria-pressed')), 'true');
  assert.match(page.url(), /theme=dark/);
  assert.deepEqual(await serious(page), [], 'dark: no serious violation');
  // Charts and the map stay light cards.
  assert.ok(!dark(await page.$eval('#parity .chart-area', (a) => getComputedStyle(a).backgroundColor)));
  // The permalink reopens dark from its first paint.
  const url = page.url();
  const again = await context.newPage();
  await again.goto(url, { app: false });
  assert.ok(dark(await background(again)), 'dark before the app');
  await context.close();
});

test('with the system set to dark, the page is dark before and without the app', { skip: firefox && 'puppeteer cannot emulate prefers-color-scheme over BiDi in Firefox ESR' }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(env.base, { app: false });
  assert.ok(dark(await background(page)), 'the prerendered page follows the system');
  assert.deepEqual(await serious(page), [], 'dark, prerendered: no serious violation');
  await context.close();
});
