//! A lexical prefilter: decides from the raw text, without parsing, whether a file can contain
//! any finding at all. Most files of a real code base cannot, and parsing is the expensive part.
//!
//! A small Python tokenizer reads the file once (comments skipped, strings kept apart from code)
//! and notes where the words of the catalogue occur:
//! - as the first segment of a module path in an import statement (`import imp`, `from distutils.core import`);
//! - after a dot or in the names a `from` import takes (`iu.set_loader`, `from typing import io`);
//! - after `def` (a legacy hook method's definition);
//! - anywhere in code, or inside strings;
//! - as the callee of a call, with how its arguments start ([`calls`]), or as a keyword argument.
//!
//! Each entry says which of these its uses must show (a removed module must be imported, a
//! removed name must be reached after a dot or imported by name, ...). A file is parsed only when
//! some entry's evidence is all there, and then only the top-level statements that may hold a
//! use in the form its entry needs (plus module-level code), and of their classes only the
//! methods that may (or that the rest calls); a class entered in `with` gets a
//! second look ([`with_statements`]). The rules never see a use the prefilter would have missed:
//! every fixture goes through it, and the real-world corpus checks the end result.

mod calls;
mod lexer;
mod with_statements;

use crate::catalogue::{Entry, ENTRIES};
use crate::detections::{self, Needs};
use crate::hash::BuildWordHash;
use crate::lines::TextRange;
use crate::stdlib;
use crate::version::PythonVersion;
use calls::CallSite;
use lexer::scan;
pub(crate) use lexer::{is_word_byte, word_end};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Where a word occurred.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Seen {
    /// The first segment of an absolute module path in an import statement.
    imported: bool,
    /// After a dot, or as a name a `from` import takes.
    member: bool,
    /// After a dot that follows anything but a module the file imports by its own name
    /// (`x.warn`, `f().warn`, not `warnings.warn` after `import warnings`): where a method of
    /// an instance can be.
    on_instance: bool,
    /// The name of a `def`.
    defined: bool,
    /// Any identifier in code.
    code: bool,
    /// A word inside a string.
    string: bool,
    /// The first word of a string literal that may name a module (`"imp"`, `"distutils.core"`).
    module_string: bool,
    /// A name a `from` import takes (`from locale import format`).
    imported_name: bool,
    /// After a dot that follows an alias of a module the semantic model rewrites
    /// (`from six.moves import configparser as cp; cp.x`): an alias of any other module makes a
    /// pair of the module's last word and the member instead (`import typing as t; t.re`).
    after_alias: bool,
    /// The name of a keyword argument (`=` follows it inside brackets).
    keyword: bool,
    /// The first word after `~` (past opening brackets): `~True`, `~(not x)`.
    after_tilde: bool,
}

impl Seen {
    /// Whether the word occurred at all (any of the flags): compared as a whole, a few loads
    /// (it is asked of every word of the catalogue in every file).
    fn any(&self) -> bool {
        *self != Seen::default()
    }
}

/// Words of which at least one must have occurred (in any form) for `needs` to be met, or
/// `None` when the needs name no such words: an entry whose words a file never spells is not
/// looked at further.
fn key_words(needs: &Needs) -> Option<Vec<usize>> {
    match *needs {
        Needs::Module { root, .. } | Needs::Name { root, .. } => Some(vec![root]),
        Needs::Method { name, .. }
        | Needs::AnyReceiver { name }
        | Needs::Member { name, .. }
        | Needs::Definition { name, .. }
        | Needs::Variable { name }
        | Needs::InCode { name }
        | Needs::InString { name } => Some(vec![name]),
        Needs::Operand { operator, .. } => Some(vec![operator]),
        Needs::Keyword { ref callables, .. } => Some(callables.clone()),
        Needs::Called { ref callables, .. } => key_words(callables),
        Needs::Entered { ref spelled, .. } => key_words(spelled),
        // Any alternative may be the one met: the words of all of them.
        Needs::AnyOf(ref alternatives) => {
            let mut all = Vec::new();
            for alternative in alternatives {
                all.extend(key_words(alternative)?);
            }
            Some(all)
        }
        // Each requirement must be met: the words of one of them.
        Needs::AllOf(ref requirements) => requirements.iter().find_map(key_words),
    }
}

/// What the tokenizer noted about a file.
struct Evidence<'b> {
    /// The file.
    bytes: &'b [u8],
    /// Where each word occurred, by word id.
    seen: Vec<Seen>,
    /// Pairs of words seen as `first.second`.
    pairs: Pairs,
    /// Pairs of words seen as `from ....first import second` (absolute imports only).
    from_imports: Pairs,
    /// The calls of the words that [`CallShape`] entries call, in the order of their
    /// statements.
    calls: Vec<CallSite>,
}

impl Evidence<'_> {
    /// The calls in top-level statement `block`.
    fn calls_in(&self, block: usize) -> &[CallSite] {
        let start = self.calls.partition_point(|call| call.block < block);
        let end = self.calls.partition_point(|call| call.block <= block);
        &self.calls[start..end]
    }
}

/// Pairs of word ids seen as `first.second` in code.
type Pairs = std::collections::HashSet<(usize, usize), BuildWordHash>;

/// The functions that import a module named by a string: their presence lets string words count.
const IMPORT_FUNCTION_WORDS: &[&str] = &["__import__", "import_module", "import_deprecated"];

/// Words that no use spells but that the rules read around a use: the modern import-hook
/// methods, hook registries, version checks (and the packages of [`crate::test_bases`]). A
/// definition that holds one is parsed too.
const CONTEXT_WORDS: &[&str] =
    &["TYPE_CHECKING", "exec_module", "find_spec", "hexversion", "meta_path", "path_hooks", "version_info"];

/// A catalogue or context word in a top-level statement, and how it was spelled there.
#[derive(Clone, Copy, Debug)]
struct Mention {
    id: usize,
    /// [`Mention::MEMBER`] and the other flags.
    form: u8,
    /// The word before the dot, when the word came after one (a word id).
    parent: Option<usize>,
}

impl Mention {
    /// After a dot.
    const MEMBER: u8 = 1;
    /// After a dot that follows a module alias.
    const AFTER_ALIAS: u8 = 2;
    /// The name of a `def`.
    const DEFINED: u8 = 4;
    /// A name a `from` import takes.
    const IMPORTED: u8 = 8;
    /// Inside a string.
    const STRING: u8 = 16;
    /// The name of a keyword argument.
    const KEYWORD: u8 = 32;
    /// In an import statement (`import a.b`, `from a.b import c`).
    const IN_IMPORT: u8 = 64;

