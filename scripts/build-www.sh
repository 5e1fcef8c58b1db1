#!/usr/bin/env bash
# Builds the playground into www/dist/ (static files any host can serve): builds pkg/web, pkg/www
# (the page's full engine), pkg/www-first (its first module), pkg/www-render (its report formats) and the npm package (dist/, whose API
# the page uses) first when they are missing or stale, installs www/'s npm packages when needed,
# then bundles with esbuild
# (scripts/build-www.mjs). Serve it with: node scripts/serve.mjs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

wasm=pkg/web/pysunset_bg.wasm
stale() { [ ! -f "$1" ] || [ -n "$(find crate Cargo.toml Cargo.lock -newer "$1" -type f -print -quit)" ]; }
if stale "$wasm" || stale pkg/www/pysunset_bg.wasm || stale pkg/www-first/pysunset_bg.wasm || stale pkg/www-render/pysunset_bg.wasm; then
  echo "build-www: pkg/web is missing or stale: building the wasm packages" >&2
  bash scripts/build-wasm.sh >&2
fi
if [ ! -f dist/index.js ] || [ -n "$(find js "$wasm" -newer dist/index.js -type f -print -quit)" ]; then
  echo "build-www: the npm package's dist/ is missing or stale: building it" >&2
  bash scripts/build-npm.sh >&2
fi
if [ ! -d www/node_modules ] || [ www/package-lock.json -nt www/node_modules/.package-lock.json ]; then
  echo "build-www: npm ci in www/" >&2
  (cd www && npm ci --no-audit --no-fund --loglevel=error)
fi
node scripts/build-www.mjs
