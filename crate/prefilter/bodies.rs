//! The statements of big function bodies a plan keeps, so that those that cannot matter are left
//! out as module-level code's are ([`Blocks::code_kept`]).
//!
//! Only a body bigger than [`BODY_BYTES`] is cut (a top-level function's part, or a method's
//! with its decorators): smaller ones are parsed whole, and a file no bigger than that takes no
//! record for it (the scan notes where the lines of definitions start only in a bigger file,
//! [`Blocks::body_line`]). A big function is cut into units: fixed runs, parsed whatever they
//! spell (its decorators and header; a compound statement with all it holds; a nested `def` or
//! `class`), and the plain statements directly in its body, each from the start of its line
//! to the start of the next statement's line. A plain statement is one whose first word is
//! none of `if`, `try`, `for`, `while`, `with`, `async`, `match`, `def`, `class`, `else`,
//! `elif`, `except`, `finally`, `case`, and which is no decorator nor string. Leaving one out
//! leaves a gap from a line's start to a line's start at the same indentation, as a class's
//! left-out methods do, so the parse of what is kept is the one the whole text gives. A
//! function whose lines are not indented as Python reads them (a body line indented neither as
//! the body's first statement nor deeper, a line more indented after a plain statement, a line
//! not preceded by a line break and blanks) is one fixed run: parsed whole.
//!
//! Which plain statements are kept follows what the semantic model reads, in one direction,
//! not any shared word (in a real body nearly every statement shares one with the rest): a
//! statement is kept when it may hold a use (it mentions a catalogue or context word in a form
//! that may, or holds a call the prefilter noted), spells a keyword that binds or leaves
//! (`code.rs`), spells the name of a definition of the parsed code (a call site says what a
//! parameter holds, a mention that a function is reached), or runs to the end of the file; and,
//! to a fixed point, when it *binds* a name (the words of its targets) that kept code reads
//! (spells), or *reads* a name that kept code which may hold a use (or reads such a name) binds
//! (an alias: `reload = imp.reload`, then `reload(m)`). Fixed runs are kept code that binds all
//! it spells; module-level code is the statements `code.rs` keeps. A body none of whose
//! statements is kept keeps its first. Bodies whose names the parsed code spells elsewhere
//! than after `def` are not cut (the semantic model reads a helper's body whole: whether its one
//! `return` tests like `hasattr`), nor set-up and construction methods, nor `__getattr__`.

use super::blocks::{BlockKind, Blocks};
use super::code::read;
use super::code_words::code_word_runs;
use super::evidence::Mention;
use super::lexer::{is_string_prefix, is_word_byte, word_end};
use super::selection::{after_def, Shapes};
use super::windows::{defined_in, names, role, Role};
use crate::hash::BuildWordHash;
use crate::stdlib;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// A function body is cut ([`Blocks::code_kept`]) when its part (with its header and
/// decorators) takes more than this many bytes.
pub const BODY_BYTES: usize = 1 << 18;

/// The fixed point gives up after this many passes (each over the statements, alternately from
/// the first and from the last) and keeps every statement of the big bodies.
const MAX_PASSES: usize = 12;

#[cfg(test)]
thread_local! {
    /// [`body_bytes`] forced for the tests of this thread.
    static FORCED: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

/// Runs `run` with [`body_bytes`] forced to `bytes` on this thread (tests).
#[cfg(test)]
pub(crate) fn with_body_bytes<R>(bytes: usize, run: impl FnOnce() -> R) -> R {
    let before = FORCED.with(|forced| forced.replace(Some(bytes)));
    let result = run();
    FORCED.with(|forced| forced.set(before));
    result
}

/// The threshold in force: [`BODY_BYTES`], or (native builds, for tests) the value of the
/// environment variable `PYSUNSET_BODY_BYTES` (0: every body is cut).
pub fn body_bytes() -> usize {
    #[cfg(test)]
    if let Some(forced) = FORCED.with(std::cell::Cell::get) {
        return forced;
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        static FORCED_BY_ENV: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
        if let Some(forced) =
            *FORCED_BY_ENV.get_or_init(|| std::env::var("PYSUNSET_BODY_BYTES").ok()?.parse().ok())
        {
            return forced;
        }
    }
    BODY_BYTES
}

/// A unit of the plan when a body is cut: a run parsed whatever it spells ([`FIXED`]), a
/// statement of module-level code `code.rs` keeps ([`MODULE`]), or a plain statement of
/// function body number `body`: from `start` (its line's start) to `end`, read from `read` (its
/// first token).
#[derive(Clone, Copy)]
struct Item {
    start: u32,
    read: u32,
    end: u32,
    body: u32,
}

const FIXED: u32 = u32::MAX;
const MODULE: u32 = u32::MAX - 1;

/// The function bodies cut ([`Blocks::bodies_kept`]).
#[derive(Default)]
struct Bodies<'b> {
    /// Whether each body has a statement kept whatever it spells (in a fixed run).
    has_kept: Vec<bool>,
    /// The names of the functions cut that may hold a use.
    reached: Vec<&'b [u8]>,
}

