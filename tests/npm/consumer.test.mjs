// The npm package as a consumer gets it: `npm pack`, then `npm install` of the tarball into a
// throwaway project, and there: ESM and CommonJS in Node, TypeScript (strict) against the
// .d.ts, a Vite build and a plain <script type="module"> page in headless Chromium, the CLI's
// formats (SARIF validated against the SARIF 2.1.0 schema), and publint.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { repoBin, repoRoot, run } from "./helpers.mjs";

let scratch;
let project;
let tarball;

before(() => {
  if (!existsSync(join(repoRoot, "dist", "node.cjs"))) throw new Error("dist/ is missing: run scripts/build-npm.sh");
  scratch = mkdtempSync(join(tmpdir(), "pysunset-npm-"));
  const packed = JSON.parse(
    run("npm", ["pack", "--json", "--pack-destination", scratch], { cwd: repoRoot }).stdout.toString("utf8"),
  )[0];
  tarball = join(scratch, packed.filename);
  console.log(
    `npm pack: ${packed.filename}: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${packed.entryCount} files`,
  );
  project = join(scratch, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball], { cwd: project });
});

after(() => {
  if (scratch && !process.env.PYSUNSET_KEEP_SCRATCH) rmSync(scratch, { recursive: true, force: true });
});

const SAMPLE = "import imp\\nimport asyncore\\n";

test("the tarball holds what ships and nothing else", () => {
  const listing = run("tar", ["-tzf", tarball]).stdout.toString("utf8").trim().split("\n").sort();
  assert.ok(listing.includes("package/dist/wasm/pysunset_bg.wasm"), "the wasm is inside");
  assert.ok(listing.includes("package/bin/pysunset.js"));
  assert.deepEqual(
    listing.filter((path) => !/^package\/(dist|bin)\/|^package\/(package\.json|README\.md|LICENSE)$/.test(path)),
    [],
  );
  assert.equal(listing.filter((path) => path.endsWith(".wasm")).length, 1, "one .wasm for every runtime");
});

test("publint reports nothing", async () => {
  const { publint } = await import("publint");
  const { formatMessage } = await import("publint/utils");
  const bytes = readFileSync(tarball);
  const pkgDir = join(project, "node_modules", "pysunset");
  const { messages } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    level: "suggestion",
    strict: true,
  });
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  assert.deepEqual(
    messages.map((message) => formatMessage(message, pkg)),
    [],
  );
});

test("ESM in Node: import, synchronous use, checkFiles", () => {
  writeFileSync(
    join(project, "esm.mjs"),
    `import { check, checkFiles, catalogue, version, init } from "pysunset";
const findings = check("${SAMPLE}", { target: "3.13" });
const files = await checkFiles([{ path: "a.py", text: "${SAMPLE}" }, { path: "b.py", text: "import os\\n" }]);
await init();
console.log(JSON.stringify({ codes: findings.map((f) => f.code + " " + f.symbol), files: files.map((f) => f.findings.length), entries: catalogue().length, version }));
`,
  );
  const out = JSON.parse(run("node", ["esm.mjs"], { cwd: project }).stdout.toString("utf8"));
  assert.deepEqual(out.codes, ["SUN001 imp", "SUN001 asyncore"]);
  assert.deepEqual(out.files, [2, 0]);
  assert.ok(out.entries > 200, `${out.entries} catalogue entries`);
  assert.equal(out.version, JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).version);
});

test("CommonJS in Node: require() and check at once", () => {
  writeFileSync(
    join(project, "cjs.cjs"),
    `const pysunset = require("pysunset");
const findings = pysunset.check("${SAMPLE}");
pysunset.checkFiles([{ path: "a.py", text: "${SAMPLE}" }], { concurrency: 1 }).then((files) =>
  console.log(JSON.stringify({ codes: findings.map((f) => f.code), files: files.map((f) => f.findings.length) })));
`,
  );
  const out = JSON.parse(run("node", ["cjs.cjs"], { cwd: project }).stdout.toString("utf8"));
  assert.deepEqual(out, { codes: ["SUN001", "SUN001"], files: [2] });
});

