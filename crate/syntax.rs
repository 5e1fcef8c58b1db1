//! Parsing with tree-sitter, and walking trees without recursion.

use std::cell::RefCell;
use std::sync::OnceLock;
use tree_sitter::{Language, Node, Parser, Tree};

/// The node kinds the walks dispatch on, so that they compare small integers instead of the
/// kind names (`Node::kind` measures and validates a C string on every call).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `module`
    Module,
    /// `import_statement`
    ImportStatement,
    /// `import_from_statement`
    ImportFromStatement,
    /// `class_definition`
    ClassDefinition,
    /// `function_definition`
    FunctionDefinition,
    /// `lambda`
    Lambda,
    /// A list, set or dictionary comprehension, or a generator expression.
    Comprehension,
    /// `assignment`
    Assignment,
    /// `augmented_assignment`
    AugmentedAssignment,
    /// `named_expression`
    NamedExpression,
    /// `for_statement` or `for_in_clause`
    For,
    /// `as_pattern`, `with_item` or `except_clause`: something with an `alias`.
    Aliasing,
    /// `as_pattern_target`
    AsPatternTarget,
    /// `global_statement`
    GlobalStatement,
    /// `nonlocal_statement`
    NonlocalStatement,
    /// `call`
    Call,
    /// `comment`
    Comment,
    /// `attribute`
    Attribute,
    /// `identifier`
    Identifier,
    /// `string`
    String,
    /// `keyword_argument`
    KeywordArgument,
    /// `unary_operator`: `~x`, `-x`, `+x`.
    UnaryOperator,
    /// `subscript`: `value[key]`.
    Subscript,
    /// `ERROR`: tokens the parser could not place.
    Error,
    /// Any other kind.
    Other,
}

fn kind_table() -> &'static [Kind] {
    static TABLE: OnceLock<Vec<Kind>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let language: Language = tree_sitter_python::LANGUAGE.into();
        (0..language.node_kind_count() as u16)
            .map(|id| {
                if !language.node_kind_is_named(id) {
                    return Kind::Other;
                }
                match language.node_kind_for_id(id).unwrap_or("") {
                    "module" => Kind::Module,
                    "import_statement" => Kind::ImportStatement,
                    "import_from_statement" => Kind::ImportFromStatement,
                    "class_definition" => Kind::ClassDefinition,
                    "function_definition" => Kind::FunctionDefinition,
                    "lambda" => Kind::Lambda,
                    "list_comprehension"
                    | "set_comprehension"
                    | "dictionary_comprehension"
                    | "generator_expression" => Kind::Comprehension,
                    "assignment" => Kind::Assignment,
                    "augmented_assignment" => Kind::AugmentedAssignment,
                    "named_expression" => Kind::NamedExpression,
                    "for_statement" | "for_in_clause" => Kind::For,
                    "as_pattern" | "with_item" | "except_clause" => Kind::Aliasing,
                    "as_pattern_target" => Kind::AsPatternTarget,
                    "global_statement" => Kind::GlobalStatement,
                    "nonlocal_statement" => Kind::NonlocalStatement,
                    "call" => Kind::Call,
                    "comment" => Kind::Comment,
                    "attribute" => Kind::Attribute,
                    "identifier" => Kind::Identifier,
                    "string" => Kind::String,
                    "keyword_argument" => Kind::KeywordArgument,
                    "unary_operator" => Kind::UnaryOperator,
                    "subscript" => Kind::Subscript,
                    "ERROR" => Kind::Error,
                    _ => Kind::Other,
                }
            })
            .collect()
    })
}

/// By kind id, whether the kind's name is one of `names` (named or not): a table that tests a
/// node's kind by its id, as [`kind`] does.
pub fn kinds_named(names: &[&str]) -> Vec<bool> {
    let language: Language = tree_sitter_python::LANGUAGE.into();
    (0..language.node_kind_count() as u16)
        .map(|id| language.node_kind_for_id(id).is_some_and(|name| names.contains(&name)))
        .collect()
}

/// The fields the rules read; each is resolved to its id once instead of by name on every use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// `alias`
    Alias,
    /// `alternative`
    Alternative,
    /// `argument`
    Argument,
    /// `arguments`
    Arguments,
    /// `attribute`
    Attribute,
    /// `body`
    Body,
    /// `condition`
    Condition,
    /// `consequence`
    Consequence,
    /// `definition`
    Definition,
    /// `function`
    Function,
    /// `left`
    Left,
    /// `module_name`
    ModuleName,
    /// `name`
    Name,
    /// `object`
    Object,
    /// `operator`
    Operator,
    /// `operators`
    Operators,
    /// `parameters`
    Parameters,
    /// `right`
    Right,
    /// `subscript`
    Subscript,
    /// `superclasses`
    Superclasses,
    /// `value`
    Value,
}

const FIELD_NAMES: [&str; 21] = [
    "alias",
    "alternative",
    "argument",
    "arguments",
    "attribute",
    "body",
    "condition",
    "consequence",
    "definition",
    "function",
    "left",
    "module_name",
    "name",
    "object",
    "operator",
    "operators",
    "parameters",
    "right",
    "subscript",
    "superclasses",
    "value",
];

fn field_id(field: Field) -> Option<std::num::NonZeroU16> {
    static IDS: OnceLock<Vec<Option<std::num::NonZeroU16>>> = OnceLock::new();
    IDS.get_or_init(|| {
        let language: Language = tree_sitter_python::LANGUAGE.into();
        FIELD_NAMES.iter().map(|name| language.field_id_for_name(name)).collect()
    })[field as usize]
}

/// Field access by [`Field`], and kind names by kind id.
pub trait NodeExt<'t> {
    /// The child in `field`.
    fn field(&self, field: Field) -> Option<Node<'t>>;
    /// The name of the node's kind, as `Node::kind` gives it, read from a table by kind id:
    /// `Node::kind` asks tree-sitter for a C string, then measures it and checks that it is
    /// UTF-8 on every call (about 180 instructions; 450,000 calls on CPython's Lib). For
    /// dispatch over many nodes, [`kind`] and its [`Kind`] compare small integers instead.
    fn kind_name(&self) -> &'static str;
}

impl<'t> NodeExt<'t> for Node<'t> {
    fn field(&self, field: Field) -> Option<Node<'t>> {
        self.child_by_field_id(field_id(field)?.get())
    }

    fn kind_name(&self) -> &'static str {
        let id = self.kind_id();
        match kind_names().get(usize::from(id)) {
            Some(name) => name,
            None if id == ERROR_SYMBOL => "ERROR",
            // tree-sitter's other built-in symbol past the grammar's (`ts_builtin_sym_error_repeat`).
            None => "_ERROR",
        }
    }
}

