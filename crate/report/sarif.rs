//! SARIF 2.1.0, as GitHub code scanning reads it: one run, the tool with every rule (id = code,
//! name, short and full descriptions, help text and a link to the docs, default level), one
//! result per finding (rule id and index, level, message, the file as a relative URI with forward
//! slashes, and the region). Columns are UTF-16 code units (`columnKind: "utf16CodeUnits"`),
//! 1-based, the end column exclusive, as SARIF defines them. Notebook findings point at the line
//! of the `.ipynb` file that holds the cell line (when the report carries the source), and their
//! message names the cell. Files that were not checked are `toolExecutionNotifications`.

use super::{docs_link, json_element, message_with_cell, FilePositions, FileReport};
use crate::finding::Finding;
use crate::finding::{Rule, Severity};
use serde_json::{json, Value};
use std::fmt;

/// The schema the output follows.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Where the rules are documented.
fn rules_help_uri() -> String {
    docs_link("docs/index.md#rules")
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a relative URI reference (RFC 3986): no leading `./`, and the characters a path
/// segment does not allow percent-encoded (and a `:` before the first `/`, which would read as a
/// scheme). A backslash is a character of the name (it is one on every system but Windows,
/// whose CLI paths come with `/` already), so it is encoded too, never turned into a `/`.
fn uri(path: &str) -> String {
    let mut path = path;
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric()
            || b"-._~/!$&'()*+,;=@".contains(&byte)
            || (byte == b':' && out.contains('/'))
        {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn rule_descriptor(rule: Rule) -> Value {
    let full = format!(
        "{} ({}). The level is `error` when the API is gone in the target Python version, `warning` when it is deprecated there and removed later, and `note` when the use is guarded (by `except ImportError`, a version check, ...) and safe as written.",
        capitalised(rule.summary()),
        rule.name()
    );
    let help = format!(
        "{full}\n\nEach result says what to use instead. Every removed API, with when it was deprecated and removed, why, and a before/after example, is documented at {}.",
        rules_help_uri()
    );
    json!({
        "id": rule.code(),
        "name": rule.name(),
        "shortDescription": { "text": capitalised(rule.summary()) },
        "fullDescription": { "text": full },
        "help": { "text": help, "markdown": help },
        "helpUri": rules_help_uri(),
        "defaultConfiguration": { "level": "error" },
        "properties": { "tags": ["python", "maintainability", "deprecation"], "precision": "very-high" }
    })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Where the files' parts go in the log: strings that [`skeleton`] cuts the log at.
const RESULTS: &str = "pysunset:results";
const NOTIFICATIONS: &str = "pysunset:notifications";

/// The notification of a file that was not checked, printed as an element of the log's array
/// of notifications; `None` for a checked file.
pub fn notification(report: &FileReport) -> Option<String> {
    let problem = report.problem.as_ref()?;
    let notification = json!({
        "level": "warning",
        "message": { "text": format!("{}: {problem}", report.path) },
        "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&report.path) } } }]
    });
    Some(json_element(&notification, NOTIFICATIONS_DEPTH + 1))
}

/// The SARIF format's results of one file, each printed as an element of the log's array of
/// results and given to `element` one by one.
#[inline(never)] // see render_file
pub fn results(report: &FileReport, element: &mut dyn FnMut(&str) -> fmt::Result) -> fmt::Result {
    let location = json!({ "uri": uri(&report.path) });
    let positions = FilePositions::new(report);
    report.findings.iter().try_for_each(|finding| {
        element(&json_element(&result(finding, &positions, &location), RESULTS_DEPTH + 1))
    })
}

/// How deep the arrays of results and notifications are in the log.
pub const RESULTS_DEPTH: usize = 3;
/// See [`RESULTS_DEPTH`].
pub const NOTIFICATIONS_DEPTH: usize = 5;

fn result(finding: &Finding, positions: &FilePositions<'_>, location: &Value) -> Value {
    let range = positions.range(finding);
    let rule_index = Rule::ALL.iter().position(|&rule| rule == finding.code).unwrap_or(0);
    let mut properties = json!({
        "symbol": finding.symbol(),
        "removedIn": finding.removed_in().map(|version| version.to_string()),
        "replacement": finding.replacement(),
        "url": docs_link(&finding.url()),
    });
    if let Some(cell) = finding.cell {
        properties["cell"] = json!(cell);
    }
    json!({
        "ruleId": finding.code.code(),
        "ruleIndex": rule_index,
        "level": level(finding.severity),
        "message": {
            "text": format!("{}. Instead: {} (see {})", message_with_cell(finding), finding.replacement(), docs_link(&finding.url()))
        },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": location,
                "region": {
                    "startLine": range.start.line,
                    "startColumn": range.start.column,
                    "endLine": range.end.line,
                    "endColumn": range.end.column
                }
            }
        }],
        "properties": properties
    })
}

/// The SARIF log without its files: the text before the array of notifications, between it and
/// the array of results, and after that (without the final line break).
pub fn skeleton() -> (String, String, String) {
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "pysunset",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "rules": Rule::ALL.iter().map(|&rule| rule_descriptor(rule)).collect::<Vec<_>>()
                }
            },
            "invocations": [{ "executionSuccessful": true, "toolExecutionNotifications": NOTIFICATIONS }],
            "columnKind": "utf16CodeUnits",
            "results": RESULTS
        }]
    });
    let skeleton = serde_json::to_string_pretty(&log).unwrap_or_default();
    let (head, rest) = skeleton.split_once(&format!("\"{NOTIFICATIONS}\"")).unwrap_or((&skeleton, ""));
    let (middle, tail) = rest.split_once(&format!("\"{RESULTS}\"")).unwrap_or((rest, ""));
    (head.to_string(), middle.to_string(), tail.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{render, Format, RenderOptions};
    use crate::{check_file, Options};

    #[test]
    fn uris_are_relative_and_percent_encoded() {
        assert_eq!(uri("./src\\pkg/mod ule.py"), "src%5Cpkg/mod%20ule.py");
        assert_eq!(uri("./a b%/\x1b\n.py"), "a%20b%25/%1B%0A.py");
        assert_eq!(uri("a/é#1.py"), "a/%C3%A9%231.py");
        assert_eq!(uri("c:x.py"), "c%3Ax.py", "a colon first would read as a scheme");
    }

    #[test]
    fn results_name_their_rule_and_region() {
        let source = "x = 'é'; import imp\n";
        let findings = check_file("a.py", source, &Options::default()).unwrap();
        let report = FileReport {
            path: "a.py".into(),
            source: Some(source.into()),
            findings,
            ..FileReport::default()
        };
        let log: Value =
            serde_json::from_str(&render(&[report], &RenderOptions::new(Format::Sarif))).unwrap();
        let run = &log["runs"][0];
        assert_eq!(run["columnKind"], "utf16CodeUnits");
        assert_eq!(run["tool"]["driver"]["rules"].as_array().unwrap().len(), Rule::ALL.len());
        let result = &run["results"][0];
        assert_eq!(result["ruleId"], "SUN001");
        assert_eq!(
            run["tool"]["driver"]["rules"][result["ruleIndex"].as_u64().unwrap() as usize]["id"],
            "SUN001"
        );
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert_eq!((region["startLine"].as_u64(), region["startColumn"].as_u64()), (Some(1), Some(17)));
        assert_eq!(region["endColumn"], 20);
    }
}
