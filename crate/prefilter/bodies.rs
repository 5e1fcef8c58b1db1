//! The statements of the function bodies a plan keeps, so that those that cannot matter are left
//! out as module-level code's are ([`Blocks::code_kept`]).
//!
//! A definition's part (a top-level function, a class's head, a method with its decorators) is
//! cut into units: fixed runs, parsed whatever they spell (a header, its decorators,
//! parameters and default values; a compound statement with all it holds; a nested `def` or
//! `class`; a class's own statements), and the plain statements directly in the body of a
//! top-level function or of a method of a top-level class, each from the start of its line to
//! the start of the next statement's line. A plain statement is one whose first word is none of
//! `if`, `try`, `for`, `while`, `with`, `async`, `match`, `def`, `class`, `else`, `elif`,
//! `except`, `finally`, `case`, and which is no decorator nor string. Leaving one out leaves a
//! gap from a line's start to a line's start at the same indentation, as a class's left-out
//! methods do, so the parse of what is kept is the one the whole text gives.
//!
//! A part whose lines are not indented as Python reads them (a body line indented neither as
//! the body's first statement nor deeper, a line more indented after a plain statement, a
//! line not preceded by a line break and blanks) is one fixed run: parsed whole.

use super::blocks::{BlockKind, Blocks};
use super::lexer::{is_string_prefix, word_end};
use std::ops::Range;

/// A unit of a part to parse ([`Blocks::units`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    /// Parsed whatever it spells.
    Fixed(Range<usize>),
    /// A statement that may be left out: `read` from its first token, `range` (what is
    /// parsed when kept) from its line's start; `body` the function body it is a statement of
    /// (none for module-level code), numbered in order from 0.
    Statement { read: Range<usize>, range: Range<usize>, body: Option<u32> },
    /// Function body `0` has a statement kept whatever it spells (in a fixed run): it is not
    /// empty whatever is left out of it.
    Kept(u32),
}

/// Whether the statement of a function's body whose first token starts `code` is kept
/// whatever it spells: a compound statement, a part of one, a definition, a decorator or a
/// string.
fn compound_or_string(code: &[u8]) -> bool {
    let Some(&first) = code.first() else {
        return true;
    };
    if matches!(first, b'"' | b'\'' | b'@') {
        return true;
    }
    let end = word_end(code, 0);
    let word = &code[..end];
    matches!(
        word,
        b"if"
            | b"try"
            | b"for"
            | b"while"
            | b"with"
            | b"async"
            | b"match"
            | b"def"
            | b"class"
            | b"else"
            | b"elif"
            | b"except"
            | b"finally"
            | b"case"
    ) || (matches!(code.get(end), Some(b'"' | b'\'')) && is_string_prefix(word))
}

/// Where the current function body stands in a walk over a part's lines.
struct Walk<'b> {
    /// The indentation of the lines that may start a function whose body is cut (`def`):
    /// a class's members', or none when only the part's own header starts one.
    members: Option<&'b [u8]>,
    /// A `def` seen at this indentation: the next line indented deeper starts its body.
    header: Option<&'b [u8]>,
    /// The current body's indentation.
    body: Option<&'b [u8]>,
    /// The plain statement last seen, not closed yet: its first token and line start.
    open: Option<(usize, usize)>,
    /// Where the current fixed run starts.
    fixed: usize,
}

impl<'b> Blocks<'b> {
    /// Calls `unit` with each unit of `parts` (each the kind of its statement and its range,
    /// in order: [`Blocks::parts`]) in order: the statements of module-level code, and the
    /// fixed runs and the statements of the function bodies of the definitions' parts.
    /// `bodies` counts the function bodies seen.
    /// Only the bodies of the functions whose names `cut` takes are cut.
    pub(super) fn units(
        &self,
        parts: &[(BlockKind, Range<usize>)],
        cut: &impl Fn(&[u8]) -> bool,
        mut unit: impl FnMut(Unit),
    ) -> u32 {
        let mut bodies = 0;
        for (kind, part) in parts {
            if *kind == BlockKind::Other {
                for statement in self.code_statements(part.clone()) {
                    unit(Unit::Statement { read: statement.clone(), range: statement, body: None });
                }
                continue;
            }
            // Walked twice, the second time only when the first finds the lines indented as
            // Python reads them: no unit is held (a long body holds many).
            match self.cut_definition(part.clone(), bodies, cut, &mut |_| {}) {
                Some(count) => {
                    self.cut_definition(part.clone(), bodies, cut, &mut unit);
                    bodies += count;
                }
                None => unit(Unit::Fixed(part.clone())),
            }
        }
        bodies
    }