/// The grammar's kind names by kind id (`Language::node_kind_for_id`, asked once each).
fn kind_names() -> &'static [Box<str>] {
    static NAMES: OnceLock<Vec<Box<str>>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let language: Language = tree_sitter_python::LANGUAGE.into();
        (0..language.node_kind_count() as u16)
            .map(|id| language.node_kind_for_id(id).unwrap_or("").into())
            .collect()
    })
}

/// The [`Kind`] of a node.
pub fn kind(node: Node<'_>) -> Kind {
    KindId::of(node).kind()
}

/// A node's kind id (tree-sitter's symbol, as `Node::kind_id` gives it), which the walks give
/// each [`Visitor`] with the node: [`Preorder::new`] records it with each node (in C, where it
/// is a field of the tree), so that the visitors do not ask tree-sitter for it again and again.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindId(u16);

impl KindId {
    /// The kind id of `node`.
    pub fn of(node: Node<'_>) -> Self {
        Self(node.kind_id())
    }

    /// The id as `Node::kind_id` gives it.
    pub fn get(self) -> u16 {
        self.0
    }

    /// The [`Kind`] of nodes of this kind.
    pub fn kind(self) -> Kind {
        // `ERROR`'s symbol is past the table (`is_error` would look the node up again).
        if self.0 == ERROR_SYMBOL {
            return Kind::Error;
        }
        kind_table().get(usize::from(self.0)).copied().unwrap_or(Kind::Other)
    }
}

/// The symbol tree-sitter gives an `ERROR` node (`ts_builtin_sym_error`, `(TSSymbol)-1`).
const ERROR_SYMBOL: u16 = u16::MAX;

/// The most tokens (names, numbers, operators, line ends: about the leaves of the syntax tree)
/// a file may have to parse. tree-sitter keeps about 250 bytes per token, so this bounds a
/// file's tree at about 2 GB whatever its size in bytes (32 MiB of `x=1` lines would need 8 GB);
/// a real source file has far fewer (CPython's largest module, about 300,000).
pub const MAX_PARSE_TOKENS: usize = 8_000_000;

/// How many parser operations (shifts, reductions, steps of error recovery) a parse may take
/// per token of its text, past [`PARSE_OPERATIONS_FLOOR`]; a parse that needs more is cancelled
/// with `CheckError::ParseTooLong`. The parser is linear on code that parses: CPython's Lib with
/// its site-packages, the corpus and adversarial valid code (100,000-deep brackets, long chains
/// of operators) take at most 7 operations a token. Its error recovery can be quadratic (an
/// unclosed `{` before thousands of conditional expressions: 72 KB took 7.9 s, 161,000 reports
/// of 100 operations; see docs/guide/reliability.md), and such a file is what this budget ends,
/// in time linear in the file. Counted, not timed, so the native and the WebAssembly builds
/// give up on the same files, whatever the machine's load.
pub const PARSE_OPERATIONS_PER_TOKEN: usize = 25;

/// The parser operations any file may take, however few its tokens (about a second of
/// tree-sitter's slowest error recovery).
pub const PARSE_OPERATIONS_FLOOR: usize = 1_000_000;

/// tree-sitter calls the progress callback once every this many parser operations
/// (`OP_COUNT_PER_PARSER_CALLBACK_CHECK` in its `parser.c`).
const OPERATIONS_PER_PROGRESS_REPORT: usize = 100;

/// The parser operations a parse of `tokens` tokens may take.
pub fn parse_operations_budget(tokens: usize) -> usize {
    PARSE_OPERATIONS_FLOOR.saturating_add(tokens.saturating_mul(PARSE_OPERATIONS_PER_TOKEN))
}

/// Parses Python source. tree-sitter recovers from syntax errors (Python 2 files, broken code),
/// so this returns a tree for any text; it returns `None` only when the parser gives up.
pub fn parse(source: &str) -> Option<Tree> {
    parse_ranges(source, &[])
}

/// Parses only the given byte ranges of `source` (all of it when `ranges` is empty), as if
/// they were the whole text; the tree's positions stay those of the full source. The ranges
/// must be sorted, apart, and start and end at line starts (or the end of the text).
pub fn parse_ranges(source: &str, ranges: &[std::ops::Range<usize>]) -> Option<Tree> {
    parse_within_budget(source, ranges).ok()
}

/// Why [`parse_within_budget`] returned no tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseFailure {
    /// The text to parse has about this many tokens, more than [`MAX_PARSE_TOKENS`]:
    /// refused before parsing, so the tree's allocations cannot exhaust the memory.
    TooManyTokens(usize),
    /// The parse took more than this many parser operations, its budget (see
    /// [`parse_operations_budget`]), and was cancelled.
    TooManyOperations(usize),
    /// The parse would need about this many bytes, and the process could not reserve them
    /// (a memory cap such as `ulimit -v`): refused before parsing, because tree-sitter aborts
    /// the whole process when one of its allocations fails.
    OutOfMemory(usize),
    /// tree-sitter returned no tree.
    GaveUp,
}

