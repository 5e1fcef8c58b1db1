#!/usr/bin/env bash
# The Python side, tested as its users use it (scripts/test.sh runs this):
# 1. maturin (from PyPI) builds the wheel for this platform and the sdist; each is installed
#    with pip into a fresh virtual environment, and `pysunset` and `python -m pysunset` are run
#    on the bundled example (tests/python/test_package.py);
# 2. the real pre-commit (PyPI) runs this repository's hooks in a temporary git repository
#    (test_pre_commit.py);
# 3. pytest-lsp (PyPI) drives `pysunset server`, the one the wheel installed (test_server.py).
#
# The tools live in a virtual environment under target/ (made once, reused). The pysunset crate
# compiles three times: the wheel (in target/, from this checkout), the sdist's install (from
# pip's unpacked copy) and pre-commit's install of the hook (from its clone). Each has its own
# cargo target directory under target/python-tests, kept between runs so that the dependencies
# compile once: a shared one would let cargo take the binary built from one copy of the sources
# as up to date for another (the fingerprint is the same, only the paths differ). Needs PyPI
# (maturin for the sdist build) and crates.io on first use.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
out=target/python-tests
tools=target/python-tools
python=${PYTHON:-python3}

if ! "$tools/bin/python" -c "import maturin, pre_commit, pytest_lsp" 2>/dev/null; then
  echo "tests/python: installing maturin, pre-commit and pytest-lsp into $tools" >&2
  "$python" -m venv "$tools"
  "$tools/bin/pip" install --quiet --upgrade pip
  "$tools/bin/pip" install --quiet "maturin>=1.5,<2" "pre-commit>=3" "pytest-lsp>=1"
fi

rm -rf "$out/dist" "$out/wheel-venv" "$out/sdist-venv"
mkdir -p "$out/dist"

start=$(date +%s)
"$tools/bin/maturin" build --out "$out/dist" --quiet 2>&1 | grep -v '^\s*$' >&2 || true
"$tools/bin/maturin" sdist --out "$out/dist" 2>&1 | tail -1 >&2
wheel=$(ls "$out"/dist/pysunset-*.whl)
sdist=$(ls "$out"/dist/pysunset-*.tar.gz)
echo "tests/python: wheel $(du -k "$wheel" | cut -f1) KiB, sdist $(du -k "$sdist" | cut -f1) KiB, built in $(( $(date +%s) - start )) s" >&2

"$python" -m venv "$out/wheel-venv"
"$out/wheel-venv/bin/pip" install --quiet --no-cache-dir "$wheel"
start=$(date +%s)
"$python" -m venv "$out/sdist-venv"
# No cache: pip keys a wheel built from a local sdist by its path, so it would install the
# wheel of an earlier build of the same path. And the sdist's files carry one fixed time, older
# than the last build in cargo-sdist, so cargo would take that build for fresh: its own
# artifacts are removed first (the dependencies' stay). Both installed a stale catalogue in
# session 21.
cargo clean --quiet -p pysunset --profile dist --target-dir "$root/$out/cargo-sdist" 2>/dev/null || true
CARGO_TARGET_DIR="$root/$out/cargo-sdist" "$out/sdist-venv/bin/pip" install --quiet --no-cache-dir "$sdist"
echo "tests/python: the sdist built and installed in $(( $(date +%s) - start )) s" >&2

export PYSUNSET_WHEEL="$root/$wheel"
export PYSUNSET_WHEEL_VENV="$root/$out/wheel-venv"
export PYSUNSET_SDIST_VENV="$root/$out/sdist-venv"
export PYSUNSET_SERVER="$root/$out/wheel-venv/bin/pysunset"
export PYSUNSET_PRE_COMMIT="$root/$tools/bin/pre-commit"
# pre-commit's cache (the hook's environment, per commit of this repository) stays under target/.
export PRE_COMMIT_HOME="$root/$out/pre-commit-home"
export CARGO_TARGET_DIR="$root/$out/cargo-pre-commit"
# pre-commit's clones of earlier commits go: cargo must not find their (unchanged) sources and
# take the last binary as up to date for this commit's clone.
"$PYSUNSET_PRE_COMMIT" clean >/dev/null
cd tests/python
"$root/$tools/bin/python" -m pytest -q -s "$@"
