//! Computes the fix of one finding from its recipe, at the node the rule reported it on.
//!
//! The checker calls [`compute`] for each finding that is not guarded. Uses come in four
//! shapes, told apart by the node being checked: an attribute (`imp.reload`, `self.assertEquals`),
//! a `from` import (`from imp import reload`, `from locale import format`), an `import`
//! (`import imp`, `import typing.io`) and a call's keyword argument (`ParsingError(filename=f)`).

mod builtin_name;
mod imports;
mod whole_file;

use crate::ancestry::Chain;
use crate::catalogue::fixes::{FixRecipe, Recipe, Shape};
use crate::catalogue::{Detection, Entry};
use crate::edit::{Applicability, RawFix};
use crate::lines::TextRange;
use crate::qualified_name::QualifiedName;
use crate::semantic::resolve::{Member, Value};
use crate::semantic::{dotted_text, BindingKind, ScopeId, SemanticModel};
use crate::stdlib::canonical_path;
use crate::syntax::{field_children, named_children, string_value, text, Field, NodeExt};
use imports::RawEdit;
use tree_sitter::Node;

pub(crate) use imports::FileFacts;

/// Where a finding was reported.
pub(crate) struct Site<'a, 't> {
    /// The file's semantic model.
    pub model: &'a SemanticModel<'t>,
    /// The node being checked when the finding was reported.
    pub node: Node<'t>,
    /// Its ancestors, read from its parent outward.
    pub ancestors: Chain<'a, 't>,
    /// The scope the node is evaluated in.
    pub scope: ScopeId,
    /// The finding's byte span.
    pub span: TextRange,
    /// What the fixes of the file ask about its imports, worked out once per file.
    pub facts: &'a imports::FileFacts<'t>,
}

impl<'t> Site<'_, 't> {
    fn source(&self) -> &'t str {
        self.model.source
    }

    fn text(&self, node: Node<'_>) -> &'t str {
        text(node, self.model.source)
    }

    /// `import module` if `with` needs it at this site; `Err` when its name is taken.
    fn ensure(&self, module: &str, with: &str) -> Result<Option<RawEdit>, ()> {
        imports::ensure(self.model, self.facts, self.scope, self.node.start_byte(), module, with)
    }
}

/// The fix of a finding of `entry` at `site`, if its recipe applies there.
pub(crate) fn compute(site: &Site<'_, '_>, entry: &'static Entry) -> Option<RawFix> {
    let recipe = entry.fix.recipe()?;
    if site.node.has_error() || site.ancestors.has_error() {
        return None;
    }
    let (applicability, message, mut edits) = match site.node.kind_name() {
        "attribute" => attribute(site, entry, recipe)?,
        "import_from_statement" => from_import(site, entry, recipe)?,
        "import_statement" => import(site, recipe)?,
        "call" => keyword(site, recipe)?,
        _ => return None,
    };
    // An edit that writes what is there already changes nothing.
    edits.retain(|edit| site.source().get(edit.range.start..edit.range.end) != Some(edit.content.as_str()));
    edits.sort();
    if edits.is_empty() || edits.windows(2).any(|pair| pair[0].range.end > pair[1].range.start) {
        return None;
    }
    // A comment on a line of its own inside replaced text would be lost (and in a long run of
    // comment lines the parser does not even see it: `syntax::parse_text`).
    let holds_comment_line = |edit: &RawEdit| {
        site.source()
            .get(edit.range.start..edit.range.end)
            .is_some_and(|old| old.split(['\n', '\r']).skip(1).any(|line| line.trim_start().starts_with('#')))
    };
    if edits.iter().any(holds_comment_line) {
        return None;
    }
    Some(RawFix { applicability: applicability.max(recipe.applicability), message, edits })
}

type Outcome = (Applicability, String, Vec<RawEdit>);

/// The parent of the node being checked, when it is a call of it.
fn called<'t>(site: &Site<'_, 't>) -> Option<Node<'t>> {
    site.ancestors.last().filter(|parent| {
        parent.kind_name() == "call"
            && parent.field(Field::Function).is_some_and(|f| f.id() == site.node.id())
    })
}

