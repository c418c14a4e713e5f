// Firefox ESR (Debian's `firefox-esr`) for the end-to-end tests, driven by puppeteer-core over
// WebDriver BiDi (playwright-core cannot drive a stock Firefox). `launchFirefox()` returns a
// browser with the part of playwright's API the tests use — contexts, pages, locators — so a
// test file runs unchanged in either browser (`E2E_BROWSER=firefox`, see helpers.mjs).
import puppeteer from 'puppeteer-core';
import { mkdtempSync, readdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TIMEOUT = 30000;

// Retries `attempt` (which returns undefined while not yet possible) until `timeout`.
async function until(what, attempt, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await attempt().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms: ${what}`);
    await sleep(50);
  }
}

// The elements a locator's steps select, evaluated in the page. A step is a CSS selector with an
// optional `hasText` (a string or a regular expression's source and flags), or a role and name.
function resolve(steps) {
  let found = [document];
  for (const s of steps) {
    if (s.nth !== undefined) { found = found.at(s.nth) ? [found.at(s.nth)] : []; continue; }
    const sel = s.role === 'button' ? 'button, [role=button]' : s.sel;
    found = [...new Set(found.flatMap((e) => [...e.querySelectorAll(sel)]))];
    if (s.role) found = found.filter((e) => (e.getAttribute('aria-label') || e.textContent).trim() === s.name);
    if (s.text !== undefined) {
      const re = s.flags !== undefined ? new RegExp(s.text, s.flags) : null;
      found = found.filter((e) => (re ? re.test(e.textContent) : e.textContent.includes(s.text)));
    }
  }
  return found;
}

const textStep = (hasText) => (hasText instanceof RegExp
  ? { text: hasText.source, flags: hasText.flags }
  : hasText !== undefined ? { text: String(hasText) } : {});

// playwright's Locator, as far as the tests use it: it waits for one element before acting.
class Locator {
  // `frame`: the selector of an iframe whose document the steps apply to.
  constructor(page, steps, frame) { this.top = page; this.steps = steps; this.frame = frame; }
  with(step) { return new Locator(this.top, [...this.steps, step], this.frame); }
  get page() { return this.frame ? this.inFrame() : Promise.resolve(this.top); }
  async inFrame() { return (await this.top.waitForSelector(this.frame)).contentFrame(); }
  locator(sel, { hasText } = {}) { return this.with({ sel, ...textStep(hasText) }); }
  filter({ hasText }) { return this.with({ sel: ':scope', ...textStep(hasText) }); }
  first() { return this.with({ nth: 0 }); }
  nth(i) { return this.with({ nth: i }); }
  get found() { return `(${resolve})(${JSON.stringify(this.steps)})`; }
  // `body` evaluated in the page with `e`, the first element found (plain expressions: puppeteer's
  // element handles hang in a page with scripts off).
  async on(body) { return (await this.page).evaluate(`(() => { const e = ${this.found}[0]; ${body} })()`); }
  async count() { return (await this.page).evaluate(`${this.found}.length`); }
  // Waits for the first element (shown, with `visible`), like playwright's actions.
  async wait({ visible = false, timeout = TIMEOUT } = {}) {
    const test = visible ? 'e && e.getClientRects().length > 0' : '!!e';
    await until(`${JSON.stringify(this.steps)}${visible ? ' visible' : ''}`,
      async () => ((await this.on(`return ${test};`)) ? true : undefined), timeout);
  }
  // The middle of the element, scrolled to the middle of the view (clear of the sticky header).
  async middle() {
    await this.wait({ visible: true });
    return this.on(`e.scrollIntoView({ block: 'center' });
      const r = e.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 };`);
  }
  async click() { const { x, y } = await this.middle(); await this.top.mouse.click(x, y); }
  async hover() { const { x, y } = await this.middle(); await this.top.mouse.move(x, y); }
  async focus() { await this.wait(); await this.on('e.focus();'); }
  async getAttribute(name) { await this.wait(); return this.on(`return e.getAttribute(${JSON.stringify(name)});`); }
  async innerText() { await this.wait(); return this.on('return e.innerText;'); }
  async textContent() { await this.wait(); return this.on('return e.textContent;'); }
  async isVisible() {
    return this.on("return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';");
  }
  async waitFor({ state = 'visible', timeout } = {}) { await this.wait({ visible: state === 'visible', timeout }); }
}

// playwright's glob of a route: `**` any characters, `*` any but "/".
const globRe = (glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
  .replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`);

// playwright's `route`: requests whose address matches a glob go to a handler that fulfills or
// continues them; the others go on unchanged.
async function addRoute(page, glob, handler) {
  if (!page.routes) {
    page.routes = [];
    await page.setRequestInterception(true);
    page.on('request', async (req) => {
      const hit = page.routes.find((r) => r.re.test(req.url()));
      if (!hit) return req.continue();
      await hit.handler({
        fulfill: ({ status = 200, contentType, body = '', headers = {} }) => req.respond({
          status, headers, contentType, body: typeof body === 'string' ? Buffer.from(body) : body,
        }),
        continue: () => req.continue(),
      });
    });
  }
  page.routes.push({ re: globRe(glob), handler });
}

