//! The catalogue's words and the context words, with ids, and the tables that tell them from
//! any other identifier at a few instructions a word.

use super::evidence::Mention;
use crate::catalogue::ENTRIES;
use crate::detections::{self, Needs};
use crate::hash::BuildWordHash;
use crate::stdlib;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Words of which at least one must have occurred (in any form) for `needs` to be met, or
/// `None` when the needs name no such words: an entry whose words a file never spells is not
/// looked at further.
pub(super) fn key_words(needs: &Needs) -> Option<Vec<usize>> {
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

/// The functions that import a module named by a string: their presence lets string words count.
const IMPORT_FUNCTION_WORDS: &[&str] = &["__import__", "import_module", "import_deprecated"];

/// Words that no use spells but that the rules read around a use: the modern import-hook
/// methods, hook registries, version checks (and the packages of [`crate::test_bases`]). A
/// definition that holds one is parsed too.
const CONTEXT_WORDS: &[&str] =
    &["TYPE_CHECKING", "exec_module", "find_spec", "hexversion", "meta_path", "path_hooks", "version_info"];

pub(super) struct Words {
    pub(super) ids: HashMap<&'static [u8], usize, BuildWordHash>,
    /// The same words, for [`Words::lookup`].
    pub(super) table: WordTable,
    pub(super) import_functions: Vec<usize>,
    pub(super) context: Vec<usize>,
    /// The methods whose mere definition changes what a class's other methods mean (the
    /// catalogue's modern counterparts, the methods a standard-library base calls instead of
    /// others, the names fixes rename to: a class defining one makes the fix unsafe): never
    /// left out of a class.
    pub(super) takes_over: Vec<&'static [u8]>,
    /// By word id: whether some [`CallShape`] entry calls the word (its calls are recorded).
    pub(super) called: Vec<bool>,
    /// By word id: the forms of a mention ([`Mention`]'s flags; `u8::MAX`: any form) in which
    /// the word may make a statement of module-level code hold a use ([`marking_forms`]).
    pub(super) marking: Vec<u8>,
    pub(super) needs: Vec<Needs>,
    /// By word id: the entries (indices into [`ENTRIES`]) whose [`key_words`] hold the word.
    pub(super) entries_by_word: Vec<Vec<usize>>,
    /// The entries whose needs have no key words: looked at in every file.
    pub(super) entries_without_words: Vec<usize>,
    pub(super) shortest: usize,
    pub(super) longest: usize,
    /// A test before the table's: most identifiers are rejected by it.
    pub(super) sieve: Sieve,
}

impl Words {
    /// Whether `mention` may make the statement of module-level code it is in hold a use.
    #[inline]
    pub(super) fn marks(&self, mention: &Mention) -> bool {
        let forms = self.marking[mention.id];
        forms == u8::MAX || forms & mention.form != 0
    }

    /// The id of a catalogue or context word.
    #[inline]
    pub(super) fn lookup(&self, word: &[u8]) -> Option<usize> {
        if word.len() < self.shortest || word.len() > self.longest || !self.sieve.may_hold(word) {
            return None;
        }
        self.table.get(word)
    }
}

/// A cheap test of whether a word may be one of a set of (non-empty) words, before it is
/// hashed: a bit per length (below 32; longer words share the last bit) for the set's words
/// that start with the same two bytes (each read modulo 64, so that `[A-Za-z0-9_]` never
/// share a slot) and for those that end with the same byte. Unlike [`super::selection::Shapes`], the first two
/// bytes tell most identifiers from the catalogue's words: 2.7 M look-ups on CPython's Lib,
/// each a hash and a probe of the table before (about 80 instructions), most now a few.
pub(super) struct Sieve {
    pub(super) heads: Vec<u32>,
    pub(super) tails: [u32; 256],
}

impl Sieve {
    pub(super) fn new<'w>(words: impl Iterator<Item = &'w [u8]>) -> Self {
        let mut sieve = Sieve { heads: vec![0; 64 * 64], tails: [0; 256] };
        for word in words.filter(|word| !word.is_empty()) {
            sieve.heads[Self::head(word)] |= Self::length(word);
            sieve.tails[usize::from(word[word.len() - 1])] |= Self::length(word);
        }
        sieve
    }

    pub(super) fn length(word: &[u8]) -> u32 {
        1 << word.len().min(31)
    }

    /// The slot of the word's first two bytes (the first alone for a one-byte word).
    pub(super) fn head(word: &[u8]) -> usize {
        let second = word.get(1).map_or(0, |&byte| usize::from(byte & 63));
        usize::from(word[0] & 63) << 6 | second
    }

    /// Whether `word` (not empty) may be one of the set's words (`false`: it is none).
    #[inline]
    pub(super) fn may_hold(&self, word: &[u8]) -> bool {
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
pub(super) struct WordTable {
    /// By slot: 0 when empty, else the tag (odd) of the word there.
    pub(super) tags: Vec<u32>,
    /// By slot: the word and its id.
    pub(super) words: Vec<(&'static [u8], usize)>,
}

impl WordTable {
    pub(super) fn new(ids: &HashMap<&'static [u8], usize, BuildWordHash>) -> Self {
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
    pub(super) fn slot_and_tag(word: &[u8], capacity: usize) -> (usize, u32) {
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
    pub(super) fn get(&self, word: &[u8]) -> Option<usize> {
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

/// By word id, the forms of a mention of the word that may make a statement hold a use, as
/// [`super::evidence::mentioned_in`] reads them (whatever the file's other evidence): a
/// removed name's in any form (after its parent, an alias, in a `from` import or a string, or
/// alone where the file imports it from its module), a method's after a dot or `def`, a
/// keyword's as a keyword argument, a module's in an import or a string, a context word, an
/// operator's operands, a word of code, strings or variables, and `with` in any. A call the
/// needs look for is noted apart (the prefilter's calls). `x` is a keyword of `int(x=)` only:
/// `x = 1` holds no use.
fn marking_forms(needs: &[Needs], context: &[usize], count: usize) -> Vec<u8> {
    let mut forms = vec![0u8; count];
    for &id in context {
        forms[id] = u8::MAX;
    }
    for needs in needs {
        needs.visit(&mut |needs| match *needs {
            Needs::Name { name, .. }
            | Needs::Definition { name, .. }
            | Needs::Variable { name }
            | Needs::InCode { name }
            | Needs::InString { name } => forms[name] = u8::MAX,
            Needs::Method { name, .. } | Needs::AnyReceiver { name } | Needs::Member { name, .. } => {
                forms[name] |= Mention::MEMBER | Mention::DEFINED;
            }
            Needs::Keyword { ref keywords, .. } => {
                for &keyword in keywords {
                    forms[keyword] |= Mention::KEYWORD;
                }
            }
            Needs::Module { root, name } => {
                forms[name.unwrap_or(root)] |= Mention::IN_IMPORT | Mention::STRING
            }
            Needs::Operand { operator, ref names, .. } => {
                for &word in names.iter().chain([&operator]) {
                    forms[word] = u8::MAX;
                }
            }
            Needs::Entered { with, .. } => forms[with] = u8::MAX,
            Needs::Called { .. } | Needs::AnyOf(_) | Needs::AllOf(_) => {}
        });
    }
    forms
}

pub(super) fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut ids: HashMap<&'static [u8], usize, BuildWordHash> = HashMap::default();
        let mut id = |word: &'static str| {
            let next = ids.len();
            *ids.entry(word.as_bytes()).or_insert(next)
        };
        let import_functions = IMPORT_FUNCTION_WORDS.iter().map(|word| id(word)).collect();
        // The third-party test bases' packages too: a class on one keeps old names.
        let context: Vec<usize> =
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
        let marking = marking_forms(&needs, &context, ids.len());
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
            marking,
            needs,
            entries_by_word,
            entries_without_words,
            shortest,
            longest,
            sieve,
        }
    })
}
