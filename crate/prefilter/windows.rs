//! Checking a big module in windows, so that its syntax tree is bounded by the largest window
//! and not by the module.
//!
//! The plan's module-level statements are split in two. The *windowed* ones are plain
//! statements that only read what the rest of the module says, and that nothing else reads:
//! `imp.reload(m)`, or `x = ast.Num` where `x` is bound by no other kind of statement and read
//! nowhere. The *context* is everything else the plan keeps: the definitions, the compound
//! statements, the imports and every statement that spells a keyword that keeps it
//! (`code.rs`), the strings (a docstring), a statement that binds a name some other statement
//! or definition spells (`cls.assertNotEquals = ...`, `PARSER = object()`), a statement that
//! spells a name a definition of the file defines (call sites say what a parameter holds, and
//! a mention makes a function reached), one that spells a dunder name or reaches the module's
//! namespace (`globals`, `setattr`, ...), or a comprehension, lambda or walrus (a scope or a
//! binding of its own), and the module's first and last statements. Each window is parsed and
//! checked with the whole context: what a windowed statement's findings are depends only on
//! the context (and on the statements before it in its block: see the lead-in), never on
//! another windowed statement. The findings of a window are those of its own statements and of
//! the context between its last statement and the next window's first (the first window: and
//! the context before it).
//!
//! Some rules look back over the 64 statements before a use in its block (an early exit, a
//! helper's check, an assignment to the same attribute), in windowed statements and context
//! alike: each window is parsed with the 64 statements before its first (the *lead-in*,
//! findings not kept), so that the statements a use in the window or in the context after it
//! looks back over are those of the plan's whole parse.
//!
//! A window holds at least as many bytes as the context, so that the parses take at most about
//! twice the work of one parse of the plan, [`WINDOW_BYTES`] at least, and a sixteenth of the
//! windowed statements at least (each check reads the whole text a few times more).

use super::blocks::{BlockKind, Blocks};
use super::code::{kept_by_its_start, KEYWORDS};
use super::code_words::code_word_runs;
use crate::hash::BuildWordHash;
use std::collections::HashMap;
use std::ops::Range;

/// Module-level code (the plan's) is checked in windows when its windowed statements take more
/// than this many bytes; a window holds at least this many bytes of them.
pub const WINDOW_BYTES: usize = 1 << 20;

/// The most windows a module is checked in (but with a threshold of 0): each check reads the
/// whole text again a few times (its lines, its words for the fixes), so more windows would
/// make a check's time grow with the square of the module's size.
const MAX_WINDOWS: usize = 16;

/// How many statements before a use some rules look back over (`semantic::flow`, `narrowing`,
/// `definitions`): a window's lead-in.
const LOOK_BACK: u32 = 64;

/// The threshold in force: [`WINDOW_BYTES`], or (native builds, for tests) the value of the
/// environment variable `PYSUNSET_WINDOW_BYTES` (0: one windowed statement a window).
pub fn window_bytes() -> usize {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static FORCED: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
        if let Some(forced) =
            *FORCED.get_or_init(|| std::env::var("PYSUNSET_WINDOW_BYTES").ok()?.parse().ok())
        {
            return forced;
        }
    }
    WINDOW_BYTES
}

/// A module's plan split into windows ([`super::Plan::Windows`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Windows {
    /// What every window parses: the definitions and the context statements, merged.
    context: Vec<Range<usize>>,
    /// The windowed statements, in order.
    statements: Vec<Range<usize>>,
    /// Each window: the index of its lead-in's first statement, and its own statements' range
    /// of indices (in [`Self::statements`]).
    windows: Vec<(usize, Range<usize>)>,
}

impl Windows {
    /// How many windows (parses) there are.
    pub fn len(&self) -> usize {
        self.windows.len()
    }

    /// Whether there is no window (never: a plan of windows has at least two).
    pub fn is_empty(&self) -> bool {
        self.windows.is_empty()
    }

    /// The byte ranges window `window` parses, in order, merged: the context, its lead-in and
    /// its statements.
    pub fn ranges(&self, window: usize) -> Vec<Range<usize>> {
        let (lead, ref own) = self.windows[window];
        self.with_context(&self.statements[lead..own.end])
    }

