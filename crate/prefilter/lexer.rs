//! The prefilter's tokenizer: a small Python lexer that reads a file once (comments skipped,
//! strings kept apart from code), with one method per kind of token. It records what it sees
//! of the catalogue's words as [`Evidence`] and splits the file into top-level statements
//! ([`Blocks`]).

use super::blocks::{BlockKind, Blocks};
use super::calls::{Calls, StringValue};
use super::evidence::{Evidence, Mention, Pairs, Seen};
use super::words::Words;
use crate::detections::{FLOAT_WORD, PLACEHOLDER_WORD, STAR_WORD, TILDE_WORD};
use crate::hash::BuildWordHash;
use crate::lines::TextRange;
use crate::stdlib;

/// Where the lexer is within a statement.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Statement {
    /// At the start of a statement: an `import` or `from` here starts an import.
    Start,
    /// Anywhere else.
    Other,
    /// In `import a.b as c, d`: `expect_module` says a module path may start here.
    ImportNames { expect_module: bool },
    /// In `from a.b`: `relative` when the path started with a dot.
    FromModule { started: bool, relative: bool },
    /// In `from a.b import c as d, e`: `alias` right after `as`.
    FromNames { alias: bool },
}

/// Byte classes, looked up in one table instead of several comparisons per byte.
const WORD_START: u8 = 1;
const WORD: u8 = 2;
/// Nothing to note inside a string literal: no quote, backslash, line end, placeholder sign
/// nor start of a word (most of a docstring's punctuation and blanks, and digits).
const PLAIN_IN_STRING: u8 = 4;

const CLASSES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = if b.is_ascii_alphabetic() || b == b'_' || b >= 0x80 {
            WORD_START | WORD
        } else if b.is_ascii_digit() {
            WORD | PLAIN_IN_STRING
        } else if matches!(b, b'\\' | b'\'' | b'"' | b'\n' | b':' | b'@' | b'$') {
            0
        } else {
            PLAIN_IN_STRING
        };
        byte += 1;
    }
    table
};

/// What kind of token a byte starts (a dot starts a number when a digit follows it).
#[derive(Clone, Copy)]
enum Start {
    Newline,
    Blank,
    Backslash,
    Comment,
    Quote,
    Digit,
    Dot,
    Word,
    Punctuation,
}

/// The kind of token each byte starts: one look-up instead of a comparison per kind.
const STARTS: [Start; 256] = {
    let mut table = [Start::Punctuation; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = match byte as u8 {
            b'\n' => Start::Newline,
            b' ' | b'\t' | b'\r' | b'\x0c' => Start::Blank,
            b'\\' => Start::Backslash,
            b'#' => Start::Comment,
            b'\'' | b'"' => Start::Quote,
            b'0'..=b'9' => Start::Digit,
            b'.' => Start::Dot,
            _ if CLASSES[byte] & WORD_START != 0 => Start::Word,
            _ => Start::Punctuation,
        };
        byte += 1;
    }
    table
};

pub(super) fn is_word_start(byte: u8) -> bool {
    CLASSES[usize::from(byte)] & WORD_START != 0
}

pub(crate) fn is_word_byte(byte: u8) -> bool {
    CLASSES[usize::from(byte)] & WORD != 0
}

/// Whether `byte` may stand between the words of a dotted module path without being part of
/// it: spaces and line continuations (`from a . b import c`).
fn is_path_filler(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\\' | b'\r' | b'\n' | b'\x0c')
}

/// The end of the run of name characters that starts at `start`: sixteen bytes at a time with
/// SSE2 on x86-64 ([`sixteen_name_bytes`]), eight at a time ([`name_bytes`]) near the end of
/// the text and elsewhere, then a byte at a time.
pub(crate) fn word_end(bytes: &[u8], start: usize) -> usize {
    let mut at = start;
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes.get(at..at + 16).and_then(|chunk| <&[u8; 16]>::try_from(chunk).ok()) {
        let others = !sixteen_name_bytes(chunk);
        if others != 0 {
            return at + others.trailing_zeros() as usize;
        }
        at += 16;
    }
    while let Some(chunk) = eight_bytes(bytes, at) {
        let others = !name_bytes(chunk) & HIGH_BITS;
        if others != 0 {
            return at + first_marked(others);
        }
        at += 8;
    }
    while at < bytes.len() && is_word_byte(bytes[at]) {
        at += 1;
    }
    at
}

/// The end of the run of blanks (spaces, tabs, carriage returns, form feeds) that starts at
/// `start`: spaces eight at a time (indentation), the others a byte at a time.
pub(super) fn blanks_end(bytes: &[u8], start: usize) -> usize {
    let mut at = start;
    loop {
        while let Some(chunk) = eight_bytes(bytes, at) {
            let others = chunk ^ (LOW_BITS * u64::from(b' '));
            if others != 0 {
                at += first_marked(others);
                break;
            }
            at += 8;
        }
        match bytes.get(at) {
            Some(b' ' | b'\t' | b'\r' | b'\x0c') => at += 1,
            _ => return at,
        }
    }
}

