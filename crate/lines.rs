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

/// A span of a text in byte offsets, end exclusive: what the core computes with before
/// positions are worked out. Ex) the name `imp` in `import imp` is `TextRange::new(7, 10)`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextRange {
    /// The first byte.
    pub start: usize,
    /// Just past the last byte.
    pub end: usize,
}

impl TextRange {
    /// The range from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The empty range at `offset` (where an insertion goes).
    pub const fn empty(offset: usize) -> Self {
        Self { start: offset, end: offset }
    }

    /// The range of a syntax node.
    pub fn of(node: tree_sitter::Node<'_>) -> Self {
        Self { start: node.start_byte(), end: node.end_byte() }
    }

    /// Whether `other` lies inside this range (ends included).
    pub fn contains_range(self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The start of every line of a text, for turning byte offsets into [`Position`]s.
///
/// `\n`, `\r\n` and a lone `\r` end a line, as in Python's tokenizer (and the Language Server
/// Protocol); form feeds and Unicode line separators do not.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<u32>,
    /// For each character that takes fewer UTF-16 units than bytes, its end offset and the
    /// bytes saved up to there (so a column is a subtraction and a binary search, not a walk
    /// along the line: findings along one long line would cost its length each).
    narrower: Vec<(u32, u32)>,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        starts.extend(
            memchr::memchr2_iter(b'\n', b'\r', bytes)
                .filter(|&index| bytes[index] == b'\n' || bytes.get(index + 1) != Some(&b'\n'))
                .map(|index| index as u32 + 1),
        );
        // The characters that are not ASCII, found eight bytes at a time: most files have none
        // or a few, and a walk char by char cost more than the rest of the index.
        let mut narrower = Vec::new();
        let mut saved: u32 = 0;
        let mut at = next_non_ascii(bytes, 0);
        while at < bytes.len() {
            // `at` starts a character (the text is UTF-8): its length is in its first byte. A
            // character of 2 or 3 bytes is one UTF-16 unit, one of 4 bytes two.
            let length: usize = match bytes[at] {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            saved += if length == 4 { 2 } else { length as u32 - 1 };
            narrower.push(((at + length) as u32, saved));
            at = next_non_ascii(bytes, at + length);
        }
        Self { text, starts, narrower }
    }

    /// The bytes saved (UTF-8 bytes less UTF-16 units) by the characters before `offset` (a
    /// char boundary).
    fn saved_before(&self, offset: usize) -> usize {
        let index = self.narrower.partition_point(|&(end, _)| end as usize <= offset);
        index.checked_sub(1).map_or(0, |last| self.narrower[last].1 as usize)
    }

    /// The position of a byte offset (clamped to the text, and moved back to a char boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start as usize <= offset) - 1;
        let line_start = self.starts[line] as usize;
        let column = (offset - line_start) - (self.saved_before(offset) - self.saved_before(line_start));
        Position { line: line as u32 + 1, column: column as u32 + 1, offset: offset as u32 }
    }

    /// The range of a byte span.
    pub fn range(&self, start: usize, end: usize) -> Range {
        Range { start: self.position(start), end: self.position(end) }
    }

    /// The positions of a [`TextRange`].
    pub fn range_of(&self, range: TextRange) -> Range {
        self.range(range.start, range.end)
    }
}

/// The first byte at or after `at` that is not ASCII (the length of `bytes` if none is).
fn next_non_ascii(bytes: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        let high = word & 0x8080_8080_8080_8080;
        if high != 0 {
            return at + (high.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while at < bytes.len() && bytes[at].is_ascii() {
        at += 1;
    }
    at
}

/// The offset where the line holding `offset` starts: just after the last `\n` or `\r`
/// before it (0 on the first line), as [`LineIndex`] counts lines.
pub fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind(['\n', '\r']).map_or(0, |at| at + 1)
}

/// The offset just past the end of the line holding `offset`, its line ending included
/// (`\n`, `\r\n` or a lone `\r`); `None` when that line is the last and has no ending.
pub fn next_line_start(text: &str, offset: usize) -> Option<usize> {
    let at = offset + text[offset..].find(['\n', '\r'])?;
    Some(if text[at..].starts_with("\r\n") { at + 2 } else { at + 1 })
}

/// `text` with each lone `\r` (one not followed by `\n`) replaced by `\n`, or `None` when it
/// has none. The result is as long as `text`, byte for byte.
pub fn lone_carriage_returns_as_newlines(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let lone = |at: usize| bytes[at] == b'\r' && bytes.get(at + 1) != Some(&b'\n');
    if !memchr::memchr_iter(b'\r', bytes).any(lone) {
        return None;
    }
    let replaced: Vec<u8> = (0..bytes.len()).map(|at| if lone(at) { b'\n' } else { bytes[at] }).collect();
    // An ASCII byte was replaced by an ASCII byte.
    String::from_utf8(replaced).ok()
}

/// How the first line of `text` ends: `"\r\n"`, `"\r"` or `"\n"` (also when it has one line).
pub fn first_line_ending(text: &str) -> &'static str {
    match text.find(['\r', '\n']) {
        Some(at) if text[at..].starts_with("\r\n") => "\r\n",
        Some(at) if text[at..].starts_with('\r') => "\r",
        _ => "\n",
    }
}

