// Reports of what was found, for download or the clipboard: JSON (the CLI's shape), SARIF 2.1.0
// and a Markdown checklist per file. The engine's `render` makes JSON and SARIF where it exists,
// so the page and the CLI write the same files.

/** A report's `reports`: [{path, source?, findings, problem?}] with only the visible findings. */

/** The CLI's JSON: one list of findings, each with its path. */
export function toJson(reports) {
  const findings = reports.flatMap((report) => report.findings.map((finding) => ({ path: report.path, ...finding })));
  return JSON.stringify(findings, null, 2) + "\n";
}

const LEVEL = { error: "error", warning: "warning", info: "note" };

/** SARIF 2.1.0, one run; columns are UTF-16 code units, as in the findings. */
export function toSarif(reports, { version, target }) {
  const rules = new Map();
  const results = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      if (!rules.has(finding.code)) {
        rules.set(finding.code, { id: finding.code, name: finding.rule, shortDescription: { text: finding.rule } });
      }
      const { start, end } = finding.range;
      results.push({
        ruleId: finding.code,
        level: LEVEL[finding.severity] ?? "warning",
        message: { text: `${finding.message}; instead: ${finding.replacement}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: report.path },
              region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
            },
          },
        ],
        properties: { symbol: finding.symbol, removedIn: finding.removedIn, target },
      });
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "pysunset", version, rules: [...rules.values()] } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

/** Markdown: a summary, then a checklist per file (one box per finding), then the skipped files. */
export function toMarkdown(reports, { target, skipped = [], version }) {
  const count = (severity) => reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  const total = reports.reduce((n, r) => n + r.findings.length, 0);
  const lines = [
    `# pysunset report (target Python ${target})`,
    "",
    `${total} findings in ${reports.filter((r) => r.findings.length).length} of ${reports.length} files: ` +
      `${count("error")} errors, ${count("warning")} warnings, ${count("info")} info. pysunset ${version}.`,
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

function inlineCode(text) {
  const ticks = "`".repeat(Math.max(1, ...(text.match(/`+/g) ?? []).map((run) => run.length + 1)));
  return `${ticks}${ticks.length > 1 ? " " : ""}${text}${ticks.length > 1 ? " " : ""}${ticks}`;
}

/** Escapes Markdown outside `code spans`, which stay as they are. */
function escapeMarkdown(text) {
  return String(text)
    .replace(/\n/g, " ")
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 ? part : part.replace(/[\\<>*_[\]|]/g, (char) => `\\${char}`)))
    .join("");
}
