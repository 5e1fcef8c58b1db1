//! The fix column of the catalogue's rows: whether uses of an entry get an automatic fix, how
//! it rewrites them ([`Recipe`]), which uses it applies to ([`Shape`]) and whether it keeps
//! behaviour; or, for a replacement that reads like a rename but is not one, why not.
//!
//! The edits themselves are made by the fix engine (the `autofix` module), from the recipe.

use crate::edit::Applicability::{self, Safe};
use crate::qualified_name::QualifiedName;

/// How uses of an entry are fixed: the `fix` column of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Remedy {
    /// No automatic fix: the replacement says what to change.
    Manual,
    /// No automatic fix although the replacement reads like a rename; the reason, which the
    /// documentation gives (a test checks that every such replacement has a fix or a reason).
    ManualBecause(&'static str),
    /// An automatic fix.
    Auto(FixRecipe),
}

impl Remedy {
    /// The automatic fix, if there is one.
    pub fn recipe(&self) -> Option<&FixRecipe> {
        match self {
            Remedy::Auto(recipe) => Some(recipe),
            Remedy::Manual | Remedy::ManualBecause(_) => None,
        }
    }

    /// Why there is no automatic fix, when the row says.
    pub fn manual_reason(&self) -> Option<&'static str> {
        match self {
            Remedy::ManualBecause(reason) => Some(reason),
            Remedy::Manual | Remedy::Auto(_) => None,
        }
    }
}

/// How a fix rewrites a use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recipe {
    /// The last segment is renamed, the receiver or module kept; keyword arguments of a call are
    /// renamed as listed. A `from` import takes the new name `as` the old one.
    /// Ex) `self.assertEquals(a, b)` -> `self.assertEqual(a, b)`,
    /// `parser.readfp(f, filename=n)` -> `parser.read_file(f, source=n)`.
    Rename {
        /// The new last segment.
        to: &'static str,
        /// Keyword arguments renamed in a call: `(old, new)`.
        keywords: &'static [(&'static str, &'static str)],
    },
    /// The reference is replaced by another expression, whose module is imported if needed.
    /// Ex) `imp.reload(m)` -> `importlib.reload(m)` (adding `import importlib`).
    Replace {
        /// The new expression (a dotted name, or a dotted name with a call in it).
        with: &'static str,
        /// The module `with` needs imported (empty for a builtin).
        import: &'static str,
    },
    /// A call without arguments is replaced by a value.
    /// Ex) `imp.get_magic()` -> `importlib.util.MAGIC_NUMBER`.
    CallToValue {
        /// The new expression.
        with: &'static str,
        /// The module it needs imported.
        import: &'static str,
    },
    /// A namespace whose members live in its parent: `typing.io.IO` -> `typing.IO`,
    /// `from typing.io import IO` -> `from typing import IO`.
    Namespace {
        /// The parent module.
        parent: &'static str,
        /// The names the namespace held.
        members: &'static [&'static str],
    },
    /// A loader lookup whose result is only tested (for `None` or truth) becomes a spec lookup,
    /// which finds the same modules. Ex) `if importlib.find_loader(name) is None:` ->
    /// `if importlib.util.find_spec(name) is None:`.
    LoaderTest {
        /// The new function.
        with: &'static str,
        /// The module it needs imported.
        import: &'static str,
    },
    /// `p.link_to(t)` -> `pathlib.Path(t).hardlink_to(p)`: the new method is called on the
    /// link to create, so receiver and argument swap.
    SwapToHardlink,
    /// A keyword argument that is ignored is dropped. Ex) `is_python_build(check_home=True)`.
    DropKeyword,
    /// A keyword argument is renamed. Ex) `ParsingError(filename=f)` -> `ParsingError(source=f)`.
    RenameKeyword {
        /// The new keyword.
        to: &'static str,
    },
    /// The only argument, passed by a removed keyword, is passed by position instead.
    /// Ex) `files(package="pkg")` -> `files("pkg")`.
    KeywordToPositional,
    /// A removed module whose names other recipes migrate: `from imp import reload` is
    /// rewritten to `from importlib import reload`, and `import imp` is deleted once nothing
    /// in the file spells its name any more.
    MigratedModule,
    /// A getter method called without arguments becomes the attribute it reads, the receiver
    /// kept. Ex) `t.getName()` -> `t.name`, `t.isDaemon()` -> `t.daemon`.
    CallToAttribute {
        /// The attribute.
        attribute: &'static str,
    },
    /// A setter method called with one positional argument, as a statement of its own, becomes
    /// an assignment to the attribute it sets. Ex) `t.setDaemon(True)` -> `t.daemon = True`.
    /// Unsafe unless the receiver is a plain name or attribute: the assignment evaluates the
    /// value before the receiver, the call the other way round.
    CallToAssignment {
        /// The attribute.
        attribute: &'static str,
    },
}

/// Which uses a recipe applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Any reference: calls, attribute reads, bases, decorators (not assignments to it).
    Any,
    /// Only a call of it (arguments as they are).
    Called,
    /// Only a call with exactly one positional argument and nothing else.
    CalledWithOne,
}

/// An automatic fix: how a use is rewritten, which uses, and whether behaviour is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixRecipe {
    /// How the use is rewritten.
    pub recipe: Recipe,
    /// Which uses it applies to.
    pub shape: Shape,
    /// Whether the rewrite keeps behaviour. The engine may lower a safe recipe to unsafe at a
    /// use where it cannot tell (a distinctive method on an unknown receiver, a receiver with
    /// side effects, ...).
    pub applicability: Applicability,
}

