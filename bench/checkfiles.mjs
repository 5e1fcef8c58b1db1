// checkFiles throughput of the npm package (dist/, from scripts/build-npm.sh) over a directory:
//   node bench/checkfiles.mjs /root/.pyenv/versions/3.11.7/lib/python3.11 [repeats] [concurrency...]
// Reads the files the CLI would check there first (not timed), then times checkFiles with 1 worker
// and with one per core (or the concurrencies given), each in a process of its own so that its
// peak memory is its own: median wall and CPU time of `repeats` runs (default 5), MB/s, the
// speed-up over one worker, peak RSS, and the load average before and after. Target 3.14, as bench/run.sh.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const [root, repeatsText = "5", ...concurrencyTexts] = process.argv.slice(2);
if (!root) throw new Error("usage: node bench/checkfiles.mjs DIRECTORY [repeats] [concurrency...]");

if (process.env.CHECKFILES_CHILD) {
  // One concurrency, in this process: print one JSON line.
  const { checkFiles, isCheckablePath, skippedFolderReason } = await import("../dist/node.js");
  const { discover } = await import("../dist/files.js");
  // The files the CLI would check there (its directory rules: no site-packages, no hidden folders;
  // .gitignore files are not read, as a checkout of pyenv ignores its own versions/).
  const rules = { isCheckablePath, skippedFolderReason };
  const files = discover([root], rules, undefined, { gitignore: false }).inputs.map(({ file, path }) => ({
    path,
    text: new Uint8Array(readFileSync(file ?? path)),
  }));
  const concurrency = Number(process.env.CHECKFILES_CHILD);
  const runs = [];
  let findings = 0;
  for (let repeat = 0; repeat < Number(repeatsText); repeat += 1) {
    const start = performance.now();
    const cpu = process.cpuUsage(); // the whole process: the worker threads too
    const results = await checkFiles(files, { concurrency, target: "3.14" });
    const used = process.cpuUsage(cpu);
    runs.push({ wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 });
    findings = results.reduce((sum, result) => sum + result.findings.length, 0);
  }
  const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ concurrency, files: files.length, bytes, findings, runs, rss }));
  process.exit(0);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const load = () => loadavg().map((value) => value.toFixed(2)).join(" ");
const concurrencies = concurrencyTexts.length > 0 ? concurrencyTexts.map(Number) : [...new Set([1, availableParallelism()])];
console.log(`load average before: ${load()}`);
let single = null;
for (const concurrency of concurrencies) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), root, repeatsText], {
    env: { ...process.env, CHECKFILES_CHILD: String(concurrency) },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`concurrency ${concurrency} failed:\n${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split("\n").at(-1));
  const wall = median(result.runs.map((run) => run.wall));
  const cpu = median(result.runs.map((run) => run.cpu));
  single ??= wall;
  console.log(
    `concurrency ${concurrency}: ${wall.toFixed(3)} s wall, ${cpu.toFixed(2)} s CPU (median of ${result.runs.length}; ` +
      `walls ${result.runs.map((run) => run.wall.toFixed(2)).join(" ")}), ${(result.bytes / 1e6 / wall).toFixed(1)} MB/s, ` +
      `${(single / wall).toFixed(2)}x one worker, peak RSS ${result.rss.toFixed(0)} MB; ` +
      `${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.findings} findings`,
  );
}
console.log(`load average after: ${load()}`);