/// The lowest bit of each byte of a `u64`, and the highest.
const LOW_BITS: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes at `at` as one number (the first in the lowest byte), if the text has them.
fn eight_bytes(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The index of the first byte (the lowest) of `marks` that is not zero (`marks` is not 0).
fn first_marked(marks: u64) -> usize {
    (marks.trailing_zeros() / 8) as usize
}

/// The high bit of each byte of `chunk` that is a name character (as [`is_word_byte`] says:
/// a letter, a digit, `_` or a non-ASCII byte), the other bits clear. Each test works on the
/// bytes' low seven bits, where adding at most `0x7f` to a byte never carries into the next.
fn name_bytes(chunk: u64) -> u64 {
    let ascii = chunk & !HIGH_BITS;
    // The high bit of each byte of `x + 0x80 - low` is set when the byte of `x` is `low` or more.
    let at_least = |x: u64, low: u8| x + LOW_BITS * u64::from(0x80 - low);
    let between = |x: u64, low: u8, high: u8| at_least(x, low) & !at_least(x, high + 1);
    // Setting 0x20 maps `A-Z` to `a-z`, and no other byte into `a-z`.
    let letter = between(ascii | (LOW_BITS * 0x20), b'a', b'z');
    let digit = between(ascii, b'0', b'9');
    let underscore = !at_least(ascii ^ (LOW_BITS * u64::from(b'_')), 1);
    (chunk | letter | digit | underscore) & HIGH_BITS
}

/// A bit for each byte of `chunk` (the first the lowest) that is a name character, as
/// [`is_word_byte`] says: a letter, a digit, `_` or a non-ASCII byte. About ten vector
/// instructions for the sixteen bytes, where [`name_bytes`] takes about 25 for eight: words
/// are measured at every identifier of every file (and of strings).
#[cfg(target_arch = "x86_64")]
fn sixteen_name_bytes(chunk: &[u8; 16]) -> u16 {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };
    // SAFETY: SSE2 is part of every x86-64 processor, and the load reads the sixteen bytes of
    // `chunk` (no alignment needed).
    let mask = unsafe {
        let x = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
        // A byte in `low..low + count` moved to `i8::MIN..i8::MIN + count`, then a signed
        // comparison: a range test in two instructions. Non-ASCII bytes have their sign bit set
        // already, which the mask keeps.
        let in_range = |x: __m128i, low: u8, count: u8| {
            let shifted = _mm_add_epi8(x, _mm_set1_epi8(0x80u8.wrapping_sub(low) as i8));
            _mm_cmplt_epi8(shifted, _mm_set1_epi8((0x80u8.wrapping_add(count)) as i8))
        };
        let letter = in_range(_mm_or_si128(x, _mm_set1_epi8(0x20)), b'a', 26);
        let digit = in_range(x, b'0', 10);
        let underscore = _mm_cmpeq_epi8(x, _mm_set1_epi8(b'_' as i8));
        _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), _mm_or_si128(underscore, x)))
    };
    mask as u16
}

/// Whether `prefix` (the letters before a quote) makes a string literal.
pub(super) fn is_string_prefix(prefix: &[u8]) -> bool {
    prefix.len() <= 2 && prefix.iter().all(|b| b"rRbBuUfF".contains(b))
}

/// Whether the `=` at `equals` stands alone: an assignment's or a keyword argument's, not part
/// of `==`, `<=`, `+=`, `:=` and the like.
pub(super) fn is_lone_equals(bytes: &[u8], equals: usize) -> bool {
    let before = equals.checked_sub(1).map(|index| bytes[index]);
    let compound = matches!(
        before,
        Some(b'=' | b'!' | b'<' | b'>' | b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^' | b'@' | b':')
    );
    !compound && bytes.get(equals + 1) != Some(&b'=')
}

/// The next byte after `at` that is not blank (nor, inside brackets, a line break), and where.
pub(super) fn next_significant(bytes: &[u8], mut at: usize, depth: usize) -> Option<(usize, u8)> {
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b' ' | b'\t' | b'\x0c' => at += 1,
            b'\r' | b'\n' if depth > 0 => at += 1,
            b'\\' if matches!(bytes.get(at + 1), Some(b'\n' | b'\r')) => at += 2,
            _ => return Some((at, byte)),
        }
    }
    None
}

/// What the token before the current one leaves for the next.
#[derive(Default)]
struct After {
    /// A `.`: the next word is a member.
    dot: bool,
    /// `def`: the next word is defined.
    def: bool,
    /// `class`: the next word names a class.
    class: bool,
    /// The word just read named a class: a `(` here opens its bases.
    class_name: bool,
    /// The word just read named a function: a `(` here opens its parameters.
    def_name: bool,
    /// `as` in an import: the next word is an alias.
    alias: bool,
    /// `~` (and opening brackets): the next word starts the operand.
    tilde: bool,
    /// Inside an assignment's value (after a lone `=`, across dots and words): a callable that
    /// ends the value is handed on (`P = pathlib.Path`).
    value: bool,
    /// The identifier before the current token (kept across a dot): its span.
    word: Option<TextRange>,
}

/// The most bytes an import path may span (spaces and continuations included) and still be
/// read as one: far above any stdlib module's dotted path.
const MAX_IMPORT_PATH: usize = 512;

/// What the lexer learns about imports as it goes.
#[derive(Default)]
struct Imports<'b> {
    /// In `from a.b import c`: the id of the module path's last word (`b`), if a known word.
    from_module: Option<usize>,
    /// In `from m import a as b`: the id of the callable `a`, whose alias comes next.
    from_name: Option<usize>,
    /// Module aliases (`import typing as t`): a set, so that a file with many aliases costs
    /// one look-up per dotted word, not one per alias.
    aliases: std::collections::HashSet<&'b [u8], BuildWordHash>,
    /// The modules imported by their own name (`warnings` of `import warnings`).
    modules: Vec<&'b [u8]>,
    /// The other names imports bind: the first word of `import a.b`, the names a `from`
    /// import takes (`abc` of `from importlib import abc`). A plain assignment of one
    /// (`m = a.b`) makes an alias, as `import a.b as m` does.
    bound: std::collections::HashSet<&'b [u8], BuildWordHash>,
    /// What each module alias stands for: the words a member after it may have as its parent.
    alias_targets: AliasTargets<'b>,
    /// Where the dotted path being read in `import a.b` starts.
    path_start: Option<usize>,
    /// In `from a.b import c`: where the module path starts and ends.
    from_path: Option<TextRange>,
    /// The dotted path an `as` in an import renames, once spelled out (`a.b` in
    /// `import a.b as c`, `a.b.c` in `from a.b import c as d`).
    renamed: Option<String>,
    /// Aliases of callables (`from typing import TypedDict as TD`): the alias and what it names
    /// (the first binding of an alias is kept).
    callable_aliases: std::collections::HashMap<&'b [u8], usize, BuildWordHash>,
}