/// [`parse_ranges`] within the budgets: at most [`MAX_PARSE_TOKENS`] tokens (counted
/// before parsing) and [`parse_operations_budget`] parser operations.
pub fn parse_within_budget(source: &str, ranges: &[std::ops::Range<usize>]) -> Result<Tree, ParseFailure> {
    // The parser reads a text of the same length (so every offset stays the source's) that it
    // reads as Python does, in linear time.
    let source = parse_text(source);
    let source = source.as_ref();
    let tokens = if ranges.is_empty() {
        count_tokens(source.as_bytes())
    } else {
        ranges.iter().filter_map(|range| source.as_bytes().get(range.clone())).map(count_tokens).sum()
    };
    if tokens > MAX_PARSE_TOKENS {
        return Err(ParseFailure::TooManyTokens(tokens));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _reservation = memory::reserve(tokens, source.len())?;
    let included = included_ranges(source, ranges);
    let budget = parse_operations_budget(tokens);
    let mut reports_left = budget / OPERATIONS_PER_PROGRESS_REPORT;
    let mut over_budget = false;
    let tree = with_parser(|parser| {
        if parser.set_included_ranges(&included).is_err() {
            parser.set_included_ranges(&[]).ok()?;
        }
        let bytes = source.as_bytes();
        let mut read = |offset: usize, _: tree_sitter::Point| bytes.get(offset..).unwrap_or(&[]);
        let mut progress = |_: &tree_sitter::ParseState| {
            if reports_left == 0 {
                over_budget = true;
                return std::ops::ControlFlow::Break(());
            }
            reports_left -= 1;
            std::ops::ControlFlow::Continue(())
        };
        let options = tree_sitter::ParseOptions::new().progress_callback(&mut progress);
        let tree = parser.parse_with_options(&mut read, None, Some(options));
        if tree.is_none() {
            parser.reset();
        }
        // The parser is reused: leave it parsing whole texts.
        let _ = parser.set_included_ranges(&[]);
        tree
    });
    match tree {
        Some(tree) => Ok(tree),
        None if over_budget => Err(ParseFailure::TooManyOperations(budget)),
        None => Err(ParseFailure::GaveUp),
    }
}

/// Memory for a parse, checked before it starts (native builds: a wasm module's failed growth
/// is a trap the host reports, not an abort).
#[cfg(not(target_arch = "wasm32"))]
mod memory {
    use super::ParseFailure;
    use std::sync::{Mutex, MutexGuard};

    /// What a parse and the check after it take at most per token: tree-sitter's ~250 bytes
    /// a token, with room for the parser's stacks, the semantic model and the findings. The
    /// densest file measured (a finding every four tokens: `imp.reload, ` repeated) peaks at
    /// about 470 bytes a token (release CLI, max RSS less the process's own); 400 let it pass
    /// the probe with too little room, and under a cap its allocation failed later.
    pub const BYTES_PER_TOKEN: usize = 500;

    /// Parses estimated above this take turns, so that two of them cannot both find the
    /// memory free and then both need it.
    const LARGE: usize = 64 << 20;

    static LARGE_PARSES: Mutex<()> = Mutex::new(());

    /// Tries to reserve (and frees at once) the memory a parse of `tokens` tokens of a text of
    /// `bytes` bytes needs; the lock held for a large parse, or why there is not enough.
    pub fn reserve(tokens: usize, bytes: usize) -> Result<Option<MutexGuard<'static, ()>>, ParseFailure> {
        let need = tokens.saturating_mul(BYTES_PER_TOKEN).saturating_add(bytes.saturating_mul(4));
        let turn =
            (need > LARGE).then(|| LARGE_PARSES.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
        probe(need)?;
        Ok(turn)
    }

    /// Whether `need` bytes could be allocated now. Address space, not pages: nothing is
    /// written, so this costs no memory, but it fails under `ulimit -v` (or without
    /// overcommit) where the allocations it stands for would.
    pub fn probe(need: usize) -> Result<(), ParseFailure> {
        let mut probe: Vec<u8> = Vec::new();
        probe.try_reserve_exact(need).map_err(|_| ParseFailure::OutOfMemory(need))
    }
}

/// Checks that `need` bytes (a large estimate: above 64 MiB) could be allocated before the work
/// that needs them starts, so that a file too large for the memory left is refused alone, not
/// the run aborted when that work's allocation fails. Smaller needs are not probed. In wasm a
/// failed growth is a trap the host reports.
pub fn reserve_memory(need: usize) -> Result<(), ParseFailure> {
    #[cfg(not(target_arch = "wasm32"))]
    if need > 64 << 20 {
        return memory::probe(need);
    }
    let _ = need;
    Ok(())
}

/// The spans of the comments in `source` (which starts outside any string literal), from `#`
/// to the end of its line, read from the text alone: also where a partial parse left the code
/// out. String literals (single or triple quoted, with escapes) are stepped over, so a `#` in
/// one starts no comment; only quotes and `#` are visited.
pub fn comment_spans(source: &[u8]) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut at = 0;
    while let Some(found) = memchr::memchr3(b'#', b'"', b'\'', &source[at..]) {
        let start = at + found;
        if source[start] == b'#' {
            let end = memchr::memchr(b'\n', &source[start..]).map_or(source.len(), |end| start + end);
            spans.push(start..end);
            at = end;
        } else {
            at = string_literal_end(source, start);
        }
    }
    spans
}

/// Where the string literal whose opening quote is at `start` ends: past its closing quote, or
/// at the end of its line when a single-quoted one is not closed there (or of the text).
pub(crate) fn string_literal_end(source: &[u8], start: usize) -> usize {
    let quote = source[start];
    let triple = source.get(start + 1) == Some(&quote) && source.get(start + 2) == Some(&quote);
    let mut at = start + if triple { 3 } else { 1 };
    while let Some(&byte) = source.get(at) {
        match byte {
            b'\\' => at += 2,
            b'\n' if !triple => return at,
            _ if byte == quote && !triple => return at + 1,
            _ if byte == quote
                && source.get(at + 1) == Some(&quote)
                && source.get(at + 2) == Some(&quote) =>
            {
                return at + 3
            }
            _ => at += 1,
        }
    }
    source.len()
}

/// About how many tokens tree-sitter reads in `text`: runs of name characters, other
/// characters that are not spaces, and line ends; comments count as one. Counted 64 bytes at a
/// time with no branch where a stretch holds no `#` ([`chunk_tokens`], which the compiler
/// turns into vector instructions), else a byte at a time from a table ([`TOKEN_BYTES`]):
/// the table cost about 25 instructions a byte (84 M on CPython's Lib), byte tests before it
/// about 20 more.
fn count_tokens(text: &[u8]) -> usize {
    let mut tokens = 0;
    let mut in_word = false;
    let mut at = 0;
    while at < text.len() {
        // A stretch without a comment: counted at once.
        if let Some(chunk) = text.get(at..at + CHUNK).and_then(|chunk| <&[u8; CHUNK]>::try_from(chunk).ok()) {
            if let Some(counted) = chunk_tokens(chunk, in_word) {
                tokens += counted;
                in_word = token_kind(chunk[CHUNK - 1]) == TokenByte::Name;
                at += CHUNK;
                continue;
            }
        }
        // A byte at a time to the stretch's end (or past it, to a comment's end).
        let stop = (at + CHUNK).min(text.len());
        while at < stop {
            let kind = token_kind(text[at]);
            if kind == TokenByte::Comment {
                tokens += 1;
                // To the line's end (or the text's end).
                at = memchr::memchr(b'\n', &text[at + 1..]).map_or(text.len(), |end| at + 1 + end);
                in_word = false;
                continue;
            }
            let word = kind == TokenByte::Name;
            tokens += usize::from(kind == TokenByte::Other) + usize::from(word & !in_word);
            in_word = word;
            at += 1;
        }
    }
    tokens
}

