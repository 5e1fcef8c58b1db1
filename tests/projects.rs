//! Runs every project fixture under `tests/projects/` (a directory checked as one run, as
//! `pysunset DIR` checks it) and compares each file's findings with the expectations written
//! inline in it, in the format of `tests/fixtures` (`# expect: SYMBOL SEVERITY`, `valid_*`
//! files expect nothing). The expectations are those of the directory run: the project index
//! follows what the run's other modules bind (`crate::project`).

#[path = "support/expectations.rs"]
mod expectations;
#[path = "support/files.rs"]
mod files;

use expectations::{expectations, target_of, Expected};
use files::files_under;
use pysunset::project::ProjectIndex;
use pysunset::{check, check_in_project, Options};
use std::fs;
use std::path::Path;

fn found(findings: &[pysunset::Finding], expected: &[Expected]) -> Vec<Expected> {
    let mut actual: Vec<Expected> = findings
        .iter()
        .map(|finding| Expected {
            line: finding.range.start.line,
            symbol: finding.symbol().to_string(),
            severity: finding.severity.as_str().to_string(),
            column: expected
                .iter()
                .any(|e| {
                    e.line == finding.range.start.line && e.symbol == finding.symbol() && e.column.is_some()
                })
                .then_some(finding.range.start.column),
        })
        .collect();
    actual.sort();
    actual
}

#[test]
fn project_fixtures_report_exactly_what_they_expect() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/projects");
    let mut projects: Vec<_> = fs::read_dir(&root).unwrap().map(|entry| entry.unwrap().path()).collect();
    projects.sort();
    assert!(projects.len() >= 2, "project fixtures are missing");
    let (mut failures, mut followed, mut files_seen) = (Vec::new(), 0, 0);
    for project in &projects {
        let files = files_under(project, |path| path.extension().is_some_and(|e| e == "py"));
        let texts: Vec<String> = files.iter().map(|path| fs::read_to_string(path).unwrap()).collect();
        let named: Vec<(String, &str)> = files
            .iter()
            .zip(&texts)
            .map(|(path, text)| (path.strip_prefix(project).unwrap().display().to_string(), text.as_str()))
            .collect();
        let index = ProjectIndex::from_texts(&named);
        for (at, (name, text)) in named.iter().enumerate() {
            files_seen += 1;
            let expected = expectations(text);
            let shown = format!("{}/{name}", project.file_name().unwrap().to_string_lossy());
            if name.rsplit('/').next().unwrap().starts_with("valid_") {
                assert!(expected.is_empty(), "{shown}: a valid_* fixture must expect nothing");
            }
            let options = Options::new(target_of(text));
            let findings = check_in_project(text, &options, &index.facts(at)).expect("checkable fixture");
            let actual = found(&findings, &expected);
            if actual != expected {
                let missing: Vec<_> = expected.iter().filter(|e| !actual.contains(e)).collect();
                let unexpected: Vec<_> = actual.iter().filter(|a| !expected.contains(a)).collect();
                failures.push(format!("--- {shown}\nmissing: {missing:#?}\nunexpected: {unexpected:#?}"));
            }
            // The file alone, without the index.
            followed += usize::from(found(&check(text, &options).unwrap(), &expected) != actual);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(files_seen >= 10, "project fixtures are missing files: {files_seen}");
    assert!(followed >= 4, "the index should change what several files report: {followed}");
}
