//! How a run prints its findings: compiler-style text or JSON.

use crate::finding::{Finding, Severity};
use crate::fix::Applicability;
use crate::version::PythonVersion;
use serde::Serialize;
use std::fmt::Write as _;

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `path:line:col: CODE severity: message`, a help line, and a summary.
    Text,
    /// A JSON array of findings, each with the path it was found in.
    Json,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "text" => Ok(Format::Text),
            "json" => Ok(Format::Json),
            _ => Err(format!("invalid format `{text}`: expected text or json")),
        }
    }
}

/// The findings of one file.
pub struct FileReport {
    /// The path as given on the command line (or as found under a given directory).
    pub path: String,
    /// Its findings, in source order (with `--fix`, those left after fixing).
    pub findings: Vec<Finding>,
    /// How many findings `--fix` fixed (or `--diff` would fix).
    pub fixed: usize,
    /// With `--diff`: the unified diff of the fixes, when there are any.
    pub diff: Option<String>,
}

/// What the text output needs to know about the run.
#[derive(Clone, Copy, Debug)]
pub struct View {
    /// The target version.
    pub target: PythonVersion,
    /// Whether unsafe fixes count as fixable.
    pub unsafe_fixes: bool,
}

impl View {
    /// Whether `--fix` (with the run's `--unsafe-fixes`) would apply the finding's fix.
    fn fixable(&self, finding: &Finding) -> bool {
        finding.fix.as_ref().is_some_and(|fix| self.unsafe_fixes || fix.applicability == Applicability::Safe)
    }
}

/// The `--diff` summary.
pub fn would_fix(fixes: usize, files: usize) -> String {
    if fixes == 0 {
        "No fixes to apply.".to_string()
    } else {
        format!("Would fix {} in {}.", plural(fixes, "finding"), plural(files, "file"))
    }
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: &'a str,
    #[serde(flatten)]
    finding: &'a Finding,
}

/// Renders the findings of a run.
pub fn render(format: Format, reports: &[FileReport], checked: usize, view: View) -> String {
    match format {
        Format::Json => {
            let all: Vec<JsonFinding<'_>> = reports
                .iter()
                .flat_map(|report| {
                    report.findings.iter().map(move |finding| JsonFinding { path: &report.path, finding })
                })
                .collect();
            let mut json = serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".into());
            json.push('\n');
            json
        }
        Format::Text => render_text(reports, checked, view),
    }
}

fn render_text(reports: &[FileReport], checked: usize, view: View) -> String {
    let target = view.target;
    let mut out = String::new();
    let mut counts = [0usize; 3];
    let (mut fixable, mut unsafe_only) = (0, 0);
    let mut files_with_findings = 0;
    for report in reports {
        if !report.findings.is_empty() {
            files_with_findings += 1;
        }
        for finding in &report.findings {
            counts[finding.severity as usize] += 1;
            let start = finding.range.start;
            let mark = if view.fixable(finding) { "[*] " } else { "" };
            let _ = writeln!(
                out,
                "{}:{}:{}: {} {}: {mark}{}",
                report.path,
                start.line,
                start.column,
                finding.code.code(),
                finding.severity.as_str(),
                finding.message
            );
            let _ = writeln!(out, "  = instead: {}", finding.replacement);
            if let Some(fix) = &finding.fix {
                let _ = writeln!(out, "  = fix ({}): {}", fix.applicability.as_str(), fix.message);
                if view.fixable(finding) {
                    fixable += 1;
                } else {
                    unsafe_only += 1;
                }
            }
        }
    }
    let total: usize = counts.iter().sum();
    let files = plural(checked, "file");
    if total == 0 {
        let _ = writeln!(out, "No findings in {files} (target Python {target}).");
    } else {
        let _ = writeln!(
            out,
            "Found {} in {} of {files}: {}, {}, {} (target Python {target}).",
            plural(total, "finding"),
            files_with_findings,
            plural(counts[Severity::Error as usize], "error"),
            plural(counts[Severity::Warning as usize], "warning"),
            plural(counts[Severity::Info as usize], "info"),
        );
    }
    let fixed: usize = reports.iter().map(|report| report.fixed).sum();
    if fixed > 0 {
        let files = reports.iter().filter(|report| report.fixed > 0).count();
        let _ = writeln!(out, "Fixed {} in {}.", plural(fixed, "finding"), plural(files, "file"));
    }
    match (fixable, unsafe_only) {
        (0, 0) => {}
        (_, 0) => {
            let _ = writeln!(out, "[*] {fixable} fixable with --fix.");
        }
        _ => {
            let _ = writeln!(
                out,
                "[*] {fixable} fixable with --fix ({unsafe_only} more with --fix --unsafe-fixes)."
            );
        }
    }
    out
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 || noun == "info" {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