/// The arguments of a call, without comments; `None` when a comment sits among them.
fn arguments<'t>(call: Node<'t>) -> Option<Vec<Node<'t>>> {
    let list = call.field(Field::Arguments)?;
    if list.kind_name() != "argument_list" {
        return None;
    }
    let all = named_children(list);
    if all.iter().any(|argument| argument.kind_name() == "comment") {
        return None;
    }
    Some(all)
}

fn is_positional(argument: Node<'_>) -> bool {
    !matches!(
        argument.kind_name(),
        "keyword_argument" | "list_splat" | "dictionary_splat" | "parenthesized_list_splat"
    )
}

/// Whether the use has the recipe's shape (keyword arguments the recipe renames are fine).
fn has_shape(site: &Site<'_, '_>, shape: Shape, renamed: &[(&str, &str)]) -> bool {
    if is_assigned(site) {
        return false;
    }
    match shape {
        Shape::Any => true,
        Shape::Called => called(site).is_some(),
        Shape::CalledWithOne => {
            let Some(arguments) = called(site).and_then(arguments) else {
                return false;
            };
            let keyword_ok = |argument: &Node<'_>| {
                argument.kind_name() == "keyword_argument"
                    && argument
                        .field(Field::Name)
                        .is_some_and(|name| renamed.iter().any(|(old, _)| *old == site.text(name)))
            };
            let positional = arguments.iter().filter(|argument| is_positional(**argument)).count();
            positional == 1
                && arguments.iter().all(|argument| is_positional(*argument) || keyword_ok(argument))
        }
    }
}

/// Whether the node being checked is assigned to or deleted (`imp.reload = f`): a fix would
/// patch a different object.
fn is_assigned(site: &Site<'_, '_>) -> bool {
    let Some(parent) = site.ancestors.last() else {
        return false;
    };
    match parent.kind_name() {
        "assignment" | "augmented_assignment" => {
            parent.field(Field::Left).is_some_and(|left| left.id() == site.node.id())
        }
        "delete_statement" | "pattern_list" | "tuple_pattern" | "list_pattern" => true,
        _ => false,
    }
}

/// Renames of keyword arguments of `call`; `None` when the call passes a new name already, as
/// renaming would repeat a keyword, which CPython refuses to compile (the call fails as it stands).
fn keyword_renames(
    site: &Site<'_, '_>,
    call: Option<Node<'_>>,
    renamed: &[(&str, &str)],
) -> Option<Vec<RawEdit>> {
    let Some(list) = call.and_then(|call| call.field(Field::Arguments)) else {
        return Some(Vec::new());
    };
    let arguments = named_children(list);
    let mut edits = Vec::new();
    for name in arguments
        .iter()
        .filter(|argument| argument.kind_name() == "keyword_argument")
        .filter_map(|argument| argument.field(Field::Name))
    {
        if let Some((_, new)) = renamed.iter().find(|(old, _)| *old == site.text(name)) {
            if passes_keyword(&arguments, new, site) {
                return None;
            }
            edits.push(RawEdit::replacement(TextRange::of(name), *new));
        }
    }
    Some(edits)
}

fn with_import(mut edits: Vec<RawEdit>, import: Option<RawEdit>) -> Vec<RawEdit> {
    edits.extend(import);
    edits
}

fn import_note(import: &Option<RawEdit>, module: &str) -> String {
    match import {
        Some(_) => format!(" (adds `import {module}`)"),
        None => String::new(),
    }
}

