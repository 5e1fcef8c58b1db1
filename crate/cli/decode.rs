//! Bytes of a file to text: UTF-8 by default, a PEP 263 coding cookie where one is declared,
//! and a clear refusal for binary data.

use std::borrow::Cow;
use std::fmt;

/// Why a file's bytes are not (or not exactly) text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeProblem {
    /// The file holds NUL bytes: it is binary, not Python source. It is skipped.
    Binary,
    /// The coding cookie names an encoding that is not known. The file is skipped.
    UnknownEncoding(String),
    /// Bytes that are invalid in the file's encoding were replaced with U+FFFD, and the file
    /// was checked all the same (offsets then refer to the repaired text).
    Repaired {
        /// The encoding the bytes were read as.
        encoding: String,
        /// The offset of the first invalid byte.
        first_invalid: usize,
    },
}

impl fmt::Display for DecodeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeProblem::Binary => write!(f, "skipped: binary file (contains NUL bytes)"),
            DecodeProblem::UnknownEncoding(name) => {
                write!(f, "skipped: unknown encoding `{name}` in the coding cookie (PEP 263)")
            }
            DecodeProblem::Repaired { encoding, first_invalid } => write!(
                f,
                "not valid {encoding} (first bad byte at offset {first_invalid}; declare the encoding with a PEP 263 coding cookie): checked with the bad bytes replaced"
            ),
        }
    }
}

/// The text of a file, or why it has none. A `Repaired` problem comes with text.
pub fn decode(bytes: &[u8]) -> (Option<Cow<'_, str>>, Option<DecodeProblem>) {
    let sniff = &bytes[..bytes.len().min(8192)];
    if sniff.contains(&0) {
        return (None, Some(DecodeProblem::Binary));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let encoding = encoding_label(bytes);
    match encoding.as_deref() {
        None | Some("utf-8" | "utf8" | "utf-8-sig" | "utf8-sig") => match std::str::from_utf8(bytes) {
            Ok(text) => (Some(Cow::Borrowed(text)), None),
            Err(error) => (
                Some(String::from_utf8_lossy(bytes)),
                Some(DecodeProblem::Repaired {
                    encoding: "UTF-8".into(),
                    first_invalid: error.valid_up_to(),
                }),
            ),
        },
        Some("latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "iso-latin-1") => {
            (Some(Cow::Owned(bytes.iter().map(|&b| char::from(b)).collect())), None)
        }
        Some(name) => {
            let label = name.strip_prefix("x-").unwrap_or(name);
            let Some(encoding) = encoding_rs::Encoding::for_label(label.as_bytes()) else {
                return (None, Some(DecodeProblem::UnknownEncoding(name.to_string())));
            };
            let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
            let problem = had_errors.then(|| DecodeProblem::Repaired {
                encoding: encoding.name().to_string(),
                first_invalid: text.find('\u{FFFD}').unwrap_or(0),
            });
            (Some(Cow::Owned(text.into_owned())), problem)
        }
    }
}

/// The encoding a PEP 263 cookie of `bytes` (without a BOM) names, lowercase, `_` as `-`.
pub fn encoding_label(bytes: &[u8]) -> Option<String> {
    coding_cookie(bytes).map(|name| name.to_ascii_lowercase().replace('_', "-"))
}

/// The encoding named by a PEP 263 cookie on the first or second line
/// (the second only when the first is a comment or blank, as CPython reads it).
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.splitn(3, |&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_in_line(first) {
        return Some(name);
    }
    let first_trimmed = first.iter().skip_while(|b| b" \t\x0c\r".contains(b)).copied().collect::<Vec<_>>();
    if !(first_trimmed.is_empty() || first_trimmed.starts_with(b"#")) {
        return None;
    }
    cookie_in_line(lines.next()?)
}

fn cookie_in_line(line: &[u8]) -> Option<String> {
    let line = std::str::from_utf8(line).ok()?;
    let comment = line.trim_start_matches([' ', '\t', '\x0c']).strip_prefix('#')?;
    let at = comment.find("coding")?;
    let rest = comment[at + "coding".len()..].strip_prefix([':', '='])?;
    let name: String = rest
        .trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_and_strips_the_bom() {
        let (text, problem) = decode(b"\xEF\xBB\xBFimport imp\n");
        assert_eq!(text.as_deref(), Some("import imp\n"));
        assert_eq!(problem, None);
    }

    #[test]
    fn honours_coding_cookies() {
        let (text, problem) = decode(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n");
        assert_eq!(text.as_deref(), Some("# -*- coding: latin-1 -*-\ns = '\u{e9}'\n"));
        assert_eq!(problem, None);
        let (text, _) = decode(b"#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\nx = '\x80'\n");
        assert!(text.unwrap().contains('\u{20ac}'));
        let (text, _) = decode(b"import os\n# coding: latin-1\nx = '\xe9'\n");
        assert!(text.unwrap().contains('\u{FFFD}'), "a cookie after a code line does not count");
    }

    #[test]
    fn reports_binary_unknown_and_invalid() {
        assert_eq!(decode(b"\x7fELF\x00\x01").1, Some(DecodeProblem::Binary));
        assert_eq!(decode(b"# coding: klingon\n").1, Some(DecodeProblem::UnknownEncoding("klingon".into())));
        let (text, problem) = decode(b"import imp\nx = '\xff'\n");
        assert!(text.unwrap().starts_with("import imp"));
        assert!(matches!(problem, Some(DecodeProblem::Repaired { first_invalid: 16, .. })));
    }
}
