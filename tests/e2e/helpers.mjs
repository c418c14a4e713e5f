// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core (or Firefox
// ESR, see launch), the built dist/ served on a free localhost port, and console errors
// collected per page.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { launchFirefox } from './firefox.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = join(root, 'dist');
export const readJson = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));
// The data's date (`meta.as_of`, "2024-09") as the page writes it: the month in full.
export const asOf = (date, lang = 'en') => {
  const [y, m] = date.split('-').map(Number);
  const options = { year: 'numeric', timeZone: 'UTC', ...(m ? { month: 'long' } : {}) };
  return new Intl.DateTimeFormat(lang, options).format(Date.UTC(y, (m || 6) - 1, 15));
};

// The prerendered first view is inert until the app has taken its place, and the app starts
// when a visitor reaches for a control (www/boot.js). A navigation of a page with scripts on
// resolves only once the app is in (no element #prerendered is left): if the address did not
// start it, a mouse pointer over the first control does, as a visitor's would.
export const WAKE = () => document.querySelector('#prerendered button')
  ?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
export async function appIn(page) {
  await page.evaluate(WAKE);
  await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: 60000 });
  return page;
}

// `{ app: false }` in the options of goto/reload: resolve at the page's own load, as a reader
// who has not reached for a control yet gets it (the app not started).
function waitForApp(page) {
  for (const name of ['goto', 'reload']) {
    const original = page[name].bind(page);
    page[name] = async (...args) => {
      const i = name === 'goto' ? 1 : 0;
      const { app = true, ...options } = args[i] || {};
      args[i] = options;
      const response = await original(...args);
      if (app) await appIn(page);
      return response;
    };
  }
  return page;
}

// Debian's Chromium, or Firefox ESR with `E2E_BROWSER=firefox` (tests/e2e/firefox.mjs); every
// page of a context with scripts on waits for the app after navigating.
export const firefox = process.env.E2E_BROWSER === 'firefox';
export async function launch() {
  const browser = firefox ? await launchFirefox() : await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options = {}) => {
    const context = await newContext(options);
    if (options.javaScriptEnabled === false) return context;
    const newPage = context.newPage.bind(context);
    context.newPage = async () => waitForApp(await newPage());
    return context;
  };
  return browser;
}

// dist/ at /, tests/fixtures at /fixtures/, plus any `extra` mounts.
export async function startServer(extra = {}) {
  const server = await serve(dist, 0, { '/fixtures/': join(root, 'tests', 'fixtures'), ...extra });
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// A fresh page whose console errors and uncaught exceptions are recorded in `page.errors`.
export async function openPage(browser, url, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  return page;
}

// The SOFA table as text: one array of cell texts per body row (row header first).
export async function tableRows(page) {
  await page.waitForSelector('#view-sofa table tbody tr');
  return page.$$eval('#view-sofa table tbody tr', (trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.innerText.trim())));
}

// A test file's browser and server: `env.browser` and `env.base` are set before its first test
// and closed after its last. `mounts` adds directories to the server (see startServer).
export function suite(mounts = {}) {
  const env = { browser: null, server: null, base: '' };
  before(async () => {
    env.browser = await launch();
    ({ server: env.server, url: env.base } = await startServer(mounts));
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}
