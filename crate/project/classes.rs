//! When a class of another module of the run can matter to a file that imports it, without
//! parsing either: the index parses a class asked for by name ([`super::ProjectBuilder`]) only
//! when both texts show it may.
//!
//! A class of another module changes a finding of the importing file only through a member
//! lookup ([`crate::semantic::project::Imported::Class`]): an attribute of an instance, of the
//! class or of a subclass (`cfg.readfp(f)`, `self.assertEquals(a, b)`), or a method the file's
//! subclass defines (an import hook's `def find_module`). So:
//! - the importing file must spell a *member word* after a dot or `def`: the last name of a
//!   catalogue row found as a member of a class, or of a method a keyword or call-shape row
//!   judges ([`member_words`]);
//! - the module of the class must spell, for one of those words, an *owner*: the last name of a
//!   standard-library class whose member of that name is such a row (its subclasses of
//!   [`stdlib::CLASS_BASES`] included, and the base of [`stdlib::SUBCLASS_MEMBERS`]), or a
//!   third-party test base that defines the alias ([`crate::test_bases`]); or it spells the
//!   word itself other than after a dot (a class that defines it) ([`may_matter`]).
//!
//! A quick look at text: it may say yes for a class that changes nothing (the words in a
//! comment, an owner named for something else), never no for one that would.

use crate::catalogue::{Detection, ENTRIES};
use crate::hash::{HashMap, HashSet};
use crate::prefilter::{is_word_byte, word_end};
use crate::stdlib;
use crate::test_bases::{Covers, Defines, TEST_BASES};
use std::sync::OnceLock;

/// What the catalogue says of one member word.
#[derive(Debug, Default)]
struct Word {
    /// The last names of its owners (see the module's doc), each with the top-level
    /// standard-library package of its class (`None`: a third-party test base, which counts
    /// wherever it is spelled).
    owners: Vec<(&'static str, Option<&'static str>)>,
    /// Whether a row of its name is found as an attribute (a method, a hook method, a
    /// distinctive method, a test-case alias), or judges calls of a method of its name by their
    /// shape: its spelling after a dot or `def` is evidence enough.
    spelled: bool,
    /// The keywords that rows judging calls of a method of its name remove: one of them spelled
    /// before `=` is the evidence, for a word with no other row.
    keywords: Vec<&'static str>,
}

/// The member words (see the module's doc), by name.
fn words() -> &'static HashMap<&'static str, Word> {
    static WORDS: OnceLock<HashMap<&'static str, Word>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: HashMap<&'static str, Word> = HashMap::default();
        let last = |path: &'static str| path.rsplit('.').next().unwrap_or(path);
        let top = |path: &'static str| Some(path.split('.').next().unwrap_or(path));
        // The class of `symbol` and its relatives, as owners of its last name.
        let owned = |symbol: &'static str, words: &mut HashMap<&'static str, Word>| {
            let (class, name) = symbol.rsplit_once('.')?;
            // A member of a module is no class's: a module is no base.
            if stdlib::is_module(class) {
                return None;
            }
            let word = words.entry(name).or_default();
            let mut add = |class: &'static str| {
                let owner = (last(class), top(class));
                if !word.owners.contains(&owner) {
                    word.owners.push(owner);
                }
            };
            add(class);
            for (derived, _) in stdlib::CLASS_BASES {
                if stdlib::is_subclass(derived, class) {
                    add(derived);
                }
            }
            for (base, member, subclass) in stdlib::SUBCLASS_MEMBERS {
                if *member == name && *subclass == class {
                    add(base);
                }
            }
            Some(name)
        };
        for entry in ENTRIES {
            match entry.detection {
                Detection::Keyword { callables, keywords } => {
                    for callable in callables {
                        if let Some(name) = owned(callable, &mut words) {
                            words.entry(name).or_default().keywords.extend(keywords);
                        } else if callable
                            .rsplit('.')
                            .next()
                            .is_some_and(|name| name.starts_with(char::is_uppercase))
                        {
                            // A class's constructor (`asyncio.Lock(loop=)`): a subclass of
                            // another module that defines no `__init__` is called as its base.
                            let word = words.entry("__init__").or_default();
                            let owner = (last(callable), top(callable));
                            if !word.owners.contains(&owner) {
                                word.owners.push(owner);
                            }
                            word.keywords.extend(keywords);
                        }
                    }
                }
                Detection::CallShape { callables, .. } => {
                    for callable in callables {
                        if let Some(name) = owned(callable, &mut words) {
                            words.entry(name).or_default().spelled = true;
                        }
                    }
                }
                // Names of modules, module attributes and environment variables are no
                // class's members.
                Detection::Import | Detection::Name | Detection::ModuleAttribute | Detection::EnvVar => {}
                detection => {
                    // Other rows (context managers, subscripts, uncalled methods) are found
                    // without a member lookup: their names are no evidence, but a member of
                    // that name on such a class is still the row's.
                    let found = matches!(
                        detection,
                        Detection::Method
                            | Detection::HookMethod(_)
                            | Detection::DistinctiveMethod
                            | Detection::TestCaseAlias
                    );
                    if let Some(name) = owned(entry.symbol, &mut words) {
                        words.entry(name).or_default().spelled |= found;
                    }
                }
            }
            if entry.detection == Detection::TestCaseAlias {
                add_test_bases(entry.name(), &mut words);
            }
        }
        words.retain(|_, word| word.spelled || !word.keywords.is_empty());
        for word in words.values_mut() {
            word.keywords.sort_unstable();
            word.keywords.dedup();
        }
        words
    })
}

