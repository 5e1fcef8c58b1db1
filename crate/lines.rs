//! Positions in a source text (line, UTF-16 column, byte offset) and the index that turns byte
//! offsets into them: a leaf module.

use serde::{Deserialize, Serialize};

/// A place in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Position {
    /// 1-based line; lines end at `\n` (a `\r\n` pair ends one line).
    pub line: u32,
    /// 1-based column, counted in UTF-16 code units as JavaScript editors count.
    pub column: u32,
    /// 0-based byte offset into the UTF-8 text.
    pub offset: u32,
}

/// A span of source, end exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Range {
    /// Where the span starts.
    pub start: Position,
    /// Just past where the span ends.
    pub end: Position,
}

/// The start of every line of a text, for turning byte offsets into [`Position`]s.
///
/// Only `\n` ends a line (so `\r\n` ends one line, and form feeds, lone `\r` and Unicode line
/// separators do not), as Python's tokenizer and JavaScript editors agree on for `\n` files.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<u32>,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes().enumerate().filter(|&(_, byte)| byte == b'\n').map(|(index, _)| index as u32 + 1),
        );
        Self { text, starts }
    }

    /// The position of a byte offset (clamped to the text, and moved back to a char boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start as usize <= offset) - 1;
        let line_start = self.starts[line] as usize;
        let column: usize = self.text[line_start..offset].chars().map(char::len_utf16).sum();
        Position { line: line as u32 + 1, column: column as u32 + 1, offset: offset as u32 }
    }

    /// The range of a byte span.
    pub fn range(&self, start: usize, end: usize) -> Range {
        Range { start: self.position(start), end: self.position(end) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_by_newline_only() {
        let text = "a\r\nb\x0cc\u{2028}d\re\nf";
        let index = LineIndex::new(text);
        assert_eq!(index.position(0).line, 1);
        assert_eq!(index.position(3).line, 2);
        let e = text.find('e').unwrap();
        assert_eq!(index.position(e).line, 2);
        assert_eq!(index.position(text.len()).line, 3);
    }

    #[test]
    fn columns_are_utf16_units() {
        let text = "é𝄞x = 1";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        let position = index.position(x);
        assert_eq!((position.line, position.column, position.offset), (1, 4, 6));
    }

    #[test]
    fn offsets_inside_a_char_move_back() {
        let index = LineIndex::new("é");
        assert_eq!(index.position(1).offset, 0);
        assert_eq!(index.position(99).offset, 2);
    }
}