/// The stretch [`count_tokens`] counts at once.
const CHUNK: usize = 64;

/// The tokens [`count_tokens`] counts in `chunk` (`in_word`: a run of name characters goes on
/// from before it), or `None` when it holds a `#`. Each byte is classed by comparisons, not
/// the table, and the counts are sums of bytes: no branch, so vector code.
fn chunk_tokens(chunk: &[u8; CHUNK], in_word: bool) -> Option<usize> {
    let name = |byte: u8| {
        u8::from((byte | 0x20).wrapping_sub(b'a') < 26)
            | u8::from(byte.wrapping_sub(b'0') < 10)
            | u8::from(byte == b'_')
            | u8::from(byte >= 0x80)
    };
    let blank = |byte: u8| {
        u8::from(byte == b' ') | u8::from(byte == b'\t') | u8::from(byte == b'\x0c') | u8::from(byte == b'\r')
    };
    let hashes: u8 = chunk.iter().map(|&byte| u8::from(byte == b'#')).sum();
    if hashes != 0 {
        return None;
    }
    let others: u8 = chunk.iter().map(|&byte| 1 ^ (name(byte) | blank(byte))).sum();
    let starts: u8 = chunk[1..]
        .iter()
        .zip(&chunk[..CHUNK - 1])
        .map(|(&byte, &before)| name(byte) & !name(before) & 1)
        .sum();
    let first = name(chunk[0]) & u8::from(!in_word);
    Some(usize::from(others) + usize::from(starts) + usize::from(first))
}

/// A byte's [`TokenByte`].
fn token_kind(byte: u8) -> TokenByte {
    TOKEN_BYTES[usize::from(byte)]
}

/// What a byte is to [`count_tokens`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum TokenByte {
    /// A name character (a letter, a digit, `_`, a non-ASCII byte): a run of them is a token.
    Name,
    /// A space, tab, form feed or carriage return: no token.
    Blank,
    /// `#`: a comment, one token to the line's end.
    Comment,
    /// Any other byte (line ends included): a token of its own.
    Other,
}

/// Each byte's [`TokenByte`].
static TOKEN_BYTES: [TokenByte; 256] = {
    let mut kinds = [TokenByte::Other; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        kinds[byte] = if b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80 {
            TokenByte::Name
        } else if matches!(b, b' ' | b'\t' | b'\x0c' | b'\r') {
            TokenByte::Blank
        } else if b == b'#' {
            TokenByte::Comment
        } else {
            TokenByte::Other
        };
        byte += 1;
    }
    kinds
};

/// `source` as tree-sitter must read it to read it as Python does, byte for byte as long:
///
/// - A lone `\r` ends a line in Python; tree-sitter's scanner takes it for a space, so it reads
///   a `\n` there.
/// - In a run of lines that hold only a backslash continuation (or nothing), tree-sitter's
///   scanner looks over the rest of the run from each backslash: quadratic time (160 KB of `\`
///   lines took 31 s). Beyond the first [`CONTINUATIONS_KEPT`] of a run, all but the last such
///   line read as form feeds: whitespace that joins nothing and leaves the indentation of the
///   next line to that line, as the continuations did.
pub fn parse_text(source: &str) -> std::borrow::Cow<'_, str> {
    let bytes = source.as_bytes();
    let lone_cr = memchr::memchr_iter(b'\r', bytes).any(|at| bytes.get(at + 1) != Some(&b'\n'));
    let many_comment_lines = has_long_comment_run(bytes);
    let many_continuations = memchr::memchr_iter(b'\\', bytes)
        .filter(|&at| matches!(bytes.get(at + 1), Some(b'\n' | b'\r')))
        .nth(CONTINUATIONS_KEPT)
        .is_some();
    if !lone_cr && !many_continuations && !many_comment_lines {
        return std::borrow::Cow::Borrowed(source);
    }
    let mut text: Vec<u8> = bytes.to_vec();
    if lone_cr {
        for at in 0..text.len() {
            if text[at] == b'\r' && text.get(at + 1) != Some(&b'\n') {
                text[at] = b'\n';
            }
        }
    }
    if many_continuations {
        tame_continuation_runs(&mut text);
    }
    if many_comment_lines {
        blank_comment_runs(&mut text);
    }
    // Only ASCII bytes were replaced by ASCII bytes.
    std::borrow::Cow::Owned(String::from_utf8(text).unwrap_or_else(|_| source.to_string()))
}

/// How many comment-only lines of a run tree-sitter reads as they are. From each line start,
/// tree-sitter's scanner looks over the rest of the run of comment lines: 400,000 of them took
/// over a minute. The comments of the lines past these are read as spaces: no rule looks at a
/// comment on a line without code (suppressions are on the finding's line), and no fix
/// replaces text that holds a comment line (see `autofix::compute`).
const COMMENT_LINES_KEPT: usize = 64;

/// The start and end of each line of `text`, and its content without the indentation.
fn lines_of(text: &[u8]) -> impl Iterator<Item = (usize, usize, &[u8])> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &text[start..]).map_or(text.len(), |at| start + at + 1);
        let line = &text[start..end];
        let indent = line.iter().take_while(|byte| matches!(byte, b' ' | b'\t' | b'\x0c')).count();
        let item = (start, end, &line[indent..]);
        start = end;
        Some(item)
    })
}

/// Whether `text` has a run of more than [`COMMENT_LINES_KEPT`] + 1 comment-only lines (lines
/// whose content after the indentation starts with `#`). Only the lines that hold a `#` are
/// looked at (at memchr speed): a line's first `#` starts a comment-only line when only
/// indentation comes before it, and later ones never do.
fn has_long_comment_run(text: &[u8]) -> bool {
    let mut run = 0;
    // Where the line after the last comment-only line starts.
    let mut next_line = usize::MAX;
    let mut from = 0;
    while let Some(found) = memchr::memchr(b'#', &text[from..]) {
        let hash = from + found;
        // `from` starts a line: the search back stops there.
        let line_start = memchr::memrchr(b'\n', &text[from..hash]).map_or(from, |at| from + at + 1);
        let line_end = memchr::memchr(b'\n', &text[hash..]).map_or(text.len(), |at| hash + at + 1);
        if text[line_start..hash].iter().all(|byte| matches!(byte, b' ' | b'\t' | b'\x0c')) {
            run = if line_start == next_line { run + 1 } else { 1 };
            if run > COMMENT_LINES_KEPT + 1 {
                return true;
            }
            next_line = line_end;
        }
        from = line_end;
    }
    false
}

