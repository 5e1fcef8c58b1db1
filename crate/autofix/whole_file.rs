//! The whole file read again for the fixes that must see all of it (a prefilter may have parsed
//! only some statements), and the words of a text: what [`super::imports::FileFacts`] works out
//! once per file.

use crate::lines::TextRange;
use crate::semantic::{RemovedApis, SemanticModel};
use crate::syntax::{parse_within_budget, text, walk, Descend, Field, KindId, NodeExt, Visitor};
use std::collections::HashMap;
use tree_sitter::Node;

/// What an identifier spelling a name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Spelling {
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
    /// Every identifier of the file by name: where, and what it is.
    pub(super) identifiers: HashMap<String, Vec<(TextRange, Spelling)>>,
    /// How many times each word is in a prose comment (not a type comment).
    pub(super) in_prose_comments: HashMap<String, usize>,
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
                for word in words_in_text(body) {
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

    /// How many bindings of `name` the file has.
    pub(super) fn bindings(&self, name: &str) -> usize {
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

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80
}

/// The whole words (runs of letters, digits, `_` and non-ASCII characters) of `source` that
/// start in `start..end` and end by `end`, where a run is cut only by the text, never by the
/// span's edges (a word that crosses them is not one of the span's).
pub(super) fn words_in(source: &str, start: usize, end: usize) -> impl Iterator<Item = &str> {
    let bytes = source.as_bytes();
    let end = end.min(bytes.len());
    let mut at = start.min(end);
    // A word that began before the span is not the span's.
    while at > 0 && at < end && is_word_byte(bytes[at - 1]) && is_word_byte(bytes[at]) {
        at += 1;
    }
    std::iter::from_fn(move || {
        while at < end && !is_word_byte(bytes[at]) {
            at += 1;
        }
        if at >= end {
            return None;
        }
        let first = at;
        while at < bytes.len() && is_word_byte(bytes[at]) {
            at += 1;
        }
        (at <= end).then(|| source.get(first..at)).flatten()
    })
}

/// The whole words of `text` (see [`words_in`]).
pub(crate) fn words_in_text(text: &str) -> impl Iterator<Item = &str> {
    words_in(text, 0, text.len())
}
