#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:${PORT:-8080}/ (the offline copy is
# dist/offline.html: open it from disk, no server needed).
source "$(dirname "$0")/lib.sh"
bash scripts/build.sh
exec node scripts/serve.mjs dist "${PORT:-8080}"