/// `text` with each `\n` that does not follow a `\r` written as `ending`.
pub fn lone_newlines_as(text: &str, ending: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous = '\0';
    for c in text.chars() {
        if c == '\n' && previous != '\r' {
            out.push_str(ending);
        } else {
            out.push(c);
        }
        previous = c;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_starts_and_ends_as_python_counts_lines() {
        let text = "a\r\nbb\rccc\nd";
        assert_eq!(line_start(text, 0), 0);
        assert_eq!(line_start(text, 1), 0, "on the `\\r` of `\\r\\n`");
        assert_eq!(line_start(text, 4), 3);
        assert_eq!(line_start(text, 7), 6, "after a lone `\\r`");
        assert_eq!(line_start(text, 11), 10, "after `\\n`, to the end");
        assert_eq!(next_line_start(text, 0), Some(3), "`\\r\\n` is one ending");
        assert_eq!(next_line_start(text, 3), Some(6), "a lone `\\r` ends a line");
        assert_eq!(next_line_start(text, 6), Some(10));
        assert_eq!(next_line_start(text, 10), None, "the last line has no ending");
        assert_eq!(next_line_start(text, 11), None);
        assert_eq!(first_line_ending("x = 1\ry = 2\n"), "\r");
    }

    #[test]
    fn counts_lines_as_python_does() {
        let text = "a\r\nb\x0cc\u{2028}d\re\nf";
        let index = LineIndex::new(text);
        assert_eq!(index.position(0).line, 1);
        assert_eq!(index.position(3).line, 2);
        let e = text.find('e').unwrap();
        assert_eq!((index.position(e).line, index.position(e).column), (3, 1), "a lone \\r ends a line");
        assert_eq!(index.position(text.len()).line, 4);
    }

    #[test]
    fn lone_carriage_returns_are_found_and_rewritten() {
        assert_eq!(lone_carriage_returns_as_newlines("a\r\nb"), None);
        assert_eq!(lone_carriage_returns_as_newlines("a\rb\r\nc\r").as_deref(), Some("a\nb\r\nc\n"));
        assert_eq!(
            (first_line_ending("a\rb\n"), first_line_ending("a\r\n"), first_line_ending("a")),
            ("\r", "\r\n", "\n")
        );
        assert_eq!(lone_newlines_as("import x\n\r\n", "\r"), "import x\r\r\n");
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
    fn columns_count_every_kind_of_character() {
        // Characters of 1 to 4 bytes, runs of ASCII longer and shorter than eight bytes
        // between them, on several lines: each column is the UTF-16 units before it on its line.
        let text = "ab é\n12345678901234567€x\r\n𝄞𝄞 yé\rz123456789é\n\u{7ff}\u{800}\u{ffff}\u{10000}!";
        let index = LineIndex::new(text);
        let (mut line, mut column) = (1, 1);
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let position = index.position(at);
            assert_eq!((position.line, position.column), (line, column), "at {at} ({c:?})");
            if c == '\n' || (c == '\r' && chars.peek().map(|&(_, next)| next) != Some('\n')) {
                (line, column) = (line + 1, 1);
            } else {
                column += c.len_utf16() as u32;
            }
        }
        assert_eq!(index.position(text.len()).column, column);
    }

    #[test]
    fn offsets_inside_a_char_move_back() {
        let index = LineIndex::new("é");
        assert_eq!(index.position(1).offset, 0);
        assert_eq!(index.position(99).offset, 2);
    }
}