/// Reads the comments of comment-only lines past the first [`COMMENT_LINES_KEPT`] of a run
/// (and before its last line) as spaces.
fn blank_comment_runs(text: &mut [u8]) {
    let lines: Vec<(usize, usize, bool)> =
        lines_of(text).map(|(start, end, content)| (start, end, content.starts_with(b"#"))).collect();
    let mut run_start = 0;
    for index in 0..=lines.len() {
        if lines.get(index).is_some_and(|line| line.2) {
            continue;
        }
        // lines[run_start..index] is a run of comment lines.
        if index > run_start + COMMENT_LINES_KEPT + 1 {
            for &(start, end, _) in &lines[run_start + COMMENT_LINES_KEPT..index - 1] {
                let content_end = if text[end - 1] == b'\n' { end - 1 } else { end };
                let content_end = if content_end > start && text[content_end - 1] == b'\r' {
                    content_end - 1
                } else {
                    content_end
                };
                text[start..content_end].fill(b' ');
            }
        }
        run_start = index + 1;
    }
}

/// How many backslash-only lines of a run tree-sitter reads as they are.
const CONTINUATIONS_KEPT: usize = 16;

/// Turns all but the first [`CONTINUATIONS_KEPT`] and the last of each run of backslash-only
/// lines (blank lines may sit among them) into form feeds (see [`parse_text`]). `text` has
/// `\n` line ends (a `\r` before one is part of it).
fn tame_continuation_runs(text: &mut [u8]) {
    // (start, end) of each line of the current run that holds only a continuation.
    let mut run: Vec<(usize, usize)> = Vec::new();
    let flush = |run: &mut Vec<(usize, usize)>, text: &mut [u8]| {
        if run.len() > CONTINUATIONS_KEPT + 1 {
            for &(start, end) in &run[CONTINUATIONS_KEPT..run.len() - 1] {
                text[start..end].fill(b'\x0c');
            }
        }
        run.clear();
    };
    let mut start = 0;
    while start < text.len() {
        let end =
            text[start..].iter().position(|&byte| byte == b'\n').map_or(text.len(), |at| start + at + 1);
        let line = &text[start..end];
        let content = line.strip_suffix(b"\n").unwrap_or(line);
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        let body: Vec<u8> =
            content.iter().copied().filter(|byte| !matches!(byte, b' ' | b'\t' | b'\x0c')).collect();
        if body == b"\\" && end > start && text[end - 1] == b'\n' {
            run.push((start, end));
        } else if !body.is_empty() {
            flush(&mut run, text);
        }
        start = end;
    }
    flush(&mut run, text);
}

fn included_ranges(source: &str, ranges: &[std::ops::Range<usize>]) -> Vec<tree_sitter::Range> {
    let bytes = source.as_bytes();
    let mut row = 0;
    let mut scanned = 0;
    let mut line_start = 0;
    let mut point = |offset: usize| {
        let offset_in_text = offset.min(bytes.len());
        if offset_in_text > scanned {
            let new = &bytes[scanned..offset_in_text];
            row += memchr::memchr_iter(b'\n', new).count();
            if let Some(last) = memchr::memrchr(b'\n', new) {
                line_start = scanned + last + 1;
            }
        }
        scanned = scanned.max(offset);
        tree_sitter::Point::new(row, offset - line_start)
    };
    ranges
        .iter()
        .map(|range| {
            let start_point = point(range.start);
            let end_point = point(range.end);
            tree_sitter::Range { start_byte: range.start, end_byte: range.end, start_point, end_point }
        })
        .collect()
}

/// The Python grammar the parser parses with: the faster language of
/// crate/native/python_language.c (the same trees) natively and in WebAssembly with the
/// `fast-language` feature (build.rs sets `native_c`), else the grammar's own.
fn parsing_language() -> Language {
    #[cfg(native_c)]
    return native::python_language();
    #[cfg(not(native_c))]
    return tree_sitter_python::LANGUAGE.into();
}

fn with_parser<T>(f: impl FnOnce(&mut Parser) -> Option<T>) -> Option<T> {
    thread_local! {
        static PARSER: RefCell<Option<Parser>> = const { RefCell::new(None) };
    }
    PARSER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let mut parser = Parser::new();
            parser.set_language(&parsing_language()).ok()?;
            *slot = Some(parser);
        }
        f(slot.as_mut()?)
    })
}

/// What a visitor wants after seeing a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Descend {
    /// Visit the node's children.
    Yes,
    /// Skip the node's children.
    No,
}

/// A pre-order visitor over the named nodes of a tree.
pub trait Visitor<'t> {
    /// Called for each named node, with its kind id and its ancestors (outermost first).
    fn enter(&mut self, node: Node<'t>, kind: KindId, ancestors: &[Node<'t>]) -> Descend;
    /// [`Visitor::enter`], called by a walk that knows whether the node has children
    /// (`Node::child_count() > 0`, anonymous ones counted: [`Preorder::replay`] has it from the
    /// recording), for a visitor that would ask it (a call into tree-sitter for every node).
    fn enter_known(
        &mut self,
        node: Node<'t>,
        kind: KindId,
        ancestors: &[Node<'t>],
        _has_children: bool,
    ) -> Descend {
        self.enter(node, kind, ancestors)
    }
    /// Called after the node's children were visited (or skipped), with its kind id.
    fn leave(&mut self, _node: Node<'t>, _kind: KindId) {}
}

/// Visits every named node under `root` in source order, with an explicit stack instead of
/// recursion, so that a 100,000-deep expression cannot overflow the call stack.
pub fn walk<'t>(root: Node<'t>, visitor: &mut impl Visitor<'t>) {
    let mut cursor = root.walk();
    let mut ancestors: Vec<Node<'t>> = Vec::new();
    loop {
        let node = cursor.node();
        let descend =
            if node.is_named() { visitor.enter(node, KindId::of(node), &ancestors) } else { Descend::Yes };
        if descend == Descend::Yes && cursor.goto_first_child() {
            ancestors.push(node);
            continue;
        }
        if node.is_named() {
            visitor.leave(node, KindId::of(node));
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return;
            }
            if let Some(parent) = ancestors.pop() {
                if parent.is_named() {
                    visitor.leave(parent, KindId::of(parent));
                }
            }
        }
    }
}