    /// Calls `unit` with each unit of `part`, a definition's (its bodies numbered from `first`),
    /// and returns how many bodies it holds; none when its lines are not indented as Python
    /// reads them (then the units given so far are not all of it).
    fn cut_definition(
        &self,
        part: Range<usize>,
        first: u32,
        cut: &impl Fn(&[u8]) -> bool,
        unit: &mut impl FnMut(Unit),
    ) -> Option<u32> {
        let bytes = self.bytes;
        let index = self.list.partition_point(|block| block.start() <= part.start).checked_sub(1)?;
        let block = &self.list[index];
        let own_header = part.start == block.start();
        let mut walk = Walk { members: None, header: None, body: None, open: None, fixed: part.start };
        if block.class.is_some() {
            let body = block.class.as_ref().filter(|body| !body.broken)?;
            let indent = body.indent?;
            walk.members = Some(&bytes[indent.start..indent.end]);
        } else if block.function_name().is_some_and(|name| cut(&bytes[name.start..name.end])) && own_header {
            walk.header = Some(&[][..]);
        } else {
            return None;
        }
        let mut bodies = 0;
        let mut at = self.next_line(part.start, part.end);
        while let Some(token) = at {
            let line = line_start(bytes, token)?;
            if line < part.start {
                return None;
            }
            let indent = &bytes[line..token];
            if let Some((open_token, open_line)) = walk.open.take() {
                if walk.body.is_some_and(|body| indent.len() > body.len()) {
                    return None; // more indented after a plain statement
                }
                if walk.fixed < open_line {
                    unit(Unit::Fixed(walk.fixed..open_line));
                }
                let body = Some(first + bodies - 1);
                unit(Unit::Statement { read: open_token..line, range: open_line..line, body });
                walk.fixed = line;
            }
            if let Some(body) = walk.body {
                if indent.len() > body.len() && indent.starts_with(body) {
                    at = self.next_line(token + 1, part.end);
                    continue; // inside a compound statement of the body
                }
                if indent != body {
                    // Out of the body: only back to the class's members.
                    if walk.members != Some(indent) {
                        return None;
                    }
                    walk.body = None;
                }
            }
            if walk.body.is_none() {
                if let Some(header) = walk.header.take() {
                    if indent.len() > header.len() && indent.starts_with(header) {
                        walk.body = Some(indent);
                        bodies += 1;
                    }
                }
            }
            let code = &bytes[token..];
            if walk.body == Some(indent) {
                if compound_or_string(code) {
                    unit(Unit::Kept(first + bodies - 1));
                } else {
                    walk.open = Some((token, line));
                }
            } else if walk.members == Some(indent) && method_name(code).is_some_and(cut) {
                walk.header = Some(indent);
            }
            at = self.next_line(token + 1, part.end);
        }
        if let Some((open_token, open_line)) = walk.open {
            if walk.fixed < open_line {
                unit(Unit::Fixed(walk.fixed..open_line));
            }
            let body = Some(first + bodies - 1);
            unit(Unit::Statement { read: open_token..part.end, range: open_line..part.end, body });
            walk.fixed = part.end;
        }
        if walk.fixed < part.end {
            unit(Unit::Fixed(walk.fixed..part.end));
        }
        Some(bodies)
    }

    /// The first token of the next indented line of a definition's body at or after `from`,
    /// before `end` ([`Blocks::body_line`]).
    fn next_line(&self, from: usize, end: usize) -> Option<usize> {
        let mut next = from;
        while next < end {
            let bits = self.code_starts[next / 64] >> (next % 64);
            if bits != 0 {
                next += bits.trailing_zeros() as usize;
                return (next < end).then_some(next);
            }
            next = (next / 64 + 1) * 64;
        }
        None
    }
}

/// The name of the function whose `def` (or `async def`) starts `code`.
fn method_name(mut code: &[u8]) -> Option<&[u8]> {
    if code.starts_with(b"async") {
        code = after_blanks(&code[5..])?;
    }
    let rest = after_blanks(code.strip_prefix(b"def")?)?;
    Some(&rest[..word_end(rest, 0)]).filter(|name| !name.is_empty())
}

/// `code` after the blanks it starts with; none when it starts with none.
fn after_blanks(code: &[u8]) -> Option<&[u8]> {
    let blanks = code.iter().take_while(|&&byte| matches!(byte, b' ' | b'\t')).count();
    (blanks > 0).then_some(&code[blanks..])
}

/// The start of the line whose first token is at `token`: after a line break and blanks
/// (spaces and tabs); none when anything else comes before the token on its line.
fn line_start(bytes: &[u8], token: usize) -> Option<usize> {
    let blanks = bytes[..token].iter().rev().take_while(|&&byte| matches!(byte, b' ' | b'\t')).count();
    let line = token - blanks;
    (line > 0 && bytes[line - 1] == b'\n').then_some(line)
}