    fn is(self, flags: u8) -> bool {
        self.form & flags != 0
    }
}

/// Whether a statement with these mentions may hold a use (in a file whose evidence meets
/// these needs): a removed name spelled after its parent or an alias or as imported from
/// its module, a method reached after a dot or defined, a keyword passed as one, a call
/// that may have the shape, any other use word anywhere. `span` is the statement's text (a
/// top-level statement `block`, or one statement of its class body).
fn mentioned_in(
    needs: &Needs,
    block: usize,
    span: &std::ops::Range<usize>,
    mentions: &[Mention],
    evidence: &Evidence<'_>,
) -> bool {
    match *needs {
        Needs::Name { parent, name, .. } => mentions.iter().any(|mention| {
            mention.id == name
                && (mention.parent == Some(parent)
                    || mention.is(Mention::AFTER_ALIAS | Mention::IMPORTED | Mention::STRING)
                    || (!mention.is(Mention::MEMBER) && evidence.from_imports.contains(&(parent, name))))
        }),
        Needs::Method { name, .. } | Needs::AnyReceiver { name } | Needs::Member { name, .. } => mentions
            .iter()
            .any(|mention| mention.id == name && mention.is(Mention::MEMBER | Mention::DEFINED)),
        // The keyword passed by name, in a call that may pass it (of one of the callables, or
        // of a method handing keywords on), unless a callable is handed on as a value somewhere
        // (`Action = BooleanOptionalAction`: its calls are out of sight).
        Needs::Keyword { ref keywords, ref callables, ref via } => {
            let of_callable =
                |call: &CallSite| callables.contains(&call.callable) || via.contains(&call.callable);
            mentions.iter().any(|mention| keywords.contains(&mention.id) && mention.is(Mention::KEYWORD))
                && (evidence.calls_in(block).iter().any(|call| {
                    span.contains(&call.at) && of_callable(call) && call.may_pass_keyword(keywords)
                }) || evidence.calls.iter().any(|call| call.any_shape && of_callable(call)))
        }
        Needs::AnyOf(ref inner) | Needs::AllOf(ref inner) => {
            inner.iter().any(|needs| mentioned_in(needs, block, span, mentions, evidence))
        }
        // The statement must hold a call that may have the shape.
        Needs::Called { words: ref called, shape, ref named, .. } => evidence
            .calls_in(block)
            .iter()
            .filter(|call| span.contains(&call.at))
            .any(|call| called.contains(&call.callable) && call.may_have(shape, named)),
        // A use is a `with` statement: the statement must hold one (the class may be spelled
        // elsewhere, in what binds the name entered).
        Needs::Entered { with, .. } => {
            mentions.iter().any(|mention| mention.id == with && !mention.is(Mention::STRING))
        }
        // Where a module's use is found: an import statement, or a string a dynamic import
        // names (`audioop.add(...)` in a method is no use of the module `audioop`).
        Needs::Module { root, name } => {
            let spelled = name.unwrap_or(root);
            mentions
                .iter()
                .any(|mention| mention.id == spelled && mention.is(Mention::IN_IMPORT | Mention::STRING))
        }
        Needs::Definition { name, .. }
        | Needs::Variable { name }
        | Needs::InCode { name }
        | Needs::InString { name } => mentions.iter().any(|mention| mention.id == name),
        // The operator, or a name it is applied to that the statement may bind.
        Needs::Operand { operator, ref names, .. } => {
            mentions.iter().any(|mention| mention.id == operator || names.contains(&mention.id))
        }
    }
}

struct Words {
    ids: HashMap<&'static [u8], usize, BuildWordHash>,
    /// The same words, for [`Words::lookup`].
    table: WordTable,
    import_functions: Vec<usize>,
    context: Vec<usize>,
    /// The methods whose mere definition changes what a class's other methods mean (the
    /// catalogue's modern counterparts, the methods a standard-library base calls instead of
    /// others, the names fixes rename to: a class defining one makes the fix unsafe): never
    /// left out of a class.
    takes_over: Vec<&'static [u8]>,
    /// By word id: whether some [`CallShape`] entry calls the word (its calls are recorded).
    called: Vec<bool>,
    needs: Vec<Needs>,
    /// By word id: the entries (indices into [`ENTRIES`]) whose [`key_words`] hold the word.
    entries_by_word: Vec<Vec<usize>>,
    /// The entries whose needs have no key words: looked at in every file.
    entries_without_words: Vec<usize>,
    shortest: usize,
    longest: usize,
    /// A test before the table's: most identifiers are rejected by it.
    sieve: Sieve,
}

impl Words {
    /// The id of a catalogue or context word.
    #[inline]
    fn lookup(&self, word: &[u8]) -> Option<usize> {
        if word.len() < self.shortest || word.len() > self.longest || !self.sieve.may_hold(word) {
            return None;
        }
        self.table.get(word)
    }
}

/// A cheap test of whether a word may be one of a set of (non-empty) words, before it is
/// hashed: a bit per length (below 32; longer words share the last bit) for the set's words
/// that start with the same two bytes (each read modulo 64, so that `[A-Za-z0-9_]` never
/// share a slot) and for those that end with the same byte. Unlike [`Shapes`], the first two
/// bytes tell most identifiers from the catalogue's words: 2.7 M look-ups on CPython's Lib,
/// each a hash and a probe of the table before (about 80 instructions), most now a few.
struct Sieve {
    heads: Vec<u32>,
    tails: [u32; 256],
}

impl Sieve {
    fn new<'w>(words: impl Iterator<Item = &'w [u8]>) -> Self {
        let mut sieve = Sieve { heads: vec![0; 64 * 64], tails: [0; 256] };
        for word in words.filter(|word| !word.is_empty()) {
            sieve.heads[Self::head(word)] |= Self::length(word);
            sieve.tails[usize::from(word[word.len() - 1])] |= Self::length(word);
        }
        sieve
    }

    fn length(word: &[u8]) -> u32 {
        1 << word.len().min(31)
    }

    /// The slot of the word's first two bytes (the first alone for a one-byte word).
    fn head(word: &[u8]) -> usize {
        let second = word.get(1).map_or(0, |&byte| usize::from(byte & 63));
        usize::from(word[0] & 63) << 6 | second
    }

    /// Whether `word` (not empty) may be one of the set's words (`false`: it is none).
    #[inline]
    fn may_hold(&self, word: &[u8]) -> bool {
        let length = Self::length(word);
        self.heads[Self::head(word)] & length != 0
            && self.tails[usize::from(word[word.len() - 1])] & length != 0
    }
}

