// The docs companion's wording of versions (www/src/docs.js), in Node: entries deprecated with no
// removal date (rule SUN008, `removedIn: null`) must read as such, never as "removed in null".
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { matchRank, removalText, searchEntries, searchWords } from "../../www/src/docs.js";

const dist = fileURLToPath(new URL("../../dist/node.js", import.meta.url));

test("removal wording: dated, undated, and behaviours", () => {
  assert.equal(removalText({ deprecatedIn: "3.6", removedIn: "3.12" }), "deprecated in 3.6, removed in Python 3.12");
  assert.equal(removalText({ deprecatedIn: null, removedIn: "3.12" }), "removed in Python 3.12");
  assert.equal(removalText({ deprecatedIn: "3.3", removedIn: null }), "deprecated in Python 3.3; no removal date yet");
  assert.equal(removalText({ deprecatedIn: "3.11", removedIn: "3.13" }, "changed"), "deprecated in 3.11, changed in Python 3.13");
  assert.equal(
    removalText({ deprecatedIn: "3.11", removedIn: null, withdrawnIn: "3.13" }),
    "deprecated in Python 3.11; Python 3.13 withdrew the deprecation",
  );
});

test("every catalogue entry's removal wording names real versions", { skip: !existsSync(dist) && "dist/ not built" }, async () => {
  const pysunset = await import(dist);
  const entries = pysunset.catalogue();
  assert.ok(entries.some((entry) => entry.removedIn === null), "the catalogue has undated deprecations");
  for (const entry of entries) assert.doesNotMatch(removalText(entry), /null|undefined/, entry.symbol);
});

// The docs search over the generated catalogue (docs/catalogue.json holds what the engine's
// catalogue() returns): a word users type finds its entry first, whatever else mentions it.
const generated = JSON.parse(readFileSync(fileURLToPath(new URL("../../docs/catalogue.json", import.meta.url)), "utf8"));

test("the docs search answers the names users type with their entries, first", () => {
  const first = (query) => searchEntries(generated.entries, query)[0]?.symbol;
  assert.equal(first("Mapping"), "collections.Mapping");
  assert.equal(first("utcnow"), "datetime.datetime.utcnow");
  assert.equal(first("Text"), "typing.Text");
  assert.equal(first("trace_variable"), "tkinter.Variable.trace_variable");
  assert.equal(first("asyncore"), "asyncore");
  // Also when it is not the only match: "Text" is in 60-odd entries' names or reasons.
  assert.ok(searchEntries(generated.entries, "Text").length > 10);
  assert.deepEqual(searchEntries(generated.entries, "numpy.matrix"), []);
});

test("search ranks: the last segment of the name, another segment, the name, the text", () => {
  assert.equal(matchRank("typing.Text", "typing.text str", ["text"]), 0);
  assert.equal(matchRank("tkinter.Text.tk_textSelectTo", "tkinter.text.tk_textselectto", ["text"]), 1);
  assert.equal(matchRank("sqlite3.Connection.create_function(name=, narg=, func=)", "sqlite3.connection.create_function(name=, narg=, func=)", ["create_function"]), 0);
  assert.equal(matchRank("io.OpenWrapper", "io.openwrapper use io.open", ["open"]), 2);
  assert.equal(matchRank("locale.format", "locale.format format_string text", ["text"]), 3);
  assert.equal(matchRank("locale.format", "locale.format", ["text"]), null);
  assert.deepEqual(searchWords("  Mapping   ABC "), ["mapping", "abc"]);
});
