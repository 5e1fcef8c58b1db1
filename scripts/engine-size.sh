#!/bin/bash
# Prints the gzip -9 size of the playground's engine built from this working tree, as
# scripts/build-wasm.sh builds it for www/ (profile `web`, no default features, wasm-opt -Oz),
# without touching www/ or pkg/: for measuring what a change costs the playground's first load
# (issue 15's budget). Usage: bash scripts/engine-size.sh [LABEL]
set -euo pipefail
REPO_DIR="$(cd "$(dirname "$0")/.." && pwd)"
cd "$REPO_DIR"
export PATH="$REPO_DIR/node_modules/.bin:$PATH"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cargo build --quiet --lib --target wasm32-unknown-unknown --profile web --no-default-features
wasm-bindgen --target web --out-dir "$out" --out-name pysunset \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/web/pysunset.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --strip-debug --strip-producers \
  "$out/pysunset_bg.wasm" -o "$out/pysunset_bg.wasm"
echo "${1:-engine}: $(gzip -9c "$out/pysunset_bg.wasm" | wc -c) bytes gzip -9"
