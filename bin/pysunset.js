#!/usr/bin/env node
// `npx pysunset`: the Node CLI (dist/cli.js, built by scripts/build-npm.sh).
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";

// V8 compiles the WebAssembly functions that run hot a second time, optimised, in background
// tasks: by default as many at once as Node's thread pool has threads (4), each compiler's
// working memory kept by a malloc arena of its own. More tasks than cores only add memory (the
// worker threads already keep the cores busy): on CPython's Lib on 2 cores, peak RSS 128 MB ->
// 118 MB, CPU time unchanged. Set before dist/ loads, which compiles the module.
setFlagsFromString(`--wasm-num-compilation-tasks=${availableParallelism()}`);
// Node keeps no compiled WebAssembly between runs, so each run pays TurboFan again for every
// function that runs hot enough (V8's budget: about 1.8 MB of its code executed, per instance).
// Over CPython's Lib that is 317 functions, 526 KB of wasm; with a budget of 200 MB, 86
// functions, 231 KB: the hottest are still optimised, the others keep their baseline (Liftoff)
// code. Interleaved runs over Lib: the compiling threads' CPU 0.93 s -> 0.47 s, the workers'
// unchanged (docs/guide/speed.md). A longer run still optimises what it runs enough.
setFlagsFromString("--wasm-tiering-budget=200000000");
// The optimised code of earlier runs, kept in the user's cache folder (dist/code-cache.js):
// turned on before dist/cli.js loads the module, saved after the run.
const { saveCodeCache, useCodeCache } = await import("../dist/code-cache.js");
useCodeCache();
const { main } = await import("../dist/cli.js");

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Exit status 1 means "errors found": anything unexpected is a 2, with what went wrong.
  process.stderr.write(`pysunset: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
saveCodeCache();
