//! Text files that set environment variables (`.env`, `Dockerfile`, `tox.ini`, shell scripts,
//! CI workflows): every whole-word use of a removed variable's name outside a comment is
//! reported, by the same rule and catalogue entries as in Python code (`removed-env-var`).
//!
//! `PYTHONTHREADDEBUG=1`, `export PYTHONTHREADDEBUG=1`, `ENV PYTHONTHREADDEBUG 1`,
//! `PYTHONTHREADDEBUG: "1"` and `$PYTHONTHREADDEBUG` all count; `PYTHONTHREADDEBUGGER` and
//! `# PYTHONTHREADDEBUG=1` do not. A comment starts at `#` outside quotes, at the start of a line
//! or after whitespace, or at `;` starting a line (INI files). `# noqa` and `# pysunset: ignore`
//! comments suppress findings on their line, as in Python.

use crate::catalogue::{entries_detected_by, Detection};
use crate::finding::FindingTexts;
use crate::lines::LineIndex;
use crate::suppression;
use crate::{CheckError, Finding, Options, MAX_SOURCE_BYTES};

/// Checks the text of an environment-setting file.
pub fn check(text: &str, options: &Options) -> Result<Vec<Finding>, CheckError> {
    if text.len() > MAX_SOURCE_BYTES {
        return Err(CheckError::TooLarge { bytes: text.len() });
    }
    if text.as_bytes().contains(&0) {
        return Err(CheckError::Binary);
    }
    let index = LineIndex::new(text);
    let mut findings = Vec::new();
    let mut texts = FindingTexts::default();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let (code, comment) = split_comment(line);
        let suppressed = comment.and_then(suppression::parse);
        for entry in entries_detected_by(Detection::EnvVar) {
            let rule = entry.rule();
            let Some(status) = entry.status_at(options.target) else {
                continue;
            };
            if !options.reports(rule) || suppressed.as_ref().is_some_and(|s| s.covers(rule)) {
                continue;
            }
            for (at, _) in code.match_indices(entry.symbol) {
                let end = at + entry.symbol.len();
                if is_word_char(code[..at].chars().next_back()) || is_word_char(code[end..].chars().next()) {
                    continue;
                }
                let range = index.range(line_start + at, line_start + end);
                findings.push(Finding::new(entry, rule, status, None, range, None, &mut texts));
            }
        }
        line_start += line.len();
    }
    findings.sort_by_key(|finding| (finding.range, finding.code));
    Ok(findings)
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// A line's code and its comment (with the `#`), if it has one.
fn split_comment(line: &str) -> (&str, Option<&str>) {
    let trimmed = line.trim_start();
    if trimmed.starts_with(';') {
        return ("", Some(trimmed));
    }
    let mut quote = None;
    let mut previous: Option<char> = None;
    let mut escaped = false;
    for (at, c) in line.char_indices() {
        match quote {
            Some(open) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' && open == '"' {
                    escaped = true;
                } else if c == open {
                    quote = None;
                }
            }
            None => match c {
                '\'' | '"' => quote = Some(c),
                '#' if previous.is_none_or(char::is_whitespace) => return (&line[..at], Some(&line[at..])),
                _ => {}
            },
        }
        previous = Some(c);
    }
    (line, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{PythonVersion, Severity};

    fn symbols_at(text: &str) -> Vec<(u32, u32)> {
        check(text, &Options::default())
            .unwrap()
            .iter()
            .map(|finding| (finding.range.start.line, finding.range.start.column))
            .collect()
    }

    #[test]
    fn assignments_and_uses_are_reported() {
        assert_eq!(symbols_at("PYTHONTHREADDEBUG=1\n"), vec![(1, 1)]);
        assert_eq!(symbols_at("export PYTHONTHREADDEBUG=1\n"), vec![(1, 8)]);
        assert_eq!(symbols_at("ENV PYTHONTHREADDEBUG 1\n"), vec![(1, 5)]);
        assert_eq!(symbols_at("env:\n  PYTHONTHREADDEBUG: \"1\"\n"), vec![(2, 3)]);
        assert_eq!(symbols_at("echo ${PYTHONTHREADDEBUG} $PYTHONTHREADDEBUG\n"), vec![(1, 8), (1, 28)]);
        assert_eq!(symbols_at("setenv =\r\n    PYTHONTHREADDEBUG=1\r\n"), vec![(2, 5)]);
    }

    #[test]
    fn comments_and_longer_names_are_not() {
        assert!(symbols_at("# PYTHONTHREADDEBUG=1\n").is_empty());
        assert!(symbols_at("FOO=1 # PYTHONTHREADDEBUG=1\n").is_empty());
        assert!(symbols_at("; PYTHONTHREADDEBUG=1\n").is_empty());
        assert!(symbols_at("PYTHONTHREADDEBUGGER=1 MY_PYTHONTHREADDEBUG=1\n").is_empty());
        assert_eq!(symbols_at("URL=a#PYTHONTHREADDEBUG\n"), vec![(1, 7)], "# inside a word is no comment");
        assert_eq!(symbols_at("X='# not a comment' PYTHONTHREADDEBUG=1\n"), vec![(1, 21)]);
    }

    #[test]
    fn suppressions_rules_and_severity_apply() {
        assert!(symbols_at("PYTHONTHREADDEBUG=1  # noqa: SUN006\n").is_empty());
        assert_eq!(symbols_at("PYTHONTHREADDEBUG=1  # noqa: SUN001\n").len(), 1);
        let mut options = Options::new(PythonVersion::new(13));
        let findings = check("PYTHONTHREADDEBUG=1\n", &options).unwrap();
        assert_eq!((findings[0].severity, findings[0].code.code()), (Severity::Error, "SUN006"));
        options.ignore = vec![crate::Rule::RemovedEnvVar];
        assert!(check("PYTHONTHREADDEBUG=1\n", &options).unwrap().is_empty());
        assert_eq!(check("a\0b", &Options::default()), Err(CheckError::Binary));
    }
}