// playwright's `waitForEvent('download')`: Firefox saves every download to `dir` (a preference
// set at launch). The next new file, once no `.part` is beside it and its size has held for
// 200 ms, is moved to a directory of its own and described.
async function nextDownload(dir) {
  const before = new Set(readdirSync(dir));
  const sizes = new Map();
  const name = await until('a download', async () => {
    const files = readdirSync(dir);
    for (const f of files.filter((f) => !before.has(f) && !f.endsWith('.part') && !files.includes(`${f}.part`))) {
      const size = statSync(join(dir, f)).size;
      if (size > 0 && sizes.get(f) === size) return f;
      sizes.set(f, size);
    }
    await sleep(150);
    return undefined;
  });
  const path = join(mkdtempSync(join(tmpdir(), 'pkviz-ff-dl-')), name);
  renameSync(join(dir, name), path);
  return { suggestedFilename: () => name, path: async () => path };
}

// A puppeteer page with playwright's names for what the tests call.
function wrapPage(page, context) {
  const shim = {
    context: () => context,
    locator: (sel, { hasText } = {}) => new Locator(page, [{ sel, ...textStep(hasText) }]),
    frameLocator: (frame) => ({ locator: (sel) => new Locator(page, [{ sel }], frame) }),
    route: (glob, handler) => addRoute(page, glob, handler),
    waitForEvent: (name) => {
      if (name !== 'download') throw new Error(`waitForEvent('${name}') is not shimmed`);
      return nextDownload(context.downloads);
    },
    // Same-document history steps: the tests wait for their effect themselves.
    goBack: () => page.evaluate(() => history.back()),
    goForward: () => page.evaluate(() => history.forward()),
    getByRole: (role, { name }) => new Locator(page, [{ role, name }]),
    waitForTimeout: sleep,
    waitForSelector: (sel, { state = 'visible', timeout } = {}) => page.waitForSelector(sel, {
      timeout, visible: state === 'visible', hidden: state === 'hidden' || state === 'detached',
    }),
    waitForFunction: (fn, arg, options = {}) => page.waitForFunction(fn, options, arg),
    selectOption: (sel, value) => page.select(sel, value),
    check: async (sel) => {
      if (!(await page.$eval(sel, (e) => e.checked))) await page.click(sel);
    },
    setViewportSize: (size) => page.setViewport(size),
    // As plain expressions: puppeteer's own query helpers hang in a page with scripts off.
    $eval: (sel, fn, arg) => page.evaluate(`(() => {
      const e = document.querySelector(${JSON.stringify(sel)});
      if (!e) throw new Error('no element matches ${sel.replace(/[`'\\$]/g, '')}');
      return (${fn})(e, ${JSON.stringify(arg) ?? 'undefined'});
    })()`),
    $$eval: (sel, fn, arg) => page.evaluate(
      `(${fn})([...document.querySelectorAll(${JSON.stringify(sel)})], ${JSON.stringify(arg) ?? 'undefined'})`),
    keyboard: {
      press: async (keys) => {
        const parts = keys.length > 1 ? keys.split('+') : [keys];
        const key = parts.pop().replace(/^Space$/, ' ');
        for (const m of parts) await page.keyboard.down(m);
        await page.keyboard.press(key);
        for (const m of parts.reverse()) await page.keyboard.up(m);
      },
      type: (text) => page.keyboard.type(text),
    },
  };
  return new Proxy(page, {
    get(target, name) {
      if (name in shim) return shim[name];
      const v = Reflect.get(target, name);
      return typeof v === 'function' ? v.bind(target) : v;
    },
    set(target, name, value) { target[name] = value; return true; },
  });
}

// A browser context with playwright's `newContext` options the tests use (a viewport and its
// pixel ratio), init scripts and routes. Every page is wrapped so that its `goto`/`reload` can
// be taught to wait for the app.
function wrapContext(ctx, downloads, {
  viewport = { width: 1280, height: 720 }, deviceScaleFactor = 1,
} = {}) {
  const inits = [];
  const routes = [];
  const context = {
    downloads,
    addInitScript: async (fn) => { inits.push(fn); },
    grantPermissions: async () => {},
    route: async (glob, handler) => { routes.push([glob, handler]); },
    newPage: async () => {
      const page = await ctx.newPage();
      await page.setViewport({ ...viewport, deviceScaleFactor });
      for (const fn of inits) await page.evaluateOnNewDocument(fn);
      for (const [glob, handler] of routes) await addRoute(page, glob, handler);
      return wrapPage(page, context);
    },
    close: () => ctx.close(),
  };
  return context;
}

// One Firefox, with downloads saved to `downloads` and, when `scripts` is false, JavaScript off
// (Firefox ESR's WebDriver BiDi cannot turn scripts off for one page).
function start(downloads, scripts) {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      'javascript.enabled': scripts,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      // navigator.clipboard.readText without a paste prompt (grantPermissions in Chromium).
      'dom.events.testing.asyncClipboard': true,
    },
  });
}

// A browser like playwright's: contexts with scripts off come from a second Firefox, started
// when first asked for.
export async function launchFirefox() {
  const downloads = mkdtempSync(join(tmpdir(), 'pkviz-ff-downloads-'));
  const browser = await start(downloads, true);
  let noScripts = null;
  return {
    newContext: async (options = {}) => {
      const off = options.javaScriptEnabled === false;
      if (off) noScripts ??= start(downloads, false);
      const from = off ? await noScripts : browser;
      return wrapContext(await from.createBrowserContext(), downloads, options);
    },
    close: async () => {
      await browser.close();
      if (noScripts) await (await noScripts).close();
    },
  };
}
