//! JSON: an array of findings, each with the `path` it was found in (pretty-printed, two-space
//! indent, a final newline). Files that were not checked are not in it.

use super::{json_element, FileReport};
use crate::finding::Finding;
use serde::Serialize;
use std::fmt;

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: &'a str,
    #[serde(flatten)]
    finding: &'a Finding,
}

/// The JSON format's part of one file: its findings, each with the path, printed as elements
/// of the run's array and given to `element` one by one (so that a file's part is never held
/// whole).
#[inline(never)] // see render_file
pub fn elements(report: &FileReport, element: &mut dyn FnMut(&str) -> fmt::Result) -> fmt::Result {
    report
        .findings
        .iter()
        .try_for_each(|finding| element(&json_element(&JsonFinding { path: &report.path, finding }, 1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{render, Format, RenderOptions};
    use crate::{check, Finding, Options};

    #[test]
    fn findings_have_their_path_first_and_read_back() {
        let findings = check("import imp\n", &Options::default()).unwrap();
        let report = FileReport { path: "a.py".into(), source: None, findings, ..FileReport::default() };
        let json = render(std::slice::from_ref(&report), &RenderOptions::new(Format::Json));
        assert!(json.starts_with("[\n  {\n    \"path\": \"a.py\",\n    \"code\": \"SUN001\","), "{json}");
        assert!(json.ends_with("]\n"));
        let back: Vec<Finding> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, report.findings);
        assert_eq!(render(&[], &RenderOptions::new(Format::Json)), "[]\n");
        // A fix's edits and a guard read back too.
        let source = "import imp\nimp.reload(m)\ntry:\n    import asynchat\nexcept ImportError:\n    asynchat = None\n";
        let findings = check(source, &Options::default()).unwrap();
        assert!(findings.iter().any(|finding| finding.fix.as_ref().is_some_and(|fix| !fix.edits.is_empty())));
        assert!(findings.iter().any(|finding| finding.guard.is_some()));
        let report = FileReport { path: "a.py".into(), source: None, findings, ..FileReport::default() };
        let json = render(std::slice::from_ref(&report), &RenderOptions::new(Format::Json));
        let back: Vec<Finding> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, report.findings);
    }
}