/// Words and their ids in an open-addressing table (linear probing, at most a quarter full)
/// whose slots hold a tag of each word's hash: an identifier that is no word (most of them) is
/// hashed and rejected on a tag or two, read from a small array, and a word's bytes are
/// compared only when its tag matches. (A `HashMap` compared more, and read its hasher's tail
/// bytes with a copy.)
struct WordTable {
    /// By slot: 0 when empty, else the tag (odd) of the word there.
    tags: Vec<u32>,
    /// By slot: the word and its id.
    words: Vec<(&'static [u8], usize)>,
}

impl WordTable {
    fn new(ids: &HashMap<&'static [u8], usize, BuildWordHash>) -> Self {
        let capacity = (ids.len() * 4).next_power_of_two().max(16);
        let mut tags = vec![0; capacity];
        let mut words = vec![(&b""[..], 0); capacity];
        for (&word, &id) in ids {
            let (mut slot, tag) = Self::slot_and_tag(word, capacity);
            while tags[slot] != 0 {
                slot = (slot + 1) & (capacity - 1);
            }
            tags[slot] = tag;
            words[slot] = (word, id);
        }
        WordTable { tags, words }
    }

    /// Where a probe for `word` starts in a table of `capacity` slots, and its tag: from its
    /// length and its first and last eight bytes, with a multiplication (words that differ
    /// only in between share a tag and a first slot, and cost a probe more). A general hash
    /// (`BuildWordHash`, eight bytes at a time) took about 40 instructions more a look-up.
    fn slot_and_tag(word: &[u8], capacity: usize) -> (usize, u32) {
        let length = word.len();
        let eight = |at: usize| u64::from_le_bytes(word[at..at + 8].try_into().unwrap_or_default());
        let key = match length {
            0 => 0,
            1..=7 => crate::hash::short_word(word),
            _ => eight(0) ^ eight(length - 8).rotate_left(32),
        };
        let hash = (key ^ length as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let hash = hash ^ (hash >> 29);
        ((hash >> 32) as usize & (capacity - 1), hash as u32 | 1)
    }

    /// The id of `word`, if the table has it.
    fn get(&self, word: &[u8]) -> Option<usize> {
        let capacity = self.tags.len();
        let (mut slot, tag) = Self::slot_and_tag(word, capacity);
        loop {
            match self.tags[slot] {
                0 => return None,
                found if found == tag && self.words[slot].0 == word => return Some(self.words[slot].1),
                _ => slot = (slot + 1) & (capacity - 1),
            }
        }
    }
}

/// A cheap test of whether a word may be one of a set of (non-empty) words, before hashing
/// it: for each first byte, a bit per length (below 64; longer words share the last bit) that
/// some word of the set has, and the same for each last byte. Together they reject most
/// identifiers, even those that share a first byte and a length with a word (`self`, `name`).
struct Shapes {
    first: [u64; 256],
    last: [u64; 256],
}

impl Default for Shapes {
    fn default() -> Self {
        Shapes { first: [0; 256], last: [0; 256] }
    }
}

impl Shapes {
    /// Adds `word` (not empty) to the set.
    fn add(&mut self, word: &[u8]) {
        let length = 1 << word.len().min(63);
        self.first[usize::from(word[0])] |= length;
        self.last[usize::from(word[word.len() - 1])] |= length;
    }

    /// Whether `word` (not empty) may be one of the set's words (`false`: it is none).
    fn may_hold(&self, word: &[u8]) -> bool {
        let length = 1 << word.len().min(63);
        self.first[usize::from(word[0])] & length != 0
            && self.last[usize::from(word[word.len() - 1])] & length != 0
    }
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut ids: HashMap<&'static [u8], usize, BuildWordHash> = HashMap::default();
        let mut id = |word: &'static str| {
            let next = ids.len();
            *ids.entry(word.as_bytes()).or_insert(next)
        };
        let import_functions = IMPORT_FUNCTION_WORDS.iter().map(|word| id(word)).collect();
        // The third-party test bases' packages too: a class on one keeps old names.
        let context =
            CONTEXT_WORDS.iter().copied().chain(crate::test_bases::packages()).map(&mut id).collect();
        let mut takes_over: Vec<&'static [u8]> = ENTRIES
            .iter()
            .filter_map(|entry| entry.detection.modern_method())
            .chain(stdlib::DISPATCHED_METHODS.iter().map(|row| row.instead))
            // A class defining the name a fix renames to runs its own code: the fix is unsafe.
            .chain(ENTRIES.iter().filter_map(|entry| match entry.fix.recipe()?.recipe {
                crate::catalogue::fixes::Recipe::Rename { to, .. } => Some(to),
                _ => None,
            }))
            .map(str::as_bytes)
            .collect();
        takes_over.sort_unstable();
        takes_over.dedup();
        let needs: Vec<Needs> = ENTRIES.iter().map(|entry| detections::needs(entry, &mut id)).collect();
        let mut called = vec![false; ids.len()];
        for needs in &needs {
            needs.visit(&mut |needs| match needs {
                Needs::Called { words, .. } => {
                    for &word in words {
                        called[word] = true;
                    }
                }
                Needs::Keyword { callables, via, .. } => {
                    for &word in callables.iter().chain(via) {
                        called[word] = true;
                    }
                }
                _ => {}
            });
        }
        let mut entries_by_word = vec![Vec::new(); ids.len()];
        let mut entries_without_words = Vec::new();
        for (entry, needs) in needs.iter().enumerate() {
            match key_words(needs) {
                Some(keys) => {
                    for key in keys {
                        if entries_by_word[key].last() != Some(&entry) {
                            entries_by_word[key].push(entry);
                        }
                    }
                }
                None => entries_without_words.push(entry),
            }
        }
        let shortest = ids.keys().map(|word| word.len()).min().unwrap_or(0);
        let longest = ids.keys().map(|word| word.len()).max().unwrap_or(0);
        let table = WordTable::new(&ids);
        let sieve = Sieve::new(ids.keys().copied());
        Words {
            ids,
            table,
            import_functions,
            context,
            takes_over,
            called,
            needs,
            entries_by_word,
            entries_without_words,
            shortest,
            longest,
            sieve,
        }
    })
}

/// What to parse of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Nothing: the file cannot contain a finding.
    Skip,
    /// The whole file.
    Whole,
    /// These byte ranges, each a run of whole statements: the module-level code, and the
    /// function and class definitions that mention a word of the catalogue (or are bases of
    /// such classes), without the methods of those classes that mention none and that nothing
    /// else in the file names. The rest cannot hold a finding nor change what one means.
    Ranges(Vec<std::ops::Range<usize>>),
}

