//! A name imported from a module that is an alias of a builtin (`from typing import Text`):
//! every use of the bound name becomes the builtin (`str`) and the name leaves the import.

use super::imports::{delete_import_name, words_in_text as words_in, FileFacts};
use super::{Outcome, RawEdit};
use crate::edit::Applicability;
use crate::lines::TextRange;
use crate::semantic::{RemovedApis, SemanticModel};
use crate::syntax::{parse_within_budget, text, walk, Descend, Field, KindId, NodeExt, Visitor};
use std::collections::HashMap;
use tree_sitter::Node;

/// Where the import is, what it binds and what replaces it.
pub(super) struct Imported<'a, 't> {
    /// The file's model (perhaps of only the statements the prefilter picked).
    pub model: &'a SemanticModel<'t>,
    /// The item of the `import_from_statement` (`Text`, or `Text as T`).
    pub item: Node<'t>,
    /// The name imported.
    pub imported: &'t str,
    /// The name bound in the file.
    pub bound: &'t str,
    /// The builtin that replaces it.
    pub with: &'static str,
}

/// The fix, only where it is certain to mean the same: the import binds the name once in the
/// whole file and nothing binds the builtin's name; the import is no re-export (`Text as Text`,
/// which a stub uses to export a name); and every spelling of the name in the text is a use in
/// code or in a prose comment (none in a string, a type comment, `del` or `global`), so that
/// forward references, `__all__` and type comments are never left pointing at nothing.
///
/// The prefilter may have parsed only some statements, and a binding of `str` in another one
/// would go unseen: the whole file is read again ([`WholeFile`], once per file however many
/// such imports it has), so that the answer is the same however the file was parsed.
pub(super) fn fix(imported: &Imported<'_, '_>, facts: &FileFacts<'_>) -> Option<Outcome> {
    let Imported { model, item, imported, bound, with } = *imported;
    if item.kind_name() == "aliased_import" && imported == bound {
        return None;
    }
    let statement = item.parent().filter(|parent| parent.kind_name() == "import_from_statement")?;
    let whole = facts.whole_file(model.removed)?;
    if whole.bindings(bound) != 1 || whole.bindings(with) != 0 {
        return None;
    }
    let spellings = whole.identifiers.get(bound)?;
    if spellings.iter().any(|(_, spelling)| *spelling == Spelling::Refused) {
        return None;
    }
    let in_prose = whole.in_prose_comments.get(bound).copied().unwrap_or(0);
    // The item's own spelling (and its alias's) is in the statement, counted among the spellings.
    if spellings.len() + in_prose != facts.word_count(bound) {
        return None;
    }
    let uses: Vec<TextRange> = spellings
        .iter()
        .filter(|(_, spelling)| *spelling == Spelling::Use)
        .map(|(range, _)| *range)
        .collect();
    let mut edits = vec![delete_import_name(statement, item, model.source)?];
    edits.extend(uses.iter().map(|range| RawEdit::replacement(*range, with)));
    let message = match uses.len() {
        1 => format!("replace the use of `{bound}` with `{with}` and drop it from the import"),
        n => format!("replace the {n} uses of `{bound}` with `{with}` and drop it from the import"),
    };
    Some((Applicability::Safe, message, edits))
}

/// What an identifier spelling a name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Spelling {
    /// A use of a binding of that name: replaced.
    Use,
    /// In an import, an attribute's name (`x.Text`) or a keyword's (`f(Text=1)`): another thing.
    Other,
    /// In `del`, `global` or `nonlocal`: no fix.
    Refused,
}

/// What the fixes need of the whole file, read once: its bindings by name, its identifiers by
/// name, and the words of its prose comments (not type comments).
pub(crate) struct WholeFile {
    bindings: HashMap<String, usize>,
    identifiers: HashMap<String, Vec<(TextRange, Spelling)>>,
    in_prose_comments: HashMap<String, usize>,
}

impl WholeFile {
    /// Parses all of `source` (past a byte order mark); `None` when it does not parse cleanly.
    pub(crate) fn read(source: &str, removed: RemovedApis) -> Option<WholeFile> {
        let start = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        let tree = parse_within_budget(source, std::slice::from_ref(&(start..source.len()))).ok()?;
        let root = tree.root_node();
        if root.has_error() {
            return None;
        }
        let model = SemanticModel::build(root, source, removed);
        let mut in_prose_comments = HashMap::new();
        for comment in &model.comments {
            let body = text(*comment, source).trim_start_matches('#').trim_start();
            if !body.starts_with("type:") {
                for word in words_in(body) {
                    *in_prose_comments.entry(word.to_string()).or_insert(0) += 1;
                }
            }
        }
        let mut identifiers = Identifiers { source, found: HashMap::new(), in_imports: 0 };
        walk(root, &mut identifiers);
        let bindings =
            identifiers.found.keys().map(|name| (name.clone(), model.binding_count(name))).collect();
        Some(WholeFile { bindings, identifiers: identifiers.found, in_prose_comments })
    }

    fn bindings(&self, name: &str) -> usize {
        self.bindings.get(name).copied().unwrap_or(0)
    }
}

/// Collects every identifier of the file by name, with what it is.
struct Identifiers<'s> {
    source: &'s str,
    found: HashMap<String, Vec<(TextRange, Spelling)>>,
    /// How many import statements the walk is in (counted, not looked for among the
    /// ancestors of each identifier: that cost the nesting's depth per identifier).
    in_imports: usize,
}

fn is_import(node: Node<'_>) -> bool {
    matches!(node.kind_name(), "import_from_statement" | "import_statement")
}

impl<'t> Visitor<'t> for Identifiers<'_> {
    fn enter(&mut self, node: Node<'t>, _kind: KindId, ancestors: &[Node<'t>]) -> Descend {
        if node.kind_name() != "identifier" {
            self.in_imports += usize::from(is_import(node));
            return Descend::Yes;
        }
        let spelling = match ancestors.last() {
            _ if self.in_imports > 0 => Spelling::Other,
            Some(parent) => {
                let is_field =
                    |field: Field| parent.field(field).is_some_and(|child| child.id() == node.id());
                match parent.kind_name() {
                    "attribute" if is_field(Field::Attribute) => Spelling::Other,
                    "keyword_argument" if is_field(Field::Name) => Spelling::Other,
                    "delete_statement" | "global_statement" | "nonlocal_statement" => Spelling::Refused,
                    _ => Spelling::Use,
                }
            }
            None => Spelling::Other,
        };
        let name = text(node, self.source).to_string();
        self.found.entry(name).or_default().push((TextRange::of(node), spelling));
        Descend::No
    }

    fn leave(&mut self, node: Node<'t>, _kind: KindId) {
        self.in_imports -= usize::from(is_import(node));
    }
}