/// The nodes of a tree in the order [`walk`] visits them, recorded by one pass of a tree cursor
/// so that several walks over the same tree ([`Preorder::replay`]) move no cursor: the semantic
/// model's and the checker's. Only the nodes a visitor can see are kept: the named ones, and
/// any other that has children (an ancestor); anonymous leaves (punctuation, keywords) are not.
pub struct Preorder<'t> {
    /// Each node with its depth (the root's is 0), whether it is named and has children.
    nodes: Vec<Recorded<'t>>,
    /// The tree of every recorded node (the same for all: held once, not in each record).
    tree: *const tree_sitter::ffi::TSTree,
}

/// A node of a [`Preorder`], with its depth (the root's is 0), its kind id, whether it is
/// named and whether it has children: a `TSNode` without its tree (which the [`Preorder`] holds once), so 32 bytes where a
/// [`Node`] and the rest took 40. Laid out as C's `PysunsetRecorded` (crate/native/preorder.c),
/// which writes them.
#[repr(C)]
#[derive(Clone, Copy)]
struct Recorded<'t> {
    /// The node's `TSNode::context`: its start and alias.
    context: [u32; 4],
    /// The node's `TSNode::id`: its subtree.
    id: *const std::ffi::c_void,
    depth: u32,
    kind: KindId,
    /// [`Recorded::NAMED`] and [`Recorded::PARENT`] (C's `RECORDED_NAMED`, `RECORDED_PARENT`).
    flags: u8,
    tree: std::marker::PhantomData<Node<'t>>,
}

// A record is 32 bytes where pointers are 8, 28 where they are 4 (wasm32): the C side writes
// them and asserts the same size, so the layouts must agree.
const _: () = assert!(std::mem::size_of::<Recorded<'static>>() == 24 + std::mem::size_of::<usize>());

impl<'t> Recorded<'t> {
    /// The flag of a named node.
    const NAMED: u8 = 1;
    /// The flag of a node with children (`Node::child_count() > 0`).
    const PARENT: u8 = 2;

    fn new(node: Node<'t>, depth: u32, kind: KindId, named: bool, parent: bool) -> Self {
        let raw = node.into_raw();
        let flags = if named { Self::NAMED } else { 0 } | if parent { Self::PARENT } else { 0 };
        Self { context: raw.context, id: raw.id, depth, kind, flags, tree: std::marker::PhantomData }
    }

    /// Whether the node is named.
    fn named(&self) -> bool {
        self.flags & Self::NAMED != 0
    }

    /// Whether the node has children (`Node::child_count() > 0`).
    fn has_children(&self) -> bool {
        self.flags & Self::PARENT != 0
    }

    /// The recorded node, of `tree` (the tree of the root it was recorded under).
    fn node(&self, tree: *const tree_sitter::ffi::TSTree) -> Node<'t> {
        // SAFETY: `context` and `id` are those of a node of `tree` (see `Recorded::new` and the C
        // side), a tree borrowed for `'t`: together they are that node, as tree-sitter made it.
        unsafe { Node::from_raw(tree_sitter::ffi::TSNode { context: self.context, id: self.id, tree }) }
    }
}

impl<'t> Preorder<'t> {
    /// Records the nodes under `root` (itself included).
    pub fn new(root: Node<'t>) -> Self {
        // The tree knows how many nodes it holds (anonymous leaves included, which are not
        // kept): one allocation instead of a vector doubled and copied as it fills.
        let mut nodes = Vec::with_capacity(root.descendant_count());
        #[cfg(native_c)]
        if !native::record(root, &mut nodes) {
            Self::record_with_cursor(root, &mut nodes);
        }
        #[cfg(not(native_c))]
        Self::record_with_cursor(root, &mut nodes);
        Self { nodes, tree: root.into_raw().tree }
    }

    /// What [`Preorder::new`] records, by moving a tree cursor: a node is kept when it is named
    /// or the cursor can go to a child of it.
    fn record_with_cursor(root: Node<'t>, nodes: &mut Vec<Recorded<'t>>) {
        let mut cursor = root.walk();
        let mut depth: u32 = 0;
        loop {
            let node = cursor.node();
            let named = node.is_named();
            // A cursor goes to a first child when the node has one (`child_count` > 0).
            if cursor.goto_first_child() {
                nodes.push(Recorded::new(node, depth, KindId::of(node), named, true));
                depth += 1;
                continue;
            }
            if named {
                nodes.push(Recorded::new(node, depth, KindId::of(node), named, false));
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    return;
                }
                depth -= 1;
            }
        }
    }

    /// Visits the recorded nodes as [`walk`] visits the tree: `enter` on each named node with
    /// its ancestors, `leave` after its children (or at once, when `enter` skips them).
    pub fn replay(&self, visitor: &mut impl Visitor<'t>) {
        let mut ancestors: Vec<Node<'t>> = Vec::new();
        // Each ancestor's kind id, when it is named (a visitor leaves it).
        let mut named_ancestors: Vec<Option<KindId>> = Vec::new();
        let mut skip_below: Option<usize> = None;
        let close = |ancestors: &mut Vec<Node<'t>>,
                     named: &mut Vec<Option<KindId>>,
                     depth: usize,
                     visitor: &mut _| {
            while ancestors.len() > depth {
                let node = ancestors.pop();
                if let (Some(node), Some(Some(kind))) = (node, named.pop()) {
                    Visitor::leave(visitor, node, kind);
                }
            }
        };
        for recorded in &self.nodes {
            let (depth, kind, named) = (recorded.depth as usize, recorded.kind, recorded.named());
            if skip_below.is_some_and(|skipped| depth > skipped) {
                continue;
            }
            skip_below = None;
            close(&mut ancestors, &mut named_ancestors, depth, visitor);
            let node = recorded.node(self.tree);
            if named && visitor.enter_known(node, kind, &ancestors, recorded.has_children()) == Descend::No {
                skip_below = Some(depth);
            }
            ancestors.push(node);
            named_ancestors.push(named.then_some(kind));
        }
        close(&mut ancestors, &mut named_ancestors, 0, visitor);
    }
}