/// A module alias and what it stands for.
/// The [`AliasTarget`]s of a file by alias, each alias's in the order they were made, each
/// once: read at every member after a word, so never the whole list (a function of 64,000
/// `y = ast.Str` lines made as many targets of `y`, each member read them all).
#[derive(Default)]
struct AliasTargets<'b> {
    by_alias: std::collections::HashMap<&'b [u8], Vec<AliasTarget<'b>>, BuildWordHash>,
}

impl<'b> AliasTargets<'b> {
    /// Adds `target`, unless the alias has stood for the same path before.
    fn push(&mut self, target: AliasTarget<'b>) {
        let targets = self.by_alias.entry(target.alias).or_default();
        if !targets.iter().any(|known| known.parents == target.parents && known.rewritten == target.rewritten)
        {
            targets.push(target);
        }
    }

    /// What `alias` stands for, in the order the targets were made.
    fn of(&self, alias: &[u8]) -> &[AliasTarget<'b>] {
        self.by_alias.get(alias).map_or(&[], Vec::as_slice)
    }
}

struct AliasTarget<'b> {
    /// The alias.
    alias: &'b [u8],
    /// The ids of the last word of the path it renames, as spelled and as the semantic model
    /// reads it (`stdlib::canonical_path`): a member after the alias has that parent.
    parents: Vec<usize>,
    /// Whether the path is one the semantic model rewrites (`six.moves.x`, `unittest.case`):
    /// then a member after the alias may be any removed name's.
    rewritten: bool,
}

/// The evidence as it is being recorded.
struct Record {
    seen: Vec<Seen>,
    pairs: Pairs,
    from_imports: Pairs,
    calls: Calls,
}

/// The lexer: where it is, what the previous tokens leave, and what it has recorded.
struct Lexer<'b, 'w> {
    bytes: &'b [u8],
    words: &'w Words,
    at: usize,
    /// Bracket depth.
    depth: usize,
    statement: Statement,
    /// Set at the start of a line outside brackets: a token there, in column 0, may start a
    /// new top-level statement.
    line_start: Option<usize>,
    after: After,
    imports: Imports<'b>,
    /// The id of the `~` pseudo-word.
    tilde: Option<usize>,
    /// The id of the `*` pseudo-word: `from M import *` notes the pair (`M`, `*`).
    star: Option<usize>,
    record: Record,
    blocks: Blocks<'b>,
    /// Inside a class's bases (`class C(float, Mixin):`): the depth inside their parentheses.
    class_bases: Option<usize>,
    /// Inside a function's parameters (`def f(self, bufsize=-1):`): the depth inside their
    /// parentheses, where `name=` gives a default and passes no keyword argument.
    parameters: Option<usize>,
}

/// Reads `bytes` once: their top-level statements and the evidence they show.
pub(super) fn scan<'b>(bytes: &'b [u8], words: &Words) -> (Blocks<'b>, Evidence<'b>) {
    let mut lexer = Lexer {
        bytes,
        words,
        at: 0,
        depth: 0,
        statement: Statement::Start,
        line_start: Some(0),
        after: After::default(),
        imports: Imports::default(),
        tilde: words.ids.get(TILDE_WORD.as_bytes()).copied(),
        star: words.ids.get(STAR_WORD.as_bytes()).copied(),
        record: Record {
            seen: vec![Seen::default(); words.ids.len()],
            pairs: Pairs::default(),
            from_imports: Pairs::default(),
            calls: Calls::default(),
        },
        blocks: Blocks::new(bytes),
        class_bases: None,
        parameters: None,
    };
    lexer.run();
    let Lexer { record, blocks, .. } = lexer;
    let Record { seen, pairs, from_imports, mut calls } = record;
    calls.finish();
    let mut calls = calls.sites;
    // Sites come in statement order already (a call closes before the next statement opens,
    // but for unbalanced brackets); `calls_in` relies on it.
    calls.sort_by_key(|call| call.block);
    (blocks, Evidence { bytes, seen, pairs, from_imports, calls, entering: Default::default() })
}