/// A use reached as an attribute: `imp.reload`, `self.assertEquals`, `typing.io.IO`, `p.link_to`.
fn attribute(site: &Site<'_, '_>, entry: &'static Entry, recipe: &FixRecipe) -> Option<Outcome> {
    let node = site.node;
    let object = node.field(Field::Object)?;
    let name = node.field(Field::Attribute)?;
    let old = site.text(name);
    match recipe.recipe {
        Recipe::Rename { to, keywords } => {
            if !has_shape(site, recipe.shape, keywords) {
                return None;
            }
            let mut edits = vec![RawEdit::replacement(TextRange::of(name), to)];
            edits.extend(keyword_renames(site, called(site), keywords)?);
            let receiver = site.model.resolve(object, site.scope);
            let unknown_receiver = matches!(receiver, Value::Unknown | Value::OrphanReceiver);
            // A distinctive method on a receiver of unknown class may be someone else's method;
            // a class that defines the new name itself would run its own code, not the old alias.
            let lowered = (entry.detection == Detection::DistinctiveMethod && unknown_receiver)
                || site.model.member_of(&receiver, to) == Member::DefinedLocally;
            let applicability = if lowered { Applicability::Unsafe } else { Applicability::Safe };
            Some((applicability, format!("replace `{old}` with `{to}`"), edits))
        }
        Recipe::Replace { with, import } => {
            if entry.detection != Detection::Name || !has_shape(site, recipe.shape, &[]) {
                return None;
            }
            let added = site.ensure(import, with).ok()?;
            let message =
                format!("replace `{}` with `{with}`{}", site.text(node), import_note(&added, import));
            let edits = with_import(vec![RawEdit::replacement(TextRange::of(node), with)], added);
            Some((Applicability::Safe, message, edits))
        }
        Recipe::CallToValue { with, import } => {
            let call = called(site)?;
            if !arguments(call)?.is_empty() {
                return None;
            }
            let added = site.ensure(import, with).ok()?;
            let message =
                format!("replace `{}` with `{with}`{}", site.text(call), import_note(&added, import));
            let edits = with_import(vec![RawEdit::replacement(TextRange::of(call), with)], added);
            Some((Applicability::Safe, message, edits))
        }
        Recipe::Namespace { parent, members } => {
            // `typing.io.IO`: the finding spans `typing.io`, whose parent attribute names a member.
            let outer = &site.ancestors.last()?;
            let member = outer.field(Field::Attribute)?;
            let is_object = outer.kind_name() == "attribute"
                && outer.field(Field::Object).is_some_and(|o| o.id() == node.id());
            if !is_object || !members.contains(&site.text(member)) || is_assigned_node(site, *outer) {
                return None;
            }
            let message = format!("replace `{}` with `{parent}.{}`", site.text(*outer), site.text(member));
            Some((
                Applicability::Safe,
                message,
                vec![RawEdit::deletion(TextRange::new(object.end_byte(), name.end_byte()))],
            ))
        }
        Recipe::LoaderTest { with, import } => {
            if !has_shape(site, recipe.shape, &[]) {
                return None;
            }
            let call = called(site)?;
            if !is_tested(call, site.ancestors.outer()) {
                return None;
            }
            let argument = arguments(call)?.into_iter().next()?;
            // For a dotted name, find_loader did not import the parent package; find_spec does.
            let plain_name = string_value(argument, site.source()).is_some_and(|value| !value.contains('.'));
            let applicability = match entry.symbol {
                "pkgutil.find_loader" => Applicability::Safe,
                _ if plain_name => Applicability::Safe,
                _ => Applicability::Unsafe,
            };
            let added = site.ensure(import, with).ok()?;
            let message = format!(
                "replace `{}` with `{with}` (the result is only tested){}",
                site.text(node),
                import_note(&added, import)
            );
            let edits = with_import(vec![RawEdit::replacement(TextRange::of(node), with)], added);
            Some((applicability, message, edits))
        }
        Recipe::SwapToHardlink => hardlink(site, object),
        Recipe::CallToAttribute { attribute } => call_to_attribute(site, entry, object, name, attribute),
        Recipe::CallToAssignment { attribute } => call_to_assignment(site, entry, object, attribute),
        _ => None,
    }
}

