//! JSON: an array of findings, each with the `path` it was found in (pretty-printed, two-space
//! indent, a final newline). Files that were not checked are not in it.

use super::FileReport;
use crate::finding::Finding;
use serde::Serialize;

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: &'a str,
    #[serde(flatten)]
    finding: &'a Finding,
}

/// Renders the JSON format.
pub fn render(reports: &[FileReport]) -> String {
    let all: Vec<JsonFinding<'_>> = reports
        .iter()
        .flat_map(|report| {
            report.findings.iter().map(move |finding| JsonFinding { path: &report.path, finding })
        })
        .collect();
    // Serialising plain data into a string cannot fail.
    let mut json = serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".into());
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check, Finding, Options};

    #[test]
    fn findings_have_their_path_first_and_read_back() {
        let findings = check("import imp\n", &Options::default()).unwrap();
        let report = FileReport { path: "a.py".into(), source: None, findings, ..FileReport::default() };
        let json = render(std::slice::from_ref(&report));
        assert!(json.starts_with("[\n  {\n    \"path\": \"a.py\",\n    \"code\": \"SUN001\","), "{json}");
        assert!(json.ends_with("]\n"));
        let back: Vec<Finding> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, report.findings);
        assert_eq!(render(&[]), "[]\n");
    }
}
