//! LSP positions: the encoding negotiated with the client, and byte offsets to and from
//! `(line, character)` pairs.
//!
//! LSP lines end at `\n`, `\r\n` or a lone `\r` (the crate's own [`crate::lines::LineIndex`]
//! counts `\n` only, as Python's tokenizer does), and characters are counted in the units of the
//! negotiated encoding: UTF-16 code units unless the client offers UTF-8 or UTF-32.

use lsp_types::{Position, PositionEncodingKind, Range};

/// The unit `character` counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// Bytes of UTF-8.
    Utf8,
    /// UTF-16 code units (the LSP default: what JavaScript editors count).
    Utf16,
    /// Unicode scalar values.
    Utf32,
}

impl Encoding {
    /// The client's first choice among the encodings it offers (`general.positionEncodings`,
    /// most preferred first); UTF-16 when it offers none or none we know.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Self {
        offered
            .unwrap_or_default()
            .iter()
            .find_map(|kind| match kind.as_str() {
                "utf-8" => Some(Encoding::Utf8),
                "utf-16" => Some(Encoding::Utf16),
                "utf-32" => Some(Encoding::Utf32),
                _ => None,
            })
            .unwrap_or(Encoding::Utf16)
    }

    /// The name the server announces (`positionEncoding` in its capabilities).
    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    fn units(self, c: char) -> u32 {
        match self {
            Encoding::Utf8 => c.len_utf8() as u32,
            Encoding::Utf16 => c.len_utf16() as u32,
            Encoding::Utf32 => 1,
        }
    }
}

/// Where the lines of a text start, for converting between byte offsets and LSP positions.
pub struct LineIndex<'a> {
    text: &'a str,
    /// The byte offset of each line's first character.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut at = 0;
        while at < bytes.len() {
            match bytes[at] {
                b'\n' => starts.push(at + 1),
                b'\r' if bytes.get(at + 1) == Some(&b'\n') => {
                    starts.push(at + 2);
                    at += 1;
                }
                b'\r' => starts.push(at + 1),
                _ => {}
            }
            at += 1;
        }
        Self { text, starts }
    }

    /// The byte range of line `line`'s content, without its line break.
    fn line_span(&self, line: usize) -> (usize, usize) {
        let start = self.starts[line];
        let end = self.starts.get(line + 1).copied().unwrap_or(self.text.len());
        let content = self.text[start..end].trim_end_matches(['\n', '\r']);
        (start, start + content.len())
    }

    /// The position of a byte offset (clamped to the text, moved back to a char boundary).
    pub fn position(&self, offset: usize, encoding: Encoding) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset) - 1;
        let (start, end) = self.line_span(line);
        // An offset between `\r` and `\n` counts as the end of the line's content.
        let character = self.text[start..offset.min(end)].chars().map(|c| encoding.units(c)).sum();
        Position { line: line as u32, character }
    }

    /// The range of a byte span.
    pub fn range(&self, start: usize, end: usize, encoding: Encoding) -> Range {
        Range { start: self.position(start, encoding), end: self.position(end, encoding) }
    }

    /// The byte offset of a position. A line past the last is the end of the text; a character
    /// past the end of its line is the end of the line (as the protocol asks); a character
    /// inside a multi-unit character is that character's start.
    pub fn offset(&self, position: Position, encoding: Encoding) -> usize {
        let Some(_) = self.starts.get(position.line as usize) else {
            return self.text.len();
        };
        let (start, end) = self.line_span(position.line as usize);
        let mut units = 0;
        for (index, c) in self.text[start..end].char_indices() {
            let next = units + encoding.units(c);
            if next > position.character {
                return start + index;
            }
            units = next;
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_chooses_among_the_encodings_it_offers() {
        let kinds =
            |names: &[&str]| names.iter().map(|name| PositionEncodingKind::from(name.to_string())).collect();
        let offered: Vec<PositionEncodingKind> = kinds(&["utf-32", "utf-8"]);
        assert_eq!(Encoding::negotiate(Some(&offered)), Encoding::Utf32);
        let offered: Vec<PositionEncodingKind> = kinds(&["latin-1", "utf-8"]);
        assert_eq!(Encoding::negotiate(Some(&offered)), Encoding::Utf8);
        assert_eq!(Encoding::negotiate(Some(&[])), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }

    #[test]
    fn characters_count_in_the_encoding() {
        let text = "é🐍 = imp\n";
        let index = LineIndex::new(text);
        let imp = text.find("imp").unwrap();
        for (encoding, character) in [(Encoding::Utf8, 9), (Encoding::Utf16, 6), (Encoding::Utf32, 5)] {
            let position = index.position(imp, encoding);
            assert_eq!(position, Position { line: 0, character }, "{encoding:?}");
            assert_eq!(index.offset(position, encoding), imp, "{encoding:?}");
        }
    }

    #[test]
    fn lines_end_at_newline_carriage_return_or_both() {
        let text = "a\r\nb\rc\nd";
        let index = LineIndex::new(text);
        for (needle, line) in [("a", 0), ("b", 1), ("c", 2), ("d", 3)] {
            let offset = text.find(needle).unwrap();
            assert_eq!(index.position(offset, Encoding::Utf16), Position { line, character: 0 });
            assert_eq!(index.offset(Position { line, character: 0 }, Encoding::Utf16), offset);
        }
        // Between `\r` and `\n`: the end of the first line.
        assert_eq!(index.position(2, Encoding::Utf16), Position { line: 0, character: 1 });
    }

    #[test]
    fn positions_out_of_range_are_clamped() {
        let text = "ab\n🐍c";
        let index = LineIndex::new(text);
        assert_eq!(index.offset(Position { line: 0, character: 99 }, Encoding::Utf16), 2);
        assert_eq!(index.offset(Position { line: 9, character: 0 }, Encoding::Utf16), text.len());
        // Inside the surrogate pair: the snake's start.
        assert_eq!(index.offset(Position { line: 1, character: 1 }, Encoding::Utf16), 3);
        assert_eq!(index.position(4, Encoding::Utf16), Position { line: 1, character: 0 });
        assert_eq!(index.position(999, Encoding::Utf16), Position { line: 1, character: 3 });
    }
}
