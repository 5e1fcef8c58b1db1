#!/usr/bin/env bash
# Builds the wasm package for the web, nodejs and bundler targets into pkg/<target>/, and the
# playground's engine into pkg/www/: the web target built for size (Cargo profile `web`,
# wasm-opt -Oz) without the exports only the command lines use (`--no-default-features`, no
# `cli` feature: argument parsing, configuration, the --diff helpers) and without the
# catalogue's before/after programs (no `examples` feature: the docs tab fetches them, see
# scripts/build-www.mjs), without their reasons (no `whys` feature: whys.json, fetched after the
# first findings) and without `render` (no `render` feature), which is built alone into
# pkg/www-render (`render-only`), loaded on the page's first export; the npm package keeps the
# full API, and with its default features parses with crate/native's C language and walk
# (`fast-language`) and allocates with talc (`fast-alloc`), which the playground's modules do not. pkg/www-first (`first-only`) is the page's first module: checkFile of Python source
# and stubs, what its first findings wait for; pkg/www loads on the page's first use of the rest.
# Needs: wasm-pack 0.15.1, wasm-bindgen-cli 0.2.130, clang, the wasm32 rust target and
# `npm ci` (for wasm-opt from binaryen@132.0.0); scripts/setup.sh installs them all.
# CRATE_DIR (default: the repo root) lets the same script build another crate.
set -euo pipefail
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CRATE_DIR="$(cd "${CRATE_DIR:-$REPO_DIR}" && pwd)"
cd "$CRATE_DIR"

# wasm-opt must be npm's binaryen, never Debian's (wasm-opt 108 breaks the module).
export PATH="$REPO_DIR/node_modules/.bin:$PATH"
if ! command -v wasm-opt >/dev/null 2>&1; then
  echo "build-wasm: wasm-opt not found; run 'npm ci' in $REPO_DIR" >&2
  exit 1
fi
case "$(command -v wasm-opt)" in
  */node_modules/.bin/wasm-opt) ;;
  *) echo "build-wasm: wasm-opt is $(command -v wasm-opt), not npm's binaryen" >&2; exit 1 ;;
esac

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# The npm package's module uses WebAssembly's 128-bit SIMD (Node 16.4+, Chromium 91+, Firefox 89+,
# Safari 16.4+): memchr's searches use it (the project index's look for `import` in every file),
# and clang may vectorise tree-sitter's C. Over CPython's Lib the npm CLI takes about 3% less
# CPU (docs/guide/speed.md). Set for these three builds only (the playground's engine below is
# built for size, without it); wasm-opt is told in Cargo.toml (--enable-simd). The C (tree-sitter,
# the grammar, crate/native) also gets the features rustc already uses for Rust and wasm-opt
# accepts (bulk memory: memcpy and memset as instructions; sign extension; non-trapping float
# conversions; mutable globals), which Debian's clang 14 leaves out by default: about 4% less
# time for checkFiles on CPython's Lib (docs/guide/speed.md).
export RUSTFLAGS="-C target-feature=+simd128"
# `__wasilibc_simd_string`: the simd128 paths of the C string functions tree-sitter compiles
# in for wasm32 (its src/wasm-stdlib, from wasi-libc: `memcmp`, which Rust's slice comparisons
# call too, `memchr`, `strlen`, `strchrnul`), which wasi-libc turns on with this macro.
export CFLAGS_wasm32_unknown_unknown="-msimd128 -mbulk-memory -msign-ext -mnontrapping-fptoint -mmutable-globals -D__wasilibc_simd_string"
for target in web nodejs bundler; do
  echo "build-wasm: target $target" >&2
  start=$SECONDS
  if ! wasm-pack build --release --mode no-install --target "$target" \
      --out-dir "pkg/$target" --out-name pysunset >"$log" 2>&1; then
    cat "$log" >&2
    echo "build-wasm: wasm-pack failed for target $target" >&2
    exit 1
  fi
  if grep -q "Skipping wasm-opt" "$log"; then
    cat "$log" >&2
    echo "build-wasm: wasm-opt was skipped for target $target" >&2
    exit 1
  fi
  wasm="pkg/$target/pysunset_bg.wasm"
  [ -f "$wasm" ] || { echo "build-wasm: $wasm missing" >&2; exit 1; }
  raw=$(wc -c <"$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  echo "build-wasm: $target done in $((SECONDS - start)) s: $wasm $raw bytes raw, $gz bytes gzip -9"
done

unset RUSTFLAGS CFLAGS_wasm32_unknown_unknown

# The playground's modules, built by hand so that their profile, features and wasm-opt level
# are explicit: www (the page's full engine), www-first (what its first findings need: checkFile
# of Python, the `first-only` feature) and www-render (`render` alone, the report formats of its
# exports, loaded on the first export). The full engine is built without `render`.
build_www() { # NAME WHAT [CARGO FEATURE ARGS...]
  local name="$1" what="$2"
  shift 2
  echo "build-wasm: target $name (profile web, $what)" >&2
  start=$SECONDS
  cargo build --lib --target wasm32-unknown-unknown --profile web --no-default-features "$@" 2>"$log" || {
    cat "$log" >&2
    echo "build-wasm: cargo build failed for the playground's $name module" >&2
    exit 1
  }
  rm -rf "pkg/$name"
  wasm-bindgen --target web --out-dir "pkg/$name" --out-name pysunset "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/web/pysunset.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --strip-debug --strip-producers \
    "pkg/$name/pysunset_bg.wasm" -o "pkg/$name/pysunset_bg.wasm"
  wasm="pkg/$name/pysunset_bg.wasm"
  raw=$(wc -c <"$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  echo "build-wasm: $name done in $((SECONDS - start)) s: $wasm $raw bytes raw, $gz bytes gzip -9"
}
build_www www "no cli feature"
build_www www-first "first-only" --features first-only
build_www www-render "render-only" --features render-only