/// [`Preorder::new`]'s recording in C (crate/native/preorder.c, built by build.rs): a tree
/// cursor steps through the grammar's hidden nodes (the balanced trees of a block's statements
/// or a call's arguments) one level at a time, rebuilding a child iterator at each step, about
/// 580 instructions a sibling on CPython's Lib; the C walk reads each subtree's children once.
/// It gives the nodes the cursor gives (the test `records_the_nodes_a_cursor_visits` compares).
/// Built natively, and in WebAssembly with the `fast-language` feature (see build.rs).
#[cfg(native_c)]
mod native {
    use super::Recorded;
    use tree_sitter::ffi::TSNode;
    use tree_sitter::{Language, Node};

    extern "C" {
        /// Makes the language [`pysunset_python_language`] returns: the grammar's, with the
        /// scanner of crate/native/python_scanner.c and every parse state in a dense table.
        fn pysunset_python_language_init();
        /// Whether [`pysunset_python_language_init`] put every parse state in a dense table
        /// (it does unless error recovery could then take other reductions).
        #[cfg(all(test, not(target_arch = "wasm32")))]
        fn pysunset_python_language_is_dense() -> bool;
        /// Whether [`pysunset_python_language_init`] gave the language the lexer functions of
        /// crate/native/python_lexer.c (it does when their copy has the grammar's table sizes).
        #[cfg(all(test, not(target_arch = "wasm32")))]
        fn pysunset_python_language_has_lexer() -> bool;
        /// The language made by [`pysunset_python_language_init`], as a grammar's language
        /// function returns its own.
        fn pysunset_python_language() -> *const ();
        /// Writes what [`super::Preorder::new`] records of `root` to `out` (room for `capacity`
        /// records, laid out as [`Recorded`]); how many, or `u32::MAX` when they do not fit.
        fn pysunset_record(root: TSNode, out: *mut Recorded<'_>, capacity: u32) -> u32;
        /// Writes the named children of `parent` to `out` (room for `capacity`), as
        /// tree-sitter's `Node::named_children` gives them; how many, or `u32::MAX` when they
        /// do not fit (or its hidden nodes nest too deep).
        fn pysunset_named_children(parent: TSNode, out: *mut TSNode, capacity: u32) -> u32;
        /// Writes the children of `parent` in the field `field` to `out` (room for
        /// `capacity`), as tree-sitter's `Node::children_by_field_id` gives them; how many, or
        /// `u32::MAX` when they do not fit (or its hidden nodes nest too deep).
        fn pysunset_field_children(parent: TSNode, field: u16, out: *mut TSNode, capacity: u32) -> u32;
    }

    /// [`super::field_children`] by the C walk of crate/native/preorder.c (see
    /// [`named_children`]); `None` when the C walk gives up.
    pub(super) fn field_children(parent: Node<'_>, field: std::num::NonZeroU16) -> Option<Vec<Node<'_>>> {
        // A field's children are among the visible children.
        let capacity = parent.child_count();
        if capacity == 0 {
            return Some(Vec::new());
        }
        let mut children: Vec<Node<'_>> = Vec::with_capacity(usize::try_from(capacity).ok()?);
        // SAFETY: as in `named_children`: at most `capacity` nodes of `parent`'s tree are
        // written into the vector's allocation, laid out as `Node`s.
        let written = unsafe {
            pysunset_field_children(
                parent.into_raw(),
                field.get(),
                children.as_mut_ptr().cast::<TSNode>(),
                capacity,
            )
        };
        if written > capacity {
            return None;
        }
        // SAFETY: `written` nodes were written (see above).
        unsafe { children.set_len(written as usize) };
        Some(children)
    }

    /// [`super::named_children`] by the C walk of crate/native/preorder.c: a cursor steps
    /// through the hidden nodes of a block's statements or a call's arguments one level at a
    /// time (about 2,000 instructions a call on CPython's Lib); `None` when the C walk gives
    /// up or finds another count than tree-sitter's (the cursor's answer is then taken).
    pub(super) fn named_children(parent: Node<'_>) -> Option<Vec<Node<'_>>> {
        let expected = parent.named_child_count();
        if expected == 0 {
            return Some(Vec::new());
        }
        let mut children: Vec<Node<'_>> = Vec::with_capacity(expected);
        let room = u32::try_from(expected).ok()?;
        // SAFETY: `parent` is a live node of a tree borrowed for the nodes' lifetime; the C side
        // writes at most `room` `TSNode`s into the vector's allocation (room for `expected`),
        // each made by tree-sitter's `ts_node_new` from a subtree of that tree. `Node` is
        // `repr(transparent)` over `TSNode`, so the nodes are laid out as written.
        let written = unsafe {
            pysunset_named_children(parent.into_raw(), children.as_mut_ptr().cast::<TSNode>(), room)
        };
        if written != room {
            return None;
        }
        // SAFETY: `written` nodes were written (see above).
        unsafe { children.set_len(written as usize) };
        Some(children)
    }

    /// The Python grammar as crate/native/python_language.c makes it: with the scanner of
    /// crate/native/python_scanner.c, which steps over runs of spaces, comments and string
    /// contents at once where the grammar's own scanner calls the lexer once a character (about
    /// 60 instructions each, 6.5 M calls on CPython's Lib), and keeps its stacks' memory from
    /// token to token; and with every parse state's actions in a dense table, where the grammar
    /// searches a list for most states (about 140 instructions a look-up, 1.5 M look-ups); and
    /// with the grammar's lexer compiled with tree-sitter's lexer calls inlined
    /// (crate/native/python_lexer.c), where the grammar's makes two or three indirect calls and
    /// a binary search of 800 ranges for a character of an identifier.
    pub(super) fn python_language() -> Language {
        static MADE: std::sync::Once = std::sync::Once::new();
        // SAFETY: the C function copies the grammar's static language into its own static,
        // sets its scanner's functions and its table; `Once` runs it once, before any use.
        MADE.call_once(|| unsafe { pysunset_python_language_init() });
        // SAFETY: the function returns a pointer to a complete language (the grammar's, with
        // another scanner of the same tokens and state layout, the same parse table laid out
        // densely and its own lexer functions compiled again) that lives as long as the
        // process, as a grammar's generated language function does.
        Language::new(unsafe { tree_sitter_language::LanguageFn::from_raw(pysunset_python_language) })
    }

    /// Whether the native language has every parse state in its dense table.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub(super) fn python_language_is_dense() -> bool {
        python_language();
        // SAFETY: reads a flag the language's initialisation (done above, under a `Once`) set.
        unsafe { pysunset_python_language_is_dense() }
    }

    /// Whether the native language lexes with crate/native/python_lexer.c's functions.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub(super) fn python_language_has_lexer() -> bool {
        python_language();
        // SAFETY: reads a flag the language's initialisation (done above, under a `Once`) set.
        unsafe { pysunset_python_language_has_lexer() }
    }

    /// Pushes onto `nodes` what [`super::Preorder::new`] records of `root`'s tree, in the room
    /// `nodes` has (one record per visible node is enough: `Node::descendant_count`); whether
    /// it fit (when not, `nodes` is left as it was).
    pub(super) fn record<'t>(root: Node<'t>, nodes: &mut Vec<Recorded<'t>>) -> bool {
        let room = u32::try_from(nodes.capacity() - nodes.len()).unwrap_or(u32::MAX - 1);
        // SAFETY: `root` is a live node of a tree borrowed for `'t`; the C side writes at most
        // `room` records after the vector's initialised part, inside its allocation, each a
        // `Recorded` (`repr(C)`: a `TSNode`'s `context` and `id`, then a `uint32_t`, a `uint16_t`
        // and a `bool`) whose node is one of that tree's (made by tree-sitter's `ts_node_new`
        // from its subtrees) and kind that node's `ts_node_symbol`.
        let written = unsafe { pysunset_record(root.into_raw(), nodes.as_mut_ptr().add(nodes.len()), room) };
        if written > room {
            return false;
        }
        // SAFETY: the `written` records after the initialised part were written (see above).
        unsafe { nodes.set_len(nodes.len() + written as usize) };
        true
    }
}

