#!/usr/bin/env bash
# Benchmark pysunset against ruff and pylint on CPython's own Lib/.
#
#   bash bench/run.sh
#
# Environment knobs (all optional):
#   LIB=/path/to/Lib      input tree (default: the stdlib of `python3`)
#   RUNS=10               timed runs per command on the full Lib
#   SUBSET_RUNS=5         timed runs per command on the subset (pylint is slow)
#   WARMUP=1              warm-up runs per command
#   PYLINT_FULL=1         also count pylint findings on the full Lib (one run, ~3.5 min)
#   IDLE_WAIT=300         seconds to wait for a quiet machine before timing
#   RESULTS=dir           where to write results (default: bench/results)
#   TARGET=3.14           the Python version both tools check for
#   PYSUNSET=path         the pysunset binary to time (default: target/release/pysunset)
#   BASELINE=path         another pysunset build, timed in the same hyperfine runs as
#                         `pysunset-baseline`: two builds compared under one machine state
#   RT=1                  time under the round-robin real-time scheduler (`chrt -r 10`, as
#                         root): the timed commands get whole cores on a machine that other
#                         work keeps busy (no wait for a quiet machine then)
#
# Writes bench/results/{lib,subset}.{md,json}, findings.md, summary.md and the
# raw JSON findings of every tool under bench/results/findings/.
set -euo pipefail

RUFF_VERSION=0.17.6
PYLINT_VERSION=4.1.4

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
RESULTS=${RESULTS:-$HERE/results}
VENV=$HERE/.venv
RUNS=${RUNS:-10}
SUBSET_RUNS=${SUBSET_RUNS:-5}
WARMUP=${WARMUP:-1}
PYLINT_FULL=${PYLINT_FULL:-0}

log() { printf '\n==> %s\n' "$*" >&2; }

# ---------------------------------------------------------------- 1. tools
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
if ! command -v hyperfine >/dev/null 2>&1; then
    log "installing hyperfine (apt-get)"
    $SUDO apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine
fi

if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV"
    python3 -m venv "$VENV"
fi
have_ruff=$("$VENV/bin/ruff" --version 2>/dev/null | awk '{print $2}' || true)
have_pylint=$("$VENV/bin/pylint" --version 2>/dev/null | awk 'NR==1{print $2}' || true)
if [ "$have_ruff" != "$RUFF_VERSION" ] || [ "$have_pylint" != "$PYLINT_VERSION" ]; then
    log "installing ruff==$RUFF_VERSION pylint==$PYLINT_VERSION into $VENV"
    "$VENV/bin/pip" install -q "ruff==$RUFF_VERSION" "pylint==$PYLINT_VERSION"
fi
RUFF=$VENV/bin/ruff
PYLINT=$VENV/bin/pylint

PYSUNSET=${PYSUNSET:-$ROOT/target/release/pysunset}
BASELINE=${BASELINE:-}
if [ -n "$BASELINE" ] && [ ! -x "$BASELINE" ]; then
    echo "BASELINE is not an executable: $BASELINE" >&2
    exit 2
fi
if [ ! -x "$PYSUNSET" ]; then
    log "building pysunset (cargo build --release --locked)"
    (cd "$ROOT" && cargo build --release --locked)
fi

