# Shared set-up steps for build.sh, serve.sh and test.sh: each installs what it needs from the
# package registries only (rustup, crates.io, npm, apt) and is quick when it is already there.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

# The wasm target for rustc.
ensure_wasm_target() {
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown ||
    { step "rustup target add wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }
}

# wasm-bindgen CLI pinned to exactly the wasm-bindgen version in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}
ensure_wasm_bindgen() {
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want; want="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    step "cargo install wasm-bindgen-cli $want (a few minutes, once)"
    # Not --locked: with it, resolution fails on a dependency version the registry lacks.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

# npm tools (binaryen's wasm-opt, playwright-core, axe): exact versions from package.json.
ensure_npm() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ package.json -nt node_modules/.package-lock.json ]; then
    step "npm install (build and test tools)"
    npm install --no-audit --no-fund --loglevel=error
  fi
}

# Debian's Chromium and ChromeDriver for the browser tests, and pdftotext for the print test.
ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null; then
    step "apt-get install chromium chromium-driver poppler-utils"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver poppler-utils
  fi
}

# Debian's Firefox ESR, and geckodriver (a crate) for the wasm tests in it: the end-to-end tests
# drive Firefox with puppeteer-core (npm) over WebDriver BiDi.
GECKODRIVER_VERSION=0.37.1
ensure_firefox() {
  if ! command -v firefox-esr >/dev/null; then
    step "apt-get install firefox-esr"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq firefox-esr
  fi
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    step "cargo install geckodriver $GECKODRIVER_VERSION (a minute or two, once)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --force
  fi
}

# twiggy (crates.io), for the benchmark's wasm anatomy by function and monomorphisation.
TWIGGY_VERSION=0.8.0
ensure_twiggy() {
  if [ "$(twiggy --version 2>/dev/null | awk '{print $2}')" != "$TWIGGY_VERSION" ]; then
    step "cargo install twiggy $TWIGGY_VERSION (a minute or two, once)"
    cargo install twiggy --version "$TWIGGY_VERSION" --locked --force
  fi
}
