#!/usr/bin/env bash
# Precision and recall on real code: fetches 41 old PyPI releases (pinned by sha256, cached) and
# compares pysunset's findings with 1,053 hand-checked lines (tests/corpus/README.md).
# Fails when a metric drops below the floor set here (the measured values are in the README),
# or when fixing the corpus leaves something fixable or a new syntax error.
set -euo pipefail
cd "$(dirname "$0")/../.."
cache="${PYSUNSET_CORPUS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pysunset/corpus}"
python3 tests/corpus/fetch.py "$cache"
[ -x target/release/pysunset ] || cargo build --release --locked
python3 tests/corpus/evaluate.py "$cache/src" tests/corpus/ground_truth.jsonl tests/corpus/fully_checked_files.txt \
  --pysunset target/release/pysunset --min-recall 0.98 --min-precision 0.98 --min-guarded 0.91 "$@"
# Fixing every corpus file (unsafe fixes included) leaves nothing fixable and no new syntax error.
PYSUNSET_CORPUS_SRC="$cache/src" cargo test --release --locked --test fixes corpus_fixes_cleanly -- --ignored --nocapture