/// An item's flags ([`Blocks::decide`]).
const KEPT: u8 = 1;
const TAINTS: u8 = 2;

impl Item {
    fn new(range: Range<usize>, read: usize, body: u32) -> Self {
        let offset = super::blocks::offset;
        Item { start: offset(range.start), read: offset(read), end: offset(range.end), body }
    }

    fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    fn read(self) -> Range<usize> {
        self.read as usize..self.end as usize
    }
}

/// Adds a fixed run to `items`, merged with the last one when they touch.
fn push_fixed(items: &mut Vec<Item>, range: Range<usize>) {
    if range.is_empty() {
        return;
    }
    match items.last_mut() {
        Some(last) if last.body == FIXED && last.end as usize == range.start => {
            last.end = super::blocks::offset(range.end);
        }
        _ => items.push(Item::new(range.clone(), range.start, FIXED)),
    }
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

/// The words `text` (a statement, from its first token) binds, or may: its targets' words, or
/// all of them for a statement that binds otherwise (an import, `global`, a walrus, ...:
/// `windows.rs`'s context).
fn bound(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    let end = match role(text) {
        Role::Context => text.len(),
        Role::Candidate { targets } => targets,
    };
    names(text).take_while(move |(at, _)| *at < end).map(|(_, word)| word)
}

/// Whether `text` reads a name of `tainted` other than as the receiver of an attribute (what
/// an attribute of it holds is a use only if the attribute's name is a catalogue word, which
/// marks the statement): called, handed on, bound to another name.
fn reads_tainted(text: &[u8], tainted: &HashSet<&[u8], BuildWordHash>) -> bool {
    !tainted.is_empty()
        && names(text).any(|(at, word)| {
            let after = &text[at + word.len()..];
            let next = after.iter().find(|&&byte| !matches!(byte, b' ' | b'\t'));
            next != Some(&b'.') && tainted.contains(word)
        })
}

/// The first token of each logical line of a definition's `span` (which starts at a line's
/// start), outside brackets, strings, comments and continued lines: the lines the scan notes
/// only for module-level code. None when the span holds an f-string (its replacement fields
/// may hold quotes of its own kind since Python 3.12: where the string ends is the scan's to
/// say) or a line ended by a lone `\r`.
struct LogicalLines<'b> {
    bytes: &'b [u8],
    at: usize,
    end: usize,
    depth: usize,
    line_start: bool,
}

impl<'b> LogicalLines<'b> {
    fn new(bytes: &'b [u8], span: Range<usize>) -> Option<Self> {
        let text = &bytes[span.clone()];
        let mut at = 0;
        let mut f_string = false;
        while let Some(quote) = memchr::memchr2(b'"', b'\'', &text[at..]).map(|quote| at + quote) {
            let prefix = text[..quote].iter().rev().take_while(|&&byte| is_word_byte(byte));
            f_string |= prefix.take(3).any(|&byte| matches!(byte, b'f' | b'F' | b't' | b'T'));
            at = crate::syntax::string_literal_end(text, quote).max(quote + 1);
        }
        let lone_return = memchr::memchr_iter(b'\r', text).any(|at| text.get(at + 1) != Some(&b'\n'));
        (!f_string && !lone_return).then_some(LogicalLines {
            bytes,
            at: span.start,
            end: span.end,
            depth: 0,
            line_start: true,
        })
    }
}

