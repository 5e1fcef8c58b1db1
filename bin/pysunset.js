#!/usr/bin/env node
// `npx pysunset`: the Node CLI (dist/cli.js, built by scripts/build-npm.sh).
import { main } from "../dist/cli.js";

process.exitCode = await main(process.argv.slice(2));
