#!/bin/bash
# Prints the gzip -9 size of the playground's first module built from this working tree, as
# scripts/build-wasm.sh builds it for www/ (pkg/www-first: profile `web`, no default features,
# the `first-only` feature, wasm-opt -Oz): what its first findings wait for (issue 15's budget),
# without touching www/ or pkg/. With --full, of its full engine (pkg/www, loaded on first use:
# fixes, drops, notebooks, the docs) instead. A change to the checker costs both about the same.
# Usage: bash scripts/engine-size.sh [LABEL] [--full]
set -euo pipefail
REPO_DIR="$(cd "$(dirname "$0")/.." && pwd)"
cd "$REPO_DIR"
export PATH="$REPO_DIR/node_modules/.bin:$PATH"
label="" features=(--features first-only) what="first module"
for argument in "$@"; do
  case "$argument" in
    --full) features=() what="full engine" ;;
    *) label="$argument" ;;
  esac
done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cargo build --quiet --lib --target wasm32-unknown-unknown --profile web --no-default-features ${features[@]+"${features[@]}"}
wasm-bindgen --target web --out-dir "$out" --out-name pysunset \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/web/pysunset.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --strip-debug --strip-producers \
  "$out/pysunset_bg.wasm" -o "$out/pysunset_bg.wasm"
echo "${label:-engine} ($what): $(gzip -9c "$out/pysunset_bg.wasm" | wc -c) bytes gzip -9"