const TYPED_SAMPLE = `import { check, checkFile, checkFiles, catalogue, fix, version, init, isExcluded, parseConfig, render, sourceKind } from "pysunset";
import type { Finding, Severity, RuleCode, CatalogueEntry, FileResult, CheckOptions, Config, Format, SourceKind, FixResult, Applicability } from "pysunset";

const options: CheckOptions = { target: "3.13" };
const findings: Finding[] = check("import imp\\n", options);
const severities: Severity[] = findings.map((finding) => finding.severity);
const codes: RuleCode[] = findings.map((finding) => finding.code);
const line: number = findings[0]?.range.start.line ?? 0;
const entry: CatalogueEntry | undefined = catalogue().find((entry) => entry.symbol === "imp");
const why: string = entry?.why ?? "";
const label: string = version;
await init();
const results: FileResult[] = await checkFiles([{ path: "a.py", text: new Uint8Array([105]) }], {
  concurrency: 2,
  signal: AbortSignal.timeout(10_000),
  onProgress: ({ done, total, path }) => console.log(done, total ?? "?", path),
});
const problem: string | undefined = results[0]?.problem;
const inNotebook: FileResult = checkFile("a.ipynb", "{}", { select: ["SUN001", "removed-name"] });
const cell: number | undefined = inNotebook.findings[0]?.cell;
const inFile: number | undefined = inNotebook.findings[0]?.fileRange?.start.column;
const kind: SourceKind | null = sourceKind("Dockerfile");
const format: Format = "sarif";
const sarif: string = render([{ path: "a.py", findings, source: "import imp\\n" }], { format, target: "3.13", color: false });
const config: Config | null = parseConfig("[tool.pysunset]\\ntarget = \\"3.13\\"\\n");
const excluded: boolean = isExcluded("build/x.py", config?.exclude ?? []);
const fixed: FixResult = fix("import imp\\n", { target: "3.13", unsafeFixes: true });
const applicability: Applicability | undefined = fixed.applied[0]?.fix?.applicability;
const output: string = fixed.output;
console.log(severities, codes, line, why, label, problem, cell, inFile, kind, sarif, excluded, applicability, output);
`;

function typeCheck(directory, files, lib) {
  mkdirSync(directory, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  writeFileSync(
    join(directory, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        lib,
        types: lib.includes("dom") ? [] : ["node"],
        typeRoots: [join(repoRoot, "node_modules", "@types")],
        skipLibCheck: false,
      },
      files: Object.keys(files),
    }),
  );
  return run("node", [join(repoRoot, "node_modules", "typescript", "bin", "tsc"), "-p", directory], {
    cwd: directory,
    allowFailure: true,
  });
}

test("TypeScript (strict) type-checks a sample against the .d.ts, for ESM and CommonJS, with DOM or Node types", () => {
  const cjsSample = `import pysunset = require("pysunset");
const findings: pysunset.Finding[] = pysunset.check("import imp\\n");
const first: pysunset.Severity | undefined = findings[0]?.severity;
console.log(first);
`;
  for (const lib of [["es2022", "dom"], ["es2022"]]) {
    const directory = join(project, `types-${lib.join("-")}`);
    // The sources sit inside the project, so "pysunset" resolves to its node_modules.
    const result = typeCheck(directory, { "sample.mts": TYPED_SAMPLE, "sample.cts": cjsSample }, lib);
    assert.equal(result.status, 0, `tsc with lib ${lib}:\n${result.stdout.toString("utf8")}`);
  }
});

test("TypeScript rejects wrong uses", () => {
  const wrong = {
    "number.mts": `import { check } from "pysunset";\ncheck(42);\n`,
    "severity.mts": `import { check } from "pysunset";\nconst fatal = check("x").filter((finding) => finding.severity === "fatal");\nconsole.log(fatal);\n`,
    "option.mts": `import { checkFiles } from "pysunset";\nawait checkFiles([{ path: "a.py", text: "" }], { concurrency: "all" });\n`,
    "field.mts": `import { check } from "pysunset";\nconst column: string = check("x")[0]!.range.start.column;\nconsole.log(column);\n`,
    "format.mts": `import { render } from "pysunset";\nrender([], { format: "xml" });\n`,
    "rule.mts": `import { check } from "pysunset";\ncheck("x", { select: ["SUN999"] });\n`,
    "fix.mts": `import { fix } from "pysunset";\nconst n: number = fix("x").output;\nconsole.log(n);\n`,
  };
  const result = typeCheck(join(project, "types-wrong"), wrong, ["es2022", "dom"]);
  const output = result.stdout.toString("utf8");
  assert.notEqual(result.status, 0);
  for (const name of Object.keys(wrong)) assert.match(output, new RegExp(`${name.replace(".", "\\.")}\\(\\d+,\\d+\\): error TS`), output);
});

const MIME = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json", ".css": "text/css" };

/** Serves `root` over http on 127.0.0.1, on a free port. */
async function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

async function inChromium(url) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    const external = [];
    page.on("request", (request) => {
      if (!request.url().startsWith("http://127.0.0.1")) external.push(request.url());
    });
    await page.goto(url);
    await page.waitForSelector("body[data-done]", { timeout: 30_000 });
    const result = JSON.parse(await page.textContent("#out"));
    return { result, errors, external };
  } finally {
    await browser.close();
  }
}