    /// What the windows parse together (the plan's ranges), in order, merged.
    pub fn parsed(&self) -> Vec<Range<usize>> {
        self.with_context(&self.statements)
    }

    /// `statements` (some of [`Self::statements`], in order) and the context, in order, merged.
    fn with_context(&self, statements: &[Range<usize>]) -> Vec<Range<usize>> {
        let mut ranges = Vec::with_capacity(self.context.len() + statements.len());
        let mut context = self.context.iter().cloned().peekable();
        for statement in statements {
            while let Some(range) = context.next_if(|range| range.start < statement.start) {
                super::merge(&mut ranges, range);
            }
            super::merge(&mut ranges, statement.clone());
        }
        context.for_each(|range| super::merge(&mut ranges, range));
        ranges
    }

    /// Whether a finding that starts at `offset` belongs to window `window`'s check: it is in
    /// one of the window's own statements, or in the context after the window's last statement
    /// before it (the first window: before any). That window parses the 64 statements before
    /// the context's statement, as the plan's whole parse does.
    pub fn holds(&self, window: usize, offset: usize) -> bool {
        let at = self.statements.partition_point(|statement| statement.end <= offset);
        let windowed = self.statements.get(at).is_some_and(|statement| statement.start <= offset);
        let owner = match (windowed, at) {
            (true, at) => at,
            (false, 0) => return window == 0,
            (false, after) => after - 1,
        };
        self.windows[window].1.contains(&owner)
    }

    /// The same windows, for the text past its first `shift` bytes (a prelude's).
    pub(super) fn shifted(self, shift: usize) -> Self {
        let back = |range: Range<usize>| range.start.max(shift) - shift..range.end - shift;
        Self {
            context: self.context.into_iter().filter(|range| range.end > shift).map(back).collect(),
            statements: self.statements.into_iter().map(back).collect(),
            windows: self.windows,
        }
    }
}

/// What a statement of module-level code is to the windows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Context,
    /// A windowed statement, if its targets are bound nowhere else and it names no definition;
    /// the words that start before `targets` are what it binds (or may: a comparison's left
    /// side counts too).
    Candidate {
        targets: usize,
    },
}

/// Words that put a statement in the context: what binds, leaves or opens a scope
/// (`code.rs`'s keeping keywords, `lambda`, comprehensions) and what reaches the module's
/// namespace by name.
const CONTEXT_WORDS: &[&[u8]] = &[
    b"import",
    b"global",
    b"nonlocal",
    b"del",
    b"raise",
    b"return",
    b"yield",
    b"assert",
    b"break",
    b"continue",
    b"lambda",
    b"for",
    b"async",
    b"await",
    b"class",
    b"def",
    b"globals",
    b"locals",
    b"vars",
    b"setattr",
    b"delattr",
    b"exec",
    b"eval",
    b"builtins",
];