/// An automatic fix, spelled out.
pub const fn auto(recipe: Recipe, shape: Shape, applicability: Applicability) -> Remedy {
    Remedy::Auto(FixRecipe { recipe, shape, applicability })
}

/// A safe fix that renames the last segment, at any use.
pub const fn rename(to: &'static str) -> Remedy {
    auto(Recipe::Rename { to, keywords: &[] }, Shape::Any, Safe)
}

/// A safe fix that replaces any use with `with`, importing `import` (empty: nothing) if needed.
pub const fn replace(with: &'static str, import: &'static str) -> Remedy {
    auto(Recipe::Replace { with, import }, Shape::Any, Safe)
}

/// A safe fix of an `ast` node class's constructor call: it becomes `ast.Constant(...)`, with
/// keyword arguments renamed as listed.
pub const fn constructor(keywords: &'static [(&'static str, &'static str)]) -> Remedy {
    auto(Recipe::Rename { to: "Constant", keywords }, Shape::Called, Safe)
}

impl FixRecipe {
    /// What the fix does, in words, for the documentation.
    pub fn describe(&self, symbol: &str) -> String {
        let name = QualifiedName::new(symbol).last();
        let what = match self.recipe {
            Recipe::Rename { to, keywords } => {
                let mut text = format!("`{name}` is renamed to `{to}`, the receiver or module kept");
                for (old, new) in keywords {
                    text.push_str(&format!(", and a `{old}=` argument becomes `{new}=`"));
                }
                text
            }
            Recipe::Replace { with, import: "" } => format!(
                "`{symbol}` becomes `{with}`; imported by name (`from ... import {name}`), the name leaves \
                 the import and each use of it becomes `{with}`, unless the file binds the name or `{with}` \
                 elsewhere, re-exports it (`{name} as {name}`) or spells it in a string or a type comment"
            ),
            Recipe::Replace { with, import } => {
                format!("`{}` becomes `{with}`, adding `import {import}` when the file lacks it", symbol)
            }
            Recipe::CallToValue { with, import } => {
                format!("`{}()` becomes `{with}`, adding `import {import}` when the file lacks it", symbol)
            }
            Recipe::Namespace { parent, .. } => {
                format!("`{0}.X` becomes `{parent}.X`, and imports from `{0}` import from `{parent}`", symbol)
            }
            Recipe::LoaderTest { with, import } => format!(
                "where the result is only tested (`if {name}(name) is None:`, `if not ...`), the call becomes `{with}(name)`, adding `import {import}`; a result used as a loader is left to you (use `spec.loader`)"
            ),
            Recipe::SwapToHardlink => {
                "`p.link_to(t)` becomes `Path(t).hardlink_to(p)` (unsafe when evaluating `p` or `t` may have side effects, as their order swaps)".to_string()
            }
            Recipe::DropKeyword => "the argument is dropped".to_string(),
            Recipe::RenameKeyword { to } => format!("the argument is passed as `{to}=`"),
            Recipe::KeywordToPositional => "the argument is passed by position".to_string(),
            Recipe::MigratedModule => {
                "`from imp import X` is rewritten to import each name from its replacement when every name has one, and `import imp` is deleted once nothing in the file spells `imp`".to_string()
            }
            Recipe::CallToAttribute { attribute } => format!("`x.{name}()` becomes `x.{attribute}`"),
            Recipe::CallToAssignment { attribute } => format!(
                "`x.{name}(value)` as a statement of its own becomes `x.{attribute} = value` (unsafe when `x` is not a plain name or attribute: the order of evaluation changes)"
            ),
        };
        let shape = match self.shape {
            Shape::Any => "",
            Shape::Called => " (in calls)",
            Shape::CalledWithOne => " (in calls with one argument)",
        };
        format!("{what}{shape}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{ApiKind, ENTRIES};

    /// A replacement that starts with one dotted name (and perhaps a call) reads like a rename:
    /// such an entry has a fix, or says in its fix column why not.
    #[test]
    fn every_one_to_one_replacement_has_a_fix_or_a_reason() {
        // `a.b.c`, `a.b.c(args)`, either followed by ` (a remark)`.
        let reads_like_a_rename = |replacement: &str| {
            let (head, remark) = match replacement.find(" (") {
                Some(at) => (&replacement[..at], &replacement[at..]),
                None => (replacement, ""),
            };
            let name_end = head.find('(').unwrap_or(head.len());
            let (name, call) = head.split_at(name_end);
            let plain_call =
                call.is_empty() || (call.ends_with(')') && !call[1..call.len() - 1].contains(['(', ')']));
            name.contains('.')
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
                && plain_call
                && (remark.is_empty() || remark.ends_with(')'))
        };
        let mut missing = Vec::new();
        for entry in ENTRIES {
            let version_string =
                entry.symbol.ends_with("__version__") || entry.replacement == "sys.version_info";
            if version_string || matches!(entry.kind, ApiKind::Module | ApiKind::Package) {
                // A module's version string is not `sys.version_info`; modules are not renames.
                continue;
            }
            if reads_like_a_rename(entry.replacement) && entry.fix == Remedy::Manual {
                missing.push(entry.symbol);
            }
        }
        assert!(missing.is_empty(), "give these a fix or a reason (Remedy::ManualBecause): {missing:?}");
    }
}
