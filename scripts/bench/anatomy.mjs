// The wasm's anatomy by crate: a small reader of the WebAssembly binary format that takes the
// code section's body size per function and the name section's function names, then groups the
// bytes by the crate a name starts with. Meant for the un-optimised
// target/wasm32-unknown-unknown/release/pkviz.wasm (before wasm-bindgen and wasm-opt, which drop
// the names): its sizes are raw and pre-wasm-opt, larger than what ships.
//
// Usage: node scripts/bench/anatomy.mjs [file.wasm] [top]
import { readFileSync } from 'node:fs';

class Reader {
  constructor(buf, pos = 0, end = buf.length) { this.buf = buf; this.pos = pos; this.end = end; }
  byte() { if (this.pos >= this.end) throw new Error('wasm: unexpected end'); return this.buf[this.pos++]; }
  u32() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
      shift += 7;
      if (shift > 35) throw new Error('wasm: bad LEB128');
    }
  }
  name() { const n = this.u32(); const s = this.buf.toString('utf8', this.pos, this.pos + n); this.pos += n; return s; }
}

/** Sections, imported function count, code body sizes, function names, data size. */
export function parseWasm(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const r = new Reader(buf, 8);
  const sections = [];
  let importedFuncs = 0;
  const bodies = [];
  const names = new Map();
  while (r.pos < buf.length) {
    const id = r.byte();
    const size = r.u32();
    const start = r.pos;
    const end = start + size;
    const s = new Reader(buf, start, end);
    let label = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount', 'tag'][id] || `section ${id}`;
    if (id === 0) {
      const cname = s.name();
      label = `custom "${cname}"`;
      if (cname === 'name') {
        while (s.pos < end) {
          const sub = s.byte();
          const len = s.u32();
          const subEnd = s.pos + len;
          if (sub === 1) {
            const count = s.u32();
            for (let i = 0; i < count; i++) { const idx = s.u32(); names.set(idx, s.name()); }
          }
          s.pos = subEnd;
        }
      }
    } else if (id === 2) {
      const count = s.u32();
      for (let i = 0; i < count; i++) {
        s.name(); s.name();
        const kind = s.byte();
        if (kind === 0) { s.u32(); importedFuncs++; }
        else if (kind === 1) { s.byte(); const f = s.u32(); s.u32(); if (f & 1) s.u32(); }
        else if (kind === 2) { const f = s.u32(); s.u32(); if (f & 1) s.u32(); }
        else if (kind === 3) { s.byte(); s.byte(); }
        else if (kind === 4) { s.byte(); s.u32(); }
        else throw new Error(`wasm: unknown import kind ${kind}`);
      }
    } else if (id === 10) {
      const count = s.u32();
      for (let i = 0; i < count; i++) {
        const bodyStart = s.pos;
        const len = s.u32();
        s.pos += len;
        bodies.push(s.pos - bodyStart);
      }
    }
    sections.push({ id, label, size });
    r.pos = end;
  }
  return { sections, importedFuncs, bodies, names };
}

const UNESCAPE = { '$LT$': '<', '$GT$': '>', '$u20$': ' ', '$RF$': '&', '$BP$': '*', '$C$': ',', '$u7b$': '{', '$u7d$': '}', '$u5b$': '[', '$u5d$': ']', '$u27$': "'", '$LP$': '(', '$RP$': ')', '$u3b$': ';', '$u22$': '"', '$u21$': '!' };

/** The crate a (possibly mangled) Rust function name belongs to, roughly. */
const RUNTIME = '(runtime: allocator shims, libm, mem*)';
export function crateOf(name) {
  if (!name) return '(unnamed)';
  if (name.startsWith('__wbindgen_describe')) return '(wasm-bindgen descriptors: dropped by wasm-bindgen)';
  if (/^__wbindgen|^__wbg/.test(name)) return 'wasm_bindgen';
  if (/^[a-z]\w*_[0-9a-f]{16}$/.test(name)) return '(exports: #[wasm_bindgen] shims)';
  let n = name;
  // Legacy mangling: _ZN<len><crate>…
  const legacy = /^_?_ZN(\d+)/.exec(n);
  if (legacy) {
    const len = Number(legacy[1]);
    const start = legacy.index + legacy[0].length;
    n = n.slice(start, start + len).replace(/^_\$/, '$');
    if (!n.startsWith('$')) return n;
  }
  // v0 mangling: _R…C[s<disambiguator>_]<len><crate> (the first crate root named).
  if (/^_R/.test(n)) {
    const v0 = /C(?:s[0-9A-Za-z]*_)?(\d+)([A-Za-z_])/.exec(n);
    if (v0) {
      // An identifier that starts with "_" or a digit has a "_" separator before it.
      const at = v0.index + v0[0].length - 1 + (v0[2] === '_' ? 1 : 0);
      const crate = n.substr(at, Number(v0[1]));
      return crate === '__rustc' ? RUNTIME : crate;
    }
  }
  n = n.replace(/\$[A-Za-z0-9]+\$/g, (m) => UNESCAPE[m] ?? m).replace(/\.\./g, '::');
  const path = /^[&*\s]*(?:(?:mut|dyn|const|impl) )*\[?([A-Za-z_][A-Za-z0-9_]*)::/;
  // "<Type as Trait>::f": the type's crate, or the trait's when the type is generic (T, &[u8], …).
  const qualified = /^_?<(.+?) as (.+)$/.exec(n);
  if (qualified) {
    const own = path.exec(qualified[1]);
    const trait = path.exec(qualified[2]);
    if (own || trait) return (own || trait)[1];
  }
  const m = path.exec(n.replace(/^_?</, ''));
  if (m) return m[1];
  if (/^[a-z_][a-z0-9_]*$/.test(name)) return RUNTIME;
  return '(other symbols)';
}

/** Bytes per crate over the code section, sorted; plus section sizes. */
export function anatomy(buf) {
  const { sections, importedFuncs, bodies, names } = parseWasm(buf);
  const byCrate = new Map();
  bodies.forEach((size, i) => {
    const crate = crateOf(names.get(importedFuncs + i));
    const c = byCrate.get(crate) || { crate, bytes: 0, functions: 0 };
    c.bytes += size;
    c.functions++;
    byCrate.set(crate, c);
  });
  const code = bodies.reduce((a, b) => a + b, 0);
  return { total: buf.length, code, functions: bodies.length, named: [...names.keys()].filter((k) => k >= importedFuncs).length, sections, crates: [...byCrate.values()].sort((a, b) => b.bytes - a.bytes) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const a = anatomy(readFileSync(process.argv[2] || 'target/wasm32-unknown-unknown/release/pkviz.wasm'));
  for (const c of a.crates.slice(0, Number(process.argv[3] || 25))) console.log(`${c.crate.padEnd(40)}${String(c.bytes).padStart(9)}${((100 * c.bytes) / a.code).toFixed(1).padStart(7)}%${String(c.functions).padStart(7)}`);
  console.log(a.sections.map((s) => `${s.label}: ${s.size}`).join('\n'));
}