/// The role of the statement `text` by its own text.
pub(super) fn role(text: &[u8]) -> Role {
    if kept_by_its_start(text) {
        return Role::Context;
    }
    for word in code_word_runs(text) {
        let word = &text[word];
        if CONTEXT_WORDS.contains(&word) || word.starts_with(b"__") {
            return Role::Context;
        }
    }
    let (mut depth, mut at, mut targets, mut annotated) = (0usize, 0, 0, false);
    while let Some(&byte) = text.get(at) {
        match byte {
            b'#' => at = memchr::memchr(b'\n', &text[at..]).map_or(text.len(), |end| at + end),
            b'"' | b'\'' => {
                at = crate::syntax::string_literal_end(text, at);
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b':' if text.get(at + 1) == Some(&b'=') => return Role::Context,
            b':' if depth == 0 => annotated = true,
            b'=' if text.get(at + 1) == Some(&b'=') => at += 1,
            b'=' if depth == 0 && !matches!(at.checked_sub(1).map(|before| text[before]), Some(b'!')) => {
                targets = at + 1;
            }
            _ => {}
        }
        at += 1;
    }
    if annotated && targets == 0 {
        targets = text.len();
    }
    Role::Candidate { targets }
}

/// The names of a text: its words less keywords and numbers, each with its offset.
pub(super) fn names(text: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    code_word_runs(text)
        .map(move |word| (word.start, &text[word]))
        .filter(|(_, word)| !word[0].is_ascii_digit() && !KEYWORDS.contains(word))
}

/// Whether the word `word` at `at` in `text` is read where it stands, not bound: the object of
/// an attribute, a subscript or a call (`ftp` of `ftp.ssl_version = ...`, `table[key] = ...`).
fn reads(text: &[u8], at: usize, word: &[u8]) -> bool {
    let after = &text[at + word.len()..];
    let next = after.iter().position(|byte| !matches!(byte, b' ' | b'\t'));
    next.is_some_and(|next| matches!(after[next], b'.' | b'[' | b'('))
}

/// The words that follow `def` or `class` in `text`: the names its definitions define.
pub(super) fn defined_in<'b>(text: &'b [u8], defined: &mut HashMap<&'b [u8], (), BuildWordHash>) {
    let mut after_definition = false;
    for word in code_word_runs(text) {
        let word = &text[word];
        if after_definition {
            defined.insert(word, ());
        }
        after_definition = matches!(word, b"def" | b"class");
    }
}

/// A statement of module-level code the plan keeps.
struct Statement {
    range: Range<usize>,
    /// Its place among the module's statements the plan keeps (definitions count too).
    place: u32,
    role: Role,
}

/// What the plan keeps, in order: each definition's part (`None`) and each statement of
/// module-level code kept (`Some`: its index among those statements), with its place among
/// them all.
fn each_kept(
    blocks: &Blocks<'_>,
    parts: &[(BlockKind, Range<usize>)],
    kept: &[Range<usize>],
    mut visit: impl FnMut(Range<usize>, u32, Option<u32>),
) {
    let (mut place, mut index) = (0u32, 0u32);
    let mut next_kept = 0;
    for (kind, part) in parts {
        if *kind != BlockKind::Other {
            visit(part.clone(), place, None);
            place += 1;
            continue;
        }
        for statement in blocks.code_statements(part.clone()) {
            while kept.get(next_kept).is_some_and(|range| range.end <= statement.start) {
                next_kept += 1;
            }
            if kept.get(next_kept).is_some_and(|range| range.start <= statement.start) {
                visit(statement, place, Some(index));
                place += 1;
                index += 1;
            }
        }
    }
}

