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
    /// Any other statement: module-level code, always parsed.
    Other,
}

/// A top-level statement, or a run of consecutive statements of module-level code (always
/// parsed, so nothing tells them apart: one record for the run keeps the scan's memory a
/// fraction of the text's, where a record a statement took 170 bytes a line of `x=1`).
#[derive(Debug)]
pub(super) struct Block {
    /// Where it starts ([`Block::start`]; `u32`: see [`Span`]).
    pub(super) start: u32,
    pub(super) kind: BlockKind,
    pub(super) in_header: bool,
    /// The catalogue and context words it mentions (ids, with repeats); none noted in
    /// module-level code, which is parsed whatever it mentions.
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
    /// current member).
    pub(super) fn mention(&mut self, mention: Mention) {
        if self.kind == BlockKind::Other {
            return; // parsed whatever it mentions
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
}

impl Blocks<'_> {
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
                return;
            }
            if last.kind == BlockKind::Other && kind == BlockKind::Other {
                return; // more module-level code: the same run
            }
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
