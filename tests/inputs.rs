//! Notebooks and env text files: every fixture under `tests/fixtures/notebooks/` and
//! `tests/fixtures/env/` is checked with `check_file`, as the CLI and `checkFile` do, and its
//! findings are compared with the expectations written inline (the format of
//! `tests/fixtures.rs`). In a notebook, expectations sit in the cells' source and their lines
//! are lines of the cell; the cell is the one they are written in. `valid_*` files expect
//! nothing; `invalid_*` notebooks must be refused with a reason.

#[path = "support/expectations.rs"]
mod expectations;
#[path = "support/files.rs"]
mod files;

use expectations::{expectations, target_of, Expected};
use files::files_under;
use pysunset::{check_file, CheckError, Options, SourceKind};
use std::fs;
use std::path::Path;

/// The cells' sources of a notebook fixture, in order (numbered from 1).
fn cell_sources(text: &str) -> Vec<String> {
    let notebook: serde_json::Value = serde_json::from_str(text).expect("a notebook fixture is JSON");
    let cells = notebook["cells"].as_array().expect("cells");
    cells
        .iter()
        .map(|cell| match &cell["source"] {
            serde_json::Value::String(text) => text.clone(),
            serde_json::Value::Array(lines) => lines.iter().filter_map(|line| line.as_str()).collect(),
            _ => String::new(),
        })
        .collect()
}

fn check_fixtures(directory: &str, kind: SourceKind) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(directory);
    let files = files_under(&root, |_| true);
    let mut compared = 0;
    let mut failures = Vec::new();
    for path in &files {
        let name = path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        assert_eq!(SourceKind::for_path(&name), Some(kind), "{name} is not read as {kind:?}");
        let text = fs::read_to_string(path).expect("UTF-8 fixture");
        let file_name = name.rsplit('/').next().unwrap();
        let (expected, target): (Vec<(Option<u32>, Expected)>, _) = match kind {
            SourceKind::Notebook if file_name.starts_with("invalid_") => {
                let result = check_file(&name, &text, &Options::default());
                assert!(matches!(result, Err(CheckError::InvalidNotebook(_))), "{name}: {result:?}");
                continue;
            }
            SourceKind::Notebook => {
                let cells = cell_sources(&text);
                let expected = cells
                    .iter()
                    .enumerate()
                    .flat_map(|(index, source)| {
                        expectations(source).into_iter().map(move |e| (Some(index as u32 + 1), e))
                    })
                    .collect();
                (expected, target_of(&cells.concat()))
            }
            _ => (expectations(&text).into_iter().map(|e| (None, e)).collect(), target_of(&text)),
        };
        if file_name.starts_with("valid_") {
            assert!(expected.is_empty(), "{name}: a valid_* fixture must expect nothing");
        }
        let findings = check_file(&name, &text, &Options::new(target)).expect("checkable fixture");
        let mut actual: Vec<(Option<u32>, Expected)> = findings
            .iter()
            .map(|finding| {
                let start = finding.range.start;
                let wants_column = expected.iter().any(|(cell, e)| {
                    *cell == finding.cell
                        && e.line == start.line
                        && e.symbol == finding.symbol()
                        && e.column.is_some()
                });
                let found = Expected {
                    line: start.line,
                    symbol: finding.symbol().to_string(),
                    severity: finding.severity.as_str().to_string(),
                    column: wants_column.then_some(start.column),
                };
                (finding.cell, found)
            })
            .collect();
        actual.sort();
        let mut expected = expected;
        expected.sort();
        compared += expected.len();
        if actual != expected {
            let missing: Vec<_> = expected.iter().filter(|e| !actual.contains(e)).collect();
            let unexpected: Vec<_> = actual.iter().filter(|a| !expected.contains(a)).collect();
            failures.push(format!("--- {name}\nmissing: {missing:#?}\nunexpected: {unexpected:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    compared
}

#[test]
fn notebooks_report_what_their_cells_expect() {
    let compared = check_fixtures("notebooks", SourceKind::Notebook);
    assert!(compared >= 10, "the notebook fixtures should expect many findings: {compared}");
}

#[test]
fn env_text_files_report_what_they_expect() {
    let compared = check_fixtures("env", SourceKind::EnvText);
    assert!(compared >= 15, "the env fixtures should expect many findings: {compared}");
}