/// Whether `text` may contain a use of some entry of the catalogue (and so must be parsed).
pub fn may_contain_findings(text: &str) -> bool {
    plan(text, PythonVersion::NEWEST_TARGET) != Plan::Skip
}

/// What to parse of `text` when checking for `target` (entries of no concern at the target,
/// such as deprecations that come later, need no evidence).
pub fn plan(text: &str, target: PythonVersion) -> Plan {
    plan_and_entries(text, target).0
}

/// [`plan`], and the entries whose evidence `text` shows that are of concern at `target` (the
/// only ones a check of the planned parse can find: none when the plan is to skip).
fn plan_and_entries(text: &str, target: PythonVersion) -> (Plan, Vec<&'static Entry>) {
    let words = words();
    let (blocks, evidence) = scan_text(text, words);
    let met: Vec<usize> = candidates(words, &evidence)
        .into_iter()
        .filter(|&index| {
            ENTRIES[index].status_at(target).is_some() && needs_met(words, &evidence, &words.needs[index])
        })
        .collect();
    if met.is_empty() {
        return (Plan::Skip, Vec::new());
    }
    let entries = met.iter().map(|&index| &ENTRIES[index]).collect();
    let met: Vec<&Needs> = met.iter().map(|&index| &words.needs[index]).collect();
    // A definition is worth parsing when it may hold a use of an entry whose evidence the
    // file shows, or mentions a context word.
    let relevant = |block: usize, span: std::ops::Range<usize>, mentions: &[Mention]| {
        mentions.iter().any(|mention| words.context.contains(&mention.id))
            || met.iter().any(|needs| mentioned_in(needs, block, &span, mentions, &evidence))
    };
    let ranges = blocks.ranges(text.len(), relevant, |word| {
        words.lookup(word).is_some() || words.takes_over.contains(&word)
    });
    let covered: usize = ranges.iter().map(|range| range.len()).sum();
    // Only what is worth parsing is parsed, however much of the file that is: tree-sitter's
    // ranges cost next to nothing, its parse about a thousand instructions a byte.
    let plan = if covered >= text.len() { Plan::Whole } else { Plan::Ranges(ranges) };
    (plan, entries)
}

/// [`plan`] for a file of a project: `prelude` holds import statements that stand for what the
/// file imports from the project's other modules (`import configparser as configparser` for
/// `from .compat import configparser`, where the compat module binds the standard library's
/// `configparser`), so that the evidence they give counts as if the file spelled them. The
/// ranges are the file's (the prelude is never parsed). With the plan come the entries whose
/// evidence the file shows, of concern at `target`: the only ones a check of the planned parse
/// can find (the checker runs no detection whose kind has none of them).
pub fn plan_with_prelude(text: &str, target: PythonVersion, prelude: &str) -> (Plan, Vec<&'static Entry>) {
    if prelude.is_empty() {
        return plan_and_entries(text, target);
    }
    debug_assert!(prelude.ends_with('\n'));
    let joined = format!("{prelude}{text}");
    let shift = prelude.len();
    match plan_and_entries(&joined, target) {
        (Plan::Ranges(ranges), entries) => (
            Plan::Ranges(
                ranges
                    .into_iter()
                    .filter(|range| range.end > shift)
                    .map(|range| range.start.max(shift) - shift..range.end - shift)
                    .collect(),
            ),
            entries,
        ),
        other => other,
    }
}

/// Adds `range` to `ranges` (in order), merged with the last one when they touch.
fn merge(ranges: &mut Vec<std::ops::Range<usize>>, range: std::ops::Range<usize>) {
    match ranges.last_mut() {
        Some(last) if last.end == range.start => last.end = range.end,
        _ if range.is_empty() => {}
        _ => ranges.push(range),
    }
}

/// What a summary of a module may parse ([`module_parts`]): its runs of module-level code apart,
/// and the parts of the definitions it includes.
#[derive(Debug, Default)]
pub struct ModuleParts {
    /// Each run of module-level statements (to the next definition's start), in order.
    pub code: Vec<std::ops::Range<usize>>,
    /// The parts of the definitions included, in order, merged where they touch.
    pub definitions: Vec<std::ops::Range<usize>>,
    /// Whether a class was included.
    pub classes: bool,
}

/// What another module can import from `text`, for the project index: its module-level
/// statements (all but its function and class definitions), each run of them apart (a summary
/// parses only the statements that bind the names asked of it), and the top-level classes whose names
/// `wanted` says and that mention a catalogue word (in their bases or body: a class that
/// mentions none inherits nothing removed that the file can show, and defines no removed
/// name), with their bases in the file, but without the methods that nothing else names and
/// that are named like no catalogue word. The classes whose names `derived_wanted` says are
/// included even when they mention no catalogue word (they derive from a class of another
/// module of the run). The top-level functions whose names `function_wanted` says are
/// included whole (a predicate another module calls).
pub fn module_parts(
    text: &str,
    wanted: impl Fn(&str) -> bool,
    derived_wanted: impl Fn(&str) -> bool,
    function_wanted: impl Fn(&str) -> bool,
) -> ModuleParts {
    let words = words();
    let (blocks, _) = scan_text(text, words);
    let included = std::cell::Cell::new(false);
    let class = |index: usize, span: &std::ops::Range<usize>, mentions: &[Mention]| {
        let block = &blocks.list[index];
        let wanted = span.start == block.start()
            && block.class_name().is_some_and(|name| {
                let name = &text[name.start..name.end];
                (!mentions.is_empty() && wanted(name)) || derived_wanted(name)
            });
        included.set(included.get() || wanted);
        wanted
            || (span.start == block.start()
                && block.function_name().is_some_and(|name| function_wanted(&text[name.start..name.end])))
    };
    let mut parts = ModuleParts::default();
    blocks.parts(
        text.len(),
        |index, span, mentions| class(index, &span, mentions),
        |word| words.lookup(word).is_some(),
        true,
        |kind, range| match kind {
            BlockKind::Other => parts.code.push(range),
            _ => merge(&mut parts.definitions, range),
        },
    );
    parts.classes = included.get();
    parts
}

/// The entries whose evidence `text` shows (what makes the prefilter parse a file).
pub fn possible_entries(text: &str) -> Vec<&'static Entry> {
    let words = words();
    let (_, evidence) = scan_text(text, words);
    candidates(words, &evidence)
        .into_iter()
        .filter(|&index| needs_met(words, &evidence, &words.needs[index]))
        .map(|index| &ENTRIES[index])
        .collect()
}

