//! `removed-module` and `removed-name` at import sites: `import x`, `from x import y`, and
//! dynamic imports with a literal name (`importlib.import_module("imp")`, `__import__("imp")`).

use super::needs::{Ids, Needs};
use super::Context;
use super::{Detector, Rows, Visit};
use crate::catalogue::{self, Detection, Entry};
use crate::qualified_name::QualifiedName;
use crate::semantic::dotted_text;
use crate::semantic::guards::Failure;
use crate::semantic::resolve::Value;
use crate::stdlib::canonical_path;
use crate::syntax::Kind;
use crate::syntax::{field_children, string_value};
use crate::syntax::{Field, NodeExt};
use tree_sitter::Node;

/// This module's detector: imports of removed modules: `import`, `from ... import`, and dynamic imports.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows { detection: |detection| detection == Detection::Import, needs, describe }),
    visit: Some(Visit {
        nodes: &[Kind::ImportStatement, Kind::ImportFromStatement, Kind::Call],
        check,
        own_rows_only: false,
    }),
};

fn check<'t>(context: &mut Context<'_, 't>, kind: Kind, node: Node<'t>, _ancestors: &[Node<'t>]) {
    match kind {
        Kind::ImportStatement => import_statement(context, node),
        Kind::ImportFromStatement => import_from_statement(context, node),
        _ => dynamic_import(context, node),
    }
}

/// The entry a module path (or something inside it) belongs to, if it can be imported.
pub fn importable_entry(path: &str) -> Option<&'static Entry> {
    if path.starts_with('.') {
        return None;
    }
    catalogue::lookup_name_or_parent(&canonical_path(path))
        .filter(|entry| matches!(entry.detection, Detection::Import | Detection::Name))
}

/// `import a.b, c as d`: one finding per removed module per statement.
pub fn import_statement<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let mut reported: Vec<&'static str> = Vec::new();
    for name in field_children(node, Field::Name) {
        let module = match name.kind_name() {
            "aliased_import" => match name.field(Field::Name) {
                Some(module) => module,
                None => continue,
            },
            _ => name,
        };
        let Some(entry) = importable_entry(&dotted_text(module, checker.source)) else {
            continue;
        };
        if !reported.contains(&entry.symbol) {
            reported.push(entry.symbol);
            checker.report(entry, entry.rule(), module, module, Failure::Import);
        }
    }
}

/// `from a.b import c as d`: the module if it is removed, else each removed name.
pub fn import_from_statement<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let Some(module) = node.field(Field::ModuleName) else {
        return;
    };
    if module.kind_name() == "relative_import" {
        return;
    }
    let module_path = dotted_text(module, checker.source);
    if let Some(entry) = importable_entry(&module_path) {
        checker.report(entry, entry.rule(), module, module, Failure::Import);
        return;
    }
    for name in field_children(node, Field::Name) {
        let imported = match name.kind_name() {
            "aliased_import" => match name.field(Field::Name) {
                Some(imported) => imported,
                None => continue,
            },
            _ => name,
        };
        if let Some(entry) = imported_name_entry(&module_path, &dotted_text(imported, checker.source)) {
            checker.report(entry, entry.rule(), imported, imported, Failure::Import);
        }
    }
}

/// `importlib.import_module("imp")`, `__import__("distutils.core")`.
pub fn dynamic_import<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let (Some(function), Some(arguments)) = (node.field(Field::Function), node.field(Field::Arguments))
    else {
        return;
    };
    if !matches!(function.kind_name(), "identifier" | "attribute") {
        return;
    }
    let Some(first) = crate::syntax::first_part(arguments) else {
        return;
    };
    let Some(path) = string_value(first, checker.source) else {
        return;
    };
    if path.is_empty() || path.contains(char::is_whitespace) {
        return;
    }
    let Some(entry) = importable_entry(path) else {
        return;
    };
    match checker.resolve(function) {
        Value::Qualified(callee) if crate::stdlib::import_function(&callee).is_some() => {
            checker.report(entry, entry.rule(), first, first, Failure::Import);
        }
        _ => {}
    }
}

/// The entry `from module import name` imports, when the module itself is not removed: a
/// removed name, or a removed submodule (`from tkinter import tix`).
pub fn imported_name_entry(module: &str, name: &str) -> Option<&'static Entry> {
    if module.starts_with('.') || module.len() > crate::stdlib::MAX_PATH {
        return None;
    }
    catalogue::lookup(&canonical_path(&format!("{module}.{name}"))).filter(|entry| {
        matches!(
            entry.detection,
            Detection::Name | Detection::Method | Detection::HookMethod(_) | Detection::Import
        )
    })
}

/// Where uses of a removed module are found, in words.
fn describe(_entry: &Entry) -> String {
    "in imports of the module or its submodules (`import`, `from ... import`, and `importlib.import_module`/`__import__` with a literal name)".into()
}

/// What a file must show for a use of the module `entry`: its root imported (and, for a
/// submodule, its name reached), or named in a string with an import function in code.
pub(crate) fn needs(entry: &'static Entry, id: &mut Ids<'_>) -> Needs {
    let root = QualifiedName::new(entry.symbol).root();
    Needs::Module { root: id(root), name: (root != entry.symbol).then(|| id(entry.name())) }
}
