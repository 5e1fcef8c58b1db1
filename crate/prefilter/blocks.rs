//! The scan's records of a file's top-level statements (and of its classes' members).

use super::evidence::Mention;
use crate::lines::TextRange;

/// What a top-level statement is, for deciding whether to parse it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum BlockKind {
    /// A `def`, `async def` or `class` (with its decorators).
    Definition,
    /// Decorator lines, waiting for their definition.
    Decorator,
    /// Any other statement: module-level code, parsed a statement at a time where it may
    /// matter ([`Blocks::code_kept`]).
    Other,
}

/// A top-level statement, or a run of consecutive statements of module-level code (one record
/// for the run keeps the scan's memory a fraction of the text's, where a record a statement
/// took 170 bytes a line of `x=1`; where each statement of the run starts, and which mention a
/// word, [`Blocks`] notes apart, in a bit a byte and a list of the few).
#[derive(Debug)]
pub(super) struct Block {
    /// Where it starts ([`Block::start`]; `u32`: see [`Span`]).
    pub(super) start: u32,
    pub(super) kind: BlockKind,
    pub(super) in_header: bool,
    /// The catalogue and context words it mentions (ids, with repeats); none noted in
    /// module-level code, whose statements that mention one are noted as such
    /// ([`Blocks::marked`]).
    pub(super) words: Vec<Mention>,
    /// The words of a definition's header (a class's bases), up to its first `:`: a range of
    /// [`Blocks::headers`].
    pub(super) header: Span,
    /// For a class, its name; for a function, its name ([`Block::class_name`],
    /// [`Block::function_name`]).
    pub(super) name: Option<TextRange>,
    /// For a class: the statements of its body (boxed: most statements are no class).
    pub(super) class: Option<Box<ClassBody>>,
}

/// The statements directly in a top-level class's body, so that its methods can be left out
/// of the parse one by one.
#[derive(Debug, Default)]
pub(super) struct ClassBody {
    /// The indentation of the body's first statement.
    pub(super) indent: Option<TextRange>,
    pub(super) members: Vec<Member>,
    /// A line of the body is indented neither as its first statement nor deeper: the class is
    /// parsed whole.
    pub(super) broken: bool,
}

/// A statement in a class body: a method (with its decorators) or anything else.
#[derive(Debug)]
pub(super) struct Member {
    /// The start of its first line.
    pub(super) start: usize,
    pub(super) kind: BlockKind,
    /// The catalogue and context words it mentions.
    pub(super) words: Vec<Mention>,
    /// A method's name.
    pub(super) name: Option<TextRange>,
}

/// A range of the text (or of [`Blocks::headers`]) in `u32` offsets: the scan keeps a record a
/// definition, and these halve its offsets (a text checked is at most 64 MiB, and tree-sitter's
/// offsets are `u32` too). A text past 4 GiB is refused before its scan ([`super::scan_text`]).
#[derive(Clone, Copy)]
pub(super) struct Span {
    pub(super) start: u32,
    pub(super) end: u32,
}

impl Span {
    pub(super) fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// As the `usize` range it stands for (`3..7`), so that a record's debug form does not depend
/// on the offsets' width (the recorded scans in `scans.rs` digest it).
impl std::fmt::Debug for Span {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.range().fmt(formatter)
    }
}

// A record a definition: 72 bytes where pointers are 8 (96 with `usize` offsets).
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Block>() == 72);

/// `at`, an offset of a text [`super::scan_text`] took (or of a list shorter than it), as a `u32`
/// offset of a [`Span`] or a [`Block`].
pub(super) fn offset(at: usize) -> u32 {
    debug_assert!(u32::try_from(at).is_ok());
    at as u32
}

impl Block {
    /// Where the statement starts.
    pub(super) fn start(&self) -> usize {
        self.start as usize
    }

    /// For a class: its name.
    pub(super) fn class_name(&self) -> Option<TextRange> {
        self.name.filter(|_| self.class.is_some())
    }

    /// For a function: its name.
    pub(super) fn function_name(&self) -> Option<TextRange> {
        self.name.filter(|_| self.class.is_none())
    }

    /// Notes a mention of a catalogue or context word in the statement (and in the class body's
    /// current member): a definition's ([`Blocks::mention`] notes module-level code's).
    fn mention(&mut self, mention: Mention) {
        if self.kind == BlockKind::Other {
            return;
        }
        self.words.push(mention);
        if let Some(member) = self.class.as_mut().and_then(|body| body.members.last_mut()) {
            member.words.push(mention);
        }
    }

    /// The name after a `def`: a method's, when it is the first of a class member.
    pub(super) fn method_name(&mut self, name: TextRange) {
        if let Some(member) = self.class.as_mut().and_then(|body| body.members.last_mut()) {
            if member.kind == BlockKind::Definition && member.name.is_none() {
                member.name = Some(name);
            }
        }
    }

    /// An indented line of the statement whose first token (`word`, or a byte that starts no
    /// word) is at `at`: in a class's body, it may start a member.
    pub(super) fn member_line(&mut self, bytes: &[u8], line: usize, at: usize, word: &[u8]) {
        let in_header = self.in_header;
        let Some(body) = self.class.as_mut().filter(|body| !body.broken && !in_header) else {
            return;
        };
        let indent = &bytes[line..at];
        match body.indent {
            None => body.indent = Some(TextRange::new(line, at)),
            Some(first) => {
                let first = &bytes[first.start..first.end];
                if indent.len() > first.len() && indent.starts_with(first) {
                    return; // inside the current member
                }
                if indent != first {
                    body.broken = true;
                    return;
                }
            }
        }
        let kind = match word {
            b"def" | b"async" => BlockKind::Definition,
            _ if bytes[at] == b'@' => BlockKind::Decorator,
            _ => BlockKind::Other,
        };
        if let Some(last) = body.members.last_mut().filter(|last| last.kind == BlockKind::Decorator) {
            // A method (or more decorators) after decorators: one member.
            if kind != BlockKind::Decorator {
                last.kind = kind;
            }
            return;
        }
        body.members.push(Member { start: line, kind, words: Vec::new(), name: None });
    }
}