impl Iterator for LogicalLines<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let bytes = self.bytes;
        while self.at < self.end {
            let byte = bytes[self.at];
            if self.line_start && !matches!(byte, b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' | b'#' | b'\\') {
                self.line_start = false;
                return Some(self.at);
            }
            match byte {
                b'#' => {
                    self.at = memchr::memchr(b'\n', &bytes[self.at..self.end])
                        .map_or(self.end, |end| self.at + end);
                    continue;
                }
                b'"' | b'\'' => {
                    self.at = crate::syntax::string_literal_end(bytes, self.at);
                    continue;
                }
                b'(' | b'[' | b'{' => self.depth += 1,
                b')' | b']' | b'}' => self.depth = self.depth.saturating_sub(1),
                b'\\' => {
                    // A continued line: the next one is part of this one.
                    let next = bytes.get(self.at + 1..).unwrap_or_default();
                    self.at +=
                        1 + usize::from(next.starts_with(b"\n")) + 2 * usize::from(next.starts_with(b"\r\n"));
                    continue;
                }
                b'\n' => self.line_start = self.depth == 0,
                _ => {}
            }
            self.at += 1;
        }
        None
    }
}

/// The start of the line whose first token is at `token`: after a line break and blanks
/// (spaces and tabs), or the text's start; none when anything else comes before the token on
/// its line.
fn line_start(bytes: &[u8], token: usize) -> Option<usize> {
    let blanks = bytes[..token].iter().rev().take_while(|&&byte| matches!(byte, b' ' | b'\t')).count();
    let line = token - blanks;
    (line == 0 || bytes[line - 1] == b'\n').then_some(line)
}

impl<'b> Blocks<'b> {
    /// Whether `part` (a definition's, [`Blocks::parts`]) holds a function body bigger than
    /// `threshold`: a top-level function's whole part, or a method's. A part no bigger holds
    /// none (one comparison for most).
    pub(super) fn has_big_body(&self, part: &Range<usize>, threshold: usize) -> bool {
        if part.len() <= threshold {
            return false;
        }
        let Some(index) = self.list.partition_point(|block| block.start() <= part.start).checked_sub(1)
        else {
            return false;
        };
        let block = &self.list[index];
        if block.class.is_none() {
            return block.function_name().is_some() && block.start() == part.start;
        }
        self.methods(index, part).any(|(_, span)| span.len() > threshold)
    }

