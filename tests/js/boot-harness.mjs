// www/boot.js run in Node, without a browser: the file as shipped, evaluated with a stub page
// (no prerendered view, no catalogue) for one address, and what it did recorded: the theme it
// set on <html>, the page it left for (location.replace), whether it posted an embedded view's
// height, the files it preloaded. Its own LANGS and pageOf are returned too.
//
// boot.js is a module: its two module-only expressions (import() of the glue, import.meta.url)
// are replaced by stubs, each exactly once, as scripts/bundle.mjs rewrites its (bundle) lines.

import { readFileSync } from 'node:fs';

const file = new URL('../../www/boot.js', import.meta.url);

function rewrite(text, from, to) {
  const n = text.split(from).length - 1;
  if (n !== 1) throw new Error(`boot-harness: expected "${from}" once in www/boot.js, found ${n}`);
  return text.replace(from, to);
}

let source = readFileSync(file, 'utf8');
source = rewrite(source, "import('./pkg/pkviz.js')", "__import('./pkg/pkviz.js')");
source = rewrite(source, 'import.meta.url', '__importMetaUrl');

const GLOBALS = ['document', 'window', 'location', 'navigator', 'localStorage', 'history',
  'ResizeObserver', 'MutationObserver', 'requestAnimationFrame', 'setTimeout', 'fetch',
  '__import', '__importMetaUrl'];
// (A function body: boot.js's top-level names stay in it, and the last line hands some back.)
const body = `'use strict';\n${source}\n;return { LANGS, pageOf, withoutLang };`;
// eslint-disable-next-line no-new-func
const boot = new Function(...GLOBALS, body);

/**
 * Runs boot.js once on a page at `https://site.example/<page>` + `search` + `hash`, in the
 * page's language `pageLang`, with the browser's `languages` and the remembered choice `stored`,
 * in a frame (`framed`: its parent hears the height) or not.
 */
export function run({ hash = '', search = '', pageLang = 'en', languages = [], stored = null, framed = true } = {}) {
  const seen = { replaced: [], posted: 0, preloaded: [] };
  const html = { lang: pageLang, dataset: {}, classList: { add() {}, remove() {} } };
  const document = {
    documentElement: html,
    head: { append: (link) => seen.preloaded.push(link.href) },
    body: { getBoundingClientRect: () => ({ height: 100 }) },
    getElementById: () => null,
    querySelector: () => null,
    createElement: () => ({}),
    addEventListener() {},
  };
  const window = { addEventListener() {}, dispatchEvent() {} };
  window.parent = framed ? { postMessage: () => { seen.posted += 1; } } : window;
  const location = {
    protocol: 'https:', search, hash,
    replace: (to) => seen.replaced.push(to),
  };
  const glue = () => Promise.resolve({ default: () => Promise.resolve() });
  const own = boot(
    document, window, location, { languages }, { getItem: () => stored, setItem() {} },
    { pushState() {} }, class { observe() {} }, class { observe() {} }, () => {}, () => {},
    () => Promise.reject(new Error('no fetch')), glue, 'https://site.example/index.html',
  );
  return { ...seen, theme: html.dataset.theme ?? null, own };
}
