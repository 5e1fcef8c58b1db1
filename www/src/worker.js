// The engine's Web Worker: the only place the WebAssembly module runs, so no check, however
// large, ever blocks the page. It answers one request at a time:
//   { id, op, ...args } -> { id, ok: true, result } | { id, ok: false, error }
// The main thread compiles the module once and posts it to every worker ("init").
import init, * as engine from "../../pkg/web/pysunset.js";

/**
 * An engine function by name, or undefined when this build of the engine lacks it (looked up
 * at run time: the fix and file APIs arrive in later builds, and the UI switches them on).
 */
const api = (name) => (typeof engine[name] === "function" ? engine[name] : undefined);

/** Operations that call straight into the engine, when the engine has them. */
const DIRECT = {
  check: ({ source, options }) => api("check")(source, options),
  fix: ({ source, options }) => api("fix")(source, options),
  fixFile: ({ path, text, options }) => api("fixFile")(path, text, options),
  checkFile: ({ path, text, options }) => api("checkFile")(path, text, options),
  sourceKind: ({ path }) => api("sourceKind")(path),
  render: ({ reports, options }) => api("render")(reports, options),
  catalogue: () => api("catalogue")(),
  version: () => api("version")(),
};

/** The functions this build of the engine exports (the UI switches features on from this). */
function capabilities() {
  return Object.keys(DIRECT).filter((name) => api(name));
}

/** Checks a batch of files; each file's failure is its own, never the batch's. */
function checkBatch({ files, options }) {
  const started = performance.now();
  const results = files.map((file) => {
    try {
      return { path: file.path, ...checkOne(file, options) };
    } catch (error) {
      return { path: file.path, findings: [], problem: messageOf(error) };
    }
  });
  return { results, ms: performance.now() - started };
}

/** One file: the engine's own file handling where it exists, else Python source or a notebook. */
function checkOne(file, options) {
  const checkFile = api("checkFile");
  if (checkFile) {
    const answer = checkFile(file.path, file.text, options);
    if (Array.isArray(answer)) return { findings: answer };
    return { findings: answer.findings ?? [], problem: answer.problem ?? undefined };
  }
  if (/\.ipynb$/i.test(file.path)) return checkNotebook(file.text, options);
  return { findings: engine.check(file.text, options) };
}

/** A Jupyter notebook: each code cell is checked on its own; findings carry the cell's index. */
function checkNotebook(text, options) {
  let notebook;
  try {
    notebook = JSON.parse(text);
  } catch (error) {
    return { findings: [], problem: `not a valid notebook (JSON: ${messageOf(error)})` };
  }
  if (!notebook || !Array.isArray(notebook.cells)) {
    return { findings: [], problem: "not a valid notebook: it has no `cells` list" };
  }
  const findings = [];
  notebook.cells.forEach((cell, index) => {
    if (!cell || cell.cell_type !== "code") return;
    const source = Array.isArray(cell.source) ? cell.source.join("") : String(cell.source ?? "");
    // IPython magics and shell escapes are not Python: blank them, keeping the line count.
    const python = source
      .split("\n")
      .map((line) => (/^\s*[%!]/.test(line) ? "" : line))
      .join("\n");
    // Positions and fixes are the cell's, not the file's: no fix is offered (it would edit the JSON).
    for (const { fix: _fix, ...finding } of engine.check(python, options)) findings.push({ ...finding, cell: index + 1 });
  });
  return { findings };
}

function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

let ready = null;

self.onmessage = async (event) => {
  const { id, op, ...args } = event.data;
  try {
    let result;
    if (op === "init") {
      ready ??= init({ module_or_path: args.module });
      await ready;
      result = { capabilities: capabilities(), version: engine.version(), buildLabel: __PYSUNSET_BUILD_LABEL__ };
    } else {
      await ready;
      if (op === "checkBatch") result = checkBatch(args);
      else if (op in DIRECT && api(op)) {
        const started = performance.now();
        result = DIRECT[op](args);
        if (op === "check" || op === "fix" || op === "fixFile") result = { value: result, ms: performance.now() - started };
      } else throw new Error(`this build of the engine has no \`${op}\``);
    }
    self.postMessage({ id, ok: true, result });
  } catch (error) {
    self.postMessage({ id, ok: false, error: messageOf(error) });
  }
};