/// The third-party test bases that define the test-case alias `name` themselves (testtools',
/// Twisted trial's), as owners of its word.
fn add_test_bases(name: &'static str, words: &mut HashMap<&'static str, Word>) {
    for row in TEST_BASES {
        let defines = match row.defines {
            Defines::Every => true,
            Defines::Names(names) => names.contains(&name),
        };
        let owner = match row.covers {
            Covers::Class(class) => class.rsplit('.').next().unwrap_or(class),
            Covers::Package(package) => package.split('.').next().unwrap_or(package),
        };
        let owner = (owner, None);
        let word = words.entry(name).or_default();
        if defines && !word.owners.contains(&owner) {
            word.owners.push(owner);
        }
    }
}

/// The member words a class can make silent by defining them itself: test-case aliases and
/// distinctive methods, reported on a class of the file whose bases are unknown.
fn is_definable(word: &str) -> bool {
    static DEFINABLE: OnceLock<HashSet<&'static str>> = OnceLock::new();
    DEFINABLE
        .get_or_init(|| {
            ENTRIES
                .iter()
                .filter(|entry| {
                    matches!(entry.detection, Detection::TestCaseAlias | Detection::DistinctiveMethod)
                })
                .map(|entry| entry.name())
                .collect()
        })
        .contains(word)
}

/// A filter before the lookup of a word after a dot: its first two bytes and its length (most
/// words after a dot, `self.x`, `os.path`, share them with no member word).
fn prefixes() -> &'static [u64; 1024] {
    static PREFIXES: OnceLock<[u64; 1024]> = OnceLock::new();
    PREFIXES.get_or_init(|| {
        let mut bits = [0u64; 1024];
        for word in words().keys() {
            let key = prefix_key(word.as_bytes());
            bits[key / 64] |= 1 << (key % 64);
        }
        bits
    })
}

/// The key of a word's first two bytes and length, below 65,536.
fn prefix_key(word: &[u8]) -> usize {
    let first = usize::from(word.first().copied().unwrap_or(0));
    let second = usize::from(word.get(1).copied().unwrap_or(0));
    ((first * 251 + second) * 31 + word.len()) & 0xFFFF
}

/// The word that starts at `at` in `bytes` after spaces or tabs, if any (empty if none).
fn word_at(bytes: &[u8], at: usize) -> &[u8] {
    let mut start = at;
    while bytes.get(start).is_some_and(|&byte| byte == b' ' || byte == b'\t') {
        start += 1;
    }
    bytes.get(start..word_end(bytes, start)).unwrap_or_default()
}

/// Member words as [`member_words`] gives them, read back from their serialised text (a worker
/// thread of the npm CLI sends a file's imports to the main thread's index); a word that is no
/// member word is dropped.
pub fn deserialize_member_words<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<&'static str>, D::Error> {
    let spelled: Vec<String> = serde::Deserialize::deserialize(deserializer)?;
    let words = words();
    Ok(spelled.iter().filter_map(|word| words.get_key_value(word.as_str()).map(|(&name, _)| name)).collect())
}

