// A first touch is answered by the prerendered page itself, before any byte of the app arrives
// (www/boot.js, src/components/shell/answers.rs): a sort re-orders the table's rows, a mission button
// or a map marker opens the mission's profile. The app, started by the same touch, then takes
// over in the state the answer shows, word for word, and nothing moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './helpers.mjs';

const env = suite();

// A page whose app (the wasm) and recommendations matrix are held back until `release()`: what
// shows before is the prerendered page's own doing.
async function heldPage(url, width = 1280) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.route('**/recommendations.json', async (route) => { await held; await route.continue(); });
  await page.goto(url, { waitUntil: 'load', app: false });
  return { context, page, errors, release };
}

const inPrerendered = (page) => page.evaluate(() => !!document.getElementById('prerendered'));
const takenOver = (page) => page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: 60000 });
const topOf = (page, selector) => page.evaluate((s) => document.querySelector(s).getBoundingClientRect().top, selector);

// The SOFA/SOMA table as a visitor reads it: the rows' first cells, in order, and the sorted heading.
const sofaState = (page) => page.evaluate(() => ({
  rows: [...document.querySelectorAll('#view-sofa tbody tr')].map((r) => r.cells[0].textContent),
  sorted: [...document.querySelectorAll('#view-sofa th')].map((th) => th.getAttribute('aria-sort')).join('|'),
  arrows: [...document.querySelectorAll('#view-sofa .sort-arrow')].map((a) => a.textContent).join(''),
}));

test('a first sort is answered by the page before the app arrives, and the app keeps that order', async () => {
  const { context, page, errors, release } = await heldPage(env.base);
  const before = await sofaState(page);
  const button = page.locator('#view-sofa button.sort').nth(1);
  await button.click();
  await page.waitForFunction(() => document.querySelector('#view-sofa th[aria-sort]'), null, { timeout: 5000 });
  assert.ok(await inPrerendered(page), 'answered with the app held back');
  const answered = await sofaState(page);
  assert.notDeepEqual(answered.rows, before.rows, 'the rows moved');
  assert.deepEqual([...answered.rows].sort(), [...before.rows].sort(), 'the same rows');
  const address = new URL(page.url()).hash;
  assert.match(address, /sort=sofa\.1\./);
  const place = await topOf(page, '#view-sofa button.sort:nth-of-type(1)');
  release();
  await takenOver(page);
  await page.waitForTimeout(300);
  // The app took over in the very state the page showed: the same order, heading and address.
  assert.deepEqual(await sofaState(page), answered);
  assert.equal(new URL(page.url()).hash, address);
  assert.ok(Math.abs((await topOf(page, '#view-sofa button.sort:nth-of-type(1)')) - place) < 1, 'nothing moved');
  // The app's own sort of a fresh load of that address is the same order.
  const fresh = await context.newPage();
  await fresh.goto(env.base + address);
  assert.deepEqual(await sofaState(fresh), answered);
  // The next click on the same heading is the app's: the other direction.
  await page.locator('#view-sofa button.sort').nth(1).click();
  await page.waitForFunction((a) => location.hash !== a, address);
  assert.notDeepEqual((await sofaState(page)).rows, answered.rows);
  assert.deepEqual(errors, []);
  await context.close();
});

// The profile as a visitor reads it (its heading, facts and tables), and what is pressed.
const profileState = (page) => page.evaluate(() => ({
  text: document.querySelector('.profile')?.innerText.replace(/\s+/g, ' ').trim(),
  pressed: [...document.querySelectorAll('#view-map .mission-list button[aria-pressed="true"]')].map((b) => b.textContent),
  focus: document.activeElement?.id,
}));

