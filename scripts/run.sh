#!/usr/bin/env bash
# The main job: builds everything (the native CLI, the WebAssembly packages and the playground),
# checks the bundled example project with the CLI, then serves the playground on 127.0.0.1 and
# prints its URL (PORT=8000 picks the port; Ctrl-C stops). PYSUNSET_NO_SERVE=1 stops after the
# build and the example check.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --locked
bash scripts/build-wasm.sh >&2
bash scripts/build-www.sh
echo >&2
echo "Checking the bundled example: ./target/release/pysunset examples/legacy_project" >&2
echo >&2
status=0
./target/release/pysunset examples/legacy_project || status=$?
echo >&2
echo "(exit status $status: 1 means error-level findings, as expected for this example)" >&2
if [ "${PYSUNSET_NO_SERVE:-0}" = 1 ]; then exit 0; fi
echo >&2
echo "The playground (www/dist, static files any host can serve) is at:" >&2
exec node scripts/serve.mjs www/dist