/// The plan's statements split into windows, when its windowed statements take more than
/// `threshold` bytes (`parts`: the plan's parts, [`Blocks::parts`]; `kept`: the ranges it
/// parses, [`Blocks::code_kept`]). `None`: one parse.
///
/// The roles are worked out in passes that keep nothing a statement (the words bound and
/// defined are a table of the module's distinct names), and the statements are listed only
/// when the module is checked in windows: a module of two million `i = 1` lines, all context,
/// takes no memory a line here.
pub(super) fn split(
    blocks: &Blocks<'_>,
    parts: &[(BlockKind, Range<usize>)],
    kept: &[Range<usize>],
    threshold: usize,
) -> Option<Windows> {
    // Only what the plan keeps can be windowed: most modules keep less than the threshold.
    let parsed: usize = kept.iter().map(Range::len).sum();
    if parsed <= threshold {
        return None;
    }
    let bytes = blocks.bytes;
    let mut count = 0u32;
    each_kept(blocks, parts, kept, |_, _, statement| count += u32::from(statement.is_some()));
    // The first statement may be the docstring and the last may be broken (an unclosed bracket
    // swallows the rest of the file): both in every parse. What they spell counts as it would
    // elsewhere (what they bind, no other statement reads).
    let last = count.saturating_sub(1);
    let own_role = |range: &Range<usize>, index: u32| match index == 0 || index == last {
        true => Role::Context,
        false => role(&bytes[range.clone()]),
    };
    // Pass 1: what the candidates bind.
    let mut targets: HashMap<&[u8], bool, BuildWordHash> = HashMap::default();
    each_kept(blocks, parts, kept, |range, _, statement| {
        let Some(index) = statement else { return };
        if let Role::Candidate { targets: end } = own_role(&range, index) {
            let text = &bytes[range];
            for (_, word) in
                names(text).take_while(|(at, _)| *at < end).filter(|(at, word)| !reads(text, *at, word))
            {
                targets.insert(word, false);
            }
        }
    });
    // Pass 2: which of those some other statement or a definition spells, and what the
    // definitions and the context define.
    let mut defined = HashMap::default();
    each_kept(blocks, parts, kept, |range, _, statement| {
        let text = &bytes[range.clone()];
        let from = match statement.map(|index| own_role(&range, index)) {
            None | Some(Role::Context) => {
                defined_in(text, &mut defined);
                0
            }
            Some(Role::Candidate { targets }) => targets,
        };
        // A target's object is read (`ftp` of `ftp.ssl_version = ...`), not bound.
        for (_, word) in names(text).filter(|(at, word)| *at >= from || reads(text, *at, word)) {
            if let Some(elsewhere) = targets.get_mut(word) {
                *elsewhere = true;
            }
        }
    });
    // A candidate whose targets are spelled elsewhere, or that spells a name a definition
    // defines, is context.
    let final_role = |range: &Range<usize>, role: Role| match role {
        Role::Candidate { targets: end }
            if names(&bytes[range.clone()]).any(|(at, word)| {
                defined.contains_key(word)
                    || (at < end
                        && !reads(&bytes[range.clone()], at, word)
                        && targets.get(word).copied().unwrap_or(true))
            }) =>
        {
            Role::Context
        }
        role => role,
    };
    // Pass 3: how much is windowed.
    let mut windowed = 0usize;
    each_kept(blocks, parts, kept, |range, _, statement| {
        if statement.is_some_and(|index| final_role(&range, own_role(&range, index)) != Role::Context) {
            windowed += range.len();
        }
    });
    if windowed == 0 || windowed <= threshold {
        return None;
    }
    // Pass 4: the statements, listed.
    let mut definitions: Vec<Range<usize>> = Vec::new();
    let mut statements = Vec::new();
    each_kept(blocks, parts, kept, |range, place, statement| match statement {
        // A definition's part, less what the plan leaves out of its big bodies (`bodies.rs`).
        None => {
            let from = kept.partition_point(|kept| kept.end <= range.start);
            for kept in kept[from..].iter().take_while(|kept| kept.start < range.end) {
                definitions.push(kept.start.max(range.start)..kept.end.min(range.end));
            }
        }
        Some(index) => {
            let role = final_role(&range, own_role(&range, index));
            statements.push(Statement { range, place, role });
        }
    });
    let size = if threshold == 0 { 1 } else { threshold.max(parsed - windowed).max(windowed / MAX_WINDOWS) };
    let windows = windows(definitions, statements, size);
    (windows.len() > 1).then_some(windows)
}

/// The windows of `size` bytes of windowed statements or more, each with its lead-in.
fn windows(definitions: Vec<Range<usize>>, statements: Vec<Statement>, size: usize) -> Windows {
    let mut context = Vec::new();
    let mut windowed = Vec::new();
    let mut places = Vec::new();
    let mut definitions = definitions.into_iter().peekable();
    for statement in statements {
        while let Some(definition) =
            definitions.next_if(|definition| definition.start < statement.range.start)
        {
            super::merge(&mut context, definition);
        }
        if statement.role == Role::Context {
            super::merge(&mut context, statement.range);
        } else {
            windowed.push(statement.range);
            places.push(statement.place);
        }
    }
    definitions.for_each(|definition| super::merge(&mut context, definition));
    let mut windows = Vec::new();
    let mut start = 0;
    while start < windowed.len() {
        let mut end = start;
        let mut bytes = 0;
        while end < windowed.len() && bytes < size {
            bytes += windowed[end].len();
            end += 1;
        }
        let first = places[start].saturating_sub(LOOK_BACK);
        let lead = places.partition_point(|&place| place < first);
        windows.push((lead, start..end));
        start = end;
    }
    Windows { context, statements: windowed, windows }
}
