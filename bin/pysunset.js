#!/usr/bin/env node
// `npx pysunset`: the Node CLI (dist/cli.js, built by scripts/build-npm.sh).
import { main } from "../dist/cli.js";

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Exit status 1 means "errors found": anything unexpected is a 2, with what went wrong.
  process.stderr.write(`pysunset: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
