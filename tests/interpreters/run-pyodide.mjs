// Runs probe.py inside one Pyodide and prints its JSON answer on stdout.
// Usage: node run-pyodide.mjs <pyodide package folder> <probe.py>   (probe input: JSON on stdin)
// One Pyodide per process: two Pyodide versions cannot share a Node process
// (the second one picks up the first one's globals and fails its lock-file check).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [folder, probePath] = process.argv.slice(2).map((p) => resolve(p));
const input = readFileSync(0, 'utf8');
const { loadPyodide } = await import(pathToFileURL(join(folder, 'pyodide.mjs')).href);
const started = Date.now();
const pyodide = await loadPyodide({
  indexURL: folder + '/',
  stdout: (line) => process.stderr.write(`[pyodide stdout] ${line}\n`),
  stderr: (line) => process.stderr.write(`[pyodide stderr] ${line}\n`),
});
const loadMs = Date.now() - started;
const globals = pyodide.toPy({ PROBE_INPUT: input });
pyodide.runPython(readFileSync(probePath, 'utf8'), { globals });
const out = JSON.parse(globals.get('PROBE_OUTPUT'));
out.pyodide = pyodide.version;
out.loadMs = loadMs;
out.probeMs = Date.now() - started - loadMs;
process.stdout.write(JSON.stringify(out) + '\n');
