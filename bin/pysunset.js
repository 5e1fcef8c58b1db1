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
// Node keeps no compiled WebAssembly between runs of its own, so a run without the code cache
// below (the first, one after an upgrade, every run on a fresh CI machine) pays TurboFan for
// every function that runs hot enough (V8's budget: about 1.8 MB of its code executed, per
// instance). With a budget of 200 MB the hottest are still optimised, the others keep their
// baseline (Liftoff) code: over CPython's Lib 75 functions (306 KB of wasm) instead of 424
// (785 KB), the compiling threads' CPU about halved, the workers' unchanged. With the cache, a
// budget of 20 MB (216 functions, 503 KB) saved about 0.1 s of CPU on Lib but cost a run
// without it 0.17 s, and a run on one file 55 ms: not taken (docs/guide/speed.md).
setFlagsFromString("--wasm-tiering-budget=200000000");
// JavaScript: V8 optimises a function with TurboFan once it has run about 66 KB
// of its bytecode. The CLI's JavaScript does little per file (reading, posting, writing the
// output), yet over Lib TurboFan compiled 131 of its functions and the glue's, about 0.15 s of
// CPU on its threads; with a budget of 1 MB, 7: the same output, about 0.14 s less CPU.
setFlagsFromString("--interrupt-budget=1000000");
// The optimised code of earlier runs, kept in the user's cache folder (dist/code-cache.js):
// turned on before dist/cli.js loads the module, saved after the run.
const { saveCodeCache, useCodeCache } = await import("../dist/code-cache.js");
useCodeCache();
// The worker threads start now, while the module is compiled (dist/early.js), after the flags
// above are set.
const { startWorkersEarly, stopEarlyWorkers } = await import("../dist/early.js");
startWorkersEarly(process.argv.slice(2));
const { main } = await import("../dist/cli.js");

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Exit status 1 means "errors found": anything unexpected is a 2, with what went wrong.
  process.stderr.write(`pysunset: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
stopEarlyWorkers();
saveCodeCache();
