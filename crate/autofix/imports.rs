//! Imports a fix needs or leaves behind: adding `import M` once (after the module's docstring,
//! `from __future__` imports and other imports), and deleting an import nothing uses.

use super::whole_file::{words_in, WholeFile};
use crate::semantic::{BindingKind, ScopeId, SemanticModel};
use crate::syntax::{field_children, named_children, text, Field, NodeExt};
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use tree_sitter::Node;

/// What the fixes of one file ask about its imports and words, worked out once per file (the
/// first time a fix asks) instead of once per finding: a file with thousands of fixable uses
/// would otherwise cost their number times its length.
pub(crate) struct FileFacts<'t> {
    root: Node<'t>,
    source: &'t str,
    insertion: OnceCell<Option<(usize, bool)>>,
    top_level: OnceCell<HashSet<String>>,
    words: OnceCell<HashMap<&'t str, usize>>,
    whole: OnceCell<Option<WholeFile>>,
}

impl<'t> FileFacts<'t> {
    /// The facts of the file parsed as `root` from `source` (nothing is computed yet).
    pub(crate) fn new(root: Node<'t>, source: &'t str) -> Self {
        Self {
            root,
            source,
            insertion: OnceCell::new(),
            top_level: OnceCell::new(),
            words: OnceCell::new(),
            whole: OnceCell::new(),
        }
    }

    /// The whole file read again, once (see [`WholeFile`]).
    pub(crate) fn whole_file(&self, removed: crate::semantic::RemovedApis) -> Option<&WholeFile> {
        self.whole.get_or_init(|| WholeFile::read(self.source, removed)).as_ref()
    }

    /// Where a new import goes ([`insertion_point`]).
    fn insertion_point(&self) -> Option<(usize, bool)> {
        *self.insertion.get_or_init(|| insertion_point(self.root, self.source))
    }

    /// Whether a statement at the top of the module is `import module` (exactly that path).
    pub(crate) fn imports_at_top_level(&self, module: &str) -> bool {
        self.top_level
            .get_or_init(|| {
                named_children(self.root)
                    .into_iter()
                    .filter(|statement| statement.kind_name() == "import_statement")
                    .flat_map(|statement| field_children(statement, Field::Name))
                    .filter(|name| name.kind_name() == "dotted_name")
                    .map(|name| crate::semantic::dotted_text(name, self.source))
                    .collect()
            })
            .contains(module)
    }

    /// Whether `name` is spelled as a whole word anywhere in the source outside `skip` (code,
    /// strings or comments): if so, deleting its import is not certain to be harmless.
    pub(crate) fn spelled_elsewhere(&self, name: &str, skip: TextRange) -> bool {
        let inside = words_in(self.source, skip.start, skip.end).filter(|word| *word == name).count();
        self.word_count(name) > inside
    }

    /// How many times `name` is spelled as a whole word in the source (code, strings, comments).
    pub(crate) fn word_count(&self, name: &str) -> usize {
        let words = self.words.get_or_init(|| {
            let mut counts = HashMap::new();
            for word in words_in(self.source, 0, self.source.len()) {
                *counts.entry(word).or_insert(0) += 1;
            }
            counts
        });
        words.get(name).copied().unwrap_or(0)
    }
}

/// An edit: `(start, end, content)` in bytes.
pub(crate) use crate::edit::TextEdit as RawEdit;
use crate::lines::TextRange;
use crate::qualified_name::QualifiedName;

/// The line ending the file uses: that of its first line (`\n`, `\r\n` or a lone `\r`, which
/// Python reads as a line end too).
pub(crate) fn newline(source: &str) -> &'static str {
    crate::lines::first_line_ending(source)
}

/// What `module`'s name needs so that code at `offset` in `scope` can write `module.x`:
/// `Ok(None)` when it is imported already, `Ok(Some(edit))` for the import to add, `Err(())`
/// when the name is bound to something else there (the fix would change what it means).
/// An empty `module` stands for the builtins: then `builtin` must not be shadowed.
pub(crate) fn ensure(
    model: &SemanticModel<'_>,
    facts: &FileFacts<'_>,
    scope: ScopeId,
    offset: usize,
    module: &str,
    builtin: &str,
) -> Result<Option<RawEdit>, ()> {
    if module.is_empty() {
        let name = builtin.split(['.', '(']).next().unwrap_or(builtin);
        return match model.lookup(name, scope, offset) {
            None => Ok(None),
            Some(_) => Err(()),
        };
    }
    let first = QualifiedName::new(module).root();
    let is_the_package = |kind: &BindingKind<'_>| matches!(kind, BindingKind::Import(q) if q == first);
    match model.lookup(first, scope, offset) {
        Some((_, binding))
            if is_the_package(&binding.kind) && (module == first || facts.imports_at_top_level(module)) =>
        {
            return Ok(None);
        }
        Some((_, binding)) if is_the_package(&binding.kind) => {}
        Some(_) => return Err(()),
        None => {}
    }
    // A binding of the name anywhere at module level (a later assignment, a function named so)
    // would clash with the import.
    if let Some((_, binding)) = model.lookup(first, model.module, usize::MAX) {
        if !is_the_package(&binding.kind) {
            return Err(());
        }
    }
    let at = facts.insertion_point().ok_or(())?;
    let newline = newline(model.source);
    let content =
        if at.1 { format!("{newline}import {module}") } else { format!("import {module}{newline}") };
    Ok(Some(RawEdit::insertion(at.0, content)))
}

