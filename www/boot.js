// Starts the wasm app when the page needs it. Every view is already in the HTML (prerendered),
// so a visitor who reads never downloads the app: it is fetched when the visitor reaches for a
// control (pointer over it, a touch, keyboard focus) or clicks one, and at once when the address
// asks for what the HTML cannot show (another data file, a mission, a sorted table). A click that
// woke the app is played again on the same control once the app has taken the HTML's place.
// In an embedded view (#embed=…) it also tells the parent page its height, before and after.
//
// scripts/bundle.mjs rewrites the three lines marked (bundle): hashed names for index.html, and
// the inlined module, wasm bytes and data for offline.html.

const glue = () => import('./pkg/pkviz.js'); // (bundle)
const wasm = () => new URL('pkg/pkviz_bg.wasm', import.meta.url); // (bundle)
const files = ['data/peacekeeping.json', 'basemap/world-110m.json']; // (bundle)

const root = document.getElementById('app');
const html = document.documentElement;
// Its two lines in the page's language: from the catalogue a language's page carries (English,
// Msg::BootFailed and Msg::BootLoading in src/i18n/en.rs, otherwise; tests/i18n.rs holds them equal).
const catalogue = (() => {
  try { return JSON.parse(document.querySelector(`script[data-catalogue="${html.lang}"]`).textContent).messages; } catch { return {}; }
})();
const say = (key, english, values = {}) => (catalogue[key] || english).replace(/\{(\w+)\}/g, (all, k) => (k in values ? values[k] : all));

