//! `removed-env-var`: a removed environment variable named in code, as a string
//! (`os.environ["PYTHONTHREADDEBUG"]`, `{"PYTHONTHREADDEBUG": "1"}`, `"PYTHONTHREADDEBUG=1 python"`)
//! or as a keyword argument (`dict(PYTHONTHREADDEBUG="1")`). Docstrings and comments are text,
//! not code, and are never reported.

use super::needs::{Ids, Needs};
use super::Context;
use super::{Detector, Rows, Visit};
use crate::catalogue::{entries_detected_by, Detection, Entry};
use crate::semantic::guards::Failure;
use crate::syntax::Kind;
use crate::syntax::{is_bare_string_statement, string_value, text};
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// The variable a string names: exactly, or as a shell assignment `NAME=value` inside it.
fn named_variable(value: &str) -> Option<&'static Entry> {
    entries_detected_by(Detection::EnvVar).find(|entry| {
        let name = entry.symbol;
        value == name
            || value.match_indices(name).any(|(index, _)| {
                let before = value[..index].chars().next_back();
                let after = value[index + name.len()..].chars().next();
                before.is_none_or(|c| c.is_whitespace() || c == ';' || c == '&') && after == Some('=')
            })
    })
}

/// This module's detector: removed environment variables named in strings and keyword arguments.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows { detection: |detection| detection == Detection::EnvVar, needs, describe }),
    visit: Some(Visit { nodes: &[Kind::String, Kind::KeywordArgument], check, own_rows_only: true }),
};

/// Where uses of an environment variable are found, in words.
fn describe(_entry: &Entry) -> String {
    "in strings that name the variable and in keyword arguments".into()
}

fn check<'t>(context: &mut Context<'_, 't>, kind: Kind, node: Node<'t>, ancestors: &[Node<'t>]) {
    match kind {
        Kind::String => string(context, node, ancestors),
        _ => keyword_argument(context, node),
    }
}

/// Checks a `string` node.
pub fn string<'t>(checker: &mut Context<'_, 't>, node: Node<'t>, ancestors: &[Node<'t>]) {
    let Some(value) = string_value(node, checker.source) else {
        return;
    };
    if is_bare_string_statement(ancestors) {
        return;
    }
    if let Some(entry) = named_variable(value) {
        checker.report(entry, entry.rule(), node, node, Failure::Silent);
    }
}

/// Checks a `keyword_argument` node.
pub fn keyword_argument<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let Some(name) = node.field(Field::Name) else {
        return;
    };
    let name_text = text(name, checker.source);
    if let Some(entry) = entries_detected_by(Detection::EnvVar).find(|entry| entry.symbol == name_text) {
        checker.report(entry, entry.rule(), name, name, Failure::Silent);
    }
}

/// What a file must show for a use of an environment variable: its name in a string or code.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    Needs::Variable { name: id(entry.name()) }
}
