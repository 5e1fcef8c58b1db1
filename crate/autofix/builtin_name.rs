//! A name imported from a module that is an alias of a builtin (`from typing import Text`):
//! every use of the bound name becomes the builtin (`str`) and the name leaves the import.

use super::imports::{delete_import_name, words_in_text as words_in, FileFacts};
use super::{Outcome, RawEdit};
use crate::edit::Applicability;
use crate::lines::TextRange;
use crate::semantic::SemanticModel;
use crate::syntax::{parse_within_budget, text, walk, Descend, Field, NodeExt, Visitor};
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
/// would go unseen: the whole file is parsed again here (once per such import; few files have
/// one), so that the answer is the same however the file was parsed.
pub(super) fn fix(imported: &Imported<'_, '_>, facts: &FileFacts<'_>) -> Option<Outcome> {
    let Imported { model, item, imported, bound, with } = *imported;
    if item.kind() == "aliased_import" && imported == bound {
        return None;
    }
    let source = model.source;
    let start = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let tree = parse_within_budget(source, std::slice::from_ref(&(start..source.len()))).ok()?;
    let root = tree.root_node();
    if root.has_error() {
        return None;
    }
    let whole = SemanticModel::build(root, source, model.removed);
    if whole.binding_count(bound) != 1 || whole.binding_count(with) != 0 {
        return None;
    }
    let item = same_node(root, item)?;
    let statement = item.parent().filter(|parent| parent.kind() == "import_from_statement")?;
    let mut uses = Uses { source, name: bound, found: Vec::new(), spelled: 0, refused: false };
    walk(root, &mut uses);
    // Prose comments may name it; type comments (`# type: (Text) -> Text`) use it.
    let mut in_prose = 0;
    for comment in &whole.comments {
        let body = text(*comment, source).trim_start_matches('#').trim_start();
        if !body.starts_with("type:") {
            in_prose += words_in(body).filter(|word| *word == bound).count();
        }
    }
    // The item's own spelling (and its alias's) is in the statement: counted in `spelled`.
    if uses.refused || uses.spelled + in_prose != facts.word_count(bound) {
        return None;
    }
    let mut edits = vec![delete_import_name(statement, item, source)?];
    edits.extend(uses.found.iter().map(|name| RawEdit::replacement(TextRange::of(*name), with)));
    let message = match uses.found.len() {
        1 => format!("replace the use of `{bound}` with `{with}` and drop it from the import"),
        n => format!("replace the {n} uses of `{bound}` with `{with}` and drop it from the import"),
    };
    Some((Applicability::Safe, message, edits))
}

/// The node of `root`'s tree that spans what `node` spans and has its kind.
fn same_node<'t>(root: Node<'t>, node: Node<'_>) -> Option<Node<'t>> {
    let mut found = root.named_descendant_for_byte_range(node.start_byte(), node.end_byte())?;
    while found.kind() != node.kind() || found.byte_range() != node.byte_range() {
        found = found.parent()?;
        if found.start_byte() < node.start_byte() {
            return None;
        }
    }
    Some(found)
}

/// Collects the identifiers spelling the name: uses to replace, or a reason to refuse.
struct Uses<'s, 't> {
    source: &'s str,
    name: &'s str,
    found: Vec<Node<'t>>,
    /// Identifiers spelling the name, the statement's included.
    spelled: usize,
    refused: bool,
}

impl<'t> Visitor<'t> for Uses<'_, 't> {
    fn enter(&mut self, node: Node<'t>, ancestors: &[Node<'t>]) -> Descend {
        if self.refused {
            return Descend::No;
        }
        if node.kind() != "identifier" || text(node, self.source) != self.name {
            return Descend::Yes;
        }
        self.spelled += 1;
        // The statement's own item, and names other imports import (`from typing import Text
        // as T` binds `T`): not uses of the binding.
        let in_import =
            |ancestor: &Node<'_>| matches!(ancestor.kind(), "import_from_statement" | "import_statement");
        if ancestors.iter().any(in_import) {
            return Descend::No;
        }
        let Some(parent) = ancestors.last() else {
            return Descend::No;
        };
        let is_field = |field: Field| parent.field(field).is_some_and(|child| child.id() == node.id());
        match parent.kind() {
            // `x.Text` and `f(Text=1)` name something else.
            "attribute" if is_field(Field::Attribute) => {}
            "keyword_argument" if is_field(Field::Name) => {}
            "delete_statement" | "global_statement" | "nonlocal_statement" => self.refused = true,
            _ => self.found.push(node),
        }
        Descend::No
    }
}