impl<'b> Lexer<'b, '_> {
    /// Reads every token: one loop around [`Lexer::token`], inlined, so that a token costs no
    /// function call (its registers saved and restored: a tenth of the tokenizer's instructions).
    fn run(&mut self) {
        while self.at < self.bytes.len() {
            self.token();
        }
    }

    /// Reads the token at `self.at`.
    #[inline(always)]
    fn token(&mut self) {
        let byte = self.bytes[self.at];
        self.top_level_statement(byte);
        match STARTS[usize::from(byte)] {
            Start::Newline => self.newline(),
            Start::Blank => self.blanks(),
            Start::Backslash => self.continuation(),
            Start::Comment => self.comment(),
            Start::Quote => self.string(),
            Start::Digit => self.number(),
            Start::Dot if self.bytes.get(self.at + 1).is_some_and(u8::is_ascii_digit) => self.number(),
            Start::Word => self.word(),
            Start::Dot | Start::Punctuation => self.punctuation(byte),
        }
    }

    /// At the start of a line outside brackets, a token in column 0 may open a top-level
    /// statement, and an indented one a statement of a top-level class's body.
    fn top_level_statement(&mut self, byte: u8) {
        let (bytes, at) = (self.bytes, self.at);
        if let Some(line) = self.line_start {
            if !matches!(byte, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'#' | b'\\') {
                // The line's first token.
                self.line_start = None;
                let word = &bytes[at..word_end(bytes, at)];
                if line == at {
                    let kind = match word {
                        b"else" | b"elif" | b"except" | b"finally" => None,
                        b"def" | b"class" | b"async" => Some(BlockKind::Definition),
                        _ if byte == b'@' => Some(BlockKind::Decorator),
                        _ => Some(BlockKind::Other),
                    };
                    if let Some(kind) = kind {
                        self.blocks.open(at, kind);
                        if word == b"class" {
                            if let Some(block) = self.blocks.current() {
                                block.class = Some(Box::default());
                            }
                        }
                    }
                } else if let Some(block) = self.blocks.current() {
                    block.member_line(bytes, line, at, word);
                }
            }
            // The file's first token (which is on a line's start) opens a statement if it
            // opened none: the list is never empty after it.
            if self.blocks.list.is_empty() {
                self.blocks.open(0, BlockKind::Other);
            }
        }
    }

    fn newline(&mut self) {
        self.at += 1;
        if self.depth == 0 {
            self.after.value = false;
            self.statement = Statement::Start;
            self.line_start = Some(self.at);
            self.after.word = None;
        }
        self.after.dot = false;
        self.skip_space(); // the next line's indentation
    }

    /// Skips the blanks at `self.at` when a space comes first, as [`Lexer::blanks`] would as
    /// the next token, without going round the loop for it: after the tokens that a space
    /// often follows (a line end, a word, a comma, an `=`). A blank token notes nothing, and
    /// the file's first token has opened a statement already.
    #[inline(always)]
    fn skip_space(&mut self) {
        if self.bytes.get(self.at) == Some(&b' ') {
            self.at = blanks_end(self.bytes, self.at + 1);
        }
    }

    /// A line continuation (or a stray backslash): the statement goes on.
    fn continuation(&mut self) {
        self.at += 1;
        if self.bytes.get(self.at) == Some(&b'\r') {
            self.at += 1;
        }
        if self.bytes.get(self.at) == Some(&b'\n') {
            self.at += 1;
        }
    }

    fn comment(&mut self) {
        self.at = memchr::memchr(b'\n', &self.bytes[self.at..]).map_or(self.bytes.len(), |end| self.at + end);
    }

    /// A run of blanks: nothing to note (a blank is no line's first token).
    fn blanks(&mut self) {
        self.at = blanks_end(self.bytes, self.at + 1);
    }

    fn string(&mut self) {
        self.after.word = None;
        self.after.value = false;
        let start = self.at;
        self.after.tilde = false;
        let words = self.words;
        // Each known word inside is noted as the scan finds it (not gathered in a vector first:
        // one allocated for each string that names a word).
        let blocks = &mut self.blocks;
        let mut hit = |id: usize| {
            let mention = Mention { id, form: Mention::STRING, parent: None };
            blocks.mention(mention, words.marks(&mention));
        };
        self.at =
            scan_string(self.bytes, self.at, &|word| words.lookup(word), &mut self.record.seen, &mut hit);
        let literal = &self.bytes[start..self.at];
        if let Some(id) = leading_module(literal).and_then(|word| words.lookup(word)) {
            self.record.seen[id].module_string = true;
        }
        // Only a call's argument list reads the value.
        if self.record.calls.is_open() {
            let value = string_value(literal, &|word| words.lookup(word));
            self.record.calls.string(self.depth, value);
        }
        self.after.dot = false;
        self.after.def = false;
        if self.statement == Statement::Start {
            self.statement = Statement::Other;
        }
    }

    fn number(&mut self) {
        self.after.word = None;
        self.after.value = false;
        self.after.tilde = false;
        let start = self.at;
        let mut end = start;
        while end < self.bytes.len() && (is_word_byte(self.bytes[end]) || self.bytes[end] == b'.') {
            end += 1;
        }
        self.at = end;
        let number = &self.bytes[start..self.at];
        let hexadecimal = number.len() > 1 && matches!(number[1], b'x' | b'X');
        let float = !hexadecimal && number.iter().any(|b| matches!(b, b'.' | b'e' | b'E'));
        if float {
            if let Some(id) = self.words.ids.get(FLOAT_WORD.as_bytes()) {
                self.record.seen[*id].code = true;
            }
        }
        self.record.calls.number(self.depth, float);
        self.after.dot = false;
    }

    fn word(&mut self) {
        let bytes = self.bytes;
        let start = self.at;
        self.at = word_end(bytes, start);
        let word = &bytes[start..self.at];
        if matches!(bytes.get(self.at), Some(b'\'' | b'"')) && is_string_prefix(word) {
            return; // the prefix of a string literal: the quote comes next
        }
        let id = self.words.lookup(word);
        // Most words are in the middle of a statement, which no word changes: no import to
        // keep track of, and the statement stays as it is.
        let in_middle = matches!(self.statement, Statement::Other);
        if !in_middle {
            self.import_path(word, start);
        }
        if self.statement == Statement::Start {
            self.assignment_alias(word);
        }
        if self.after.alias {
            self.imports.aliases.insert(word);
            if let Some(path) = self.imports.renamed.take() {
                self.imports.alias_targets.push(alias_target(word, &path, self.words));
            }
            if let (Statement::FromNames { .. }, Some(named)) =
                (self.statement, self.imports.from_name.take())
            {
                self.imports.callable_aliases.entry(word).or_insert(named);
            }
        }
        // What follows the word matters to a catalogue word, an alias, or an argument.
        let next = if id.is_some() || self.record.calls.is_open() || !self.imports.callable_aliases.is_empty()
        {
            next_significant(bytes, self.at, self.depth)
        } else {
            None
        };
        let keyword = matches!(next, Some((equals, b'='))
            if self.depth > 0 && bytes.get(equals + 1) != Some(&b'=') && self.parameters != Some(self.depth));
        self.record.calls.word(self.depth, word, id, keyword);
        self.callable(word, id, next.map(|(_, byte)| byte));
        if self.after.dot {
            self.six_moves_path(word);
        }
        let mention = id.map(|id| self.mention(id, keyword));
        self.after.tilde = false;
        self.after.alias = !in_middle
            && matches!(self.statement, Statement::ImportNames { .. } | Statement::FromNames { .. })
            && word == b"as";
        self.after.word = Some(TextRange::new(start, self.at));
        let class_name_next = self.after.class;
        let defined = self.after.def;
        if let Some(mention) = mention {
            self.blocks.mention(mention, self.words.marks(&mention));
        }
        if let Some(block) = self.blocks.current() {
            if defined {
                block.method_name(TextRange::new(start, self.at));
                if block.class.is_none() && block.kind == BlockKind::Definition && block.name.is_none() {
                    block.name = Some(TextRange::new(start, self.at)); // a function's
                }
            }
            if class_name_next {
                // The block's own class, not one nested in it (nor one in a function).
                if block.class.is_some() && block.name.is_none() {
                    block.name = Some(TextRange::new(start, self.at));
                }
            } else if block.in_header && block.kind == BlockKind::Definition {
                self.blocks.header_word(TextRange::new(start, self.at));
            }
        }
        self.after.class_name = self.after.class;
        self.after.def_name = self.after.def;
        self.after.class = word == b"class";
        self.after.def = word == b"def";
        if !in_middle {
            self.statement = self.statement_after(word, id);
        }
        self.after.dot = false;
        self.skip_space();
    }

    /// Keeps track of the dotted paths of an import statement (at `word`, which starts at
    /// `start`), and of the path an `as` renames.
    fn import_path(&mut self, word: &'b [u8], start: usize) {
        let bytes = self.bytes;
        // A path longer than any module's is no stdlib path: it is not spelled out, so that an
        // import statement that never ends (`import a.b as c d.e as f ...`) costs linear time.
        let spelled = |range: TextRange| -> Option<String> {
            (range.end - range.start <= MAX_IMPORT_PATH).then(|| {
                bytes[range.start..range.end]
                    .iter()
                    .filter(|&&byte| !is_path_filler(byte))
                    .map(|&byte| char::from(byte))
                    .collect()
            })
        };
        let imports = &mut self.imports;
        match self.statement {
            Statement::Start => {
                imports.path_start = None;
                imports.from_path = None;
                imports.renamed = None;
            }
            Statement::ImportNames { expect_module: true } if !self.after.dot => {
                imports.path_start = Some(start);
                imports.bound.insert(word);
                // `import a` binds the module `a` (`import a as b` does not; `import a.b` does,
                // but a member of `a` is no member of `a.b`: only one-word paths are noted).
                let next = next_significant(bytes, self.at, self.depth).map(|(_, byte)| byte);
                if matches!(next, None | Some(b'\n' | b'\r' | b',' | b';' | b'#' | b')')) {
                    imports.modules.push(word);
                }
            }
            Statement::ImportNames { .. } if word == b"as" => {
                let end = self.after.word.map_or(start, |previous| previous.end);
                // `as` ends the path: a second `as` in the same statement renames no path.
                imports.renamed =
                    imports.path_start.take().and_then(|path| spelled(TextRange::new(path, end)));
            }
            Statement::FromModule { started: false, .. } if word != b"import" => {
                imports.from_path = Some(TextRange::new(start, self.at));
            }
            Statement::FromModule { started: true, .. } if word != b"import" => {
                if let Some(path) = imports.from_path.as_mut() {
                    path.end = self.at;
                }
            }
            Statement::FromNames { .. } if word == b"as" => {
                imports.renamed = match (imports.from_path, self.after.word) {
                    (Some(module), Some(name)) => {
                        spelled(module).zip(spelled(name)).map(|(module, name)| format!("{module}.{name}"))
                    }
                    _ => None,
                };
            }
            _ => {}
        }
    }

    /// `word = a.b` (a whole statement) where `a` is a name an import binds (a module, an alias
    /// or a name taken from a module): `word` is an alias of `a.b`, as after
    /// `import a.b as word`. Noted whatever happens later to the name (the semantic model
    /// reads what it holds where it is used).
    fn assignment_alias(&mut self, word: &'b [u8]) {
        let bytes = self.bytes;
        let Some((equals, b'=')) = next_significant(bytes, self.at, self.depth) else {
            return;
        };
        if !is_lone_equals(bytes, equals) {
            return;
        }
        let Some((value_start, first)) = next_significant(bytes, equals + 1, 0) else {
            return;
        };
        if !is_word_start(first) {
            return;
        }
        let mut end = word_end(bytes, value_start);
        while bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(|&byte| is_word_start(byte)) {
            end = word_end(bytes, end + 1);
        }
        if !matches!(next_significant(bytes, end, 0), None | Some((_, b'\n' | b'\r' | b';' | b'#'))) {
            return;
        }
        let value = &bytes[value_start..end];
        let root = value.split(|&byte| byte == b'.').next().unwrap_or(value);
        let imports = &mut self.imports;
        if !(imports.bound.contains(root)
            || imports.aliases.contains(root)
            || imports.modules.contains(&root))
        {
            return;
        }
        let Ok(path) = std::str::from_utf8(value) else {
            return;
        };
        // An alias of an alias stands for what the first one does.
        let target = match imports.alias_targets.of(value).last() {
            Some(known) => {
                AliasTarget { alias: word, parents: known.parents.clone(), rewritten: known.rewritten }
            }
            None => alias_target(word, path, self.words),
        };
        imports.aliases.insert(word);
        imports.alias_targets.push(target);
    }

    /// A word that some call shape calls (or an alias of one): notes a call of it, or a value
    /// that hands it on; `next` is the byte after it.
    fn callable(&mut self, word: &[u8], id: Option<usize>, next: Option<u8>) {
        let callable = match id {
            Some(id) if self.words.called[id] => Some(id),
            Some(_) => None,
            None if self.imports.callable_aliases.is_empty() => None,
            None => self.imports.callable_aliases.get(word).copied(),
        };
        let Some(callable) = callable else {
            return;
        };
        match next {
            Some(b'(') => self.record.calls.expect_call(callable),
            None | Some(b'\n' | b'\r' | b';' | b',' | b')' | b']' | b'}' | b'#') if self.after.value => {
                self.record.calls.handed_on(callable, self.blocks.list.len().saturating_sub(1), self.at)
            }
            // A base of a class: the class's calls are the base's (`class subclass(float)`,
            // then `subclass(x=0)`), out of sight as the base's.
            Some(b',' | b')') if self.class_bases == Some(self.depth) => {
                self.record.calls.handed_on(callable, self.blocks.list.len().saturating_sub(1), self.at)
            }
            _ => {}
        }
        if matches!(self.statement, Statement::FromNames { alias: false }) {
            self.imports.from_name = Some(callable);
        }
    }

    /// Notes where the catalogue word `id` occurs, and returns its mention.
    fn mention(&mut self, id: usize, keyword: bool) -> Mention {
        let after_dot = self.after.dot;
        let slot = &mut self.record.seen[id];
        slot.keyword |= keyword;
        slot.code = true;
        slot.after_tilde |= self.after.tilde;
        slot.member |= after_dot;
        slot.defined |= self.after.def;
        let mut form = 0;
        let mut parent = None;
        if after_dot {
            form |= Mention::MEMBER;
        }
        if self.after.def {
            form |= Mention::DEFINED;
        }
        if keyword {
            form |= Mention::KEYWORD;
        }
        if matches!(self.statement, Statement::FromNames { alias: false }) {
            form |= Mention::IMPORTED;
        }
        if matches!(
            self.statement,
            Statement::ImportNames { .. } | Statement::FromModule { .. } | Statement::FromNames { .. }
        ) {
            form |= Mention::IN_IMPORT;
        }
        // A member of a module the file imports (`warnings.warn`) is no method of an instance.
        let on_module = after_dot
            && self.after.word.is_some_and(|word| {
                let before = &self.bytes[word.start..word.end];
                word.start > 0 && self.bytes[word.start - 1] != b'.' && self.imports.modules.contains(&before)
            });
        self.record.seen[id].on_instance |= after_dot && !on_module;
        if let (true, Some(word)) = (after_dot, self.after.word) {
            let before = &self.bytes[word.start..word.end];
            if let Some(before) = self.words.lookup(before) {
                self.record.pairs.insert((before, id));
                parent = Some(before);
            }
            if self.imports.aliases.contains(&before) {
                form |= Mention::AFTER_ALIAS;
            }
            for target in self.imports.alias_targets.of(before) {
                for &target_parent in &target.parents {
                    self.record.pairs.insert((target_parent, id));
                    parent = parent.or(Some(target_parent));
                }
                self.record.seen[id].after_alias |= target.rewritten;
            }
        }
        Mention { id, form, parent }
    }

    /// Where in its statement the lexer is after `word` (`id`: its id, if a catalogue word),
    /// noting the imports it makes.
    fn statement_after(&mut self, word: &'b [u8], id: Option<usize>) -> Statement {
        match (self.statement, word) {
            (Statement::Start, b"import") => Statement::ImportNames { expect_module: true },
            (Statement::Start, b"from") => Statement::FromModule { started: false, relative: false },
            (Statement::ImportNames { .. }, b"as") => Statement::ImportNames { expect_module: false },
            (Statement::ImportNames { expect_module }, _) => {
                if expect_module && !self.after.dot {
                    if let Some(id) = id {
                        self.record.seen[id].imported = true;
                    }
                }
                Statement::ImportNames { expect_module: false }
            }
            (Statement::FromModule { started, relative }, b"import") if started || relative => {
                Statement::FromNames { alias: false }
            }
            (Statement::FromModule { started, relative }, _) => {
                // `from six.moves.configparser import X` imports from the stdlib module, and
                // `from six.moves.html_parser import X` from `html.parser`.
                let moved = started && self.import_path_is(b"six.moves.", word);
                if (!started && !relative) || moved {
                    if let Some(id) = id {
                        self.record.seen[id].imported = true;
                    }
                }
                if moved {
                    self.six_moves_import(word);
                }
                self.imports.from_module = if relative { None } else { id };
                Statement::FromModule { started: true, relative }
            }
            (Statement::FromNames { .. }, b"as") => Statement::FromNames { alias: true },
            (Statement::FromNames { alias }, _) => {
                if !alias {
                    self.imports.bound.insert(word);
                    // `from six.moves import html_parser` imports `html.parser`.
                    if self.import_path_is(b"six.moves", b"") {
                        self.six_moves_import(word);
                    }
                    if let Some(id) = id {
                        if let Some(module) = self.imports.from_module {
                            self.record.from_imports.insert((module, id));
                        }
                        self.record.seen[id].member = true;
                        self.record.seen[id].imported_name = true;
                        // The names of `six.moves` are stdlib modules: `from six.moves import
                        // configparser` imports `configparser`.
                        if self.import_path_is(b"six.moves", b"") {
                            self.record.seen[id].imported = true;
                        }
                    }
                }
                Statement::FromNames { alias: false }
            }
            (Statement::Start, _) => Statement::Other,
            (other, _) => other,
        }
    }

    /// Notes the import of the standard-library module that `six.moves.<name>` stands for
    /// ([`stdlib::SIX_MOVES`]): its first word, where the catalogue has it, is imported.
    /// Ex) `html_parser` imports `html` (a `html.parser` use's root); `cPickle`, `pickle`.
    fn six_moves_import(&mut self, name: &[u8]) {
        let Some((_, module)) = stdlib::SIX_MOVES
            .iter()
            .find(|(moved, _)| moved.as_bytes().strip_prefix(b"six.moves.") == Some(name))
        else {
            return;
        };
        let root = module.split('.').next().unwrap_or(module);
        if let Some(&id) = self.words.ids.get(root.as_bytes()) {
            self.record.seen[id].imported = true;
        }
    }

    /// Notes the stdlib module that a `six.moves.<name>` path in code stands for (`word` is
    /// the name after `six.moves.`), as its import would ([`Self::six_moves_import`]).
    /// Ex) `six.moves.html_parser.HTMLParser()` uses `html.parser` after only `import six`; so
    /// does `moves.html_parser` after `from six import moves`.
    fn six_moves_path(&mut self, word: &[u8]) {
        let Some(before) = self.after.word else {
            return;
        };
        if &self.bytes[before.start..before.end] != b"moves" {
            return;
        }
        let head = &self.bytes[..before.start];
        // `six.moves.<name>`, or `moves.<name>` after `from six import moves`.
        if head.ends_with(b"six.") || (!head.ends_with(b".") && self.imports.bound.contains(&b"moves"[..])) {
            self.six_moves_import(word);
        }
    }

    /// Whether the module path of the `from` import being read is `prefix` then `rest` (spaces
    /// and line continuations aside). A path longer than any module's is none.
    fn import_path_is(&self, prefix: &[u8], rest: &[u8]) -> bool {
        let Some(range) = self.imports.from_path.filter(|range| range.end - range.start <= MAX_IMPORT_PATH)
        else {
            return false;
        };
        let spelled = self.bytes[range.start..range.end].iter().filter(|&&byte| !is_path_filler(byte));
        spelled.eq(prefix.iter().chain(rest))
    }

    /// Any other byte: an operator, a bracket, a dot, a comma, a colon.
    fn punctuation(&mut self, byte: u8) {
        self.at += 1;
        let at = self.at;
        self.after.def = false;
        self.after.dot = byte == b'.';
        self.after.tilde = match (byte, self.tilde) {
            (b'~', Some(id)) => {
                self.record.seen[id].code = true;
                let mention = Mention { id, form: 0, parent: None };
                self.blocks.mention(mention, self.words.marks(&mention));
                true
            }
            (b'(', _) => self.after.tilde,
            _ => false,
        };
        if byte != b'.' {
            self.after.word = None;
        }
        // `from M import *`: the pair (`M`, `*`), as a name imported from `M`.
        if let (b'*', Statement::FromNames { alias: false }, Some(module), Some(star)) =
            (byte, self.statement, self.imports.from_module, self.star)
        {
            self.record.from_imports.insert((module, star));
        }
        // A lone `=` (or the `=` of `:=`) starts a value; dots keep it going. Inside brackets a
        // lone `=` gives a keyword argument or a parameter's default, which the semantic model
        // binds to nothing it follows (a parameter is opaque): a callable there is passed on as
        // a positional argument is, out of the file's calls.
        self.after.value = match byte {
            // `at` is past the `=`.
            b'=' => {
                (is_lone_equals(self.bytes, at - 1) && self.depth == 0)
                    || (at >= 2 && self.bytes[at - 2] == b':')
            }
            b'.' => self.after.value,
            _ => false,
        };
        self.bracket(byte);
        match byte {
            b'(' | b'[' | b'{' | b')' | b']' | b'}' => {}
            b';' => self.statement = Statement::Start,
            b':' if self.depth == 0 => {
                self.statement = Statement::Start;
                if let Some(block) = self.blocks.current() {
                    block.in_header = false;
                }
            }
            b',' => {
                if let Statement::ImportNames { .. } = self.statement {
                    self.statement = Statement::ImportNames { expect_module: true };
                }
                self.skip_space();
            }
            b'=' => {
                if self.statement == Statement::Start {
                    self.statement = Statement::Other;
                }
                self.skip_space();
            }
            b'.' => {
                if let Statement::FromModule { started: false, .. } = self.statement {
                    self.statement = Statement::FromModule { started: false, relative: true };
                }
            }
            _ => {
                if self.statement == Statement::Start {
                    self.statement = Statement::Other;
                }
            }
        }
    }

    /// Keeps the bracket depth and the calls in step with a punctuation byte. Inlined into
    /// [`Lexer::punctuation`] (LLVM stopped doing so when that grew: +26 M instructions on Lib).
    #[inline(always)]
    fn bracket(&mut self, byte: u8) {
        let calls = &mut self.record.calls;
        let class_name = std::mem::take(&mut self.after.class_name);
        let def_name = std::mem::take(&mut self.after.def_name);
        match byte {
            b'(' | b'[' | b'{' => {
                calls.other(self.depth, byte, None);
                self.depth += 1;
                if byte == b'(' && class_name {
                    self.class_bases = Some(self.depth);
                }
                if byte == b'(' && def_name {
                    self.parameters = Some(self.depth);
                }
                if byte == b'(' {
                    // `self.at` is past the bracket.
                    calls.open_bracket(self.depth, self.blocks.list.len().saturating_sub(1), self.at - 1);
                }
            }
            b')' | b']' | b'}' => {
                self.depth = self.depth.saturating_sub(1);
                calls.close_bracket(self.depth);
                if self.class_bases.is_some_and(|depth| self.depth < depth) {
                    self.class_bases = None;
                }
                if self.parameters.is_some_and(|depth| self.depth < depth) {
                    self.parameters = None;
                }
            }
            b',' => calls.comma(self.depth),
            _ => calls.other(self.depth, byte, self.bytes.get(self.at).copied()),
        }
    }
}

