#!/usr/bin/env bash
# Builds the app into dist/: wasm (release, size-tuned) → wasm-bindgen → wasm-opt → bundle
# (dist/index.html, content-hashed assets with .br/.gz copies, dist/offline.html) and prints the
# size of every artifact.
source "$(dirname "$0")/lib.sh"
ensure_wasm_target
ensure_wasm_bindgen
ensure_npm

step "cargo build --release --target wasm32-unknown-unknown"
# Shorter panic-location strings in the wasm: drop the registry and toolchain prefixes.
registry="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/ 2>/dev/null | head -1)"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${registry:-/nonexistent/}= --remap-path-prefix=$ROOT/="
cargo build --release --target wasm32-unknown-unknown
rm -rf target/bindgen
wasm-bindgen --target web --no-typescript --out-dir target/bindgen \
  target/wasm32-unknown-unknown/release/pkviz.wasm
step "wasm-opt -Oz"
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  target/bindgen/pkviz_bg.wasm -o target/bindgen/pkviz_bg.wasm
step "prerender the first view (native, the same components)"
mkdir -p target/prerender
sha="$(sha256sum www/data/peacekeeping.json | cut -d' ' -f1)"
prerender() { cargo run -q --features prerender --bin prerender -- \
  www/data/peacekeeping.json www/basemap/world-110m.json data/peacekeeping.json "$sha" "$@"; }
prerender > target/prerender/index.html
prerender --offline > target/prerender/offline.html
# Its answers to a first touch (a mission's profile), fetched by boot.js when it is touched.
prerender --answers > target/prerender/answers.html
# A page per language (ar.html, zh.html, fr.html, ru.html, es.html), in its catalogue's words.
for lang in ar zh fr ru es; do
  prerender --catalogue "www/i18n/$lang.json" > "target/prerender/index-$lang.html"
  prerender --catalogue "www/i18n/$lang.json" --answers > "target/prerender/answers-$lang.html"
done
step "bundle (dist/: hashed names, offline.html, .br/.gz)"
node scripts/bundle.mjs
