// The library in a plain page: load the wasm module, then place one item where you want it.
import init, { render } from '../pkg/pkviz.js';

await init({ module_or_path: new URL('../pkg/pkviz_bg.wasm', import.meta.url) });
render(document.getElementById('parity-here'), 'parity', { data: '../data/peacekeeping.json', lang: 'en' });