/// What an alias of the dotted `path` stands for (see [`AliasTarget`]).
fn alias_target<'b>(alias: &'b [u8], path: &str, words: &Words) -> AliasTarget<'b> {
    let canonical = crate::stdlib::canonical_path(path);
    let last = |path: &str| path.rsplit('.').next().unwrap_or(path).to_string();
    let mut parents: Vec<usize> = Vec::new();
    for word in [last(path), last(&canonical)] {
        if let Some(id) = words.lookup(word.as_bytes()).filter(|id| !parents.contains(id)) {
            parents.push(id);
        }
    }
    AliasTarget { alias, parents, rewritten: canonical != path }
}

/// Scans the string literal whose first quote is at `at`, noting the words inside it; returns
/// the offset after its closing quote (or the end of the line or file when it is unterminated);
/// `hit` is given the id of each known word in it.
pub(super) fn scan_string(
    bytes: &[u8],
    mut at: usize,
    lookup: &impl Fn(&[u8]) -> Option<usize>,
    seen: &mut [Seen],
    hit: &mut impl FnMut(usize),
) -> usize {
    let quote = bytes[at];
    let triple = bytes.get(at + 1) == Some(&quote) && bytes.get(at + 2) == Some(&quote);
    if !triple && bytes.get(at + 1) == Some(&quote) {
        return at + 2; // an empty string
    }
    at += if triple { 3 } else { 1 };
    while at < bytes.len() {
        let byte = bytes[at];
        let class = CLASSES[usize::from(byte)];
        if class & PLAIN_IN_STRING != 0 {
            at += 1;
        } else if class & WORD_START != 0 {
            let start = at;
            at = word_end(bytes, at);
            if let Some(id) = lookup(&bytes[start..at]) {
                seen[id].string = true;
                hit(id);
            }
        } else if byte == b'\\' {
            at += 2;
        } else if byte == quote {
            if !triple {
                return at + 1;
            }
            if bytes.get(at + 1) == Some(&quote) && bytes.get(at + 2) == Some(&quote) {
                return at + 3;
            }
            at += 1;
        } else if byte == b'\n' && !triple {
            return at;
        } else if matches!(byte, b':' | b'@' | b'$')
            && bytes.get(at + 1).is_some_and(|&next| is_word_byte(next))
            && !bytes.get(at.wrapping_sub(1)).is_some_and(|&before| is_word_byte(before))
            // `":memory:"`, the name of SQLite's in-memory database, is no placeholder.
            && bytes[at + 1..].iter().find(|&&b| !is_word_byte(b)) != Some(&byte)
        {
            if let Some(id) = lookup(PLACEHOLDER_WORD.as_bytes()) {
                seen[id].string = true;
                hit(id);
            }
            at += 1;
        } else {
            at += 1;
        }
    }
    bytes.len()
}

