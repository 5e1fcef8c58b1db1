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

use pysunset::{check, Options, PythonVersion};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Expected {
    line: u32,
    symbol: String,
    severity: String,
    column: Option<u32>,
}

fn fixture_files(directory: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![directory.to_path_buf()];
    while let Some(directory) = pending.pop() {
        for entry in fs::read_dir(&directory).expect("readable fixture directory") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "py" || e == "pyi") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn target_of(source: &str) -> PythonVersion {
    source
        .lines()
        .take(5)
        .find_map(|line| line.split("pysunset-fixture: target=").nth(1))
        .map(|version| version.trim().parse().expect("a valid fixture target"))
        .unwrap_or(PythonVersion::DEFAULT_TARGET)
}

fn expectations(source: &str) -> Vec<Expected> {
    let mut expected = Vec::new();
    for (index, line) in source.lines().enumerate() {
        let Some(at) = line.find("# expect") else {
            continue;
        };
        let rest = &line[at + "# expect".len()..];
        let (offset, rest) = match rest.strip_prefix('+') {
            Some(rest) => {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                (digits.parse::<u32>().expect("a line offset"), &rest[digits.len()..])
            }
            None => (0, rest),
        };
        let rest = rest.strip_prefix(':').unwrap_or_else(|| panic!("malformed expectation: {line}"));
        for item in rest.split(';') {
            // SYMBOL SEVERITY [col=N]; a symbol may hold spaces (`ftplib.FTP_TLS(keyfile=, certfile=)`).
            let mut words: Vec<&str> = item.split_whitespace().collect();
            let column = match words.last() {
                Some(last) if last.starts_with("col=") => {
                    let column =
                        last["col=".len()..].parse().unwrap_or_else(|_| panic!("bad column in: {line}"));
                    words.pop();
                    Some(column)
                }
                _ => None,
            };
            let (Some(severity), true) = (words.pop(), !words.is_empty()) else {
                panic!("malformed expectation `{item}` in: {line}");
            };
            let symbol = words.join(" ");
            expected.push(Expected {
                line: index as u32 + 1 + offset,
                symbol,
                severity: severity.to_string(),
                column,
            });
        }
    }
    expected.sort();
    expected
}

#[test]
fn fixtures_report_exactly_what_they_expect() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let files = fixture_files(&root);
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
                    e.line == finding.range.start.line && e.symbol == finding.symbol && e.column.is_some()
                });
                Expected {
                    line: finding.range.start.line,
                    symbol: finding.symbol.to_string(),
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
