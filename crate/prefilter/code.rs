//! Which statements of module-level code a check parses: those that may hold a use or change
//! what the code kept reads, not every statement of the module.
//!
//! The semantic model reads a statement of module-level code for what it binds (a name the
//! kept code reads, to a fixed point: `configparser = ConfigParser`, `PY3 = ...` then `if
//! PY3:`), for what names a function of the file (every call of it, for its parameters' classes;
//! every mention, for whether it runs), and for the flow around the kept code (an earlier `if
//! ...: raise`, an `assert`, a star import). A statement binds a name only where it spells it
//! (`import`, `=`, `for`, `with`, `global`, `del`, a walrus: each spells the name it binds), a
//! call of a function spells its name, and what resolves to something resolves through names.
//! So a statement is kept when it mentions a catalogue or context word or holds a call the
//! prefilter noted (it may hold a use), when it is a compound statement (`if`, `try`, `for`,
//! `while`, `with`, `match`: guards and flow), a string (the module's docstring, after which
//! a fix's import goes), or spells a keyword that binds or leaves (`import`, `global`,
//! `nonlocal`, `del`, `raise`, `return`, `yield`, `assert`, `break`, `continue`); and, to a fixed
//! point, when it shares a word (no keyword, no number) with what is kept: the definitions the
//! plan keeps and the statements kept. A statement that shares none cannot change what the
//! model says of the kept code: most of a big module's tables, constants and registrations.

use super::blocks::{BlockKind, Blocks};
use super::code_words::code_word_runs;
use super::lexer::{is_string_prefix, word_end};
use super::selection::Shapes;
use crate::hash::BuildWordHash;
use std::collections::HashMap;
use std::ops::Range;

/// Python's keywords: words no statement binds, so one that spells them needs no other that
/// does (else every import statement would keep every other, through `import`). The soft
/// keywords (`match`, `case`, `type`, `_`) are names too, and are not here.
pub(crate) const KEYWORDS: &[&[u8]] = &[
    b"False",
    b"None",
    b"True",
    b"and",
    b"as",
    b"assert",
    b"async",
    b"await",
    b"break",
    b"class",
    b"continue",
    b"def",
    b"del",
    b"elif",
    b"else",
    b"except",
    b"finally",
    b"for",
    b"from",
    b"global",
    b"if",
    b"import",
    b"in",
    b"is",
    b"lambda",
    b"nonlocal",
    b"not",
    b"or",
    b"pass",
    b"raise",
    b"return",
    b"try",
    b"while",
    b"with",
    b"yield",
];

/// What a word of a statement says about keeping it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Word {
    /// A keyword that binds a name without spelling it in a form the fixed point follows
    /// (`import`, star imports), binds or unbinds at module level (`global`, `nonlocal`, `del`),
    /// or leaves (`raise`, `return`, `yield`, `assert`, `break`, `continue`): the statement
    /// is kept.
    Keeps,
    /// Another keyword: nothing to follow.
    Keyword,
    /// A name (or a soft keyword): followed.
    Name,
}

fn word_kind(word: &[u8]) -> Word {
    match word {
        b"import" | b"global" | b"nonlocal" | b"del" | b"raise" | b"return" | b"yield" | b"assert"
        | b"break" | b"continue" => Word::Keeps,
        _ if KEYWORDS.contains(&word) => Word::Keyword,
        _ => Word::Name,
    }
}

/// Whether the statement `code` (from its first token) is kept whatever it spells: a compound
/// statement (its first word `if`, `try`, `for`, `while`, `with`, `async`, `match`; `class`
/// and `def` start no module-level code) or a string (a docstring).
pub(super) fn kept_by_its_start(code: &[u8]) -> bool {
    let Some(&first) = code.first() else {
        return false;
    };
    if matches!(first, b'"' | b'\'') {
        return true;
    }
    let end = word_end(code, 0);
    let word = &code[..end];
    matches!(word, b"if" | b"try" | b"for" | b"while" | b"with" | b"async" | b"match")
        || (matches!(code.get(end), Some(b'"' | b'\'')) && is_string_prefix(word))
}

/// A union-find over the words that statements of module-level code spell (by node: node 0
/// stands for what is kept). A statement joins its words' sets, and a kept one joins them to
/// node 0's: a statement is kept when it is kept whatever it spells or one of its words ends
/// in node 0's set. Each set's root is its least node. A node a word, not a statement: a
/// million lines of `x = 1` take one node.
struct Sets<'b> {
    parent: Vec<u32>,
    /// The node of each word spelled.
    nodes: HashMap<&'b [u8], u32, BuildWordHash>,
}

impl<'b> Sets<'b> {
    fn find(&mut self, mut node: u32) -> u32 {
        while self.parent[node as usize] != node {
            let grandparent = self.parent[self.parent[node as usize] as usize];
            self.parent[node as usize] = grandparent;
            node = grandparent;
        }
        node
    }

