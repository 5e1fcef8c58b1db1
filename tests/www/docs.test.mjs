// The docs companion's wording of versions (www/src/docs.js), in Node: entries deprecated with no
// removal date (rule SUN008, `removedIn: null`) must read as such, never as "removed in null".
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { removalText } from "../../www/src/docs.js";

const dist = fileURLToPath(new URL("../../dist/node.js", import.meta.url));

test("removal wording: dated, undated, and behaviours", () => {
  assert.equal(removalText({ deprecatedIn: "3.6", removedIn: "3.12" }), "deprecated in 3.6, removed in Python 3.12");
  assert.equal(removalText({ deprecatedIn: null, removedIn: "3.12" }), "removed in Python 3.12");
  assert.equal(removalText({ deprecatedIn: "3.3", removedIn: null }), "deprecated in Python 3.3; no removal date yet");
  assert.equal(removalText({ deprecatedIn: "3.11", removedIn: "3.13" }, "changed"), "deprecated in 3.11, changed in Python 3.13");
});

test("every catalogue entry's removal wording names real versions", { skip: !existsSync(dist) && "dist/ not built" }, async () => {
  const pysunset = await import(dist);
  const entries = pysunset.catalogue();
  assert.ok(entries.some((entry) => entry.removedIn === null), "the catalogue has undated deprecations");
  for (const entry of entries) assert.doesNotMatch(removalText(entry), /null|undefined/, entry.symbol);
});
