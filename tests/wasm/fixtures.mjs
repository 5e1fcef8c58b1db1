// Reads the fixtures' inline expectations, in the same format as tests/fixtures.rs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const root = fileURLToPath(new URL("../..", import.meta.url));
/** The fixture directory. */
export const fixtureDir = join(root, "tests", "fixtures");

/** Every fixture file (relative to the fixture directory), sorted. */
export function fixtureFiles(directory = fixtureDir) {
  const files = [];
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) files.push(...fixtureFiles(path));
    else if (name.endsWith(".py") || name.endsWith(".pyi")) files.push(path);
  }
  return directory === fixtureDir ? files.map((path) => relative(fixtureDir, path)) : files;
}

/** The target declared by `# pysunset-fixture: target=3.13` (default 3.12). */
export function targetOf(source) {
  for (const line of source.split("\n").slice(0, 5)) {
    const match = line.match(/pysunset-fixture: target=(\S+)/);
    if (match) return match[1];
  }
  return "3.12";
}

/** The expectations of a fixture: {line, symbol, severity, column?}, sorted. */
export function expectations(source) {
  const expected = [];
  source.split("\n").forEach((line, index) => {
    const at = line.indexOf("# expect");
    if (at < 0) return;
    const match = line.slice(at).match(/^# expect(?:\+(\d+))?:(.*)$/);
    if (!match) throw new Error(`malformed expectation: ${line}`);
    const offset = match[1] ? Number(match[1]) : 0;
    for (const item of match[2].split(";")) {
      // SYMBOL SEVERITY [col=N]; a symbol may hold spaces (keyword-parameter entries).
      const words = item.trim().split(/\s+/);
      let column;
      if (words.length && words[words.length - 1].startsWith("col=")) column = Number(words.pop().slice(4));
      if (words.length < 2) throw new Error(`malformed expectation: ${line}`);
      const severity = words.pop();
      const entry = { line: index + 1 + offset, symbol: words.join(" "), severity };
      if (column !== undefined) entry.column = column;
      expected.push(entry);
    }
  });
  return sortExpected(expected);
}

/** Sorts expectations the way both test runners compare them. */
export function sortExpected(list) {
  const key = (e) => `${String(e.line).padStart(6, "0")} ${e.symbol} ${e.severity} ${e.column ?? ""}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The findings of a check in the shape of expectations (columns only where expected). */
export function asExpected(findings, expected) {
  return sortExpected(
    findings.map((finding) => {
      const entry = { line: finding.range.start.line, symbol: finding.symbol, severity: finding.severity };
      const wantsColumn = expected.some(
        (e) => e.line === entry.line && e.symbol === entry.symbol && e.column !== undefined,
      );
      if (wantsColumn) entry.column = finding.range.start.column;
      return entry;
    }),
  );
}

/** Reads a fixture by its relative name. */
export function readFixture(name) {
  return readFileSync(join(fixtureDir, name), "utf8");
}