/// The entries (indices into [`ENTRIES`], in order) whose needs may be met in a file with this
/// evidence: those whose key words it spells, and those without key words.
fn candidates(words: &Words, evidence: &Evidence<'_>) -> Vec<usize> {
    let mut candidates = words.entries_without_words.clone();
    for (word, seen) in evidence.seen.iter().enumerate() {
        if seen.any() {
            candidates.extend_from_slice(&words.entries_by_word[word]);
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    candidates
}

fn needs_met(words: &Words, evidence: &Evidence<'_>, needs: &Needs) -> bool {
    let Evidence { seen, pairs, from_imports, calls, .. } = evidence;
    let import_function = words.import_functions.iter().any(|&id| seen[id].code);
    match *needs {
        Needs::Module { root, name } => {
            (seen[root].imported && name.is_none_or(|name| seen[name].member || seen[name].imported_name))
                || (import_function && seen[root].module_string)
        }
        Needs::Name { root, parent, name } => {
            let spelled = from_imports.contains(&(parent, name))
                || seen[name].after_alias
                || pairs.contains(&(parent, name));
            (seen[root].imported && spelled)
                || (import_function && seen[root].module_string && (seen[name].string || seen[name].member))
        }
        Needs::Method { name, ref roots } => {
            seen[name].defined || (seen[name].on_instance && roots.iter().any(|&root| seen[root].imported))
        }
        Needs::AnyReceiver { name } => seen[name].member || seen[name].defined,
        Needs::Member { name, ref roots } => {
            seen[name].on_instance && roots.iter().any(|&root| seen[root].imported)
        }
        Needs::Definition { name, ref roots } => {
            seen[name].defined && roots.iter().any(|&root| seen[root].imported)
        }
        Needs::Operand { operator, ref leading, .. } => {
            seen[operator].code && leading.iter().any(|&word| seen[word].after_tilde)
        }
        Needs::Variable { name } => seen[name].string || seen[name].code,
        Needs::AnyOf(ref alternatives) => {
            alternatives.iter().any(|alternative| needs_met(words, evidence, alternative))
        }
        Needs::AllOf(ref requirements) => {
            requirements.iter().all(|requirement| needs_met(words, evidence, requirement))
        }
        Needs::InCode { name } => seen[name].code,
        Needs::InString { name } => seen[name].string,
        Needs::Keyword { ref callables, ref keywords, ref via } => {
            callables.iter().any(|&callable| seen[callable].code)
                && keywords.iter().any(|&keyword| seen[keyword].keyword)
                && calls.iter().any(|call| {
                    (callables.contains(&call.callable) || via.contains(&call.callable))
                        && call.may_pass_keyword(keywords)
                })
        }
        Needs::Called { ref callables, words: ref called, shape, ref named } => {
            needs_met(words, evidence, callables)
                && calls.iter().any(|call| called.contains(&call.callable) && call.may_have(shape, named))
        }
        Needs::Entered { ref spelled, ref classes, .. } => {
            needs_met(words, evidence, spelled) && with_statements::may_enter(evidence.bytes, classes)
        }
    }
}

/// What a top-level statement is, for deciding whether to parse it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlockKind {
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
struct Block {
    /// Where it starts ([`Block::start`]; `u32`: see [`Span`]).
    start: u32,
    kind: BlockKind,
    in_header: bool,
    /// The catalogue and context words it mentions (ids, with repeats); none noted in
    /// module-level code, which is parsed whatever it mentions.
    words: Vec<Mention>,
    /// The words of a definition's header (a class's bases), up to its first `:`: a range of
    /// [`Blocks::headers`].
    header: Span,
    /// For a class, its name; for a function, its name ([`Block::class_name`],
    /// [`Block::function_name`]).
    name: Option<TextRange>,
    /// For a class: the statements of its body (boxed: most statements are no class).
    class: Option<Box<ClassBody>>,
}

/// The statements directly in a top-level class's body, so that its methods can be left out
/// of the parse one by one.
#[derive(Debug, Default)]
struct ClassBody {
    /// The indentation of the body's first statement.
    indent: Option<TextRange>,
    members: Vec<Member>,
    /// A line of the body is indented neither as its first statement nor deeper: the class is
    /// parsed whole.
    broken: bool,
}

/// A statement in a class body: a method (with its decorators) or anything else.
#[derive(Debug)]
struct Member {
    /// The start of its first line.
    start: usize,
    kind: BlockKind,
    /// The catalogue and context words it mentions.
    words: Vec<Mention>,
    /// A method's name.
    name: Option<TextRange>,
}

/// A range of the text (or of [`Blocks::headers`]) in `u32` offsets: the scan keeps a record a
/// definition, and these halve its offsets (a text checked is at most 64 MiB, and tree-sitter's
/// offsets are `u32` too). A text past 4 GiB is refused before its scan ([`scan_text`]).
#[derive(Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
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

/// `at`, an offset of a text [`scan_text`] took (or of a list shorter than it), as a `u32`
/// offset of a [`Span`] or a [`Block`].
fn offset(at: usize) -> u32 {
    debug_assert!(u32::try_from(at).is_ok());
    at as u32
}

/// [`scan`] of `text`, whose offsets must fit the `u32` of a [`Span`].
fn scan_text<'b>(text: &'b str, words: &Words) -> (Blocks<'b>, Evidence<'b>) {
    assert!(u32::try_from(text.len()).is_ok(), "the prefilter reads texts of at most 4 GiB (checks: 64 MiB)");
    scan(text.as_bytes(), words)
}

impl Block {
    /// Where the statement starts.
    fn start(&self) -> usize {
        self.start as usize
    }

    /// For a class: its name.
    fn class_name(&self) -> Option<TextRange> {
        self.name.filter(|_| self.class.is_some())
    }

    /// For a function: its name.
    fn function_name(&self) -> Option<TextRange> {
        self.name.filter(|_| self.class.is_none())
    }

    /// Notes a mention of a catalogue or context word in the statement (and in the class body's
    /// current member).
    fn mention(&mut self, mention: Mention) {
        if self.kind == BlockKind::Other {
            return; // parsed whatever it mentions
        }
        self.words.push(mention);
        if let Some(member) = self.class.as_mut().and_then(|body| body.members.last_mut()) {
            member.words.push(mention);
        }
    }

    /// The name after a `def`: a method's, when it is the first of a class member.
    fn method_name(&mut self, name: TextRange) {
        if let Some(member) = self.class.as_mut().and_then(|body| body.members.last_mut()) {
            if member.kind == BlockKind::Definition && member.name.is_none() {
                member.name = Some(name);
            }
        }
    }

    /// An indented line of the statement whose first token (`word`, or a byte that starts no
    /// word) is at `at`: in a class's body, it may start a member.
    fn member_line(&mut self, bytes: &[u8], line: usize, at: usize, word: &[u8]) {
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

/// The most memory the scan of `text` takes for its top-level statements: a record for each
/// definition (or decorator) and each run of module-level code between them, in a list that
/// grows by doubling (with the old list while it moves): checked before the scan starts. A
/// definition starts a line with `def`, `class`, `async` or `@`; a run of code follows each
/// (and one may come first, and a byte order mark may hide the first line's start). Native
/// builds only ([`crate::syntax::reserve_memory`] probes nothing in wasm).
#[cfg(not(target_arch = "wasm32"))]
pub fn scan_memory(text: &str) -> usize {
    let bytes = text.as_bytes();
    let first = bytes.first().is_some_and(|&byte| starts_definition(byte) != 0);
    let definitions = usize::from(first) + definition_lines(bytes);
    definitions
        .saturating_mul(2)
        .saturating_add(2)
        .saturating_mul(std::mem::size_of::<Block>())
        .saturating_mul(3)
}

/// `1` when `byte` may start a definition's line (`def`, `class`, `async`, `@`), else `0`:
/// bitwise, so that [`definition_lines`] compares many bytes at once.
#[cfg(not(target_arch = "wasm32"))]
fn starts_definition(byte: u8) -> u8 {
    u8::from(byte == b'd') | u8::from(byte == b'c') | u8::from(byte == b'a') | u8::from(byte == b'@')
}

/// How many line breaks of `bytes` a byte that may start a definition follows
/// ([`starts_definition`]). Counted 64 pairs of bytes at a time with no branch, which the
/// compiler turns into vector instructions: a search for each line break cost about 100
/// instructions a line (0.1 G on CPython's Lib), this about one a byte.
#[cfg(not(target_arch = "wasm32"))]
fn definition_lines(bytes: &[u8]) -> usize {
    const CHUNK: usize = 64;
    let ends = bytes.get(..bytes.len().saturating_sub(1)).unwrap_or_default();
    let heads = bytes.get(1..).unwrap_or_default();
    let count = |ends: &[u8], heads: &[u8]| -> u8 {
        ends.iter().zip(heads).map(|(&end, &head)| u8::from(end == b'\n') & starts_definition(head)).sum()
    };
    let mut total = 0;
    for (ends, heads) in ends.chunks_exact(CHUNK).zip(heads.chunks_exact(CHUNK)) {
        total += usize::from(count(ends, heads));
    }
    let done = ends.len() - ends.len() % CHUNK;
    total + usize::from(count(&ends[done..], &heads[done..]))
}

/// The top-level statements of a file.
struct Blocks<'b> {
    bytes: &'b [u8],
    list: Vec<Block>,
    /// The words of the definitions' headers, each block's in a run ([`Block::header`]): one
    /// list for the file, not one a definition.
    headers: Vec<Span>,
}

impl Blocks<'_> {
    /// A word of the current block's header.
    fn header_word(&mut self, word: TextRange) {
        self.headers.push(Span { start: offset(word.start), end: offset(word.end) });
        if let Some(block) = self.list.last_mut() {
            block.header.end = offset(self.headers.len());
        }
    }

    fn open(&mut self, start: usize, kind: BlockKind) {
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

    fn current(&mut self) -> Option<&mut Block> {
        self.list.last_mut()
    }

    /// Where top-level statement `index` ends (`end`: the text's length).
    fn stop(&self, index: usize, end: usize) -> usize {
        self.list.get(index + 1).map_or(end, Block::start)
    }

    /// The byte ranges worth parsing, merged.
    fn ranges(
        &self,
        end: usize,
        relevant: impl Fn(usize, std::ops::Range<usize>, &[Mention]) -> bool,
        is_word: impl Fn(&[u8]) -> bool,
    ) -> Vec<std::ops::Range<usize>> {
        let mut ranges = Vec::new();
        self.parts(end, relevant, is_word, false, |_, range| merge(&mut ranges, range));
        ranges
    }

    /// The parts worth parsing, in order, each with the kind of its statement: the statements
    /// `relevant` says or that the others need, whole or (a class) less the methods left out
    /// (with `summary`, also those a summary does not read: [`Blocks::bodies_left_out`]).
    fn parts(
        &self,
        end: usize,
        relevant: impl Fn(usize, std::ops::Range<usize>, &[Mention]) -> bool,
        is_word: impl Fn(&[u8]) -> bool,
        summary: bool,
        mut part: impl FnMut(BlockKind, std::ops::Range<usize>),
    ) {
        let mut include: Vec<bool> = self
            .list
            .iter()
            .enumerate()
            .map(|(index, b)| {
                b.kind != BlockKind::Definition || relevant(index, b.start()..self.stop(index, end), &b.words)
            })
            .collect();
        self.include_bases(&mut include);
        self.include_named_functions(&mut include, end);
        // The bases of the classes that the last step included.
        self.include_bases(&mut include);
        let mut left_out = self.methods_left_out(&include, end, &relevant, &is_word);
        if summary {
            self.bodies_left_out(&include, end, &is_word, &mut left_out);
        }
        for (index, block) in self.list.iter().enumerate() {
            if !include[index] {
                continue;
            }
            let stop = self.stop(index, end);
            let left_out = &left_out[index];
            if !left_out.contains(&true) || !left_out.contains(&false) {
                part(block.kind, block.start()..stop);
                continue;
            }
            for kept in self.kept_parts(index, end, left_out) {
                part(block.kind, kept);
            }
        }
    }

    /// Includes the classes whose names an included class's header mentions: its bases.
    fn include_bases(&self, include: &mut [bool]) {
        let mut left_out: HashMap<&[u8], Vec<usize>, BuildWordHash> = HashMap::default();
        for (index, block) in self.list.iter().enumerate() {
            if let Some(name) = block.class_name().filter(|_| !include[index]) {
                left_out.entry(&self.bytes[name.start..name.end]).or_default().push(index);
            }
        }
        let mut pending: Vec<usize> = (0..self.list.len())
            .filter(|&index| include[index] && self.list[index].kind == BlockKind::Definition)
            .collect();
        while let Some(index) = pending.pop() {
            if left_out.is_empty() {
                return;
            }
            for word in &self.headers[self.list[index].header.range()] {
                for base in left_out.remove(&self.bytes[word.range()]).unwrap_or_default() {
                    include[base] = true;
                    pending.push(base);
                }
            }
        }
    }

    /// Includes the functions of the module that an included definition spells the name of (and,
    /// one step further, that those spell): helpers whose checks guard a use (`_require_crypt()`
    /// before it) or whose result is its receiver (`_parser().readfp(f)`). Also the classes that
    /// an included definition makes instances of (module-level code: those with a `__getattr__`): their instances are receivers
    /// (`package = DummyPackage()`, then `package.__loader__`: an instance of the file's own
    /// class, not a module). Of such a class, the methods that mention nothing and that nothing
    /// names are left out as usual, and what it spells is not followed further. Names count in
    /// code (and f-strings' fields), not in comments nor other strings.
    fn include_named_functions(&self, include: &mut [bool], end: usize) {
        let mut left_out: HashMap<&[u8], usize, BuildWordHash> = HashMap::default();
        let mut classes: HashMap<&[u8], usize, BuildWordHash> = HashMap::default();
        for (index, block) in self.list.iter().enumerate() {
            if include[index] {
                continue;
            }
            if let Some(name) = block.function_name() {
                left_out.insert(&self.bytes[name.start..name.end], index);
            } else if let Some(name) = block.class_name() {
                classes.insert(&self.bytes[name.start..name.end], index);
            }
        }
        // Most words fail this test and are never hashed.
        let mut shapes = Shapes::default();
        for name in left_out.keys().chain(classes.keys()) {
            shapes.add(name);
        }
        // Module-level code is a frontier for the classes with a `__getattr__` it makes
        // instances of (`ast = ASTProxy()`: a proxy of a module, in Chameleon), not for the
        // functions it names nor for other classes (parsing every class module-level code
        // instantiates cost Lib 8% more parsing).
        let mut frontier: Vec<usize> = (0..self.list.len())
            .filter(|&index| include[index] && self.list[index].kind != BlockKind::Decorator)
            .collect();
        for round in 0..2 {
            if (left_out.is_empty() && (round > 0 || classes.is_empty())) || frontier.is_empty() {
                return;
            }
            let mut next = Vec::new();
            for index in frontier {
                let code = self.list[index].kind == BlockKind::Other;
                let stop = self.stop(index, end);
                let bytes = &self.bytes[self.list[index].start()..stop];
                for word in code_word_runs(bytes) {
                    if !shapes.may_hold(&bytes[word.clone()]) {
                        continue;
                    }
                    if !code {
                        if let Some(found) = left_out.remove(&bytes[word.clone()]) {
                            include[found] = true;
                            next.push(found);
                            continue;
                        }
                    }
                    if round == 0 && bytes.get(word.end) == Some(&b'(') {
                        let wanted = classes
                            .get(&bytes[word.clone()])
                            .is_some_and(|&found| !code || self.defines_getattr(found));
                        if let Some(found) = classes.remove(&bytes[word]).filter(|_| wanted) {
                            include[found] = true;
                        }
                    }
                }
            }
            frontier = next;
        }
    }

    /// Whether the class of block `index` defines `__getattr__`: its instances' attributes may
    /// be another object's (a proxy of a module).
    fn defines_getattr(&self, index: usize) -> bool {
        self.list[index].class.as_ref().is_some_and(|body| {
            body.members.iter().any(|member| {
                member.name.is_some_and(|name| &self.bytes[name.start..name.end] == b"__getattr__")
            })
        })
    }

    /// The members of top-level statement `index` when it is a class whose methods can be left
    /// out one by one (none otherwise).
    fn members(&self, index: usize) -> &[Member] {
        self.list[index].class.as_ref().filter(|body| !body.broken).map_or(&[][..], |body| &body.members)
    }

    /// Each of [`Self::members`] of statement `index` with its span: to the next member's
    /// start, the last one to the statement's stop.
    fn member_spans(
        &self,
        index: usize,
        end: usize,
    ) -> impl Iterator<Item = (&Member, std::ops::Range<usize>)> {
        let members = self.members(index);
        let ends = members.iter().skip(1).map(|member| member.start).chain([self.stop(index, end)]);
        members.iter().zip(ends).map(|(member, end)| (member, member.start..end))
    }

    /// What is parsed of statement `index`, a class some of whose members `left_out` marks (one
    /// flag a member): its head, up to the first member, and each member not left out.
    fn kept_parts<'s>(
        &'s self,
        index: usize,
        end: usize,
        left_out: &'s [bool],
    ) -> impl Iterator<Item = std::ops::Range<usize>> + 's {
        let head = self.list[index].start()..self.members(index)[0].start;
        let kept =
            self.member_spans(index, end).zip(left_out).filter(|(_, &out)| !out).map(|((_, span), _)| span);
        std::iter::once(head).chain(kept)
    }

    /// Leaves out, besides `left_out` ([`Blocks::methods_left_out`]), the methods of the
    /// included classes that a summary does not read: what another module sees of a class is
    /// its bases and the names its body binds that are removed names, not what its methods do.
    /// A method named like a catalogue or context word (`is_word`) stays, so does `__getattr__`
    /// (a proxy's attributes are what it returns), and one that spells `global` (it may bind a module-level name); of a class all of whose members would
    /// be left out, the shortest of those `left_out` kept stays (a body cannot be empty).
    fn bodies_left_out(
        &self,
        include: &[bool],
        end: usize,
        is_word: impl Fn(&[u8]) -> bool,
        left_out: &mut [Vec<bool>],
    ) {
        let bytes = self.bytes;
        for (index, _) in include.iter().enumerate().filter(|(_, &included)| included) {
            let members = self.members(index);
            if members.is_empty() {
                continue;
            }
            let out = &mut left_out[index];
            if out.is_empty() {
                *out = vec![false; members.len()];
            }
            let mut shortest: Option<(usize, usize)> = None;
            for (at, (member, span)) in self.member_spans(index, end).enumerate() {
                if !out[at] && shortest.is_none_or(|(_, length)| span.len() < length) {
                    shortest = Some((at, span.len()));
                }
                let Some(name) = member.name.filter(|_| member.kind == BlockKind::Definition) else {
                    continue;
                };
                let code = &bytes[span.clone()];
                let name = &bytes[name.start..name.end];
                // What `__getattr__` returns is what the instances' attributes are (a proxy of a
                // module, `ast = ASTProxy()`): a summary reads it.
                if out[at] || is_word(name) || name == b"__getattr__" {
                    continue;
                }
                out[at] = !code_word_runs(code).any(|word| &code[word] == b"global");
            }
            if let Some((at, _)) = shortest.filter(|_| !out.contains(&false)) {
                out[at] = false;
            }
        }
    }

    /// Which members of each included class are left out of the parse (empty for a statement
    /// that is no such class). A method is left out when it mentions nothing that matters
    /// (`relevant`), is no catalogue or context word nor a method that takes over from others
    /// (`is_word`: a class defining such a name changes what it or its other methods mean on
    /// the class: `visit_Constant` beside `visit_Str`), is no set-up method, and the code that is parsed
    /// spells its name nowhere but after `def` (no kept code calls it, no alias is assigned from
    /// it). The parsed code grows to a fixed point: a method kept because kept code names it
    /// keeps in turn the methods it names. Names count across classes (`quiet` named in one
    /// class keeps every `quiet`), in code and f-strings' fields, not in comments nor other
    /// strings (docstrings name methods in prose: `turtle.py`'s kept the whole module).
    fn methods_left_out(
        &self,
        include: &[bool],
        end: usize,
        relevant: &impl Fn(usize, std::ops::Range<usize>, &[Mention]) -> bool,
        is_word: impl Fn(&[u8]) -> bool,
    ) -> Vec<Vec<bool>> {
        let mut left_out: Vec<Vec<bool>> = vec![Vec::new(); self.list.len()];
        // The names that may be left out, and whether parsed code spells them.
        let mut spelled: HashMap<&[u8], bool, BuildWordHash> = HashMap::default();
        // The methods that may be left out: (statement, member, its range, its name).
        let mut candidates: Vec<(usize, usize, std::ops::Range<usize>, &[u8])> = Vec::new();
        for (index, _) in include.iter().enumerate().filter(|(_, &included)| included) {
            let members = self.members(index);
            for (at, (member, span)) in self.member_spans(index, end).enumerate() {
                let Some(name) = member.name.filter(|_| member.kind == BlockKind::Definition) else {
                    continue;
                };
                let name = &self.bytes[name.start..name.end];
                // A set-up method (or `__init__`) is never left out: its checks guard the
                // other methods, and what it assigns to the receiver's attributes they read.
                // Nor is `__getattr__`: what it returns is what the instances' attributes are
                // (a proxy of a module).
                let constructs = stdlib::SET_UP_METHODS
                    .iter()
                    .chain(stdlib::CONSTRUCTION_METHODS)
                    .chain(&["__getattr__"])
                    .any(|set_up| set_up.as_bytes() == name);
                if is_word(name) || constructs || relevant(index, span.clone(), &member.words) {
                    continue;
                }
                spelled.insert(name, false);
                if left_out[index].is_empty() {
                    left_out[index] = vec![false; members.len()];
                }
                left_out[index][at] = true;
                candidates.push((index, at, span, name));
            }
        }
        if candidates.is_empty() {
            return left_out;
        }
        // Most words fail this test and are never hashed.
        let mut shapes = Shapes::default();
        for name in spelled.keys() {
            shapes.add(name);
        }
        let bytes = self.bytes;
        let note = |range: std::ops::Range<usize>, spelled: &mut HashMap<&[u8], bool, BuildWordHash>| {
            for word in code_word_runs(&bytes[range.clone()]) {
                let (start, at) = (range.start + word.start, range.start + word.end);
                if !shapes.may_hold(&bytes[start..at]) {
                    continue;
                }
                if let Some(seen) = spelled.get_mut(&bytes[start..at]) {
                    if !*seen && !after_def(&bytes[..start]) {
                        *seen = true;
                    }
                }
            }
        };
        // The parsed code but the candidates: the included statements, less the candidates.
        for (index, _) in include.iter().enumerate().filter(|(_, &included)| included) {
            let stop = self.stop(index, end);
            if left_out[index].is_empty() {
                note(self.list[index].start()..stop, &mut spelled);
                continue;
            }
            for part in self.kept_parts(index, end, &left_out[index]) {
                note(part, &mut spelled);
            }
        }
        // The candidates that parsed code names are parsed, and what they name counts. So are
        // those of a class whose members would all be left out (its body cannot be empty: it
        // is parsed whole).
        loop {
            let mut grew = false;
            let whole: Vec<bool> = left_out.iter().map(|members| !members.contains(&false)).collect();
            for &(index, at, ref range, name) in &candidates {
                if left_out[index][at] && (spelled[name] || whole[index]) {
                    left_out[index][at] = false;
                    note(range.clone(), &mut spelled);
                    grew = true;
                }
            }
            if !grew {
                return left_out;
            }
        }
    }
}