const PAGE_SCRIPT = (specifier) => `import { init, check, checkFiles, catalogue, version } from "${specifier}";
const out = document.querySelector("#out");
try {
  await init();
  const findings = check("import imp\\nimport asyncore\\n");
  const files = await checkFiles(
    [{ path: "a.py", text: "import imp\\n" }, { path: "b.py", text: new TextEncoder().encode("import asynchat\\n") }, { path: "c.py", text: "import os\\n" }],
    { concurrency: 2 },
  );
  const controller = new AbortController();
  const many = Array.from({ length: 500 }, (_, i) => ({ path: "m" + i + ".py", text: "import imp\\n".repeat(100) }));
  let aborted = "no";
  try {
    await checkFiles(many, { signal: controller.signal, onProgress: ({ done }) => done === 5 && controller.abort() });
  } catch (error) {
    aborted = error.name;
  }
  out.textContent = JSON.stringify({
    version,
    findings: findings.map((f) => f.code + " " + f.symbol + " " + f.range.start.line),
    files: files.map((f) => f.path + ":" + f.findings.length),
    entries: catalogue().length,
    aborted,
  });
} catch (error) {
  out.textContent = JSON.stringify({ error: String(error && error.stack || error) });
}
document.body.dataset.done = "1";
`;

function assertPageResult({ result, errors, external }) {
  assert.equal(result.error, undefined, result.error);
  assert.deepEqual(result.findings, ["SUN001 imp 1", "SUN001 asyncore 2"]);
  assert.deepEqual(result.files, ["a.py:1", "b.py:1", "c.py:0"]);
  assert.ok(result.entries > 200);
  assert.equal(result.aborted, "AbortError");
  assert.deepEqual(errors, []);
  assert.deepEqual(external, [], "no request leaves the machine");
}

test("a Vite build of a page that imports pysunset runs in headless Chromium", async () => {
  const web = join(project, "vite-app");
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, "index.html"), `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><pre id="out"></pre><script type="module" src="./main.js"></script></body></html>\n`);
  writeFileSync(join(web, "main.js"), PAGE_SCRIPT("pysunset"));
  const built = run("node", [join(repoRoot, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"], { cwd: web });
  assert.doesNotMatch(built.stderr, /error/i, built.stderr);
  const { server, origin } = await serve(join(web, "dist"));
  try {
    assertPageResult(await inChromium(`${origin}/`));
  } finally {
    server.close();
  }
});

test("a plain <script type=\"module\"> page imports the package as it is installed", async () => {
  writeFileSync(
    join(project, "plain.html"),
    `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><pre id="out"></pre><script type="module">\n${PAGE_SCRIPT("/node_modules/pysunset/dist/index.js")}</script></body></html>\n`,
  );
  const { server, origin } = await serve(project);
  try {
    assertPageResult(await inChromium(`${origin}/plain.html`));
  } finally {
    server.close();
  }
});

test("the installed CLI (npx pysunset) prints every format; SARIF is valid SARIF 2.1.0", async () => {
  const examples = join(project, "legacy_project");
  cpSync(join(repoRoot, "examples", "legacy_project"), examples, { recursive: true });
  const bin = join(project, "node_modules", ".bin", "pysunset");
  const outputs = {};
  for (const format of ["text", "json", "sarif", "github", "junit"]) {
    const result = run(bin, ["--format", format, "legacy_project"], { cwd: project, allowFailure: true });
    assert.equal(result.status, 1, `${format}: ${result.stderr}`);
    outputs[format] = result.stdout.toString("utf8");
  }
  assert.match(outputs.text, /^legacy_project\/setup\.py:1:6: SUN001 error: /m);
  assert.ok(JSON.parse(outputs.json).length >= 10);
  assert.match(outputs.github, /^::error file=legacy_project\/setup\.py,line=1,/m);
  assert.match(outputs.junit, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites/);

  const { default: Ajv } = await import("ajv-draft-04");
  const { default: addFormats } = await import("ajv-formats");
  const schemaPath = join(repoRoot, "node_modules", "@microsoft", "jest-sarif", "lib", "schemas", "sarif-2.1.0-rtm.5.json");
  // The schema's language pattern is not valid as a Unicode regular expression: read it as the schema's authors did.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
  const sarif = JSON.parse(outputs.sarif);
  assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
  assert.equal(sarif.version, "2.1.0");
  const [sarifRun] = sarif.runs;
  assert.ok(sarifRun.results.length >= 10);
  const rules = sarifRun.tool.driver.rules;
  assert.ok(rules.every((rule) => rule.id && rule.helpUri && (rule.help?.text || rule.fullDescription?.text)), "rules have help and links");
  // A document that breaks the schema is rejected, so the check above can fail.
  assert.equal(validate({ ...sarif, version: "2.0.0" }), false);
});