/// The top-level statements of a file.
pub(super) struct Blocks<'b> {
    pub(super) bytes: &'b [u8],
    pub(super) list: Vec<Block>,
    /// The words of the definitions' headers, each block's in a run ([`Block::header`]): one
    /// list for the file, not one a definition.
    pub(super) headers: Vec<Span>,
    /// Where each statement of module-level code starts: a bit a byte of the text, set at the
    /// statement's first token (an eighth of a byte a byte, where a `u32` a statement would
    /// take a byte a byte of `x=1` lines, more while its vector doubles).
    pub(super) code_starts: Vec<u64>,
    /// The statements of module-level code that mention a catalogue or context word in a form
    /// that may make them hold a use ([`super::words::Words::marks`]): a bit a byte of the
    /// text, set at the statement's start, as [`Self::code_starts`].
    pub(super) marked: Vec<u64>,
    /// The start of the current statement of module-level code.
    statement: u32,
}

impl<'b> Blocks<'b> {
    /// The records of `bytes`, none yet.
    pub(super) fn new(bytes: &'b [u8]) -> Self {
        Blocks {
            bytes,
            list: Vec::new(),
            headers: Vec::new(),
            code_starts: vec![0; bytes.len() / 64 + 1],
            marked: vec![0; bytes.len() / 64 + 1],
            statement: 0,
        }
    }

    /// A statement of module-level code starts at `at`.
    fn code_statement(&mut self, at: usize) {
        self.code_starts[at / 64] |= 1 << (at % 64);
        self.statement = offset(at);
    }

    /// Notes a mention of a catalogue or context word in the current statement: a
    /// definition's ([`Block::mention`]), or, when `marks` says it may make it hold a use, a
    /// statement of module-level code's ([`Self::marked`]).
    pub(super) fn mention(&mut self, mention: Mention, marks: bool) {
        let Some(block) = self.list.last_mut() else {
            return;
        };
        if block.kind != BlockKind::Other {
            block.mention(mention);
        } else if marks {
            let at = self.statement as usize;
            self.marked[at / 64] |= 1 << (at % 64);
        }
    }

    /// Whether the statement of module-level code that starts at `start` is marked
    /// ([`Self::marked`]).
    pub(super) fn is_marked(&self, start: usize) -> bool {
        self.marked[start / 64] & (1 << (start % 64)) != 0
    }

    /// The statements of module-level code in `range` (a run of it, [`BlockKind::Other`]),
    /// each from its first token to the next one's (the last one to the run's end).
    pub(super) fn code_statements(&self, range: std::ops::Range<usize>) -> CodeStatements<'_> {
        CodeStatements { starts: &self.code_starts, at: range.start, end: range.end }
    }

    /// A word of the current block's header.
    pub(super) fn header_word(&mut self, word: TextRange) {
        self.headers.push(Span { start: offset(word.start), end: offset(word.end) });
        if let Some(block) = self.list.last_mut() {
            block.header.end = offset(self.headers.len());
        }
    }

    pub(super) fn open(&mut self, start: usize, kind: BlockKind) {
        if let Some(last) = self.list.last_mut() {
            if last.kind == BlockKind::Decorator {
                // A definition (or more decorators) after decorators: one statement.
                if kind != BlockKind::Decorator {
                    last.kind = kind;
                }
                if kind == BlockKind::Other {
                    // Broken code (decorators before no definition): one statement from the
                    // first decorator, kept whatever it mentions (those words were a
                    // definition's).
                    let at = last.start();
                    self.code_statement(at);
                    self.marked[at / 64] |= 1 << (at % 64);
                }
                return;
            }
            if last.kind == BlockKind::Other && kind == BlockKind::Other {
                self.code_statement(start);
                return; // more module-level code: the same run
            }
        }
        if kind == BlockKind::Other {
            self.code_statement(start);
        }
        let headers = offset(self.headers.len());
        self.list.push(Block {
            start: offset(start),
            kind,
            in_header: true,
            words: Vec::new(),
            header: Span { start: headers, end: headers },
            name: None,
            class: None,
        });
    }

    pub(super) fn current(&mut self) -> Option<&mut Block> {
        self.list.last_mut()
    }

    /// Where top-level statement `index` ends (`end`: the text's length).
    pub(super) fn stop(&self, index: usize, end: usize) -> usize {
        self.list.get(index + 1).map_or(end, Block::start)
    }
}

/// The iterator of [`Blocks::code_statements`]: the set bits of [`Blocks::code_starts`], a
/// word of 64 at a time.
pub(super) struct CodeStatements<'s> {
    starts: &'s [u64],
    /// The current statement's start.
    at: usize,
    end: usize,
}

impl Iterator for CodeStatements<'_> {
    type Item = std::ops::Range<usize>;

    fn next(&mut self) -> Option<Self::Item> {
        let start = self.at;
        if start >= self.end {
            return None;
        }
        // The next set bit after `start`, before `end`.
        let mut next = start + 1;
        while next < self.end {
            let bits = self.starts[next / 64] >> (next % 64);
            if bits != 0 {
                next += bits.trailing_zeros() as usize;
                break;
            }
            next = (next / 64 + 1) * 64;
        }
        self.at = next.min(self.end);
        Some(start..self.at)
    }
}
