// @ts-check
// The report formats of the exports (JSON, SARIF): the engine's `render`, the CLI's bytes, from
// a module of its own (pkg/www-render, built with the crate's `render-only` feature: no parser,
// no rules) that loads on the first export. The page's engine is built without `render`, which
// keeps the report formats out of what the first findings wait for.
import init, { render as renderReports } from "pysunset-render";

/** @type {Promise<unknown> | null} */
let loading = null;

/**
 * Renders reports as the CLI does (see the npm package's `render`).
 * @param {import("pysunset").FileReport[]} reports
 * @param {import("pysunset").RenderOptions} options
 * @returns {Promise<string>}
 */
export async function render(reports, options) {
  loading ??= init({ module_or_path: new URL("./render_bg.wasm", import.meta.url) }).catch((error) => {
    loading = null;
    throw error;
  });
  await loading;
  return renderReports(reports, options);
}