/// `t.isDaemon()` -> `t.daemon`: a call of a getter with no argument becomes the attribute.
fn call_to_attribute<'t>(
    site: &Site<'_, 't>,
    entry: &'static Entry,
    object: Node<'t>,
    name: Node<'t>,
    attribute: &str,
) -> Option<Outcome> {
    let call = called(site)?;
    if !arguments(call)?.is_empty() || unbound(site, object) {
        return None;
    }
    let new = format!("{}.{attribute}", site.text(object));
    let message = format!("replace `{}` with `{new}`", site.text(call));
    Some((
        receiver_applicability(site, entry, object),
        message,
        vec![RawEdit::replacement(TextRange::new(name.start_byte(), call.end_byte()), attribute.to_string())],
    ))
}

/// `t.setDaemon(x)` -> `t.daemon = x`: a setter called as a statement of its own becomes an
/// assignment.
fn call_to_assignment<'t>(
    site: &Site<'_, 't>,
    entry: &'static Entry,
    object: Node<'t>,
    attribute: &str,
) -> Option<Outcome> {
    let call = called(site)?;
    let statement = site.ancestors.nth_back(1)?;
    let alone = statement.kind_name() == "expression_statement" && statement.named_child_count() == 1;
    let arguments = arguments(call)?;
    let [value] = arguments.as_slice() else { return None };
    if !alone || !is_positional(*value) || value.kind_name() == "named_expression" || unbound(site, object) {
        return None;
    }
    let new = format!("{}.{attribute} = {}", site.text(object), site.text(*value));
    // `x.set(v)` evaluates `x` then `v`; `x.attr = v` evaluates `v` first.
    let applicability = if is_simple(object, site) {
        receiver_applicability(site, entry, object)
    } else {
        Applicability::Unsafe
    };
    let message = format!("replace `{}` with `{new}`", site.text(call));
    Some((applicability, message, vec![RawEdit::replacement(TextRange::of(call), new)]))
}

/// Whether `object` is the class itself (`Thread.getName(t)`): the method is called unbound.
fn unbound<'t>(site: &Site<'_, 't>, object: Node<'t>) -> bool {
    matches!(site.model.resolve(object, site.scope), Value::Qualified(_))
}

/// Safe, unless the method is reported on a receiver of unknown class (a distinctive name):
/// then the method may be someone else's.
fn receiver_applicability<'t>(site: &Site<'_, 't>, entry: &Entry, object: Node<'t>) -> Applicability {
    let receiver = site.model.resolve(object, site.scope);
    let unknown = matches!(receiver, Value::Unknown | Value::OrphanReceiver);
    if entry.detection == Detection::DistinctiveMethod && unknown {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    }
}

fn is_assigned_node(site: &Site<'_, '_>, node: Node<'_>) -> bool {
    site.ancestors.nth_back(1).is_some_and(|parent| {
        matches!(parent.kind_name(), "assignment" | "augmented_assignment")
            && parent.field(Field::Left).is_some_and(|left| left.id() == node.id())
    })
}

/// Whether `call`'s result is only tested for truth or `None` (`ancestors` are the call's).
fn is_tested(call: Node<'_>, ancestors: Chain<'_, '_>) -> bool {
    let mut child = call;
    for parent in ancestors.rev() {
        match parent.kind_name() {
            "parenthesized_expression" => child = parent,
            "not_operator" | "assert_statement" => return true,
            "if_statement" | "elif_clause" | "while_statement" | "conditional_expression" => {
                return parent.field(Field::Condition).is_some_and(|condition| condition.id() == child.id());
            }
            "comparison_operator" => {
                let operands = named_children(parent);
                let none_operand = operands.iter().any(|operand| operand.kind_name() == "none");
                let mut cursor = parent.walk();
                let operators: Vec<&str> = parent
                    .children_by_field_name("operators", &mut cursor)
                    .map(|operator| operator.kind_name())
                    .collect();
                return operands.len() == 2
                    && none_operand
                    && matches!(operators.as_slice(), ["is"] | ["is not"]);
            }
            _ => return false,
        }
    }
    false
}

