//! Runs every fixture under `tests/fixtures/` through the engine and compares the findings
//! with the expectations written inline in the fixture.
//!
//! The format (also read by `tests/wasm/fixtures.test.mjs`, so both builds agree):
//! - `# pysunset-fixture: target=3.13` in the first lines sets the target (default 3.12);
//! - `# expect: SYMBOL SEVERITY [col=N] [; SYMBOL SEVERITY ...]` on a line lists the findings
//!   (a symbol may contain spaces, as keyword-parameter entries do)
//!   that start on that line; `# expect+N: ...` lists those that start N lines below;
//! - every finding must be expected and every expectation found; files named `valid_*` must
//!   carry no expectation at all (they must report nothing).

#[path = "support/expectations.rs"]
mod expectations;
#[path = "support/files.rs"]
mod files;

use expectations::{expectations, target_of, Expected};
use files::files_under;
use pysunset::{check, Options};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

#[test]
fn fixtures_report_exactly_what_they_expect() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let files = files_under(&root, |path| path.extension().is_some_and(|e| e == "py" || e == "pyi"));
    assert!(files.len() >= 10, "fixtures are missing: found {}", files.len());
    let mut failures = BTreeMap::new();
    let mut total = 0;
    for path in &files {
        let source = fs::read_to_string(path).expect("UTF-8 fixture");
        let expected = expectations(&source);
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        if name.rsplit('/').next().unwrap().starts_with("valid_") {
            assert!(expected.is_empty(), "{name}: a valid_* fixture must expect nothing");
        }
        let findings = check(&source, &Options::new(target_of(&source))).expect("checkable fixture");
        total += findings.len();
        let mut actual: Vec<Expected> = findings
            .iter()
            .map(|finding| {
                let column_wanted = expected.iter().any(|e| {
                    e.line == finding.range.start.line && e.symbol == finding.symbol() && e.column.is_some()
                });
                Expected {
                    line: finding.range.start.line,
                    symbol: finding.symbol().to_string(),
                    severity: finding.severity.as_str().to_string(),
                    column: column_wanted.then_some(finding.range.start.column),
                }
            })
            .collect();
        actual.sort();
        if actual != expected {
            let missing: Vec<_> = expected.iter().filter(|e| !actual.contains(e)).collect();
            let unexpected: Vec<_> = actual.iter().filter(|a| !expected.contains(a)).collect();
            failures.insert(name, format!("missing: {missing:#?}\nunexpected: {unexpected:#?}"));
        }
    }
    for (name, failure) in &failures {
        eprintln!("--- {name}\n{failure}");
    }
    assert!(failures.is_empty(), "{} of {} fixtures failed", failures.len(), files.len());
    assert!(total > 50, "the fixtures should exercise many findings, found {total}");
}
