//! `removed-name` reached through a star import: `from time import *`, then `clock()`. A bare
//! name the file never binds is, after `from M import *`, the name `M` binds there; it is a
//! use of `M.name` when `M.name` is a removed name that the star import binds
//! ([`crate::catalogue::star_exports`]), and the file star-imports no other module (which may
//! bind the same name: `typing` and `collections` both bind `Mapping`). A module that is itself
//! removed is reported at the import ([`super::imports`]), not again at each name. Where the
//! name is gone, reading it raises `NameError`: a handler of that guards it.

use super::{Context, Detector, Visit};
use crate::catalogue::star_exports::{star_exported, STAR_EXPORTED};
use crate::catalogue::{self, Detection};
use crate::semantic::guards::Failure;
use crate::semantic::resolve::Value;
use crate::syntax::Kind;
use crate::syntax::{text, NodeExt};
use std::collections::HashSet;
use std::sync::OnceLock;
use tree_sitter::Node;

/// This module's detector: bare names a star import of a standard-library module binds. Its
/// rows are the removed names' ([`super::names`]), so it holds none itself.
pub(super) const DETECTOR: Detector =
    Detector { rows: None, visit: Some(Visit { nodes: &[Kind::Identifier], check, own_rows_only: false }) };

/// The names of [`STAR_EXPORTED`].
fn names() -> &'static HashSet<&'static str> {
    static NAMES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        STAR_EXPORTED.iter().filter_map(|symbol| symbol.rsplit_once('.')).map(|(_, name)| name).collect()
    })
}

/// Whether an identifier may be one of [`names`], by its length (a bit of a mask), before its
/// text is read.
fn may_be_named(node: Node<'_>) -> bool {
    static LENGTHS: OnceLock<u64> = OnceLock::new();
    let lengths = LENGTHS.get_or_init(|| {
        names().iter().filter(|name| name.len() < 64).fold(0, |mask, name| mask | 1 << name.len())
    });
    let length = node.end_byte() - node.start_byte();
    length < 64 && lengths & (1 << length) != 0
}

fn check<'t>(context: &mut Context<'_, 't>, _kind: Kind, node: Node<'t>, ancestors: &[Node<'t>]) {
    // Cheap first (this runs on every identifier): a file with one star import (noted as its
    // model was built: most files have none), and a name some star import binds. Another star
    // import may bind the same name (`Mapping` from `typing` after `collections`): only a file
    // with one module imported so is certain.
    let [module] = context.model.star_imported_modules() else {
        return;
    };
    if !may_be_named(node) {
        return;
    }
    let name = text(node, context.source);
    if !names().contains(name) || !is_read(node, ancestors) {
        return;
    }
    // Unbound in every enclosing scope: only the star import can have bound it (a class the
    // model knows it binds, `asyncio.AbstractEventLoopPolicy`, resolves to it).
    match context.resolve(node) {
        Value::Qualified(path) if path.strip_prefix("builtins.") == Some(name) => {}
        Value::Qualified(path)
            if path.strip_prefix(module.as_str()).and_then(|p| p.strip_prefix('.')) == Some(name) => {}
        _ => return,
    }
    if super::imports::importable_entry(module).is_some() || !star_exported(module, name) {
        return;
    }
    match catalogue::lookup(&format!("{module}.{name}")) {
        Some(entry) if entry.detection == Detection::Name => {
            context.report(entry, entry.rule(), node, node, Failure::Name);
        }
        _ => {}
    }
}

/// Whether the identifier `node` is read (a call, an argument, an annotation, a decorator, a
/// base class, ...): what [`super::module_attributes`] counts as a read, and decorators and
/// annotations.
fn is_read(node: Node<'_>, ancestors: &[Node<'_>]) -> bool {
    match ancestors.last().map(|parent| parent.kind_name()) {
        Some("decorator" | "type" | "tuple" | "yield" | "lambda") => true,
        _ => super::module_attributes::is_read(node, ancestors),
    }
}
