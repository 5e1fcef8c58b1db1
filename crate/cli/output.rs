//! How a run prints its findings: compiler-style text or JSON.

use crate::finding::{Finding, Severity};
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
    /// Its findings, in source order.
    pub findings: Vec<Finding>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: &'a str,
    #[serde(flatten)]
    finding: &'a Finding,
}

/// Renders the findings of a run.
pub fn render(format: Format, reports: &[FileReport], checked: usize, target: PythonVersion) -> String {
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
        Format::Text => render_text(reports, checked, target),
    }
}

fn render_text(reports: &[FileReport], checked: usize, target: PythonVersion) -> String {
    let mut out = String::new();
    let mut counts = [0usize; 3];
    let mut files_with_findings = 0;
    for report in reports {
        if !report.findings.is_empty() {
            files_with_findings += 1;
        }
        for finding in &report.findings {
            counts[finding.severity as usize] += 1;
            let start = finding.range.start;
            let _ = writeln!(
                out,
                "{}:{}:{}: {} {}: {}",
                report.path,
                start.line,
                start.column,
                finding.code.code(),
                finding.severity.as_str(),
                finding.message
            );
            let _ = writeln!(out, "  = instead: {}", finding.replacement);
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
    out
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 || noun == "info" {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