# ---------------------------------------------------------------- inputs
LIB=${LIB:-$(python3 -c "import sysconfig;print(sysconfig.get_paths()['stdlib'])")}
LIB=${LIB%/}
[ -d "$LIB" ] || { echo "no such directory: $LIB" >&2; exit 2; }
# Subset: the top-level modules of Lib (Lib/*.py), 168 files in 3.11, on
# which pylint finishes in well under a minute.
SUBSET_FILES=("$LIB"/*.py)
SUBSET="${SUBSET_FILES[*]}"

mkdir -p "$RESULTS/findings"
RESULTS=$(cd "$RESULTS" && pwd)
binary_stamp() { stat -c '%Y %s' "$PYSUNSET"; }
STAMP_START=$(binary_stamp)
TARGET=${TARGET:-3.14}
# ruff bans every dotted name of the catalogue (bench/ruff_config.py), so both tools look for
# the same APIs as far as ruff can express them, and the list grows with the catalogue.
RUFF_CONFIG=$RESULTS/ruff.toml
python3 -B "$HERE/ruff_config.py" "$PYSUNSET" "$RUFF_CONFIG"
# `--config FILE` makes ruff use only that file (no pyproject.toml discovery);
# ruff refuses `--isolated` together with a config *file*.
RUFF_BASE="check --no-cache --config $RUFF_CONFIG --select UP005,UP035,TID251 --target-version py${TARGET/./} --exit-zero"
RUFF_ARGS="$RUFF_BASE --output-format json"
PYLINT_ARGS="--disable=all --enable=deprecated-module,deprecated-method,deprecated-class,deprecated-argument,deprecated-attribute --py-version=$TARGET --jobs=2 --exit-zero --output-format=json"
PYSUNSET_ARGS="--format json --target $TARGET"

# Sanity check: ruff's banned-api table really applies.
probe=$(mktemp -d)
printf 'import asyncore\nimport importlib\nimportlib.find_loader("x")\n' > "$probe/probe.py"
probe_out=$("$RUFF" $RUFF_BASE --output-format concise "$probe/probe.py" || true)
rm -rf "$probe"
if ! grep -q 'TID251 `asyncore` is banned' <<<"$probe_out" \
   || ! grep -q 'TID251 `importlib.find_loader` is banned' <<<"$probe_out"; then
    echo "ruff banned-api configuration is not applied:" >&2
    echo "$probe_out" >&2
    exit 1
fi

# pylint looks for a pylintrc / pyproject.toml in the working directory: run
# every tool from the (config-free) results directory.
cd "$RESULTS"

# ---------------------------------------------------------------- 2. findings
# One untimed run of each tool with JSON output. It also checks exit codes
# (hyperfine below ignores them, since pysunset exits 1 when it finds errors)
# and warms the page cache.
run_tool() { # name ok-exit-codes outfile cmd...
    local name=$1 ok=$2 out=$3; shift 3
    local rc=0
    "$@" >"$out" 2>"$out.stderr" || rc=$?
    if [[ " $ok " != *" $rc "* ]]; then
        echo "$name exited $rc (expected one of: $ok); stderr:" >&2
        tail -20 "$out.stderr" >&2
        exit 1
    fi
}
log "collecting findings (full Lib: pysunset, ruff; subset: all three)"
# shellcheck disable=SC2086
{
run_tool pysunset "0 1" findings/full-pysunset.json "$PYSUNSET" $PYSUNSET_ARGS "$LIB"
run_tool ruff "0" findings/full-ruff.json "$RUFF" $RUFF_ARGS "$LIB"
run_tool pysunset "0 1" findings/subset-pysunset.json "$PYSUNSET" $PYSUNSET_ARGS "${SUBSET_FILES[@]}"
run_tool ruff "0" findings/subset-ruff.json "$RUFF" $RUFF_ARGS "${SUBSET_FILES[@]}"
run_tool pylint "0" findings/subset-pylint.json "$PYLINT" $PYLINT_ARGS "${SUBSET_FILES[@]}"
if [ -n "$BASELINE" ]; then
    run_tool pysunset-baseline "0 1" findings/full-pysunset-baseline.json "$BASELINE" $PYSUNSET_ARGS "$LIB"
    run_tool pysunset-baseline "0 1" findings/subset-pysunset-baseline.json "$BASELINE" $PYSUNSET_ARGS "${SUBSET_FILES[@]}"
else
    rm -f findings/*-pysunset-baseline.json findings/*-pysunset-baseline.json.stderr
fi
if [ "$PYLINT_FULL" = 1 ]; then
    log "pylint on the full Lib (slow)"
    start=$(date +%s)
    run_tool pylint "0" findings/full-pylint.json "$PYLINT" --recursive=y --ignore=site-packages $PYLINT_ARGS "$LIB"
    echo $(( $(date +%s) - start )) > findings/full-pylint.seconds
else
    rm -f findings/full-pylint.json findings/full-pylint.seconds
fi
}

# ---------------------------------------------------------------- 3. timing
# On a 2-core machine a concurrent build doubles the numbers: wait (up to
# IDLE_WAIT seconds) for the 1-minute load average to drop below IDLE_LOAD.
RT=${RT:-0}
TIMER=(hyperfine)
if [ "$RT" = 1 ]; then
    # Real-time threads run before every ordinary one, so the load of other work (builds) no
    # longer takes the cores from the timed commands, which keep time-sharing among their own
    # threads (round-robin, not FIFO). On the 2-core machine at load 20: the native CLI 0.60 s
    # over Lib, as on a quiet machine.
    TIMER=(chrt -r 10 hyperfine)
    IDLE_WAIT=${IDLE_WAIT:-0}
fi
IDLE_WAIT=${IDLE_WAIT:-300}
IDLE_LOAD=${IDLE_LOAD:-0.5}
waited=0
while awk -v t="$IDLE_LOAD" '{exit !($1 > t)}' /proc/loadavg && [ "$waited" -lt "$IDLE_WAIT" ]; do
    [ "$waited" -eq 0 ] && log "load $(cut -d' ' -f1 /proc/loadavg) > $IDLE_LOAD: waiting up to ${IDLE_WAIT}s for a quiet machine"
    sleep 10; waited=$((waited + 10))
done
if awk -v t="$IDLE_LOAD" '{exit !($1 > t)}' /proc/loadavg; then
    log "WARNING: machine still busy (load $(cut -d' ' -f1 /proc/loadavg)); timings will be noisy"
fi
uptime > load-before.txt
# The npm package's CLI (bin/pysunset.js over dist/, built by scripts/build-npm.sh) is timed
# beside the native one when it is built: the goal is within 1.5x of the native CLI's wall time.
# It keeps V8's optimised code between runs (js/code-cache.js): pysunset-node runs with a cache
# of its own here (filled by the warm-up runs, as by a user's earlier runs), pysunset-node-cold
# without one (every run as the first after an install or an upgrade of Node).
# Both without NODE_EXTRA_CA_CERTS: when it is set (as on the project's own machine), Node parses
# the file's certificates and its own root certificates at every start, before any script runs
# (`node -e 0` 120 ms against 58 ms there, 46 ms more user CPU): the environment's cost, not the
# package's, and one the native CLI does not pay (docs/guide/speed.md).
NODE_CLI=()
BASELINE_LIB=() BASELINE_SUBSET=()
if [ -n "$BASELINE" ]; then
    BASELINE_LIB=(-n pysunset-baseline "$BASELINE $PYSUNSET_ARGS $LIB > /dev/null")
    BASELINE_SUBSET=(-n pysunset-baseline "$BASELINE $PYSUNSET_ARGS $SUBSET > /dev/null")
fi
if [ -f "$ROOT/dist/node.js" ] && command -v node >/dev/null 2>&1; then
    NODE_CLI=(-n pysunset-node "env -u NODE_EXTRA_CA_CERTS PYSUNSET_CACHE_DIR=$RESULTS/node-code-cache node $ROOT/bin/pysunset.js $PYSUNSET_ARGS $LIB > /dev/null"
        -n pysunset-node-cold "env -u NODE_EXTRA_CA_CERTS PYSUNSET_CACHE_DIR= node $ROOT/bin/pysunset.js $PYSUNSET_ARGS $LIB > /dev/null")
else
    log "dist/ not built (bash scripts/build-npm.sh): the npm CLI is not timed"
fi
log "timing: full Lib, pysunset vs ruff ($WARMUP warm-up + $RUNS runs each)"
"${TIMER[@]}" -i --warmup "$WARMUP" --runs "$RUNS" \
    --export-markdown lib.md --export-json lib.json \
    -n pysunset "$PYSUNSET $PYSUNSET_ARGS $LIB > /dev/null" \
    "${BASELINE_LIB[@]}" \
    "${NODE_CLI[@]}" \
    -n ruff "$RUFF $RUFF_ARGS $LIB > /dev/null"

log "timing: subset Lib/*.py (${#SUBSET_FILES[@]} files), all three ($WARMUP warm-up + $SUBSET_RUNS runs each)"
"${TIMER[@]}" -i --warmup "$WARMUP" --runs "$SUBSET_RUNS" \
    --export-markdown subset.md --export-json subset.json \
    -n pysunset "$PYSUNSET $PYSUNSET_ARGS $SUBSET > /dev/null" \
    "${BASELINE_SUBSET[@]}" \
    -n ruff "$RUFF $RUFF_ARGS $SUBSET > /dev/null" \
    -n pylint "$PYLINT $PYLINT_ARGS $SUBSET > /dev/null"
uptime > load-after.txt
if [ "$(binary_stamp)" != "$STAMP_START" ]; then
    log "WARNING: $PYSUNSET was rebuilt during the benchmark; run it again"
    echo "pysunset binary was rebuilt during the run" > binary-changed.txt
else
    rm -f binary-changed.txt
fi

# ---------------------------------------------------------------- 4+5. report
log "summary"
python3 -B "$HERE/summarize.py" "$RESULTS" "$LIB" "$RUFF_VERSION" "$PYLINT_VERSION" "$PYSUNSET" "$TARGET"
cat "$RESULTS/summary.md"
