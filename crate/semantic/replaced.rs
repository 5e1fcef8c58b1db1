//! Definitions that never run on the target: a function that a later statement of its scope
//! replaces there before anything reads it (Whoosh's `def htmlescape`, then, on Python 3,
//! `from html import escape as htmlescape`). The uses in its body are guarded.

use super::fall_through::names_read;
use super::{BindingKind, ScopeId, SemanticModel};
use crate::syntax::{named_children, text, Field, NodeExt};
use crate::version::PythonVersion;
use tree_sitter::Node;

impl<'t> SemanticModel<'t> {
    /// Why the function `definition` (in scope `scope`) never runs on `target`: a later
    /// statement of the same block, or of a branch the target takes, binds its name again,
    /// and nothing in between reads it. `None` when it may run (a decorator, a read before the
    /// replacement, a replacement only some targets or platforms make, one in a loop, or an
    /// import of a removed API, which fails).
    pub(super) fn replaced_before_use(
        &self,
        definition: Node<'t>,
        scope: ScopeId,
        target: PythonVersion,
    ) -> Option<String> {
        // Once per function and target, not once per finding in its body: the look walks every
        // later statement of the block (4,000 findings before 4,000 statements took 15 s).
        let key = (definition.id(), target);
        if let Some(known) = self.replaced.borrow().get(&key) {
            return known.clone();
        }
        let replaced = self.replacement_of(definition, scope, target);
        self.replaced.borrow_mut().insert(key, replaced.clone());
        replaced
    }

    /// [`SemanticModel::replaced_before_use`], worked out.
    fn replacement_of(&self, definition: Node<'t>, scope: ScopeId, target: PythonVersion) -> Option<String> {
        let name = text(definition.field(Field::Name)?, self.source);
        // A decorator reads the function as it is defined (`@atexit.register`): its parent is
        // no block then.
        let block = definition.parent().filter(|parent| matches!(parent.kind_name(), "block" | "module"))?;
        // The block's statements are listed once per block, not once per function in it.
        let statements = self.statements_of(block);
        let after = statements.partition_point(|sibling| sibling.start_byte() <= definition.end_byte());
        // Only a statement that spells the name or binds it can read or replace it: those are
        // found from where the name is spelled and bound, not by looking at every later
        // statement (2,000 functions, each named once after them all, took 2 s; 16,000 186 s).
        let spelled = self.statements_naming(block, &statements, scope, name);
        let candidates: Box<dyn Iterator<Item = usize>> = match &spelled {
            Some(indices) => {
                Box::new(indices[indices.partition_point(|&index| index < after)..].iter().copied())
            }
            None => Box::new(after..statements.len()),
        };
        for index in candidates {
            let sibling = statements[index];
            if self.names_read_by(sibling).contains(name) {
                return None;
            }
            if self.replaces(sibling, name, scope, target, 0) {
                return Some(format!("a later binding of `{name}` that replaces it on this target"));
            }
        }
        None
    }

