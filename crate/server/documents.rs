//! The documents the client has open: their text, kept in step with its changes, and the
//! notebooks their cells belong to.

use super::positions::{Encoding, LineIndex};
use lsp_types::{NotebookCellKind, TextDocumentContentChangeEvent, Uri};
use std::path::PathBuf;

/// An open text document (a file, or a notebook cell).
#[derive(Clone, Debug)]
pub struct TextDocument {
    /// The client's language id (`python`).
    pub language: String,
    /// The client's version of the text.
    pub version: i32,
    /// The text.
    pub text: String,
}

impl TextDocument {
    /// Applies the client's changes, in order: a change with a range replaces that range, one
    /// without replaces the whole text.
    pub fn apply(&mut self, changes: Vec<TextDocumentContentChangeEvent>, version: i32, encoding: Encoding) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let index = LineIndex::new(&self.text);
                    let start = index.offset(range.start, encoding);
                    let end = index.offset(range.end, encoding).max(start);
                    self.text.replace_range(start..end, &change.text);
                }
                None => self.text = change.text,
            }
        }
        self.version = version;
    }
}

/// An open notebook: its cells, in order.
#[derive(Clone, Debug)]
pub struct NotebookDocument {
    /// The client's version of the notebook.
    pub version: i32,
    /// The notebook's metadata, as the client sends it (nbformat's `metadata` when it has one).
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The cells: their kind and the URI of their text document.
    pub cells: Vec<(NotebookCellKind, Uri)>,
}

/// The file a `file:` URI names; `None` for other schemes (`untitled:`, `vscode-notebook-cell:`).
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file:///path` or `file://localhost/path`; another host is not a local file.
    let path = match rest.find('/') {
        Some(0) => rest,
        Some(slash) if rest[..slash].eq_ignore_ascii_case("localhost") => &rest[slash..],
        _ => return None,
    };
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let decoded = percent_decode(path)?;
    // `/C:/x` on Windows is `C:/x`.
    let bytes = decoded.as_bytes();
    if cfg!(windows)
        && bytes.len() >= 3
        && bytes[0] == b'/'
        && bytes[1].is_ascii_alphabetic()
        && bytes[2] == b':'
    {
        return Some(PathBuf::from(&decoded[1..]));
    }
    Some(PathBuf::from(decoded))
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' {
            let hex = text.get(at + 1..at + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    #[test]
    fn file_uris_become_paths() {
        let path = |uri: &str| file_path(&uri.parse().unwrap());
        assert_eq!(path("file:///home/me/a%20b/%C3%A9.py"), Some(PathBuf::from("/home/me/a b/é.py")));
        assert_eq!(path("file://localhost/x.py"), Some(PathBuf::from("/x.py")));
        assert_eq!(path("file://server/share/x.py"), None);
        assert_eq!(path("untitled:Untitled-1"), None);
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%FF"), None);
    }

    #[test]
    fn changes_apply_in_order_in_the_negotiated_encoding() {
        let mut document =
            TextDocument { language: "python".into(), version: 1, text: "é🐍 = 1\n".into() };
        let at = |line, character| Position { line, character };
        document.apply(
            vec![
                // After the snake (3 UTF-16 units in): `x` inserted.
                TextDocumentContentChangeEvent {
                    range: Some(Range { start: at(0, 3), end: at(0, 3) }),
                    range_length: None,
                    text: "x".into(),
                },
                TextDocumentContentChangeEvent {
                    range: Some(Range { start: at(1, 0), end: at(1, 0) }),
                    range_length: None,
                    text: "import imp\n".into(),
                },
            ],
            2,
            Encoding::Utf16,
        );
        assert_eq!(document.text, "é🐍x = 1\nimport imp\n");
        assert_eq!(document.version, 2);
        document.apply(
            vec![TextDocumentContentChangeEvent { range: None, range_length: None, text: "new".into() }],
            3,
            Encoding::Utf8,
        );
        assert_eq!(document.text, "new");
    }
}
