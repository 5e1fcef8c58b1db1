#!/usr/bin/env bash
# The main job: builds everything (the native CLI and the WebAssembly packages), then checks
# the bundled example project with the CLI. (When the playground lands, this serves it.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release --locked
bash scripts/build-wasm.sh >&2
echo >&2
echo "Checking the bundled example: ./target/release/pysunset examples/legacy_project" >&2
echo >&2
status=0
./target/release/pysunset examples/legacy_project || status=$?
echo >&2
echo "(exit status $status: 1 means error-level findings, as expected for this example)" >&2