for (const [kind, width] of [['mission button', 1280], ['map marker', 1280], ['map marker', 375]]) {
  test(`a first click on a ${kind} opens the profile from the page itself; the app takes over with it (${width} px)`, async () => {
    const { context, page, errors, release } = await heldPage(env.base, width);
    let point;
    if (kind === 'mission button') {
      const button = page.locator('#view-map .mission-list button').nth(2);
      await button.click();
    } else {
      // The largest marker of the picture shown, clicked at its middle.
      point = await page.evaluate(() => {
        const svg = [...document.querySelectorAll('#view-map .chart-prerendered svg')].find((s) => s.getBoundingClientRect().width > 0);
        const mark = [...svg.querySelectorAll('circle[fill="#005A8C"]')]
          .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0];
        mark.scrollIntoView({ block: 'center' });
        const r = mark.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.mouse.click(point.x, point.y);
    }
    await page.waitForFunction(() => document.querySelector('#prerendered #profile-title'), null, { timeout: 10000 });
    const answered = await profileState(page);
    assert.equal(answered.focus, 'profile-title', 'the profile takes the focus, as in the app');
    const code = await page.evaluate(() => document.querySelector('#profile-title').firstChild.textContent);
    assert.match(new URL(page.url()).hash, new RegExp(`mission=${code}(&|$)`));
    if (kind === 'mission button') assert.deepEqual(answered.pressed, [code]);
    const mapTop = await topOf(page, '#view-map .mission-list');
    // The list's place in the first frame the app paints, read right after it.
    await page.evaluate(() => new MutationObserver((_, mo) => {
      if (document.getElementById('prerendered')) return;
      mo.disconnect();
      requestAnimationFrame(() => setTimeout(() => {
        window.listAtTakeover = document.querySelector('#view-map .mission-list').getBoundingClientRect().top;
      }, 0));
    }).observe(document.getElementById('app'), { childList: true }));
    release();
    await takenOver(page);
    await page.waitForTimeout(300);
    // The app's profile is the page's, word for word (the matrix's paragraphs may follow it).
    const app = await profileState(page);
    assert.ok(app.text.startsWith(answered.text), `the app's profile begins as the page's did:\n${app.text.slice(0, 200)}\n${answered.text.slice(0, 200)}`);
    assert.deepEqual(app.pressed, [code]);
    assert.equal(app.focus, 'profile-title');
    const mapAfter = await page.evaluate(() => window.listAtTakeover);
    assert.ok(Math.abs(mapAfter - mapTop) <= (width === 1280 ? 1 : 9), `nothing above the profile moved: ${mapTop} → ${mapAfter}`);
    if (point) {
      // The mission of the app's mark under the point the visitor clicked (on a phone, under
      // the profile's sheet).
      const label = await page.evaluate(({ x, y }) => document.elementsFromPoint(x, y).find((e) => e.closest('.mark'))?.closest('.mark').getAttribute('aria-label') || '', point);
      assert.ok(label.includes(code), `profile ${code}, mark under the click: ${label}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('while the app loads, another mission is answered too, and a control the page cannot answer waits for the app', async () => {
  const { context, page, errors, release } = await heldPage(env.base);
  const buttons = page.locator('#view-map .mission-list button');
  await buttons.nth(0).click();
  await page.waitForFunction(() => document.querySelector('#prerendered #profile-title'), null, { timeout: 10000 });
  await buttons.nth(1).click();
  const second = await page.evaluate(() => document.querySelectorAll('#view-map .mission-list button')[1].textContent);
  await page.waitForFunction((c) => document.querySelector('#prerendered #profile-title')?.firstChild.textContent === c, second, { timeout: 10000 });
  assert.match(new URL(page.url()).hash, new RegExp(`mission=${second}(&|$)`));
  // A sort now is not the page's to answer (its rows were laid out for no profile): the app's.
  await page.locator('#view-sofa button.sort').nth(1).click();
  assert.equal(await page.evaluate(() => document.querySelector('#view-sofa th[aria-sort]')), null);
  release();
  await page.waitForSelector('#view-sofa th[aria-sort]', { timeout: 60000 });
  assert.equal(await inPrerendered(page), false);
  // The app answered that sort on top of the open profile.
  assert.match(new URL(page.url()).hash, new RegExp(`mission=${second}`));
  assert.match(new URL(page.url()).hash, /sort=sofa\.1\./);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a language page answers in its language', async () => {
  const { context, page, errors, release } = await heldPage(`${env.base}ar.html`);
  await page.locator('#view-map .mission-list button').nth(0).click();
  await page.waitForFunction(() => document.querySelector('#prerendered #profile-title'), null, { timeout: 10000 });
  const answered = await profileState(page);
  release();
  await takenOver(page);
  await page.waitForTimeout(300);
  assert.ok((await profileState(page)).text.startsWith(answered.text));
  assert.match(answered.text, /[\u0600-\u06FF]/, 'Arabic words');
  assert.deepEqual(errors, []);
  await context.close();
});

test('words typed in a search box and a filter chosen before the app is in are kept by the app', async () => {
  const { context, page, errors, release } = await heldPage(env.base);
  // A word of the figures table's first row, typed into its search box.
  const word = await page.evaluate(() => document.querySelector('#view-figures tbody tr td, #view-figures tbody tr th')
    .textContent.split(/\s+/).find((w) => /^[A-Za-z]{4,}$/.test(w)));
  assert.ok(word, 'a word to search');
  const countBefore = await page.evaluate(() => document.querySelector('#figures-count').textContent);
  await page.locator('#figures-search').click();
  await page.keyboard.type(word);
  // A mission chosen in the mechanisms' filter.
  const option = await page.evaluate(() => document.querySelector('#mechanisms-mission option:nth-child(2)').value);
  await page.selectOption('#mechanisms-mission', option);
  assert.ok(await inPrerendered(page));
  release();
  await takenOver(page);
  await page.waitForFunction((w) => new URL(location.href).hash.includes(encodeURIComponent(w)) || location.hash.includes(w), word, { timeout: 10000 });
  assert.equal(await page.evaluate(() => document.querySelector('#figures-search').value), word);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'figures-search', 'typing goes on in the box');
  await page.waitForFunction((o) => document.querySelector('#mechanisms-mission').value === o, option, { timeout: 10000 });
  // Both are the app's: in the address, and the tables filtered by them.
  const hash = decodeURIComponent(new URL(page.url()).hash);
  assert.ok(hash.includes(`mission=${option}`), hash);
  const rows = await page.evaluate(() => document.querySelectorAll('#view-figures tbody tr').length);
  assert.ok(rows > 0, 'figures found');
  assert.notEqual(await page.evaluate(() => document.querySelector('#figures-count').textContent), countBefore, 'the count says the search');
  const mechanisms = await page.evaluate(() => [...document.querySelectorAll('#view-mechanisms tbody tr')].map((r) => r.cells[0].textContent));
  assert.ok(mechanisms.length > 0 && mechanisms.every((m) => m.includes(option)), `mechanisms of ${option}: ${mechanisms}`);
  assert.deepEqual(errors, []);
  await context.close();
});

// The distance on screen between the map's first two marks: the app's, or the page's own hit areas.
const spread = (page, selector) => page.evaluate((s) => {
  const [a, b] = [...document.querySelectorAll(s)].filter((m) => m.getBoundingClientRect().width > 0)
    .slice(0, 2).map((m) => m.getBoundingClientRect()).map((r) => [r.left + r.width / 2, r.top + r.height / 2]);
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}, selector);

test('a first click the page cannot answer waits for the app, says so, and is answered on the same control; so is every click after it', async () => {
  // Zoom, "show as table" and the closed-missions switch, each clicked before the app is in.
  const { context, page, errors, release } = await heldPage(env.base);
  const before = await spread(page, '#view-map .chart-prerendered svg.wide .mark-answer');
  await page.locator('#map .zoom-controls button').nth(0).click();
  assert.equal(await page.evaluate(() => document.querySelector('#map .zoom-controls button').getAttribute('aria-busy')), 'true', 'the click waits, and says so');
  assert.ok(await inPrerendered(page));
  release();
  await takenOver(page);
  await page.waitForFunction(() => document.querySelectorAll('#map .chart-overlay .mark').length > 1, null, { timeout: 10000 });
  await page.waitForTimeout(300);
  const after = await spread(page, '#map .chart-overlay .mark');
  assert.ok(Math.abs(after / before - 2) < 0.1, `zoomed in twice: ${before} → ${after}`);
  await context.close();

  const second = await heldPage(env.base);
  await second.page.locator('#parity > button.toggle').click();
  await second.page.locator('#map-closed').click();
  second.release();
  await takenOver(second.page);
  await second.page.waitForSelector('#parity table', { timeout: 10000 });
  assert.equal(await second.page.evaluate(() => document.querySelector('#parity > button.toggle').getAttribute('aria-pressed')), 'true');
  // The switch, clicked while the toggle waited, waited too: no click is lost.
  await second.page.waitForFunction(() => document.querySelector('#map-closed').checked, null, { timeout: 10000 });
  assert.match(second.page.url(), /closed/);
  assert.deepEqual([...errors, ...second.errors], []);
  await second.context.close();
});

test('a first click on a chart point waits for the app, which shows that point\'s details', async () => {
  const { context, page, errors, release } = await heldPage(env.base);
  // A point of the parity chart's picture (the points come after the key).
  const point = await page.evaluate(() => {
    const svg = [...document.querySelectorAll('#parity .chart-prerendered svg')].find((s) => s.getBoundingClientRect().width > 0);
    const dot = [...svg.querySelectorAll('circle[fill="#005A8C"]')].at(-1);
    dot.scrollIntoView({ block: 'center' });
    const r = dot.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  const hint = await page.evaluate(() => document.querySelector('#parity .chart-details').textContent);
  await page.mouse.click(point.x, point.y);
  // (The pointer leaves: what the app shows is the click's doing, not a hover.)
  await page.mouse.move(1, 1);
  release();
  await takenOver(page);
  await page.waitForFunction((h) => document.querySelector('#parity .chart-details').textContent !== h, hint, { timeout: 10000 });
  const [details, label] = await page.evaluate(({ x, y }) => [
    document.querySelector('#parity .chart-details').textContent,
    document.elementFromPoint(x, y)?.closest('.mark')?.getAttribute('aria-label'),
  ], point);
  assert.equal(details, label, 'the details of the point under the click');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a profile the page opened closes by itself too, handing the focus back to its mission', async () => {
  const { context, page, errors, release } = await heldPage(env.base);
  await page.locator('#view-map .mission-list button').nth(1).click();
  await page.waitForFunction(() => document.querySelector('#prerendered #profile-title'), null, { timeout: 10000 });
  await page.locator('#prerendered .profile-head button').click();
  await page.waitForFunction(() => !document.querySelector('#profile-title'), null, { timeout: 5000 });
  assert.ok(await inPrerendered(page), 'closed with the app held back');
  const state = () => page.evaluate(() => ({
    focus: document.activeElement?.textContent,
    pressed: document.querySelectorAll('#view-map .mission-list button[aria-pressed="true"]').length,
    second: document.querySelectorAll('#view-map .mission-list button')[1].textContent,
  }));
  const closed = await state();
  assert.equal(closed.focus, closed.second);
  assert.equal(closed.pressed, 0);
  assert.doesNotMatch(new URL(page.url()).hash, /mission=/);
  release();
  await takenOver(page);
  await page.waitForTimeout(300);
  assert.deepEqual(await state(), closed);
  assert.equal(await page.evaluate(() => document.querySelector('#profile-title')), null);
  assert.deepEqual(errors, []);
  await context.close();
});
