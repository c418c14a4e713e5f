#!/usr/bin/env bash
# Builds the app into dist/: wasm (release, size-tuned) → wasm-bindgen → wasm-opt → bundle
# (dist/index.html, assets, dist/offline.html) and prints the size of every artifact.
source "$(dirname "$0")/lib.sh"
ensure_wasm_target
ensure_wasm_bindgen
ensure_npm

step "cargo build --release --target wasm32-unknown-unknown"
# Shorter panic-location strings in the wasm: drop the registry and toolchain prefixes.
registry="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/ 2>/dev/null | head -1)"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${registry:-/nonexistent/}= --remap-path-prefix=$ROOT/="
cargo build --release --target wasm32-unknown-unknown
rm -rf dist && mkdir -p dist/pkg
wasm-bindgen --target web --no-typescript --out-dir dist/pkg \
  target/wasm32-unknown-unknown/release/pkviz.wasm
step "wasm-opt -Oz"
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  dist/pkg/pkviz_bg.wasm -o dist/pkg/pkviz_bg.wasm
step "bundle"
node scripts/bundle.mjs