    /// The methods of class `index` whose lines start in `part`: each member's index and its
    /// span (to the next member's start, or the part's end).
    fn methods<'s>(
        &'s self,
        index: usize,
        part: &Range<usize>,
    ) -> impl Iterator<Item = (usize, Range<usize>)> + 's {
        let members = self.list[index].class.as_ref().map_or(&[][..], |body| &body.members[..]);
        let part = part.clone();
        (0..members.len()).filter_map(move |at| {
            let member = &members[at];
            let end = members.get(at + 1).map_or(part.end, |next| next.start.min(part.end));
            (member.kind == BlockKind::Definition && part.contains(&member.start))
                .then_some((at, member.start..end))
        })
    }

    /// The byte ranges of `parts` worth parsing when one of them holds a big function body
    /// ([`Self::has_big_body`]): the module-level statements `keep` says, the definitions'
    /// parts, less the plain statements of big bodies that cannot matter (the module's
    /// documentation). `calls`: where the calls the prefilter noted are, in order.
    pub(super) fn bodies_kept(
        &self,
        parts: &[(BlockKind, Range<usize>)],
        calls: &[usize],
        threshold: usize,
        mut keep: impl FnMut(&Range<usize>) -> bool,
    ) -> Vec<Range<usize>> {
        let spelled = self.functions_named(parts);
        let cut = |name: &[u8]| {
            !spelled.contains(name)
                && !stdlib::SET_UP_METHODS
                    .iter()
                    .chain(stdlib::CONSTRUCTION_METHODS)
                    .chain(&["__getattr__"])
                    .any(|method| method.as_bytes() == name)
        };
        let mut items = Vec::new();
        let mut bodies = Bodies::default();
        for (kind, part) in parts {
            if *kind == BlockKind::Other {
                for statement in self.code_statements(part.clone()) {
                    if keep(&statement) {
                        items.push(Item::new(statement.clone(), statement.start, MODULE));
                    }
                }
            } else if self.has_big_body(part, threshold) {
                self.definition_units(part, (threshold, calls), &cut, &mut items, &mut bodies);
            } else {
                push_fixed(&mut items, part.clone());
            }
        }
        let flags = self.decide(&items, calls, &bodies.reached);
        let mut has_kept = bodies.has_kept;
        for (item, flag) in items.iter().zip(&flags) {
            if item.body < MODULE && flag & KEPT != 0 {
                has_kept[item.body as usize] = true;
            }
        }
        let mut ranges = Vec::new();
        let mut last_body = None;
        for (item, flag) in items.iter().zip(&flags) {
            if item.body >= MODULE {
                super::merge(&mut ranges, item.range());
                continue;
            }
            // A body none of whose statements is kept keeps its first.
            let first = last_body != Some(item.body);
            last_body = Some(item.body);
            if flag & KEPT != 0 || (first && !has_kept[item.body as usize]) {
                super::merge(&mut ranges, item.range());
            }
        }
        ranges
    }

    /// Pushes the units of `part` (a definition's, with a big body) to `items`: its big
    /// functions' fixed runs and plain statements (each a body, noted in `bodies`), the rest in
    /// fixed runs.
    fn definition_units(
        &self,
        part: &Range<usize>,
        (threshold, calls): (usize, &[usize]),
        cut: &impl Fn(&[u8]) -> bool,
        items: &mut Vec<Item>,
        bodies: &mut Bodies<'b>,
    ) {
        let bytes = self.bytes;
        let Some(index) = self.list.partition_point(|block| block.start() <= part.start).checked_sub(1)
        else {
            return push_fixed(items, part.clone());
        };
        let block = &self.list[index];
        let mut function = |span: Range<usize>, header: &[u8], name: &'b [u8], items: &mut Vec<Item>| {
            let mark = items.len();
            let body = u32::try_from(bodies.has_kept.len()).expect("fewer bodies than bytes");
            match self.function_units(span.clone(), header, body, items) {
                Some(kept) => {
                    bodies.has_kept.push(kept);
                    if self.may_hold_a_use(Item::new(span.clone(), span.start, FIXED), calls, false) {
                        bodies.reached.push(name);
                    }
                }
                None => {
                    items.truncate(mark);
                    push_fixed(items, span);
                }
            }
        };
        if block.class.is_none() {
            if let Some(name) =
                block.function_name().map(|name| &bytes[name.start..name.end]).filter(|name| cut(name))
            {
                function(part.clone(), b"", name, items);
            } else {
                push_fixed(items, part.clone());
            }
            return;
        }
        let body = block.class.as_ref().filter(|body| !body.broken);
        let Some(indent) = body.and_then(|body| body.indent) else {
            return push_fixed(items, part.clone());
        };
        let header = &bytes[indent.start..indent.end];
        let members = &block.class.as_ref().map_or(&[][..], |body| &body.members[..]);
        let mut fixed = part.start;
        for (at, span) in self.methods(index, part) {
            let name = members[at].name.map(|name| &bytes[name.start..name.end]);
            if let Some(name) = name.filter(|name| span.len() > threshold && cut(name)) {
                push_fixed(items, fixed..span.start);
                fixed = span.end;
                function(span, header, name, items);
            }
        }
        push_fixed(items, fixed..part.end);
    }

    /// Pushes the units of the function at `span` (its decorators, `def` and body), whose
    /// `def` is indented by `header`, to `items` (its statements of body number `body`), and
    /// returns whether a statement of its body is kept whatever it spells; none when its lines
    /// are not indented as Python reads them (then the items pushed are not all of it).
    fn function_units(
        &self,
        span: Range<usize>,
        header: &[u8],
        body: u32,
        items: &mut Vec<Item>,
    ) -> Option<bool> {
        let bytes = self.bytes;
        let (mut fixed, mut indent_of_body, mut open, mut kept) = (span.start, None::<&[u8]>, None, false);
        for token in LogicalLines::new(bytes, span.clone())? {
            let line = line_start(bytes, token).filter(|&line| line >= span.start)?;
            let indent = &bytes[line..token];
            if let Some((open_token, open_line)) = open.take() {
                if indent_of_body.is_some_and(|body: &[u8]| indent.len() > body.len()) {
                    return None; // more indented after a plain statement
                }
                push_fixed(items, fixed..open_line);
                items.push(Item::new(open_line..line, open_token, body));
                fixed = line;
            }
            match indent_of_body {
                // Decorators and the `def` line, then the body's first line.
                None if indent.len() > header.len() && indent.starts_with(header) => {
                    indent_of_body = Some(indent);
                }
                None if indent == header => continue,
                Some(body) if indent.len() > body.len() && indent.starts_with(body) => continue,
                Some(body) if indent == body => {}
                _ => return None,
            }
            if compound_or_string(&bytes[token..]) {
                kept = true;
            } else {
                open = Some((token, line));
            }
        }
        if let Some((open_token, open_line)) = open {
            push_fixed(items, fixed..open_line);
            items.push(Item::new(open_line..span.end, open_token, body));
            fixed = span.end;
        }
        push_fixed(items, fixed..span.end);
        Some(kept)
    }

    /// Whether `item` may hold a use: a statement marked or holding a call the prefilter
    /// noted; a fixed run, any of its statements. With `bound_only`, only what may bind a name
    /// to a use counts: a mark, or a callable the prefilter saw handed on as a value (`P =
    /// Path`), not a call's brackets (what a call returns is a use only through an attribute
    /// or a call of its own, which the prefilter notes where it is).
    fn may_hold_a_use(&self, item: Item, calls: &[usize], bound_only: bool) -> bool {
        let range = if item.body == FIXED { item.range() } else { item.read() };
        let mut within =
            calls[calls.partition_point(|&at| at < range.start)..].iter().take_while(|&&at| at < range.end);
        if within.any(|&at| !bound_only || self.bytes[at] != b'(') {
            return true;
        }
        if item.body == MODULE {
            return self.is_marked(range.start);
        }
        self.mentions_a_word(range)
    }

    /// Whether `range` (of a definition's) spells a catalogue or context word in a form that
    /// may make it hold a use ([`super::words::Words::marks`]), the form read from the bytes
    /// around the word: after a dot, before `=` after a bracket, after `def`; in a string (any word, when the
    /// range holds a quote) or an import (when it spells `import`). A superset of the
    /// statements the scan would mark: the scan notes marks only in module-level code (every
    /// file would pay for a mark a statement of a body).
    fn mentions_a_word(&self, range: Range<usize>) -> bool {
        let words = super::words::words();
        let text = &self.bytes[range];
        let mut everywhere = 0;
        if memchr::memchr2(b'"', b'\'', text).is_some() {
            everywhere |= Mention::STRING;
        }
        if memchr::memmem::find(text, b"import").is_some() {
            everywhere |= Mention::IN_IMPORT | Mention::IMPORTED;
        }
        let mut at = 0;
        while at < text.len() {
            if !is_word_byte(text[at]) {
                at += 1;
                continue;
            }
            let end = word_end(text, at).max(at + 1);
            if let Some(id) = words.lookup(&text[at..end]) {
                let before = text[..at].iter().rev().find(|&&byte| !matches!(byte, b' ' | b'\t'));
                let after = text[end..].iter().position(|&byte| !matches!(byte, b' ' | b'\t'));
                let mut form = everywhere;
                if before == Some(&b'.') {
                    form |= Mention::MEMBER | Mention::AFTER_ALIAS;
                }
                // A keyword argument's name is inside brackets (`x = 1` names no keyword).
                let bracket = memchr::memchr3(b'(', b'[', b'{', &text[..at]).is_some();
                if bracket
                    && after.is_some_and(|after| {
                        text[end + after..].starts_with(b"=") && !text[end + after..].starts_with(b"==")
                    })
                {
                    form |= Mention::KEYWORD;
                }
                if after_def(&text[..at]) {
                    form |= Mention::DEFINED;
                }
                if words.marks(&Mention { id, form, parent: None }) {
                    return true;
                }
            }
            at = end;
        }
        false
    }
}