/// The word a string literal (quotes included, prefix excluded) starts with when it may name a
/// module: the word is followed by a dot or by the closing quote (`"imp"`, `"distutils.core"`).
fn leading_module(literal: &[u8]) -> Option<&[u8]> {
    let quotes = if literal.len() >= 6 && literal[..3].iter().all(|&b| b == literal[0]) { 3 } else { 1 };
    let content = literal.get(quotes..literal.len().saturating_sub(quotes))?;
    let end = content.iter().position(|&b| !is_word_byte(b)).unwrap_or(content.len());
    let word = &content[..end];
    (!word.is_empty() && is_word_start(word[0]) && matches!(content.get(end), None | Some(b'.')))
        .then_some(word)
}

/// What the string literal `literal` (quotes included, prefix excluded) holds.
fn string_value(literal: &[u8], lookup: &impl Fn(&[u8]) -> Option<usize>) -> StringValue {
    let quotes = if literal.len() >= 6 && literal[..3].iter().all(|&b| b == literal[0]) { 3 } else { 1 };
    let Some(content) = literal.get(quotes..literal.len().saturating_sub(quotes)) else {
        return StringValue::Other;
    };
    if !content.is_empty() && is_word_start(content[0]) && content.iter().all(|&b| is_word_byte(b)) {
        StringValue::Word(lookup(content))
    } else {
        StringValue::Other
    }
}

