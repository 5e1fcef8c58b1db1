// checkFiles throughput of the npm package (dist/, from scripts/build-npm.sh) over a directory:
//   node bench/checkfiles.mjs /root/.pyenv/versions/3.11.7/lib/python3.11 [repeats]
// Reads the files the CLI would check there first (not timed), then times checkFiles with 1 worker and with
// one per core, best of `repeats`, and prints files, bytes, wall and CPU time and MB/s.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";

const loadStart = performance.now();
const { checkFiles, isCheckablePath, skippedFolderReason } = await import("../dist/node.js");
const loadMs = performance.now() - loadStart;
const { discover } = await import("../dist/files.js");

const [root, repeatsText = "3"] = process.argv.slice(2);
if (!root) throw new Error("usage: node bench/checkfiles.mjs DIRECTORY [repeats]");
// The files the CLI would check there (its directory rules: no site-packages, no hidden folders;
// .gitignore files are not read, as a checkout of pyenv ignores its own versions/).
const rules = { isCheckablePath, skippedFolderReason };
const files = discover([root], rules, undefined, { gitignore: false }).inputs.map(({ file, path }) => ({
  path,
  text: new Uint8Array(readFileSync(file ?? path)),
}));
const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
console.log(`import of dist/node.js: ${loadMs.toFixed(1)} ms; ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB`);
for (const concurrency of [...new Set([1, availableParallelism()])]) {
  let best = Infinity;
  let bestCpu = Infinity;
  let findings = 0;
  for (let repeat = 0; repeat < Number(repeatsText); repeat += 1) {
    const start = performance.now();
    const cpu = process.cpuUsage(); // the whole process: the worker threads too
    const results = await checkFiles(files, { concurrency });
    best = Math.min(best, performance.now() - start);
    const used = process.cpuUsage(cpu);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
    findings = results.reduce((sum, result) => sum + result.findings.length, 0);
  }
  console.log(
    `concurrency ${concurrency}: ${(best / 1000).toFixed(3)} s wall, ${(bestCpu / 1000).toFixed(2)} s CPU (best of ${repeatsText}), ${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s, ${findings} findings`,
  );
}
