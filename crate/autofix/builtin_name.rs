//! A name imported from a module that is an alias of a builtin (`from typing import Text`):
//! every use of the bound name becomes the builtin (`str`) and the name leaves the import.

use super::imports::{delete_import_name, FileFacts};
use super::whole_file::Spelling;
use super::{Outcome, RawEdit};
use crate::edit::Applicability;
use crate::lines::TextRange;
use crate::semantic::SemanticModel;
use crate::syntax::NodeExt;
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
/// would go unseen: the whole file is read again ([`super::whole_file::WholeFile`], once per file however many
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
