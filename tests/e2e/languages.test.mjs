// The six languages: each one's own page before any script (its words, <html lang dir>), the
// switch in the app to each language and back (header, a table, a chart's labels, the map
// disclaimer, direction: Arabic mirrored), a link's `lang=` and the browser's language leading
// to the language's page, the library's render({lang}), and axe in Arabic and Chinese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { firefox, readJson, suite } from './helpers.mjs';

const env = suite();
const OTHERS = ['ar', 'zh', 'fr', 'ru', 'es'];
const text = (m) => (typeof m === 'string' ? m : m.other);
const messages = (tag) => {
  const own = readJson(`www/i18n/${tag}.json`).messages;
  return Object.fromEntries(Object.entries(own).map(([k, v]) => [k, text(v)]));
};
const EN = messages('en');
const NAV = ['NavMap', 'NavSofa', 'NavParity', 'NavFunnels', 'NavMechanisms', 'NavFigures', 'NavRecommendations'];

/** What a visitor reads in the page's language, checked against its catalogue. */
async function readsIn(page, tag) {
  const m = messages(tag);
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    [tag, tag === 'ar' ? 'rtl' : 'ltr'], `${tag}: <html lang dir>`);
  assert.equal(await page.locator('header h1').first().textContent(), m.AppTitle, `${tag}: the header`);
  assert.deepEqual(await page.$$eval('.site-nav li a', (as) => as.map((a) => a.textContent)), NAV.map((k) => m[k]), `${tag}: the nav`);
  const heads = await page.$$eval('#view-sofa table thead th', (ths) => ths.map((th) => th.textContent));
  assert.ok(heads.some((h) => h.includes(m.ColMission)), `${tag}: the SOFA table's headings ${heads}`);
  assert.equal(await page.locator('.lang-switch a[aria-current="true"]').first().getAttribute('hreflang'), tag);
  // The disclaimer: the language's official wording where the catalogue has it, else the
  // English text marked as English, and a line that says so.
  const lines = await page.$$eval('#view-map .disclaimer p', (ps) => ps.map((p) => [p.textContent, p.getAttribute('lang')]));
  assert.equal(lines[0][0], m.DisclaimerMain, `${tag}: the disclaimer`);
  const english = m.DisclaimerMain === EN.DisclaimerMain && tag !== 'en';
  assert.equal(lines[0][1], english ? 'en' : null);
  assert.equal(lines.some(([t]) => t === m.DisclaimerUntranslated), english, `${tag}: the untranslated note`);
  if (tag !== 'en' && !english) {
    // The wording's source is said, and the official English text follows it.
    assert.ok(lines.some(([t]) => t === m.DisclaimerWordingSource), `${tag}: the wording's source`);
    assert.deepEqual(lines.slice(-4), ['DisclaimerMain', 'DisclaimerSudan', 'DisclaimerAbyei', 'DisclaimerKashmir'].map((k) => [EN[k], 'en']));
  }
}

test('each language has its own page, in its words before and without the app', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const tag of OTHERS) {
    await page.goto(`${env.base}${tag}.html`);
    await readsIn(page, tag);
    // A chart's labels: the parity chart's key, drawn into the prerendered SVG.
    const svg = await page.$eval('#view-parity .chart-prerendered', (d) => d.textContent);
    assert.ok(svg.includes(messages(tag).Actual), `${tag}: the chart's key`);
    assert.equal(await page.locator(`.lang-switch a[hreflang="en"]`).first().getAttribute('href'), './');
    assert.equal((await page.locator('noscript p').first().textContent()).trim(), messages(tag).NoScript, `${tag}: <noscript>`);
  }
  await context.close();
});

test('the parity categories are named in Arabic and Chinese where the data file translates them', async () => {
  const data = readJson('www/data/peacekeeping.json');
  const squeeze = (s) => s.replace(/\s+/g, '');
  for (const tag of ['ar', 'zh']) {
    const names = data.gender_parity.categories.map((k) => k.translations?.[tag]?.text).filter(Boolean);
    assert.ok(names.length >= 5, `${tag}: the data file translates the categories`);
    // Before and without the app: the prerendered chart (lines may wrap, so spaces are not compared).
    const off = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(`${env.base}${tag}.html`);
    const svg = squeeze(await still.$eval('#view-parity .chart-prerendered', (d) => d.textContent));
    for (const name of names) assert.ok(svg.includes(squeeze(name)), `${tag}: ${name} in the prerendered chart`);
    await off.close();
    // In the app: the chart's table form names each category in the page's language.
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.base}${tag}.html#view=parity`);
    await page.click('#parity > button.toggle');
    await page.waitForSelector('#view-parity table tbody th');
    const cells = await page.$$eval('#view-parity table tbody th', (ths) => ths.map((th) => th.textContent));
    for (const name of names) assert.ok(cells.some((c) => c.includes(name)), `${tag}: ${name} in the table form (${cells.slice(0, 3)})`);
    await context.close();
  }
});