    fn join(&mut self, a: u32, b: u32) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.parent[a.max(b) as usize] = a.min(b);
        }
    }

    /// The node of `word`, a new one if it has none.
    fn node(&mut self, word: &'b [u8]) -> u32 {
        let next = u32::try_from(self.parent.len()).expect("a text of at most 4 GiB");
        let node = *self.nodes.entry(word).or_insert(next);
        if node == next {
            self.parent.push(next);
        }
        node
    }

    fn kept(&mut self, word: &[u8]) -> bool {
        match self.nodes.get(word) {
            Some(&node) => self.find(node) == 0,
            None => false,
        }
    }
}

/// A statement of module-level code, read: whether it is kept whatever it spells, and the
/// words it spells that name something (neither keywords nor numbers).
pub(super) fn read<'b>(blocks: &Blocks<'b>, statement: &Range<usize>, calls: &[usize]) -> (bool, Names<'b>) {
    let text: &'b [u8] = &blocks.bytes[statement.clone()];
    let kept = kept_by_its_start(text)
        || blocks.is_marked(statement.start)
        || calls[calls.partition_point(|&at| at < statement.start)..]
            .first()
            .is_some_and(|&at| at < statement.end);
    (kept, Names { text, words: code_word_runs(text), keeps: false })
}

/// The names a statement spells ([`read`]); `keeps` is set once a keyword that keeps the
/// statement has gone by ([`Word::Keeps`]).
pub(super) struct Names<'b> {
    text: &'b [u8],
    words: super::code_words::CodeWordRuns<'b>,
    pub(super) keeps: bool,
}

impl<'b> Iterator for Names<'b> {
    type Item = &'b [u8];

    fn next(&mut self) -> Option<&'b [u8]> {
        loop {
            let word = &self.text[self.words.next()?];
            if word[0].is_ascii_digit() {
                continue;
            }
            match word_kind(word) {
                Word::Keeps => self.keeps = true,
                Word::Keyword => {}
                Word::Name => return Some(word),
            }
        }
    }
}

impl Blocks<'_> {
    /// The byte ranges of `parts` ([`Blocks::parts`]: the kind of each part's statement and its
    /// range) worth parsing, merged: the definitions' parts, and of each run of module-level
    /// code the statements the module's documentation says are kept. `calls`: where the calls
    /// the prefilter noted are (their brackets, or the callables handed on), in order. The
    /// statements are read twice (their words are not kept: the words' sets are). A part that
    /// holds a function body bigger than `body_bytes` is parsed less the plain statements of
    /// its big bodies that cannot matter ([`super::bodies`]).
    pub(super) fn code_kept(
        &self,
        parts: &[(BlockKind, Range<usize>)],
        calls: &[usize],
        body_bytes: usize,
    ) -> Vec<Range<usize>> {
        let bytes = self.bytes;
        let code = || parts.iter().filter(|(kind, _)| *kind == BlockKind::Other);
        let mut sets = Sets { parent: vec![0], nodes: HashMap::default() };
        let mut left = false;
        for (_, run) in code() {
            for statement in self.code_statements(run.clone()) {
                let (kept, mut names) = read(self, &statement, calls);
                let first = names.next().map(|word| sets.node(word));
                for word in names.by_ref() {
                    let node = sets.node(word);
                    sets.join(node, first.unwrap_or(0));
                }
                if kept || names.keeps {
                    sets.join(first.unwrap_or(0), 0);
                } else {
                    left = true;
                }
            }
        }
        // What the definitions kept spell keeps the statements that spell it too.
        if left {
            let mut shapes = Shapes::default();
            for word in sets.nodes.keys() {
                shapes.add(word);
            }
            for (_, part) in parts.iter().filter(|(kind, _)| *kind != BlockKind::Other) {
                let text = &bytes[part.clone()];
                for word in code_word_runs(text) {
                    let word = &text[word];
                    if !shapes.may_hold(word) {
                        continue;
                    }
                    if let Some(&node) = sets.nodes.get(word) {
                        sets.join(node, 0);
                    }
                }
            }
        }
        // A statement that runs to the end of the file may be broken (an unclosed bracket or
        // string swallows the rest of the file), and tree-sitter's recovery over it may reach
        // back: it is kept, alone (what it spells keeps no other).
        let mut keep = |statement: &Range<usize>| {
            !left || statement.end == bytes.len() || {
                let (kept, mut names) = read(self, statement, calls);
                kept || names.any(|word| sets.kept(word)) || names.keeps
            }
        };
        let definitions = || parts.iter().filter(|(kind, _)| *kind != BlockKind::Other);
        if definitions().any(|(_, part)| self.has_big_body(part, body_bytes)) {
            return self.bodies_kept(parts, calls, body_bytes, keep);
        }
        let mut ranges = Vec::new();
        for (kind, part) in parts {
            if *kind != BlockKind::Other {
                super::merge(&mut ranges, part.clone());
                continue;
            }
            for statement in self.code_statements(part.clone()) {
                if keep(&statement) {
                    super::merge(&mut ranges, statement);
                }
            }
        }
        ranges
    }
}