/// Every run of name characters in the code of `bytes` (which starts outside any string):
/// the words of comments and of string literals are left out, those of f-strings kept (their
/// replacement fields are code).
pub(crate) fn code_word_runs(bytes: &[u8]) -> CodeWordRuns<'_> {
    CodeWordRuns { bytes, at: 0, plain_until: 0 }
}

/// The iterator of [`code_word_runs`]: its step is inlined where it is read, so that a word
/// costs no function call (the registers a call saved and restored were about a fifth of its
/// instructions).
pub(crate) struct CodeWordRuns<'b> {
    bytes: &'b [u8],
    at: usize,
    /// Within an f-string (up to here), every word counts.
    plain_until: usize,
}

impl Iterator for CodeWordRuns<'_> {
    type Item = std::ops::Range<usize>;

    #[inline(always)]
    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.bytes;
        let mut at = self.at;
        loop {
            while at < bytes.len()
                && !is_word_byte(bytes[at])
                && (at < self.plain_until || !matches!(bytes[at], b'#' | b'"' | b'\''))
            {
                at += 1;
            }
            let Some(&byte) = bytes.get(at) else {
                self.at = at;
                return None;
            };
            match byte {
                b'#' => at = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |end| at + end),
                b'"' | b'\'' => at = crate::syntax::string_literal_end(bytes, at),
                _ => {
                    let start = at;
                    at = lexer::word_end(bytes, at);
                    if at >= self.plain_until
                        && matches!(bytes.get(at), Some(b'"' | b'\''))
                        && lexer::is_string_prefix(&bytes[start..at])
                    {
                        if bytes[start..at].iter().any(|b| matches!(b, b'f' | b'F')) {
                            self.plain_until = crate::syntax::string_literal_end(bytes, at);
                        } else {
                            at = crate::syntax::string_literal_end(bytes, at);
                        }
                        continue;
                    }
                    self.at = at;
                    return Some(start..at);
                }
            }
        }
    }
}

/// Whether `before` (the text before a word) ends with the keyword `def` and blanks: the word
/// is a definition's name, no use of it.
fn after_def(before: &[u8]) -> bool {
    let keyword_end = before.iter().rposition(|&byte| !matches!(byte, b' ' | b'\t')).map_or(0, |at| at + 1);
    keyword_end < before.len()
        && before[..keyword_end].ends_with(b"def")
        && (keyword_end == 3 || !is_word_byte(before[keyword_end - 4]))
}

// The recorded scans read the fixtures from disk: native targets only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod scans;
#[cfg(test)]
mod tests;