/// What a module is asked for by name with member words (the index's requests), read back from
/// their serialised text (a worker thread of the npm package summarises a module with what the
/// main thread's index asks of it): each name's words as [`deserialize_member_words`] reads them.
pub fn deserialize_class_words<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<HashMap<String, Vec<&'static str>>, D::Error> {
    let spelled: HashMap<String, Vec<String>> = serde::Deserialize::deserialize(deserializer)?;
    let words = words();
    Ok(spelled
        .into_iter()
        .map(|(name, spelled)| {
            let known =
                spelled.iter().filter_map(|word| words.get_key_value(word.as_str()).map(|(&word, _)| word));
            (name, known.collect())
        })
        .collect())
}

/// The member words `text` spells after a dot (`cfg.readfp`, `self.assertEquals`) or after
/// `def` (`def find_module`), sorted, each once: what the file may look up on a class.
pub fn member_words(text: &str) -> Vec<&'static str> {
    let words = words();
    let prefixes = prefixes();
    let bytes = text.as_bytes();
    let mut found: Vec<&'static str> = Vec::new();
    // The words looked at, found or not (a keyword's search is made once per word).
    let mut seen: Vec<&'static str> = Vec::new();
    let mut note = |word: &[u8]| {
        // Most words after a dot are short and common (`self.x`, `os.path`): this filter on
        // their first bytes and length is the cost.
        let key = prefix_key(word);
        if word.is_empty() || prefixes[key / 64] & (1 << (key % 64)) == 0 {
            return;
        }
        let Some((&name, word)) = std::str::from_utf8(word).ok().and_then(|word| words.get_key_value(word))
        else {
            return;
        };
        // A constructor's word is evidenced by its call ([`calls_constructor`]), not by
        // `.__init__`.
        if seen.contains(&name) || name == "__init__" {
            return;
        }
        seen.push(name);
        // A method judged only by its removed keywords: one of them is passed.
        if word.spelled || word.keywords.iter().any(|keyword| spells_keyword(text, keyword)) {
            found.push(name);
        }
    };
    for dot in memchr::memchr_iter(b'.', bytes) {
        note(word_at(bytes, dot + 1));
    }
    for at in memchr::memmem::find_iter(bytes, "def") {
        if (at > 0 && is_word_byte(bytes[at - 1]))
            || !bytes.get(at + 3).is_some_and(|&b| b == b' ' || b == b'\t')
        {
            continue;
        }
        note(word_at(bytes, at + 3));
    }
    found.sort_unstable();
    found
}

/// Whether `text` calls one of `names` (capitalised: a class) with a keyword that a constructor
/// row removes (`Lock(loop=loop)`): then the call may run a standard-library base's `__init__`,
/// the member word `__init__` ([`words`]).
pub fn calls_constructor<'a>(text: &str, mut names: impl Iterator<Item = &'a str>) -> bool {
    let Some(word) = words().get("__init__") else {
        return false;
    };
    let bytes = text.as_bytes();
    names.any(|name| {
        if !name.starts_with(char::is_uppercase) {
            return false;
        }
        memchr::memmem::find_iter(bytes, format!("{name}(").as_bytes()).any(|at| {
            if at > 0 && is_word_byte(bytes[at - 1]) {
                return false;
            }
            // The call's arguments, to their closing parenthesis (bounded).
            let start = at + name.len() + 1;
            let mut depth = 1;
            let end = bytes[start..]
                .iter()
                .take(4096)
                .position(|&byte| {
                    depth += i32::from(byte == b'(') - i32::from(byte == b')');
                    depth == 0
                })
                .map_or(bytes.len().min(start + 4096), |end| start + end);
            let arguments = &text[start..end];
            word.keywords.iter().any(|keyword| spells_keyword(arguments, keyword))
        })
    })
}

/// Whether `text` passes `keyword` as a keyword argument (`keyword=`, not `keyword ==`).
fn spells_keyword(text: &str, keyword: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, keyword).any(|at| {
        let end = at + keyword.len();
        let after = &bytes[end..];
        let after = &after[after.iter().take_while(|&&byte| byte == b' ').count()..];
        !(at > 0 && is_word_byte(bytes[at - 1]))
            && after.first() == Some(&b'=')
            && after.get(1) != Some(&b'=')
    })
}

/// Whether `text` spells `word` as a whole word, where `place` accepts the byte before it
/// (`None` at the start).
fn spells(text: &str, word: &str, place: impl Fn(Option<u8>) -> bool) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, word).any(|at| {
        let before = at.checked_sub(1).map(|before| bytes[before]);
        let end = at + word.len();
        !before.is_some_and(is_word_byte)
            && !bytes.get(end).is_some_and(|&b| is_word_byte(b))
            && place(before)
    })
}

