//! The words of a stretch of code, without those of comments and of plain strings.

use super::lexer::{self, is_word_byte};

/// Every run of name characters in the code of `bytes` (which starts outside any string):
/// the words of comments and of string literals are left out, those of f-strings kept (their
/// replacement fields are code).
pub(crate) fn code_word_runs(bytes: &[u8]) -> CodeWordRuns<'_> {
    CodeWordRuns { bytes, at: 0, plain_until: 0 }
}

/// The iterator of [`code_word_runs`]: its step is inlined where it is read, so that a word
/// costs no function call (the registers a call saved and restored were about a fifth of its
/// instructions).
pub(crate) struct CodeWordRuns<'b> {
    pub(super) bytes: &'b [u8],
    pub(super) at: usize,
    /// Within an f-string (up to here), every word counts.
    pub(super) plain_until: usize,
}

impl Iterator for CodeWordRuns<'_> {
    type Item = std::ops::Range<usize>;

    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.bytes;
        let mut at = self.at;
        loop {
            while at < bytes.len()
                && !is_word_byte(bytes[at])
                && (at < self.plain_until || !matches!(bytes[at], b'#' | b'"' | b'\''))
            {
                at += 1;
            }
            let Some(&byte) = bytes.get(at) else {
                self.at = at;
                return None;
            };
            match byte {
                b'#' => at = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |end| at + end),
                b'"' | b'\'' => at = crate::syntax::string_literal_end(bytes, at),
                _ => {
                    let start = at;
                    at = lexer::word_end(bytes, at);
                    if at >= self.plain_until
                        && matches!(bytes.get(at), Some(b'"' | b'\''))
                        && lexer::is_string_prefix(&bytes[start..at])
                    {
                        if bytes[start..at].iter().any(|b| matches!(b, b'f' | b'F')) {
                            self.plain_until = crate::syntax::string_literal_end(bytes, at);
                        } else {
                            at = crate::syntax::string_literal_end(bytes, at);
                        }
                        continue;
                    }
                    self.at = at;
                    return Some(start..at);
                }
            }
        }
    }
}
