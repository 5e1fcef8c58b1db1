#!/usr/bin/env bash
# Runs two pysunset binaries on the same inputs, targets and output formats, and diffs their output.
#
# usage: scripts/compare-builds.sh OLD_BINARY NEW_BINARY [PATH...]
#
# Default inputs: CPython 3.11's Lib (~/.pyenv/versions/3.11.7/lib/python3.11), the corpus's
# sources (tests/corpus, fetched to ~/.cache/pysunset/corpus/src when present), tests/fixtures
# and tests/fixes. Each target (3.12, 3.14, 3.21) is run in the formats json, sarif and text
# (FORMATS="json sarif text github junit" for more), and with --diff and --diff --unsafe-fixes;
# the exit status is compared too, and so is --catalogue. Prints one line per run and a summary;
# exits 1 on any difference (the diffs are kept in $OUT, default a temporary directory).
set -uo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
old=$(realpath "$1") new=$(realpath "$2")
shift 2
if [ $# -gt 0 ]; then
  inputs=("$@")
else
  inputs=()
  lib="$HOME/.pyenv/versions/3.11.7/lib/python3.11"
  [ -d "$lib" ] && inputs+=("$lib")
  corpus="${PYSUNSET_CORPUS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pysunset/corpus}/src"
  if [ -d "$corpus" ]; then inputs+=("$corpus"); else echo "note: no corpus at $corpus (python3 tests/corpus/fetch.py fetches it)" >&2; fi
  inputs+=(tests/fixtures tests/fixes)
fi
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
runs=0 differing=0
compare() { # name, arguments...
  local name=$1
  shift
  runs=$((runs + 1))
  "$old" "$@" >"$out/$name.old" 2>&1
  echo "exit $?" >>"$out/$name.old"
  "$new" "$@" >"$out/$name.new" 2>&1
  echo "exit $?" >>"$out/$name.new"
  if cmp -s "$out/$name.old" "$out/$name.new"; then
    printf 'same      %-28s %s lines\n' "$name" "$(wc -l <"$out/$name.old")"
    rm -f "$out/$name.old" "$out/$name.new"
  else
    differing=$((differing + 1))
    diff -u "$out/$name.old" "$out/$name.new" >"$out/$name.diff"
    printf 'DIFFERENT %-28s %s differing lines (%s)\n' "$name" "$(grep -c '^[-+][^-+]' "$out/$name.diff")" "$out/$name.diff"
  fi
}
echo "inputs: ${inputs[*]}"
compare catalogue --catalogue
for target in 3.12 3.14 3.21; do
  for format in ${FORMATS:-json sarif text}; do
    compare "$target-$format" --no-config --color never --target "$target" --format "$format" "${inputs[@]}"
  done
  compare "$target-diff" --no-config --target "$target" --diff "${inputs[@]}"
  compare "$target-diff-unsafe" --no-config --target "$target" --diff --unsafe-fixes "${inputs[@]}"
done
echo "$runs runs, $differing different (outputs in $out)"
[ "$differing" -eq 0 ]
