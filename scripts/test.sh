#!/usr/bin/env bash
# Installs what testing needs (wasm target, pinned wasm-bindgen CLI, npm tools, Debian's
# Chromium + ChromeDriver and Firefox ESR + geckodriver) and runs every test: format, lints,
# native unit and golden tests, wasm tests in headless Chromium and Firefox, the build with its
# size report, the benchmark report, and the end-to-end tests of the built page over HTTP and
# from file://, in Chromium and then in Firefox.
source "$(dirname "$0")/lib.sh"
ensure_wasm_target
ensure_wasm_bindgen
ensure_npm
ensure_chromium
ensure_firefox

step "cargo fmt --check"
cargo fmt --all -- --check
step "cargo clippy (native and wasm) -D warnings"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

step "native tests"
cargo test
step "www/boot.js read as the app reads the address (Node, no browser)"
node --test tests/js/

step "wasm tests in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="$(command -v chromedriver)" \
  cargo test --target wasm32-unknown-unknown
step "wasm tests in headless Firefox ESR"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  GECKODRIVER="$(command -v geckodriver)" \
  cargo test --target wasm32-unknown-unknown

bash scripts/build.sh

ensure_twiggy
step "benchmark (a report, not a test)"
BENCH_ROWS="${BENCH_ROWS:-100000}" node scripts/bench.mjs

step "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/
step "end-to-end tests in headless Firefox ESR (the same files; tests/e2e/firefox.mjs)"
E2E_BROWSER=firefox node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/