#[cfg(test)]
mod tests {
    use super::{blanks_end, is_word_byte, name_bytes, word_end, HIGH_BITS};

    /// Eight bytes at a time, every byte in every position is told as a byte at a time is,
    /// whatever its neighbours (no carry from one byte into the next).
    #[test]
    fn name_bytes_are_told_eight_at_a_time() {
        let mut neighbours: Vec<u8> = (0..=255).collect();
        neighbours.extend([b'_', b'z', b'0', 0x7f, 0xff]);
        for byte in 0..=255u8 {
            for position in 0..8 {
                for &other in neighbours.iter().step_by(7) {
                    let mut chunk = [other; 8];
                    chunk[position] = byte;
                    let marks = name_bytes(u64::from_le_bytes(chunk));
                    for (index, &b) in chunk.iter().enumerate() {
                        let marked = (marks >> (index * 8)) & 0x80 != 0;
                        assert_eq!(marked, is_word_byte(b), "{b:#x} at {index} in {chunk:x?}");
                    }
                    assert_eq!(marks & !HIGH_BITS, 0);
                }
            }
        }
    }

    /// Sixteen bytes at a time, every byte in every position is told as a byte at a time is.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn name_bytes_are_told_sixteen_at_a_time() {
        for byte in 0..=255u8 {
            for position in 0..16 {
                for other in [b'a', b' ', b'_', b'0', 0x7f, 0x80, 0xff, b'Z', b'`', b'{'] {
                    let mut chunk = [other; 16];
                    chunk[position] = byte;
                    let marks = super::sixteen_name_bytes(&chunk);
                    for (index, &b) in chunk.iter().enumerate() {
                        assert_eq!(
                            marks >> index & 1 == 1,
                            is_word_byte(b),
                            "{b:#x} at {index} in {chunk:x?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn runs_end_where_a_byte_at_a_time_ends_them() {
        let all: Vec<u8> = (0..=255u8).flat_map(|byte| [b'a', b'b', byte, b'_', b'9']).collect();
        let texts: [&[u8]; 10] = [
            &all,
            b"a_very_long_identifier_of_forty_bytes_x1 = a_very_long_identifier_of_forty_bytes_x2",
            b"abc_DEF_0123456789xyz (",
            b"name",
            b"\xc3\xa9t\xc3\xa9_\xe2\x82\xac9 = 1",
            b"a1234567b1234567c1234567",
            b"        \t  \x0c  \r\n  x",
            b"                         ",
            b"x@y`z[w{v/u:t",
            b"",
        ];
        for text in texts {
            for start in 0..text.len() {
                let words = start + text[start..].iter().take_while(|&&b| is_word_byte(b)).count();
                assert_eq!(word_end(text, start), words, "{text:?} from {start}");
                let blanks = start
                    + text[start..]
                        .iter()
                        .take_while(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\x0c'))
                        .count();
                assert_eq!(blanks_end(text, start), blanks, "{text:?} from {start}");
            }
        }
    }
}