/// The words kept code reads (`needed`) and binds to what may hold a use (`tainted`), and the
/// names the parsed code defines ([`Blocks::decide`]).
#[derive(Default)]
struct Words<'b> {
    needed: HashSet<&'b [u8], BuildWordHash>,
    tainted: HashSet<&'b [u8], BuildWordHash>,
    defined: HashMap<&'b [u8], (), BuildWordHash>,
}

impl<'b> Blocks<'b> {
    /// Each item's flags: [`KEPT`] (a plain statement of a body: kept; the others always are)
    /// and [`TAINTS`] (kept, and it may hold a use or reads a name bound to one: what it binds
    /// is tainted), to the fixed point the module's documentation says.
    fn decide(&self, items: &[Item], calls: &[usize], reached: &[&'b [u8]]) -> Vec<u8> {
        let bytes: &'b [u8] = self.bytes;
        let text = |item: Item| -> &'b [u8] { &bytes[item.read()] };
        let mut words = Words::default();
        for item in
            items.iter().filter(|item| item.body == FIXED && self.may_hold_a_use(**item, calls, false))
        {
            defined_in(text(*item), &mut words.defined);
        }
        words.defined.extend(reached.iter().map(|name| (*name, ())));
        let mut flags = vec![0u8; items.len()];
        for (item, flag) in items.iter().zip(&mut flags) {
            let kept = item.body >= MODULE || item.end as usize == bytes.len() || {
                let (kept, mut names) = read(self, &item.read(), calls);
                let kept = kept || self.may_hold_a_use(*item, calls, false);
                let defines = names.any(|word| words.defined.contains_key(word));
                kept || defines || names.keeps
            };
            if kept {
                *flag = KEPT;
                words.needed.extend(names(text(*item)).map(|(_, word)| word));
            }
        }
        for pass in 0..MAX_PASSES {
            let mut changed = false;
            let mut visit = |index: usize| {
                let (item, flag) = (items[index], &mut flags[index]);
                let text = text(item);
                if *flag & KEPT == 0
                    && (reads_tainted(text, &words.tainted)
                        || bound(text).any(|word| words.needed.contains(word)))
                {
                    *flag |= KEPT;
                    words.needed.extend(names(text).map(|(_, word)| word));
                    changed = true;
                }
                if *flag & (KEPT | TAINTS) == KEPT
                    && (self.may_hold_a_use(item, calls, true) || reads_tainted(text, &words.tainted))
                {
                    *flag |= TAINTS;
                    if item.body == FIXED {
                        words.tainted.extend(names(text).map(|(_, word)| word));
                    } else {
                        words.tainted.extend(bound(text));
                    }
                    changed = true;
                }
            };
            if pass % 2 == 0 {
                (0..items.len()).for_each(&mut visit);
            } else {
                (0..items.len()).rev().for_each(&mut visit);
            }
            if !changed {
                return flags;
            }
        }
        // Not settled: every statement is kept.
        vec![KEPT; items.len()]
    }

    /// The names of the functions and methods of `parts` that the code of `parts` spells
    /// elsewhere than after `def` (a call, a reference): the semantic model reads the bodies of
    /// such helpers whole (whether their one `return` tests like `hasattr`, the checks a helper
    /// method makes, walks bounded by a count of nodes), so they are not cut. Names count in code
    /// and f-strings' fields, not in comments nor other strings.
    fn functions_named(&self, parts: &[(BlockKind, Range<usize>)]) -> HashSet<&'b [u8], BuildWordHash> {
        let bytes: &'b [u8] = self.bytes;
        let mut names: HashSet<&'b [u8], BuildWordHash> = HashSet::default();
        for (_, part) in parts.iter().filter(|(kind, _)| *kind == BlockKind::Definition) {
            let Some(index) = self.list.partition_point(|block| block.start() <= part.start).checked_sub(1)
            else {
                continue;
            };
            let block = &self.list[index];
            if let Some(name) = block.function_name() {
                names.insert(&bytes[name.start..name.end]);
            }
            for member in self.members(index) {
                if let Some(name) = member.name.filter(|_| member.kind == BlockKind::Definition) {
                    names.insert(&bytes[name.start..name.end]);
                }
            }
        }
        let mut shapes = Shapes::default();
        for name in &names {
            shapes.add(name);
        }
        let mut spelled = HashSet::default();
        for (_, part) in parts {
            let text = &bytes[part.clone()];
            for word in code_word_runs(text) {
                let found = &text[word.clone()];
                if shapes.may_hold(found) && names.contains(found) && !after_def(&text[..word.start]) {
                    spelled.insert(found);
                }
            }
        }
        spelled
    }
}