test('the switch changes the page to each language and back, and Arabic is mirrored', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(env.base);
  await page.waitForSelector('#parity .chart-overlay .mark');
  const firstMark = () => page.$eval('#parity .chart-overlay .mark', (m) => Number(m.getAttribute('x')));
  const englishX = await firstMark();
  for (const tag of OTHERS) {
    await page.locator(`.lang-switch a[hreflang="${tag}"]`).click();
    await page.waitForFunction((t) => document.documentElement.lang === t, tag);
    await page.waitForFunction((t) => document.querySelector('header h1').textContent === t, messages(tag).AppTitle);
    await readsIn(page, tag);
    assert.match(page.url(), new RegExp(`lang=${tag}`));
    // The chart's own words: its summary and the details of a mark, in the language.
    const summary = await page.locator('#parity .chart-summary').first().textContent();
    assert.ok(summary.includes(messages(tag).ParitySummary.split('{')[0].trim().slice(0, 6)), `${tag}: ${summary}`);
    const x = await firstMark();
    if (tag === 'ar') assert.ok(x > englishX, `Arabic: the first panel's marks are on the right (${x} > ${englishX})`);
    else assert.equal(x, englishX);
    await page.locator('.lang-switch a[hreflang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await readsIn(page, 'en');
    assert.doesNotMatch(page.url(), /lang=/);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a link naming a language, or a first visit in one, leads to that language\'s page', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${env.base}#view=parity&lang=fr`, { app: false });
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.match(page.url(), /\/fr\.html#view=parity$/);
  assert.equal(await page.locator('header h1').first().textContent(), messages('fr').AppTitle);
  await context.close();
  if (firefox) return; // (puppeteer over BiDi sets no browser language)
  const russian = await env.browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'ru-RU' });
  const visit = await russian.newPage();
  await visit.goto(env.base, { app: false });
  await visit.waitForFunction(() => document.documentElement.lang === 'ru');
  assert.match(visit.url(), /\/ru\.html$/);
  // Once a language is chosen, a first visit keeps it.
  await visit.locator('.lang-switch a[hreflang="en"]').click();
  await visit.waitForFunction(() => document.documentElement.lang === 'en' && !location.pathname.endsWith('ru.html'));
  await visit.goto(env.base, { app: false });
  assert.equal(await visit.evaluate(() => document.documentElement.lang), 'en');
  await russian.close();
});

test('the library renders a chart in the language asked for', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${env.base}examples/render.html`);
  await page.waitForSelector('#parity-here .chart-overlay .mark');
  await page.evaluate(async () => {
    const { render } = await import('../pkg/pkviz.js');
    const el = document.createElement('div');
    el.id = 'fr-here';
    document.body.append(el);
    render(el, 'funnels', { data: '../data/peacekeeping.json', lang: 'fr', i18n: '../i18n/' });
  });
  const fr = messages('fr');
  await page.waitForFunction((t) => document.querySelector('#fr-here h2')?.textContent === t, fr.NavFunnels);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the host page keeps its language');
  const error = await page.evaluate(async () => {
    const { render } = await import('../pkg/pkviz.js');
    try { render(document.body, 'parity', { lang: 'de' }); return null; } catch (e) { return String(e); }
  });
  assert.match(error, /unknown language "de"/);
  await context.close();
});

test('Arabic and Chinese pages pass axe, before and in the app', async () => {
  for (const tag of ['ar', 'zh']) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.base}${tag}.html`, { app: false });
    const before = (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`);
    assert.deepEqual(before, [], `${tag}, prerendered`);
    await page.goto(`${env.base}${tag}.html#view=parity`);
    const after = (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length}`);
    assert.deepEqual(after, [], `${tag}, in the app`);
    await context.close();
  }
});

test('Arabic can write its numbers in Arabic-Indic digits, kept in the address', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.base}ar.html#view=map`);
  const summary = () => page.locator('#view-map .chart-summary').first().textContent();
  assert.match(await summary(), /[0-9]/, '0–9 by default');
  await page.locator('.digits-toggle').click();
  await page.waitForFunction(() => /[\u0660-\u0669]/.test(document.querySelector('#view-map .chart-summary').textContent));
  assert.doesNotMatch(await summary(), /[0-9]/);
  assert.match(page.url(), /digits=arab/);
  const cells = await page.$$eval('#view-sofa tbody td.number', (tds) => tds.map((td) => td.textContent));
  assert.ok(cells.length && cells.every((c) => /^[\u0660-\u0669٬٫]+$/.test(c)), `${cells}`);
  await page.locator('.digits-toggle').click();
  await page.waitForFunction(() => /[0-9]/.test(document.querySelector('#view-map .chart-summary').textContent));
  assert.doesNotMatch(page.url(), /digits=/);
  await context.close();
});

test('before any wasm, boot.js speaks the page\'s language: the app that cannot start says so in Arabic', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const page = await context.newPage();
  await page.goto(`${env.base}ar.html`, { app: false });
  await page.evaluate(() => document.querySelector('#prerendered button')?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' })));
  await page.waitForSelector('#prerendered .notice-error');
  const said = await page.locator('#prerendered .notice-error').first().textContent();
  const failed = messages('ar').BootFailed.split('{error}');
  assert.ok(said.startsWith(failed[0]) && said.endsWith(failed[1]), said);
  await context.close();
});
