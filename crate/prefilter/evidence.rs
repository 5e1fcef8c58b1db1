//! What the tokenizer notes about a file (where each word occurred, the pairs, the calls) and
//! what that evidence says: which entries a file may hold a use of, and which statements.

use super::calls::CallSite;
use super::with_statements;
use super::words::Words;
use crate::detections::Needs;
use crate::hash::BuildWordHash;

/// Where a word occurred.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Seen {
    /// The first segment of an absolute module path in an import statement.
    pub(super) imported: bool,
    /// After a dot, or as a name a `from` import takes.
    pub(super) member: bool,
    /// After a dot that follows anything but a module the file imports by its own name
    /// (`x.warn`, `f().warn`, not `warnings.warn` after `import warnings`): where a method of
    /// an instance can be.
    pub(super) on_instance: bool,
    /// The name of a `def`.
    pub(super) defined: bool,
    /// Any identifier in code.
    pub(super) code: bool,
    /// A word inside a string.
    pub(super) string: bool,
    /// The first word of a string literal that may name a module (`"imp"`, `"distutils.core"`).
    pub(super) module_string: bool,
    /// A name a `from` import takes (`from locale import format`).
    pub(super) imported_name: bool,
    /// After a dot that follows an alias of a module the semantic model rewrites
    /// (`from six.moves import configparser as cp; cp.x`): an alias of any other module makes a
    /// pair of the module's last word and the member instead (`import typing as t; t.re`).
    pub(super) after_alias: bool,
    /// The name of a keyword argument (`=` follows it inside brackets).
    pub(super) keyword: bool,
    /// The first word after `~` (past opening brackets): `~True`, `~(not x)`.
    pub(super) after_tilde: bool,
}

impl Seen {
    /// Whether the word occurred at all (any of the flags): compared as a whole, a few loads
    /// (it is asked of every word of the catalogue in every file).
    pub(super) fn any(&self) -> bool {
        *self != Seen::default()
    }
}

/// What the tokenizer noted about a file.
pub(super) struct Evidence<'b> {
    /// The file.
    pub(super) bytes: &'b [u8],
    /// Where each word occurred, by word id.
    pub(super) seen: Vec<Seen>,
    /// Pairs of words seen as `first.second`.
    pub(super) pairs: Pairs,
    /// Pairs of words seen as `from ....first import second` (absolute imports only).
    pub(super) from_imports: Pairs,
    /// The calls of the words that [`CallShape`] entries call, in the order of their
    /// statements.
    pub(super) calls: Vec<CallSite>,
    /// For the classes of [`Needs::Entered`] entries, the `with` statements (their keyword's
    /// offsets) that may enter an instance of one of them: found once a file, when first asked.
    pub(super) entering: std::cell::RefCell<Vec<(Vec<&'static str>, Vec<usize>)>>,
}

impl Evidence<'_> {
    /// Where the `with` statements that may enter an instance of one of `classes` start
    /// ([`with_statements::entering`]), in order.
    pub(super) fn entering(&self, classes: &[&'static str]) -> Vec<usize> {
        if let Some((_, found)) = self.entering.borrow().iter().find(|(known, _)| known == classes) {
            return found.clone();
        }
        let found = with_statements::entering(self.bytes, classes);
        self.entering.borrow_mut().push((classes.to_vec(), found.clone()));
        found
    }

    /// The calls in top-level statement `block`.
    pub(super) fn calls_in(&self, block: usize) -> &[CallSite] {
        let start = self.calls.partition_point(|call| call.block < block);
        let end = self.calls.partition_point(|call| call.block <= block);
        &self.calls[start..end]
    }
}

/// Pairs of word ids seen as `first.second` in code.
pub(super) type Pairs = std::collections::HashSet<(usize, usize), BuildWordHash>;

/// A catalogue or context word in a top-level statement, and how it was spelled there.
#[derive(Clone, Copy, Debug)]
pub(super) struct Mention {
    pub(super) id: usize,
    /// [`Mention::MEMBER`] and the other flags.
    pub(super) form: u8,
    /// The word before the dot, when the word came after one (a word id).
    pub(super) parent: Option<usize>,
}

impl Mention {
    /// After a dot.
    pub(super) const MEMBER: u8 = 1;
    /// After a dot that follows a module alias.
    pub(super) const AFTER_ALIAS: u8 = 2;
    /// The name of a `def`.
    pub(super) const DEFINED: u8 = 4;
    /// A name a `from` import takes.
    pub(super) const IMPORTED: u8 = 8;
    /// Inside a string.
    pub(super) const STRING: u8 = 16;
    /// The name of a keyword argument.
    pub(super) const KEYWORD: u8 = 32;
    /// In an import statement (`import a.b`, `from a.b import c`).
    pub(super) const IN_IMPORT: u8 = 64;

    pub(super) fn is(self, flags: u8) -> bool {
        self.form & flags != 0
    }
}

/// Whether a statement with these mentions may hold a use (in a file whose evidence meets
/// these needs): a removed name spelled after its parent or an alias or as imported from
/// its module, a method reached after a dot or defined, a keyword passed as one, a call
/// that may have the shape, any other use word anywhere. `span` is the statement's text (a
/// top-level statement `block`, or one statement of its class body).
pub(super) fn mentioned_in(
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
        // Of the statement's `with` statements, one that may enter an instance.
        Needs::Entered { with, ref classes, .. } => {
            mentions.iter().any(|mention| mention.id == with && !mention.is(Mention::STRING))
                && evidence.entering(classes).iter().any(|at| span.contains(at))
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

/// The entries (indices into [`crate::catalogue::ENTRIES`], in order) whose needs may be met in a file with this
/// evidence: those whose key words it spells, and those without key words.
pub(super) fn candidates(words: &Words, evidence: &Evidence<'_>) -> Vec<usize> {
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

pub(super) fn needs_met(words: &Words, evidence: &Evidence<'_>, needs: &Needs) -> bool {
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
            needs_met(words, evidence, spelled) && !evidence.entering(classes).is_empty()
        }
    }
}