/// Whether a class of the module whose text is `text` may change what a file that spells the
/// member `word` ([`member_words`]) finds: the module spells an owner of the word, or, for a
/// test-case alias or a distinctive method, the word itself other than after a dot (a class of
/// it may define the name, which a subclass in the importing file then keeps). A class that
/// defines another member word itself changes nothing the file finds through it, unless the
/// file's subclass also derives from a standard-library class that has the member (a finding
/// then stays, as the index parses no class for it).
///
/// A standard-library owner counts only where the module imports its top-level package
/// (`import configparser`, `from unittest import case`) and `outside` says that package is not
/// one of the run's modules: a module of the run that defines `Task` or `TestCase` (asyncio's,
/// unittest's own) holds the run's classes, which the index follows as such.
pub fn may_matter(text: &str, word: &str, outside: impl Fn(&str) -> bool) -> bool {
    words().get(word).is_some_and(|word| {
        word.owners.iter().any(|&(owner, package)| {
            spells(text, owner, |_| true)
                && package.is_none_or(|package| outside(package) && imports(text, package))
        })
    }) || (is_definable(word) && spells(text, word, |before| before != Some(b'.')))
}

/// Whether `text` names `package` on a line that starts with `import` or `from` (a quick look:
/// `import os, configparser` and `from configparser import X` both count).
fn imports(text: &str, package: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memmem::find_iter(bytes, package).any(|at| {
        let end = at + package.len();
        if (at > 0 && is_word_byte(bytes[at - 1])) || bytes.get(end).is_some_and(|&b| is_word_byte(b)) {
            return false;
        }
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |newline| newline + 1);
        let line = text[start..at].trim_start();
        line.starts_with("import ") || line.starts_with("from ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_words_are_the_catalogue_s_names_after_a_dot_or_def() {
        let text = "cfg.readfp(f)\nself . assertEquals(1, 1)\nos.path.join(a)\n\
                    def find_module(self):\n    pass\nreadfp = 1\nx.1\n";
        assert_eq!(member_words(text), vec!["assertEquals", "find_module", "readfp"]);
        assert!(member_words("import os\nos.path.join(a, b)\n").is_empty());
        // A method whose rows judge only its keywords: one of them passed.
        assert!(member_words("self.addCleanup(close, f)\n").is_empty());
        assert_eq!(member_words("self.addCleanup(function=close)\n"), vec!["addCleanup"]);
        // A row found without a member lookup (a context manager's `__enter__`).
        assert!(member_words("path.__enter__()\n").is_empty());
    }

    #[test]
    fn a_class_matters_where_its_module_names_an_owner_or_defines_the_word() {
        let parser = "import configparser\n\nclass Parser(configparser.RawConfigParser):\n    pass\n";
        assert!(may_matter(parser, "readfp", |_| true));
        // A subclass of the row's class in the standard library's tables.
        assert!(may_matter(
            "from configparser import SafeConfigParser as P\nclass C(P): pass\n",
            "readfp",
            |_| true
        ));
        // A class of the module that defines the name itself.
        assert!(may_matter("class Plain:\n    def readfp(self, f):\n        pass\n", "readfp", |_| true));
        assert!(may_matter("class Base(object):\n    assertEquals = None\n", "assertEquals", |_| true));
        // A name that is neither a test-case alias nor distinctive, defined without an owner.
        assert!(!may_matter("class Reader:\n    def link_to(self, f):\n        pass\n", "link_to", |_| true));
        // A third-party test base that keeps the aliases.
        assert!(may_matter("import unittest2\nclass T(unittest2.Base): pass\n", "assertEquals", |_| true));
        // Neither: the word only after a dot, no owner.
        assert!(!may_matter(
            "class Reader:\n    def load(self, f):\n        self.other.readfp(f)\n",
            "readfp",
            |_| true
        ));
        assert!(!may_matter(parser, "assertEquals", |_| true));
        assert!(!may_matter(parser, "no_such_member", |_| true));
        // The owner's package is the run's own (asyncio's `Task` in CPython's Lib), or the
        // module names the owner without importing its package.
        assert!(!may_matter(parser, "readfp", |package| package != "configparser"));
        assert!(!may_matter("class RawConfigParser:\n    pass\n", "readfp", |_| true));
        assert!(may_matter(
            "if x:\n    import os, configparser\nP = configparser.RawConfigParser\n",
            "readfp",
            |_| true
        ));
    }
}
