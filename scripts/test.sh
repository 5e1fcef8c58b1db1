#!/usr/bin/env bash
# Runs every test: formatting, lints (native and wasm32), the Rust tests, the WebAssembly
# package's tests in Node, the playground's tests in Chromium. Installs what it needs first
# (scripts/setup.sh, with the browser).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*" >&2; }

step "setup"
# The npm package's tests run a Vite build and a plain page in headless Chromium.
export PYSUNSET_NEED_BROWSER=1
bash scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native)"
cargo clippy --all-targets --locked -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
# The playground's engine (pkg/www) is built without the cli feature.
cargo clippy --lib --locked --target wasm32-unknown-unknown --no-default-features -- -D warnings
# Its second module (pkg/www-render): `render` alone.
cargo clippy --lib --locked --target wasm32-unknown-unknown --no-default-features --features render-only -- -D warnings
# Its first module (pkg/www-first): checkFile of Python source and stubs.
cargo clippy --lib --locked --target wasm32-unknown-unknown --no-default-features --features first-only -- -D warnings

step "cargo test"
cargo test --locked

step "cargo build --release"
cargo build --release --locked

step "wasm-pack build (web, nodejs, bundler)"
bash scripts/build-wasm.sh

step "node --test tests/wasm"
node --test tests/wasm/

step "npm package: build dist/, then test it as a consumer (npm pack, ESM, CJS, TypeScript, Vite, Chromium, CLI)"
bash scripts/build-npm.sh
# The CLI's code cache (js/code-cache.js) goes to a folder of this run, not the user's cache.
npm_cache="$(mktemp -d)"
PYSUNSET_CACHE_DIR="$npm_cache" node --test tests/npm/
rm -rf "$npm_cache"

step "tsc --noEmit --checkJs: the npm package's JavaScript (js/*.js, as built into dist/)"
node_modules/.bin/tsc -p js/tsconfig.json

step "type-check the playground's JavaScript (tsc --checkJs, against dist/'s types)"
node_modules/.bin/tsc -p www/tsconfig.json
node_modules/.bin/tsc -p www/tsconfig.sw.json

step "node --test tests/interpreters (the catalogue against native CPython 3.6-3.13 and Pyodide 3.10-3.15.0rc1)"
node --test tests/interpreters/

step "playground: node --test tests/www (archives, diffs, share links, reports, the server in Node)"
node --test tests/www/

step "playground: build www/dist, then node --test tests/browser (headless Chromium)"
bash scripts/build-www.sh
node --test --test-concurrency=1 tests/browser/

step "python: the wheel and the sdist installed with pip, pre-commit hooks, pysunset server over LSP (tests/python)"
bash tests/python/run.sh

step "real-world corpus: precision and recall"
bash tests/corpus/run.sh

step "second real-world corpus (working part, target 3.14): precision and recall per rule"
bash tests/corpus2/run.sh

echo
echo "All tests passed."
