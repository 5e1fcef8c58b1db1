//! `legacy-import-hook`: a finder or loader class that defines the PEP 302 methods
//! (`find_module`, `find_loader`, `module_repr`) without their PEP 451 counterparts. Since 3.12
//! the import system never calls them, so such a class is silently ignored.

use super::Context;
use super::{methods, Detector, Rows, Visit};
use crate::catalogue::{self, Detection, Entry, Hook, HookFinder, ENTRIES};
use crate::rule::Rule;
use crate::semantic::guards::Failure;
use crate::semantic::resolve::{Member, Value};
use crate::semantic::{ClassId, Registry, SemanticModel};
use crate::syntax::named_children;
use crate::syntax::Kind;
use crate::syntax::{Field, NodeExt};
use std::sync::OnceLock;
use tree_sitter::Node;

/// A legacy method of the import-hook protocol: its name and protocol (the same on every row
/// of that name), from the catalogue's [`Detection::HookMethod`] rows.
struct LegacyMethod {
    name: &'static str,
    hook: Hook,
}

/// The legacy methods, each name once, in catalogue order.
fn legacy_methods() -> &'static [LegacyMethod] {
    static METHODS: OnceLock<Vec<LegacyMethod>> = OnceLock::new();
    METHODS.get_or_init(|| {
        let mut methods: Vec<LegacyMethod> = Vec::new();
        for entry in ENTRIES {
            if let Detection::HookMethod(hook) = entry.detection {
                if !methods.iter().any(|method| method.name == entry.name()) {
                    methods.push(LegacyMethod { name: entry.name(), hook });
                }
            }
        }
        methods
    })
}

/// The row reported for a class of the file that defines the legacy method `name`, as a
/// path entry finder or not.
fn hook_row(name: &str, path_entry: bool) -> Option<&'static Entry> {
    ENTRIES.iter().find(|entry| match entry.detection {
        Detection::HookMethod(hook) if entry.name() == name => match hook.finder {
            HookFinder::Either => true,
            HookFinder::PathEntry => path_entry,
            HookFinder::MetaPath => !path_entry,
        },
        _ => false,
    })
}

/// This module's detector: hook methods, found where they are called as methods are (so with
/// their needs and description) and, by its check, in finders and loaders that define only
/// the legacy import-hook methods.
pub(super) const DETECTOR: Detector = Detector {
    rows: Some(Rows {
        detection: |detection| matches!(detection, Detection::HookMethod(_)),
        needs: methods::needs,
        describe: methods::describe,
    }),
    visit: Some(Visit { nodes: &[Kind::ClassDefinition], check, own_rows_only: true }),
};

fn check<'t>(context: &mut Context<'_, 't>, _kind: Kind, node: Node<'t>, _ancestors: &[Node<'t>]) {
    class_definition(context, node);
}

/// Checks a `class_definition` node.
pub fn class_definition<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let model = checker.model;
    let Some(class) = model.class_of_node(node) else {
        return;
    };
    let info = &model.classes[class];
    for legacy in legacy_methods() {
        let Some(&method) = info.methods.get(legacy.name) else {
            continue;
        };
        if defines(model, class, legacy.hook.modern) {
            continue;
        }
        let Some(entry) = hook_entry(model, class, method, legacy) else {
            continue;
        };
        let Some(name) = method.field(Field::Name) else {
            continue;
        };
        checker.report(entry, Rule::LegacyImportHook, name, name, Failure::Silent);
    }
}

/// Whether the class or one of its local bases defines `method`.
fn defines(model: &SemanticModel<'_>, class: ClassId, method: &str) -> bool {
    model.member_of(&Value::LocalClass(class), method) == Member::DefinedLocally
}

/// The entry to report for a class that defines `legacy`, if the class is an import hook.
fn hook_entry(
    model: &SemanticModel<'_>,
    class: ClassId,
    method: Node<'_>,
    legacy: &LegacyMethod,
) -> Option<&'static Entry> {
    // A subclass of a standard-library finder or loader: the inherited method's own entry.
    if let Member::Qualified(names) = model.member_of(&Value::Super(class), legacy.name) {
        if let Some(entry) =
            names.iter().find_map(|name| catalogue::lookup(name).filter(|entry| entry.detection.is_method()))
        {
            return Some(entry);
        }
    }
    let parameters = parameter_count(method);
    let registered = registration(model, class);
    let info = &model.classes[class];
    let loads_modules = info.methods.contains_key("load_module");
    let named_like_a_hook = legacy.hook.role.name_parts().iter().any(|part| info.name.contains(part));
    let shaped_like_the_protocol = parameters.is_none_or(|count| legacy.hook.parameters.admits(count));
    if registered.is_none() && !(shaped_like_the_protocol && (named_like_a_hook || loads_modules)) {
        return None;
    }
    let path_entry =
        registered == Some(Registry::PathHooks) || (registered.is_none() && parameters == Some(1));
    hook_row(legacy.name, path_entry)
}

/// Where the class (or an instance of it) is added to the import system in this file.
fn registration(model: &SemanticModel<'_>, class: ClassId) -> Option<Registry> {
    model.hook_registrations.iter().find_map(|(registry, added, scope)| {
        let value = model.resolve(*added, *scope);
        matches!(value, Value::LocalClass(c) | Value::LocalInstance(c) if c == class).then_some(*registry)
    })
}

/// The number of parameters after `self` (or `cls`); `None` when `*args` takes any number.
fn parameter_count(function: Node<'_>) -> Option<usize> {
    let parameters = function.field(Field::Parameters)?;
    let all = named_children(parameters);
    if all.iter().any(|p| matches!(p.kind_name(), "list_splat_pattern" | "dictionary_splat_pattern")) {
        return None;
    }
    let count = all
        .iter()
        .filter(|p| !matches!(p.kind_name(), "comment" | "keyword_separator" | "positional_separator"))
        .count();
    Some(count.saturating_sub(1))
}