/// `p.link_to(t)` -> `pathlib.Path(t).hardlink_to(p)`, and `Path.link_to(p, t)` likewise.
fn hardlink<'t>(site: &Site<'_, 't>, object: Node<'t>) -> Option<Outcome> {
    let call = called(site)?;
    let arguments = arguments(call)?;
    if !arguments.iter().all(|argument| is_positional(*argument)) {
        return None;
    }
    let unbound = matches!(site.model.resolve(object, site.scope), Value::Qualified(_));
    let (path, target) = match (unbound, arguments.as_slice()) {
        (false, [target]) => (object, *target),
        (true, [path, target]) => (*path, *target),
        _ => return None,
    };
    // The class to build the link with: `Path` when it is imported so, else `pathlib.Path`.
    let imported_path = site.model.lookup("Path", site.scope, site.node.start_byte()).is_some_and(
        |(_, binding)| matches!(&binding.kind, BindingKind::Import(name) if name == "pathlib.Path"),
    );
    let (class, added) = if imported_path {
        ("Path", None)
    } else {
        ("pathlib.Path", site.ensure("pathlib", "pathlib.Path").ok()?)
    };
    let new = format!("{class}({}).hardlink_to({})", site.text(target), site.text(path));
    // The old call evaluated the path first and the target second; the new one the other way.
    let applicability = if is_simple(path, site) && is_simple(target, site) {
        Applicability::Safe
    } else {
        Applicability::Unsafe
    };
    let message = format!("replace `{}` with `{new}`{}", site.text(call), import_note(&added, "pathlib"));
    Some((applicability, message, with_import(vec![RawEdit::replacement(TextRange::of(call), new)], added)))
}

/// Whether evaluating `node` can have no side effect: names, attributes of names, literals,
/// `/` joins of those and `pathlib` constructor calls with such arguments.
fn is_simple<'t>(node: Node<'t>, site: &Site<'_, 't>) -> bool {
    let mut pending = vec![node];
    let mut seen = 0;
    while let Some(current) = pending.pop() {
        seen += 1;
        if seen > 64 {
            return false;
        }
        match current.kind_name() {
            "identifier" | "integer" | "true" | "false" | "none" => {}
            "string" => {
                if named_children(current).iter().any(|child| child.kind_name() == "interpolation") {
                    return false;
                }
            }
            "attribute" => pending.extend(current.field(Field::Object)),
            "parenthesized_expression" => pending.extend(crate::syntax::first_part(current)),
            "binary_operator" if current.field(Field::Operator).is_some_and(|o| o.kind_name() == "/") => {
                pending.extend(current.field(Field::Left));
                pending.extend(current.field(Field::Right));
            }
            "call" => {
                let Some(function) = current.field(Field::Function) else { return false };
                let is_path_class = matches!(
                    site.model.resolve(function, site.scope),
                    Value::Qualified(name) if name.starts_with("pathlib.") && name.ends_with("Path")
                );
                let Some(arguments) = arguments(current) else { return false };
                if !is_path_class || !arguments.iter().all(|argument| is_positional(*argument)) {
                    return false;
                }
                pending.extend(arguments);
            }
            _ => return false,
        }
    }
    true
}

