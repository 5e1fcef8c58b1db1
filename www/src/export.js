// @ts-check
// The Markdown checklist export (JSON, SARIF and the CLI's other formats come from the engine's
// render(), so the page and the CLI write the same bytes).

/** @typedef {{path: string, findings: import("pysunset").Finding[], problem?: string}} Report */

/** Markdown: a summary, then a checklist per file (one box per finding), then the skipped files. */
/**
 * @param {Report[]} reports
 * @param {{ target: string, skipped?: {path: string, reason: string}[], version: string }} options
 */
export function toMarkdown(reports, { target, skipped = [], version }) {
  /** @param {string} severity */
  const count = (severity) => reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const total = reports.reduce((n, r) => n + r.findings.length, 0);
  const lines = [
    `# pysunset report (target Python ${target})`,
    "",
    `${plural(total, "finding")} in ${reports.filter((r) => r.findings.length).length} of ${plural(reports.length, "file")}: ` +
      `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${count("info")} info. pysunset ${version}.`,
    "",
  ];
  for (const report of reports) {
    if (!report.findings.length && !report.problem) continue;
    lines.push(`## ${inlineCode(report.path)}`, "");
    if (report.problem) lines.push(`Not checked: ${escapeMarkdown(report.problem)}`, "");
    for (const finding of report.findings) {
      const where = `${finding.cell ? `cell ${finding.cell}, ` : ""}line ${finding.range.start.line}, column ${finding.range.start.column}`;
      lines.push(
        `- [ ] **${finding.severity}** ${finding.code} at ${where}: ${escapeMarkdown(finding.message)}` +
          `  \n  instead: ${escapeMarkdown(finding.replacement)}`,
      );
    }
    lines.push("");
  }
  if (skipped.length) {
    lines.push("## Not checked", "");
    for (const item of skipped) lines.push(`- ${inlineCode(item.path)}: ${escapeMarkdown(item.reason)}`);
    lines.push("");
  }
  return lines.join("\n");
}

/** @param {number} n @param {string} one */
const plural = (n, one) => `${n} ${n === 1 ? one : `${one}s`}`;

/** @param {string} text */
function inlineCode(text) {
  const ticks = "`".repeat(Math.max(1, ...(text.match(/`+/g) ?? []).map((run) => run.length + 1)));
  return `${ticks}${ticks.length > 1 ? " " : ""}${text}${ticks.length > 1 ? " " : ""}${ticks}`;
}

/**
 * Escapes Markdown outside `code spans`, which stay as they are.
 * @param {string} text
 */
function escapeMarkdown(text) {
  return String(text)
    .replace(/\n/g, " ")
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 ? part : part.replace(/[\\<>*_[\]|]/g, (char) => `\\${char}`)))
    .join("");
}
