//! Text a repository controls (file names, source lines, code quoted in messages) made safe to
//! print to a terminal: control characters, which can retitle or clear the terminal, write the
//! clipboard (OSC 52), forge links or move the cursor, and the bidirectional overrides that
//! make text read differently from what it is, are shown as escapes (`\x1b`, `\u{202e}`), and a
//! line break in a name cannot split the line it is printed on.

use std::borrow::Cow;

/// How `c` is shown, when it is not shown as itself.
pub fn escaped_char(c: char) -> Option<String> {
    match c {
        '\t' => None,
        '\n' => Some("\\n".to_string()),
        '\r' => Some("\\r".to_string()),
        '\u{0}'..='\u{1f}' | '\u{7f}' => Some(format!("\\x{:02x}", u32::from(c))),
        // C1 controls (U+009B is a one-character CSI), bidirectional marks and overrides, line
        // and paragraph separators.
        '\u{80}'..='\u{9f}'
        | '\u{61c}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => Some(format!("\\u{{{:x}}}", u32::from(c))),
        _ => None,
    }
}

/// `text` with every character [`escaped_char`] escapes escaped (borrowed when there is none).
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| escaped_char(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match escaped_char(c) {
            Some(escape) => shown.push_str(&escape),
            None => shown.push(c),
        }
    }
    Cow::Owned(shown)
}

/// How many columns `c` takes once escaped (1 for a character shown as itself).
pub fn shown_width(c: char) -> usize {
    escaped_char(c).map_or(1, |escape| escape.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_overrides_are_escaped_and_the_rest_kept() {
        assert_eq!(visible("a\tb é 𝄞"), "a\tb é 𝄞");
        assert_eq!(visible("\x1b]52;c;eA==\x07"), "\\x1b]52;c;eA==\\x07");
        assert_eq!(visible("x\ny\r\u{9b}2J\u{202e}\u{2066}"), "x\\ny\\r\\u{9b}2J\\u{202e}\\u{2066}");
        assert_eq!(shown_width('\x1b'), 4);
        assert_eq!(shown_width('a'), 1);
    }
}
