//! The inline expectations of fixtures, shared by `tests/fixtures.rs` and `tests/inputs.rs`
//! (and read the same way by `tests/wasm/fixtures.mjs`).

use pysunset::PythonVersion;

/// One expected finding: where it starts, its symbol and severity, and its column when given.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Expected {
    pub line: u32,
    pub symbol: String,
    pub severity: String,
    pub column: Option<u32>,
}

/// The target a fixture declares (`# pysunset-fixture: target=3.13`), default 3.12.
pub fn target_of(source: &str) -> PythonVersion {
    source
        .lines()
        .take(5)
        .find_map(|line| line.split("pysunset-fixture: target=").nth(1))
        .map(|version| version.trim().parse().expect("a valid fixture target"))
        .unwrap_or(PythonVersion::DEFAULT_TARGET)
}

/// The expectations written in a fixture's text, sorted.
pub fn expectations(source: &str) -> Vec<Expected> {
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