    /// The statements of `block` (listed as `statements`) that spell `name` or bind it in
    /// `scope`, by index, in order: worked out once per block and name (8,000 definitions of one
    /// name each listing them took 117 s in a debug build). `None` when the name is not one of
    /// the file's functions'.
    fn statements_naming(
        &self,
        block: Node<'t>,
        statements: &[Node<'t>],
        scope: super::ScopeId,
        name: &'t str,
    ) -> Option<std::rc::Rc<Vec<usize>>> {
        let key = (block.id(), name);
        if let Some(known) = self.statements_naming.borrow().get(&key) {
            return Some(known.clone());
        }
        let spelled = self.mentions_of_function(name)?;
        let bound = self.bindings.get(&scope).and_then(|names| names.get(name));
        let mut offsets: Vec<usize> = spelled
            .iter()
            .copied()
            .chain(bound.into_iter().flatten().map(|binding| binding.offset))
            .collect();
        offsets.sort_unstable();
        let mut indices: Vec<usize> = offsets
            .into_iter()
            .filter_map(|offset| {
                let index =
                    statements.partition_point(|sibling| sibling.start_byte() <= offset).checked_sub(1)?;
                (offset <= statements[index].end_byte()).then_some(index)
            })
            .collect();
        indices.dedup();
        let indices = std::rc::Rc::new(indices);
        self.statements_naming.borrow_mut().insert(key, indices.clone());
        Some(indices)
    }

    /// The names `statement` reads as it runs (remembered: a statement after many functions
    /// is asked about each of them).
    fn names_read_by(&self, statement: Node<'t>) -> std::rc::Rc<crate::hash::HashSet<&'t str>> {
        if let Some(names) = self.names_read.borrow().get(&statement.id()) {
            return names.clone();
        }
        let names = std::rc::Rc::new(names_read(statement, self.source));
        self.names_read.borrow_mut().insert(statement.id(), names.clone());
        names
    }

    /// The offsets at which `name` is spelled as a word (a run of name characters), when it is
    /// the name of a function or class the file defines (`None` when not); remembered by name. Searched
    /// for as a string, not by splitting the whole source into words: a file asks about the
    /// few functions that hold a finding (a pass over every word of every file with such a
    /// finding cost about 200 M instructions on CPython's Lib).
    pub(super) fn mentions_of_function(&self, name: &'t str) -> Option<std::rc::Rc<Vec<usize>>> {
        if let Some(known) = self.mentions.borrow().get(name) {
            return known.clone();
        }
        // The names bound by a `def` (or a `class`) in any scope, listed once (asked per name, a look in every
        // scope made thousands of functions quadratic).
        let functions = self.function_names.get_or_init(|| {
            let mut names = crate::hash::HashSet::default();
            for bindings in self.bindings.values() {
                for (name, bound) in bindings {
                    if bound.iter().any(|binding| {
                        matches!(binding.kind, super::BindingKind::Function(_) | super::BindingKind::Class(_))
                    }) {
                        names.insert(*name);
                    }
                }
            }
            names
        });
        let is_function = functions.contains(name);
        let mentions = is_function.then(|| std::rc::Rc::new(word_offsets(self.source, name)));
        self.mentions.borrow_mut().insert(name, mentions.clone());
        mentions
    }

    /// Whether `statement` binds `name` on `target`, on every way through it: itself (not by
    /// an import of a removed API, nor in a loop), or in the branch of a version check the
    /// target takes, or in a `try` or `with` body.
    fn replaces(
        &self,
        statement: Node<'t>,
        name: &str,
        scope: ScopeId,
        target: PythonVersion,
        depth: u8,
    ) -> bool {
        let block = match statement.kind_name() {
            "try_statement" | "with_statement" => statement.field(Field::Body),
            "if_statement" => {
                // The branch the target takes: the first whose condition holds, every earlier
                // one failing (each decided by a version check).
                let mut taken = None;
                for clause in named_children(statement) {
                    let (condition, block) = match clause.kind_name() {
                        "block" => (statement.field(Field::Condition), Some(clause)),
                        "elif_clause" => (clause.field(Field::Condition), clause.field(Field::Consequence)),
                        "else_clause" => (None, clause.field(Field::Body)),
                        _ => continue,
                    };
                    match condition.map(|condition| self.version_condition(condition, scope, target)) {
                        Some(Some(false)) => continue,
                        Some(None) => return false,
                        _ => {}
                    }
                    taken = block;
                    break;
                }
                taken
            }
            "for_statement" | "while_statement" | "match_statement" => return false,
            _ => {
                let removed = self.removed.removed_within;
                // An assignment or import binds from its end on.
                let within = statement.start_byte()..=statement.end_byte();
                let bindings = self.bindings.get(&scope).and_then(|names| names.get(name));
                return bindings.is_some_and(|bindings| {
                    bindings.iter().any(|binding| {
                        within.contains(&binding.offset)
                            && !matches!(&binding.kind, BindingKind::Import(qualified) if removed(qualified).is_some())
                    })
                });
            }
        };
        if let Some(block) = block.filter(|_| depth < 8) {
            for inner in named_children(block) {
                if self.replaces(inner, name, scope, target, depth + 1) {
                    return true;
                }
            }
        }
        false
    }
}

/// The offsets at which `word` (name characters only) is spelled as a whole word of `source`:
/// neither preceded nor followed by a name character.
fn word_offsets(source: &str, word: &str) -> Vec<usize> {
    let bytes = source.as_bytes();
    // `memmem` (std's search cost 59 M more instructions on CPython's Lib natively, and in the
    // npm package's module, a byte at a time, 1.5% of a thread's time on Lib); std's in the
    // playground's first module, which has no `memmem` otherwise (2.8 KB gzip). Both give the
    // matches that do not overlap an earlier one: a whole word overlaps no other match.
    #[cfg(not(all(target_arch = "wasm32", feature = "first-only")))]
    let matches = memchr::memmem::find_iter(bytes, word);
    #[cfg(all(target_arch = "wasm32", feature = "first-only"))]
    let matches = source.match_indices(word).map(|(at, _)| at);
    matches
        .filter(|&at| {
            let before = at.checked_sub(1).map(|before| bytes[before]);
            let after = bytes.get(at + word.len()).copied();
            !before.is_some_and(is_word_byte) && !after.is_some_and(is_word_byte)
        })
        .collect()
}

/// Whether `byte` belongs to a word (a name's characters, any byte of a non-ASCII one).
fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80
}