/// The source text of a node (empty if its range is not on character boundaries).
pub fn text<'s>(node: Node<'_>, source: &'s str) -> &'s str {
    source.get(node.byte_range()).unwrap_or("")
}

/// The children of `node` in `field` (a field can hold several, as `name` in imports does).
pub fn field_children<'t>(node: Node<'t>, field: Field) -> Vec<Node<'t>> {
    let Some(id) = field_id(field) else {
        return Vec::new();
    };
    #[cfg(native_c)]
    if let Some(children) = native::field_children(node, id) {
        return children;
    }
    field_children_with_cursor(node, id)
}

/// [`field_children`] by moving a tree cursor (tree-sitter's `Node::children_by_field_id`).
fn field_children_with_cursor(node: Node<'_>, id: std::num::NonZeroU16) -> Vec<Node<'_>> {
    let mut cursor = node.walk();
    node.children_by_field_id(id, &mut cursor).collect()
}

/// The named children of a node.
pub fn named_children<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    #[cfg(native_c)]
    if let Some(children) = native::named_children(node) {
        return children;
    }
    named_children_with_cursor(node)
}

/// [`named_children`] by moving a tree cursor (tree-sitter's `Node::named_children`).
fn named_children_with_cursor<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor).collect()
}

/// The named children of a node without the comments and line continuations that may sit
/// between them (a `\` at the end of a line is a named node of the tree, wherever it is).
/// Ex) the object and the name of `hasattr(ssl,  # newer` / `"create_default_context")`.
pub fn parts(node: Node<'_>) -> Vec<Node<'_>> {
    let mut parts = named_children(node);
    parts.retain(|part| !is_extra(*part));
    parts
}

/// The first of [`parts`]: the expression in parentheses, the test of an `assert`, the value
/// of a `return`, with no comment or `\` before it. Ex) `x` in `( \` / `x)`.
pub fn first_part(node: Node<'_>) -> Option<Node<'_>> {
    let mut part = node.named_child(0);
    while let Some(extra) = part.filter(|part| is_extra(*part)) {
        part = extra.next_named_sibling();
    }
    part
}

fn is_extra(node: Node<'_>) -> bool {
    matches!(node.kind_name(), "comment" | "line_continuation")
}

/// The body, condition and alternative of a conditional expression (`body if condition else
/// alternative`), leaving out the comments and line continuations between them.
pub fn conditional_parts(node: Node<'_>) -> Option<[Node<'_>; 3]> {
    parts(node).try_into().ok()
}

/// The expression inside any number of parentheses (`node` itself when it has none), found
/// without recursion: 100,000 nested parentheses around a literal are a tree that deep.
pub fn without_parentheses(node: Node<'_>) -> Node<'_> {
    let mut node = node;
    while node.kind_name() == "parenthesized_expression" {
        match first_part(node) {
            Some(inner) => node = inner,
            None => break,
        }
    }
    node
}

/// The value of a string literal without its quotes and prefix, when it has no interpolation
/// and no escape sequence that would change it.
pub fn string_value<'s>(node: Node<'_>, source: &'s str) -> Option<&'s str> {
    let node = without_parentheses(node);
    match node.kind_name() {
        "string" => {
            let mut content = None;
            for child in named_children(node) {
                match child.kind_name() {
                    "string_start" | "string_end" => {}
                    "string_content" if content.is_none() => content = Some(text(child, source)),
                    _ => return None,
                }
            }
            let value = content.unwrap_or("");
            (!value.contains('\\')).then_some(value)
        }
        _ => None,
    }
}

/// Whether `node` is written or deleted rather than read: an assignment target (also inside a
/// tuple of targets), a `for` target or a `del` operand. `parents` are the node's ancestors,
/// innermost first (`std::iter::successors(node.parent(), Node::parent)` when no list is at hand).
pub fn is_written<'t>(node: Node<'t>, parents: impl IntoIterator<Item = Node<'t>>) -> bool {
    let mut child = node;
    for parent in parents {
        match parent.kind_name() {
            "pattern_list"
            | "tuple_pattern"
            | "list_pattern"
            | "expression_list"
            | "tuple"
            | "list"
            | "parenthesized_expression" => child = parent,
            "assignment" | "augmented_assignment" | "for_statement" | "for_in_clause" => {
                return parent.field(Field::Left).is_some_and(|left| left.id() == child.id());
            }
            "delete_statement" => return true,
            _ => return false,
        }
    }
    false
}

/// Whether a string node is a docstring or another bare string statement: text, not code.
/// `ancestors` are the string's ancestors, outermost first (as [`Visitor::enter`] gets them).
pub fn is_bare_string_statement(ancestors: &[Node<'_>]) -> bool {
    for parent in ancestors.iter().rev() {
        match parent.kind_name() {
            "concatenated_string" | "parenthesized_expression" => {}
            "expression_statement" => return parent.named_child_count() == 1,
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests;