// ---- the page's language: each language has its own prerendered page on the site (English:
// index.html, others <tag>.html); the offline copy is one file for all (the app switches). ----
const LANGS = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
const onSite = /^https?:$/.test(location.protocol) && !document.getElementById('pk-data');
const pageOf = (tag) => (tag === 'en' ? './' : `${tag}.html`);
const withoutLang = (hash) => hash.replace(/(^#|&)lang=[a-z]+(?=&|$)/, '$1').replace(/^#&/, '#').replace(/&$/, '');
/** The page a visitor should read: the one the link names (`lang=`), else, on a first visit to
 * the English page, the first of the browser's languages the site has. */
function languagePage() {
  if (!onSite || location.hash.startsWith('#embed=')) return null;
  const asked = /(?:^#|&)lang=([a-z]+)(?:&|$)/.exec(location.hash);
  let chosen = null;
  try { chosen = localStorage.getItem('pkviz-lang'); } catch { /* storage off: no memory */ }
  const wanted = asked ? asked[1]
    : html.lang === 'en' && !chosen
      ? (navigator.languages || []).map((l) => l.split('-')[0].toLowerCase()).find((l) => LANGS.includes(l))
      : null;
  if (!wanted || wanted === html.lang || !LANGS.includes(wanted)) return null;
  return pageOf(wanted) + location.search + withoutLang(location.hash);
}
const moveTo = languagePage();
if (moveTo) location.replace(moveTo);
// A language chosen with the switch is remembered (the next first visit keeps it), and on the
// prerendered page its link keeps the rest of the address.
document.addEventListener('click', (event) => {
  const a = event.target.closest && event.target.closest('.lang-switch a[hreflang]');
  if (!a) return;
  try { localStorage.setItem('pkviz-lang', a.hreflang); } catch { /* storage off */ }
  if (a.closest('#prerendered') && onSite) a.href = pageOf(a.hreflang) + location.search + withoutLang(location.hash);
}, true);
// The colours a permalink chose (theme=dark|light), from the first paint (the app keeps them).
const theme = /(?:^#|&)theme=(dark|light)(?:&|$)/.exec(location.hash);
if (theme) html.dataset.theme = theme[1];
// Controls of the prerendered page: only the app gives them life.
const CONTROL = 'button, select, input, summary, [tabindex], .chart-prerendered';

let started = null;

/** Loads and starts the app (once): the glue, the wasm, the data file and the basemap download
 * side by side (preloads the app's own requests then use), the data while the wasm compiles. */
function start() {
  if (started) return started;
  // A fetch() preload, in the mode the app's own fetch uses.
  const preload = (href, type) => {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', href, as: 'fetch', crossOrigin: 'anonymous' });
    if (type) link.type = type;
    document.head.append(link);
  };
  // (offline.html has the files in the page: nothing to preload.)
  const other = new URLSearchParams(location.search).get('data');
  if (files.length) {
    for (const href of files) if (!(other !== null && href.startsWith('data/'))) preload(href);
    // Another data file, if it is one the app will load (src/query.rs `data_path`: a relative
    // path of letters, digits, . _ - and /, no empty, . or .. segment); the app says what is wrong
    // with any other.
    const relative = other !== null && other.length <= 200 && /^[A-Za-z0-9._\/-]+$/.test(other)
      && other.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
    if (relative) preload(other);
  }
  const source = wasm();
  if (source instanceof URL) preload(source.href, 'application/wasm');
  started = glue()
    .then((m) => m.default({ module_or_path: source }))
    .catch(failed);
  return started;
}

/** The app could not start (an old browser, a blocked or missing file): say so, keep the page. */
function failed(err) {
  html.classList.remove('pk-starting');
  const p = document.createElement('p');
  p.className = 'notice notice-error';
  p.setAttribute('role', 'alert');
  p.textContent = say('BootFailed', 'The interactive version of this page could not start ({error}). Everything on the page still reads; sorting, zooming and downloads need it.', { error: String(err) });
  const prerendered = document.getElementById('prerendered');
  if (prerendered) prerendered.prepend(p);
  else (root || document.body).replaceChildren(p);
}

/** True when the address names something the HTML cannot show by itself. */
function addressNeedsApp() {
  if (new URLSearchParams(location.search).has('data')) return true;
  let target;
  try {
    target = decodeURIComponent(location.hash.slice(1));
  } catch {
    return true; // a malformed escape: the app says what it ignored
  }
  return target !== '' && !document.getElementById(target);
}

// ---- the click that woke the app, played again on the same control in the app ----

// Where an element is: the nearest ancestor with an id (the app renders the same ids), then
// the tag and position among same-tag siblings at each step down.
function locate(el) {
  const steps = [];
  for (let node = el; node && node !== root; node = node.parentElement) {
    if (node.id && node.id !== 'prerendered' && !node.id.includes('=')) return { id: node.id, steps };
    let n = 0;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === node.tagName) n++;
    steps.unshift([node.tagName, n]);
  }
  return { id: null, steps };
}

function find({ id, steps }) {
  let node = id ? document.getElementById(id) : document.querySelector('#app > .app-live');
  for (const [tag, n] of steps) {
    if (!node) return null;
    node = [...node.children].filter((c) => c.tagName === tag)[n];
  }
  return node || null;
}

// The clicks that wait for the app, in the order they came, each played again once it is in.
const waiting = [];

// Calls `settle` as soon as the app has taken the prerendered page's place (before the browser
// paints it), then `then` at the next frame.
function whenTakenOver(then, settle = () => {}) {
  if (!document.getElementById('prerendered')) { settle(); return then(); }
  new MutationObserver((_, mo) => {
    if (document.getElementById('prerendered')) return;
    mo.disconnect();
    settle();
    requestAnimationFrame(then);
  }).observe(root, { childList: true });
}

// Where the clicked thing is on screen, kept up to date while the app loads (the visitor may
// scroll meanwhile): its box, and the click's point within it.
function boxOf(el) {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

// The control last clicked keeps its place when the app takes over: should the app's page differ
// in any way above it, the page scrolls so that it stays where the visitor saw it.
let kept = null;
function keep(control) {
  const first = !kept;
  kept = { where: locate(control), box: boxOf(control), el: control };
  if (!first) return;
  const follow = () => { if (kept.el.isConnected) kept.box = boxOf(kept.el); };
  window.addEventListener('scroll', follow, { passive: true });
  whenTakenOver(() => {}, () => {
    window.removeEventListener('scroll', follow);
    const same = find(kept.where);
    if (!same) return;
    const dy = same.getBoundingClientRect().top - kept.box.top;
    if (Math.abs(dy) >= 1) window.scrollBy({ top: dy, behavior: 'instant' });
  });
}

// ---- the prerendered page answers a first touch by itself (src/components/shell/answers.rs): a sort
// is a new order of the table's rows; a mission's profile is the app's own, from the page's
// answers file. The app, started by the same touch, takes over in the state they show: the
// address they write is its route. ----
const prerendered = document.getElementById('prerendered');
let answersFile = null;
/** The page's answers (a fragment of <template>s), or null: in the offline copy, in the page;
 * else fetched once, on the first intent. */
function answers() {
  if (answersFile) return answersFile;
  const inline = document.getElementById('pk-answers');
  const href = prerendered && prerendered.dataset.answers;
  const parse = (text) => {
    const t = document.createElement('template');
    t.innerHTML = text;
    return t.content;
  };
  answersFile = inline ? Promise.resolve(inline.content)
    : !href ? Promise.resolve(null)
      : fetch(href, { priority: 'high' }).then((r) => (r.ok ? r.text() : null))
        .then((text) => (text == null ? null : parse(text)), () => null);
  return answersFile;
}

// What the page last answered by itself ('sort', 'profile'): a later touch is answered too only
// from a state the answers know (the page as prerendered; one profile for another).
let answered = null;
let answering = false;

/** The row order of a sort button's first click. Resolves to the address it writes, or null. */
async function sortRows(button) {
  const body = button.closest('table')?.tBodies[0];
  const rows = body ? [...body.rows] : [];
  const order = button.dataset.order.split(' ').map(Number);
  if (order.length !== rows.length || !order.every((i) => rows[i])) return null;
  body.append(...order.map((i) => rows[i]));
  button.closest('th').setAttribute('aria-sort', button.dataset.sort);
  const arrow = button.querySelector('.sort-arrow');
  if (arrow) arrow.textContent = button.dataset.arrow;
  return button.dataset.href;
}

/** The answer named `key`, shown where it goes. Resolves to the address it writes, or null. */
async function showAnswer(key) {
  const file = await answers();
  const t = file && [...file.querySelectorAll('template[data-answer]')].find((x) => x.dataset.answer === key);
  const into = t && prerendered.querySelector(t.dataset.into);
  if (!into) return null;
  into.replaceChildren(t.content.cloneNode(true));
  // (What takes the focus is found before the buttons say what is now chosen: a closing profile
  // hands it to its mission's button, as the app does.)
  const focus = t.dataset.focus && prerendered.querySelector(t.dataset.focus);
  for (const b of prerendered.querySelectorAll('[data-answer][aria-pressed]')) b.setAttribute('aria-pressed', String(b.dataset.answer === key));
  // (The profile's sheet is held in sight: focusing it must not scroll the page.)
  if (focus) focus.focus({ preventScroll: !!focus.closest('.profile-slot') });
  return t.dataset.href;
}

/** The page's own answer to a click on `target` (in `control`), from the state it is in. */
function answerTo(target, control) {
  const first = !answered && !location.hash.startsWith('#embed=') && !addressNeedsApp();
  const sort = target.closest('button.sort[data-order]');
  if (sort && first) return { kind: 'sort', run: () => sortRows(sort) };
  const named = target.closest('[data-answer]');
  if (named && (first || answered === 'profile') && named.dataset.answer.startsWith('profile:')) {
    return { kind: 'profile', run: () => showAnswer(named.dataset.answer).then((href) => (href && describe(named, control), href)) };
  }
  return null;
}

// A chart's mark that was answered is the one its details line describes, as in the app after a
// click; once the app is in, its own mark at that place is described (a mouse-enter, which the
// app's hover gives too).
let described = null;
function describe(mark, control) {
  if (!mark.dataset.details) return;
  const line = control.closest('.chart')?.querySelector('.chart-details');
  if (line) line.textContent = mark.dataset.details;
  const box = boxOf(control);
  const r = mark.getBoundingClientRect();
  const first = !described;
  described = { where: locate(control), at: [(r.left + r.width / 2 - box.left) / (box.width || 1), (r.top + r.height / 2 - box.top) / (box.height || 1)] };
  if (!first) return;
  whenTakenOver(() => {}, () => {
    const area = find(described.where);
    const a = area && area.getBoundingClientRect();
    const hit = a && under(area, a.left + described.at[0] * a.width, a.top + described.at[1] * a.height);
    const same = hit ? hit.closest('.mark') : null;
    if (same) same.dispatchEvent(new MouseEvent('mouseenter'));
  });
}

/** The topmost element of `area` at the point (x, y), beneath anything over it (the profile's
 * sheet, which a phone shows over the map). */
function under(area, x, y) {
  return document.elementsFromPoint(x, y).find((e) => area.contains(e)) || null;
}

function onClick(event) {
  const control = event.target.closest && event.target.closest(CONTROL);
  if (!control || !control.closest('#prerendered')) return;
  event.preventDefault();
  // After a click that waits (or while an answer is being fetched), every click waits too, so
  // that they are answered in the order they came.
  const answer = waiting.length || answering ? null : answerTo(event.target, control);
  if (!answer) return later(control, event);
  answering = true;
  answer.run().then((href) => {
    answering = false;
    if (href == null) return later(control, event); // no answer after all: the app gives it
    answered = answer.kind;
    prerendered.dataset.answered = '';
    history.pushState(null, '', href);
    // (An app already starting, out of sight, reads the address again: src/components/shell/routing.rs.)
    window.dispatchEvent(new Event('pkviz:answered'));
    keep(control);
    start();
  });
}

/** The click, answered by the app once it is in (on the same control, or the same point of the
 * same chart). */
function later(control, event) {
  // A chart's picture is answered by the mark under the same point of the app's chart area (the
  // prerendered SVG and the app's canvas take the same place).
  const chart = control.matches('.chart-prerendered');
  const box = boxOf(control);
  waiting.push({
    where: locate(control), chart, event,
    at: [(event.clientX - box.left) / (box.width || 1), (event.clientY - box.top) / (box.height || 1)],
    pointer: event.detail > 0,
  });
  keep(control);
  control.setAttribute('aria-busy', 'true');
  if (waiting.length > 1) return;
  html.classList.add('pk-starting');
  // Said to screen readers too: the click is not lost, it waits.
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  prerendered.append(status);
  setTimeout(() => { status.textContent = say('BootLoading', 'Loading the interactive page…'); }, 100);
  start();
  whenTakenOver(async () => {
    html.classList.remove('pk-starting');
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    for (const { where, chart, event, at, pointer } of waiting.splice(0)) {
      if (!chart) {
        const same = find(where);
        if (same) press(same, event);
        await frame();
        continue;
      }
      // The chart's marks appear once it knows its width: wait a few frames for one.
      for (let frames = 0; frames < 30; frames++) {
        const area = find(where);
        const r = area && area.getBoundingClientRect();
        const hit = r && pointer ? under(area, r.left + at[0] * r.width, r.top + at[1] * r.height)?.closest('.mark, button, a') : null;
        if (hit) { press(hit, event); break; }
        if (!area || area.querySelector('.mark')) break;
        await frame();
      }
      await frame();
    }
  });
}

/** The click again, on the app's control. */
function press(target, event) {
  if (typeof target.focus === 'function') target.focus({ preventScroll: true });
  const r = target.getBoundingClientRect();
  const [x, y] = target.matches('.mark') ? [r.left + r.width / 2, r.top + r.height / 2] : [event.clientX, event.clientY];
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: x, clientY: y }));
}

// Keyboard focus on a prerendered control moves to the same control in the app.
let focused = null;
function onFocus(event) {
  const control = event.target.closest && event.target.closest(CONTROL);
  if (!control || !control.closest('#prerendered')) return;
  focused = locate(control);
  wake(event.target);
  whenTakenOver(() => {
    const same = focused && document.activeElement === document.body ? find(focused) : null;
    if (same && typeof same.focus === 'function') same.focus({ preventScroll: true });
    // A text field goes on where the visitor was typing: at the end.
    if (same && typeof same.setSelectionRange === 'function' && /^(search|text)$/.test(same.type)) {
      same.setSelectionRange(same.value.length, same.value.length);
    }
  });
}

// What a visitor typed or chose in a prerendered field (a search box, a filter) is kept: once the
// app is in, its twin takes the same value and hears it as an edit (input, change events).
const edits = new Map();
function onEdit(event) {
  const field = event.target;
  if (!field.matches || !field.matches('input, select, textarea') || !field.closest('#prerendered')) return;
  if (field.type === 'checkbox' || field.type === 'radio') return; // (their click is played again)
  const first = edits.size === 0;
  edits.set(field, locate(field));
  start();
  if (!first) return;
  whenTakenOver(() => {}, () => {
    for (const [old, where] of edits) {
      const same = find(where);
      if (!same || same.tagName !== old.tagName || same.value === old.value) continue;
      same.value = old.value;
      same.dispatchEvent(new Event('input', { bubbles: true }));
      same.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
}

function onIntent(event) {
  if (event.type === 'pointerover' && event.pointerType !== 'mouse') return;
  const control = event.target.closest && event.target.closest(CONTROL);
  if (control && control.closest('#prerendered')) wake(event.target);
}

/** Fetches the page's answers and starts the app: for a control the answers file answers (a
 * mission, a marker), the app only once that file is in (or a second has passed), so that on a
 * slow link its bytes do not share the line with the answer's. */
function wake(target) {
  const file = answers();
  if (!target.closest('[data-answer]')) return start();
  const second = new Promise((resolve) => setTimeout(resolve, 1000));
  Promise.race([file, second]).then(start, start);
}

// ---- an embedded view tells its parent page its height (embed.js sizes the iframe) ----
function postHeight() {
  if (window.parent === window || !location.hash.startsWith('#embed=')) return;
  const post = () => window.parent.postMessage({ type: 'pkviz:height', height: Math.ceil(document.body.getBoundingClientRect().height) }, '*');
  post();
  new ResizeObserver(post).observe(document.body);
}

postHeight();
if (moveTo) {
  // (leaving for the language's own page)
} else if (!document.getElementById('prerendered') || addressNeedsApp()) {
  start();
} else {
  root.addEventListener('click', onClick, true);
  root.addEventListener('focusin', onFocus);
  root.addEventListener('input', onEdit);
  root.addEventListener('change', onEdit);
  root.addEventListener('pointerover', onIntent, { passive: true });
  root.addEventListener('touchstart', onIntent, { passive: true });
  window.addEventListener('hashchange', () => { if (addressNeedsApp()) start(); });
}
