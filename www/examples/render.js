// The library in a plain page: load the wasm module, then place one item where you want it.
import init, { render } from '../pkg/pkviz.js';

await init(); // fetches the wasm beside the glue (its content-hashed name, cached for a year)
render(document.getElementById('parity-here'), 'parity', { data: '../data/peacekeeping.json', lang: 'en' });