/// A use in a `from` import: the module (`from imp import reload`, `from typing.io import IO`)
/// or one name (`from locale import format`).
fn from_import(site: &Site<'_, '_>, entry: &'static Entry, recipe: &FixRecipe) -> Option<Outcome> {
    let statement = site.node;
    let module = statement.field(Field::ModuleName)?;
    let items = field_children(statement, Field::Name);
    let star = named_children(statement).iter().any(|child| child.kind_name() == "wildcard_import");
    if star || items.is_empty() {
        return None;
    }
    let names: Vec<(Node<'_>, &str, &str)> = items
        .iter()
        .map(|item| {
            let (imported, bound) = match item.kind_name() {
                "aliased_import" => (item.field(Field::Name)?, item.field(Field::Alias)?),
                _ => (*item, *item),
            };
            Some((*item, site.text(imported), site.text(bound)))
        })
        .collect::<Option<_>>()?;
    let module_path = dotted_text(module, site.source());
    if TextRange::of(module) == site.span {
        return match recipe.recipe {
            Recipe::Namespace { parent, members } => {
                if !names.iter().all(|(_, imported, _)| members.contains(imported)) {
                    return None;
                }
                let message = format!("import from `{parent}` instead of `{module_path}`");
                Some((
                    Applicability::Safe,
                    message,
                    vec![RawEdit::replacement(TextRange::of(module), parent)],
                ))
            }
            Recipe::MigratedModule => rewrite_from_import(site, statement, &module_path, &names),
            _ => None,
        };
    }
    // One name of the statement.
    let (item, imported, bound) = names.iter().find(|(item, _, _)| {
        let name = if item.kind_name() == "aliased_import" { item.field(Field::Name) } else { Some(*item) };
        name.is_some_and(|name| TextRange::of(name) == site.span)
    })?;
    let _ = entry;
    match recipe.recipe {
        Recipe::Rename { to, .. } if recipe.shape == Shape::Any => {
            let name = if item.kind_name() == "aliased_import" { item.field(Field::Name)? } else { *item };
            let new = if item.kind_name() == "aliased_import" {
                to.to_string()
            } else {
                format!("{to} as {bound}")
            };
            let message = format!("import `{to}` instead of `{imported}`");
            Some((Applicability::Safe, message, vec![RawEdit::replacement(TextRange::of(name), new)]))
        }
        Recipe::Replace { with, import: "" } if recipe.shape == Shape::Any => {
            let imported = builtin_name::Imported { model: site.model, item: *item, imported, bound, with };
            builtin_name::fix(&imported, site.facts)
        }
        Recipe::Replace { .. } if recipe.shape == Shape::Any => {
            rewrite_from_import(site, statement, &module_path, &names)
        }
        _ => None,
    }
}

/// The statement rewritten so that each name comes from where its recipe moves it:
/// `from imp import reload, new_module` -> `from importlib import reload` and
/// `from types import ModuleType as new_module`.
fn rewrite_from_import(
    site: &Site<'_, '_>,
    statement: Node<'_>,
    module_path: &str,
    names: &[(Node<'_>, &str, &str)],
) -> Option<Outcome> {
    if named_children(statement).iter().any(|child| child.kind_name() == "comment") {
        return None;
    }
    let module_removed = crate::catalogue::lookup(module_path).is_some();
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    let mut applicability = Applicability::Safe;
    for (_, imported, bound) in names {
        let symbol = canonical_path(&format!("{module_path}.{imported}")).into_owned();
        let found = crate::catalogue::lookup(&symbol).and_then(|entry| entry.fix.recipe());
        if let Some(recipe) = found {
            applicability = applicability.max(recipe.applicability);
        }
        let (target_module, target_name) = match found.map(|recipe| (recipe.recipe, recipe.shape)) {
            Some((Recipe::Replace { with, import }, Shape::Any)) if !import.is_empty() => {
                let (target_module, name) = QualifiedName::new(with).split_last()?;
                let target_module = target_module.as_str();
                if target_module != import || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    return None;
                }
                (target_module.to_string(), name.to_string())
            }
            Some((Recipe::Rename { to, .. }, Shape::Any)) => (module_path.to_string(), to.to_string()),
            None if !module_removed => (module_path.to_string(), imported.to_string()),
            _ => return None,
        };
        let item = if target_name == *bound { target_name } else { format!("{target_name} as {bound}") };
        match groups.iter_mut().find(|(module, _)| *module == target_module) {
            Some((_, items)) => items.push(item),
            None => groups.push((target_module, vec![item])),
        }
    }
    let source = site.source();
    let line_start = crate::lines::line_start(source, statement.start_byte());
    let indent = &source[line_start..statement.start_byte()];
    if !indent.chars().all(|c| c == ' ' || c == '\t' || c == '\u{feff}') {
        return None;
    }
    let indent = indent.trim_start_matches('\u{feff}');
    let separator = format!("{}{indent}", imports::newline(source));
    let new = groups
        .iter()
        .map(|(module, items)| format!("from {module} import {}", items.join(", ")))
        .collect::<Vec<_>>()
        .join(&separator);
    let message = format!("rewrite the import as `{}`", new.replace(&separator, "; "));
    Some((applicability, message, vec![RawEdit::replacement(TextRange::of(statement), new)]))
}

/// A use in an `import` statement: `import typing.io` -> `import typing`; `import imp`
/// deleted once nothing spells `imp`.
fn import(site: &Site<'_, '_>, recipe: &FixRecipe) -> Option<Outcome> {
    let statement = site.node;
    let item = field_children(statement, Field::Name)
        .into_iter()
        .find(|item| TextRange::of(*item).contains_range(site.span))?;
    let module = if item.kind_name() == "aliased_import" { item.field(Field::Name)? } else { item };
    match recipe.recipe {
        Recipe::Namespace { parent, .. } => {
            if item.kind_name() == "dotted_name" && site.facts.imports_at_top_level(parent) {
                // `import typing.io` binds `typing`, which `import typing` binds already.
                let edit = imports::delete_import_name(statement, item, site.source())?;
                let message = format!("delete `import {}`: `import {parent}` is there", site.text(item));
                return Some((Applicability::Safe, message, vec![edit]));
            }
            let message = format!("import `{parent}` instead of `{}`", dotted_text(module, site.source()));
            Some((Applicability::Safe, message, vec![RawEdit::replacement(TextRange::of(module), parent)]))
        }
        Recipe::MigratedModule => {
            let bound = imports::bound_name(item, site.source())?;
            let statement_span = TextRange::of(statement);
            if site.facts.spelled_elsewhere(bound, statement_span) {
                return None;
            }
            let edit = imports::delete_import_name(statement, item, site.source())?;
            let message = format!("delete the unused `import {}`", site.text(item));
            Some((Applicability::Safe, message, vec![edit]))
        }
        _ => None,
    }
}

/// Whether one of a call's `arguments` is the keyword argument `name=`.
fn passes_keyword(arguments: &[Node<'_>], name: &str, site: &Site<'_, '_>) -> bool {
    arguments.iter().any(|argument| {
        argument.kind_name() == "keyword_argument"
            && argument.field(Field::Name).is_some_and(|keyword| site.text(keyword) == name)
    })
}

/// A removed keyword argument of a call (the finding spans the keyword's name).
fn keyword(site: &Site<'_, '_>, recipe: &FixRecipe) -> Option<Outcome> {
    let arguments = arguments(site.node)?;
    let index = arguments.iter().position(|argument| {
        argument.kind_name() == "keyword_argument"
            && argument.field(Field::Name).is_some_and(|name| TextRange::of(name) == site.span)
    })?;
    let argument = arguments[index];
    let name = argument.field(Field::Name)?;
    let keyword = site.text(name);
    match recipe.recipe {
        Recipe::DropKeyword => {
            let edit = match index {
                0 if arguments.len() > 1 => {
                    RawEdit::deletion(TextRange::new(argument.start_byte(), arguments[1].start_byte()))
                }
                0 => {
                    let list = site.node.field(Field::Arguments)?;
                    RawEdit::deletion(TextRange::new(argument.start_byte(), list.end_byte().checked_sub(1)?))
                }
                _ => RawEdit::deletion(TextRange::new(arguments[index - 1].end_byte(), argument.end_byte())),
            };
            Some((Applicability::Safe, format!("drop the `{keyword}=` argument"), vec![edit]))
        }
        // A call that passes `to=` already gets no fix: renaming would repeat a keyword, which
        // CPython refuses to compile (and the call fails as it stands: it passes both).
        Recipe::RenameKeyword { to } if passes_keyword(&arguments, to, site) => None,
        Recipe::RenameKeyword { to } => Some((
            Applicability::Safe,
            format!("pass `{to}=` instead of `{keyword}=`"),
            vec![RawEdit::replacement(TextRange::of(name), to)],
        )),
        Recipe::KeywordToPositional if arguments.len() == 1 => {
            let value = argument.field(Field::Value)?;
            Some((
                Applicability::Safe,
                format!("pass the `{keyword}` argument by position"),
                vec![RawEdit::deletion(TextRange::new(argument.start_byte(), value.start_byte()))],
            ))
        }
        _ => None,
    }
}
