// www/boot.js reads the address as the app does: held to the table tests/boot_route.rs writes
// from route::parse/route::fragment, query::data_path and the language pages
// (tests/golden/boot-route.json). No browser: boot.js runs in tests/js/boot-harness.mjs.
//
//   node --test tests/js/
//
// boot.js reads only what it needs before the app (lang=, theme=, embed=, ?data=), each by a
// first match of a pattern; the app reads every pair and the last one counts. On every address
// the app writes (`fragment`) they agree; the hand-written addresses on which they do not are
// listed in DIFFERS, with what boot.js does, so that a change on either side is seen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { run } from './boot-harness.mjs';

const table = JSON.parse(readFileSync(new URL('../golden/boot-route.json', import.meta.url), 'utf8'));

// Where boot.js reads a hand-written address otherwise than the app: address → boot.js's reading.
const DIFFERS = {
  // A repeated key: boot.js takes the first (an unknown language then leads nowhere), the app the last.
  '#lang=xx&lang=ar': { lang: null },
  '#lang=ar&lang=fr': { lang: 'ar' },
  '#theme=dark&theme=light': { theme: 'dark' },
  // embed= counts for boot.js only at the address's start, with any value.
  '#embed=nope': { embed: true },
  '#embed=': { embed: true },
  '#view=map&embed=sofa': { embed: false },
  // (so a lang= before it leads to the language's page, which then shows the embedded view)
  '#lang=es&embed=map': { lang: 'es', embed: false },
};

/** What boot.js read in `address`, on the English page: the language whose page it left for
 * (and the address it kept), the theme, and whether it took the page for an embedded view. */
function bootReads(address) {
  const r = run({ hash: address });
  const embed = r.posted > 0;
  assert.ok(r.replaced.length <= 1, `${address}: left for ${r.replaced.length} pages`);
  let lang = null;
  let kept = null;
  if (r.replaced.length) {
    const [to] = r.replaced;
    const found = table.languages.find((l) => l.tag !== 'en' && to.startsWith(l.page));
    assert.ok(found, `${address}: left for ${to}, not a language's page`);
    lang = found.tag;
    kept = to.slice(found.page.length);
  }
  return { lang, kept, theme: r.theme, embed };
}

test('the languages and their pages are the app\'s', () => {
  const { own } = run();
  assert.deepEqual(own.LANGS, table.languages.map((l) => l.tag), 'boot.js LANGS vs i18n::Lang::ALL');
  for (const l of table.languages) assert.equal(own.pageOf(l.tag), l.page, `pageOf(${l.tag}) vs language::page_file`);
});

test('lang=, theme= and embed= are read as route::parse reads them', () => {
  const problems = [];
  for (const row of table.addresses) {
    const got = bootReads(row.address);
    // What the app's rules say boot.js should do on the English page: lead to the language's
    // page (not from an embedded view, nor to English itself), keeping the rest of the address.
    const embed = row.embed !== null;
    const expected = {
      lang: !embed && row.lang && row.lang !== 'en' ? row.lang : null,
      theme: row.theme,
      embed,
    };
    const differs = DIFFERS[row.address];
    if (differs) {
      for (const [k, v] of Object.entries(differs)) {
        if (got[k] !== v) problems.push(`${row.address}: listed in DIFFERS as ${k}=${v}, boot.js now reads ${got[k]}`);
        if (v === expected[k]) problems.push(`${row.address}: DIFFERS lists ${k}=${v}, which the app reads too`);
        expected[k] = v;
      }
    }
    for (const k of ['lang', 'theme', 'embed']) {
      if (got[k] !== expected[k]) problems.push(`${row.address}: ${k}: boot.js ${got[k]}, the app ${expected[k]}`);
    }
    // The address kept on the language's page: on an address the app writes, exactly the app's
    // own without its lang= (the language page's route is the same but for its language).
    if (got.lang && row.address === `#${row.canonical}` && got.kept !== `#${row.without_lang}`) {
      problems.push(`${row.address}: boot.js keeps ${got.kept}, the app #${row.without_lang}`);
    }
  }
  for (const address of Object.keys(DIFFERS)) {
    if (!table.addresses.some((r) => r.address === address)) problems.push(`DIFFERS names ${address}, not in the table`);
  }
  assert.deepEqual(problems, []);
});

test('?data= is preloaded exactly when query::data_path loads it', () => {
  const problems = [];
  for (const { data, loads } of table.data) {
    const r = run({ search: `?data=${encodeURIComponent(data)}` });
    const preloaded = r.preloaded.includes(data);
    if (preloaded !== loads) problems.push(`${JSON.stringify(data)}: boot.js preloads ${preloaded}, the app loads ${loads}`);
    // (and the shipped data file is not fetched for nothing)
    if (r.preloaded.includes('data/peacekeeping.json')) problems.push(`${JSON.stringify(data)}: the default data file preloaded too`);
  }
  assert.deepEqual(problems, []);
});

test('a first visit to the English page leads to the browser\'s first language the site has', () => {
  for (const l of table.languages) {
    const r = run({ languages: [`${l.tag}-XX`, 'en'], framed: false });
    assert.deepEqual(r.replaced, l.tag === 'en' ? [] : [l.page], l.tag);
  }
  assert.deepEqual(run({ languages: ['de', 'fr'], framed: false }).replaced, ['fr.html']);
  assert.deepEqual(run({ languages: ['fr'], stored: 'en', framed: false }).replaced, [], 'a remembered choice');
});
