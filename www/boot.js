// Starts the wasm app; if it cannot start (old browser, blocked file), says so in the page.
import init from './pkg/pkviz.js';

init({ module_or_path: new URL('pkg/pkviz_bg.wasm', import.meta.url) }).catch((err) => {
  const p = document.createElement('p');
  p.className = 'notice notice-error';
  p.setAttribute('role', 'alert');
  p.textContent = 'The app could not start: ' + err;
  (document.getElementById('app') || document.body).replaceChildren(p);
});