/// Where a new import goes: the start of the line after the last import of the module's
/// opening statements (docstring, comments, `from __future__` and other imports), else before
/// the first statement. The flag says the file's last line has no line ending there (so the
/// import must start with one).
fn insertion_point(root: Node<'_>, source: &str) -> Option<(usize, bool)> {
    let mut after = None;
    let mut next_statement = None;
    let statements = named_children(root).into_iter().filter(|statement| statement.kind_name() != "comment");
    let mut previous_end = 0;
    for (index, statement) in statements.enumerate() {
        // Text between statements that is not blank or a comment is a statement the parse
        // left out (the prefilter skips definitions): the opening statements end there.
        if let Some(hidden) = code_in(source, previous_end, statement.start_byte()) {
            next_statement = Some(hidden);
            break;
        }
        previous_end = statement.end_byte();
        let is_import = matches!(
            statement.kind_name(),
            "future_import_statement" | "import_statement" | "import_from_statement"
        );
        let is_docstring = index == 0
            && statement.kind_name() == "expression_statement"
            && statement.named_child_count() == 1
            && statement
                .named_child(0)
                .is_some_and(|child| matches!(child.kind_name(), "string" | "concatenated_string"));
        if is_import || is_docstring {
            after = Some(statement.end_byte());
        } else {
            next_statement = Some(statement.start_byte());
            break;
        }
    }
    let Some(after) = after else {
        // No docstring and no import: before the first statement (after leading comments).
        let at = next_statement.unwrap_or(source.len());
        let line_start = crate::lines::line_start(source, at);
        let bom = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        return is_blank(&source[line_start.max(bom)..at]).then_some((at.max(bom), false));
    };
    match crate::lines::next_line_start(source, after) {
        Some(at) => {
            // A statement after a `;` on the same line would run before the import.
            if next_statement.is_some_and(|next| next < at) {
                return None;
            }
            Some((at, false))
        }
        None => Some((source.len(), true)),
    }
}

/// Whether `c` is a blank to Python's tokenizer: a space, tab or form feed, or a line end.
/// Not every Unicode space (`str::trim`'s): U+3000 or U+00A0 in code is a syntax error.
fn is_python_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c' | '\r' | '\n')
}

/// `text` without Python's blanks at either end.
fn trim_blanks(text: &str) -> &str {
    text.trim_matches(is_python_blank)
}

/// Whether `text` holds only Python's blanks.
fn is_blank(text: &str) -> bool {
    trim_blanks(text).is_empty()
}

/// The start of the first line of `source[start..end]` that holds code (not blank, not a
/// comment), if any.
fn code_in(source: &str, start: usize, end: usize) -> Option<usize> {
    let mut at = start;
    for line in source.get(start..end)?.split_inclusive('\n') {
        let content = trim_blanks(line.trim_start_matches('\u{feff}'));
        if !content.is_empty() && !content.starts_with('#') {
            return Some(at + (line.len() - line.trim_start_matches(is_python_blank).len()));
        }
        at += line.len();
    }
    None
}

/// The edit that deletes one name of an import statement (with its comma), or the whole
/// statement with its line when it is the only name (a lone statement of a block becomes
/// `pass`). `None` when the statement shares its line with other code or holds comments.
pub(crate) fn delete_import_name(statement: Node<'_>, item: Node<'_>, source: &str) -> Option<RawEdit> {
    if named_children(statement).iter().any(|child| child.kind_name() == "comment") {
        return None;
    }
    let names = field_children(statement, Field::Name);
    let index = names.iter().position(|name| name.id() == item.id())?;
    if names.len() > 1 {
        return Some(match index {
            0 => RawEdit::deletion(TextRange::new(item.start_byte(), names[1].start_byte())),
            _ => RawEdit::deletion(TextRange::new(names[index - 1].end_byte(), item.end_byte())),
        });
    }
    let line_start = crate::lines::line_start(source, statement.start_byte());
    let line_end = crate::lines::next_line_start(source, statement.end_byte()).unwrap_or(source.len());
    let before = &source[line_start..statement.start_byte()];
    let after = source[statement.end_byte()..line_end].trim();
    let bom_only = before.trim_start_matches('\u{feff}').trim().is_empty();
    if !bom_only || !(after.is_empty() || after.starts_with('#')) {
        return None;
    }
    let parent = statement.parent()?;
    if parent.kind_name() == "block" {
        let statements =
            named_children(parent).into_iter().filter(|child| child.kind_name() != "comment").count();
        if statements == 1 {
            return Some(RawEdit::replacement(TextRange::of(statement), "pass"));
        }
    }
    // Keep a byte order mark that precedes the statement.
    let start = line_start + (before.len() - before.trim_start_matches('\u{feff}').len());
    Some(RawEdit::deletion(TextRange::new(start, line_end)))
}

/// The name an import item binds: the alias, or the first segment of the module path.
pub(crate) fn bound_name<'s>(item: Node<'_>, source: &'s str) -> Option<&'s str> {
    match item.kind_name() {
        "aliased_import" => item.field(Field::Alias).map(|alias| text(alias, source)),
        "dotted_name" => text(item, source).split('.').next().map(str::trim),
        _ => None,
    }
}
