#!/usr/bin/env bash
# Precision and recall on code nobody tuned to: the second real-world corpus (tests/corpus2/README.md).
# Fetches 33 old PyPI releases (pinned by sha256, cached), checks the 22 of the working part at target
# 3.14 and compares with the hand-checked labels of every finding and every plain-text hit of a
# catalogue name. Fails when a metric drops below the floors set here (measured values: README).
#
#   bash tests/corpus2/run.sh              # working part, with floors; add --show for every mistake
#   bash tests/corpus2/run.sh --held-out   # the held-out part: for the final figure of issue 13 only
set -euo pipefail
cd "$(dirname "$0")/../.."
cache="${PYSUNSET_CORPUS2_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pysunset/corpus2}"
python3 tests/corpus/fetch.py "$cache" tests/corpus2/sdists.json
[ -x target/release/pysunset ] || cargo build --release --locked
if [ "${1:-}" = "--held-out" ]; then
  shift
  exec python3 tests/corpus/evaluate.py "$cache/src" tests/corpus2/held_out.jsonl \
    --manifest tests/corpus2/sdists.json --labelled-symbols tests/corpus2/labelled_symbols.txt --held-out --target 3.14 --by-rule --by-category "$@"
fi
python3 tests/corpus/evaluate.py "$cache/src" tests/corpus2/working.jsonl \
  --manifest tests/corpus2/sdists.json --labelled-symbols tests/corpus2/labelled_symbols.txt --target 3.14 --by-rule --by-category \
  --min-recall 0.974 --min-precision 0.997 --min-guarded 0.87 "$@"
