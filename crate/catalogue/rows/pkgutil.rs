//! The `pkgutil` rows of the catalogue (the page `docs/pkgutil.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "pkgutil.ImpImporter",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.machinery.FileFinder, or importlib.util.find_spec() to locate a module",
        why: "a wrapper around the imp module's finder, which importlib replaced",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("FileFinder takes loader details, not a path only"),
        also_known_as: &[],
        before: r#"import pkgutil

importer = pkgutil.ImpImporter("plugins")
"#,
        after: r#"import importlib.util

spec = importlib.util.find_spec("plugins.base")
"#,
    },
    Entry {
        symbol: "pkgutil.ImpLoader",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.machinery.SourceFileLoader (or the loader of importlib.util.find_spec(name))",
        why: "a wrapper around the imp module's loader, which importlib replaced",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("SourceFileLoader takes different arguments"),
        also_known_as: &[],
        before: r#"import pkgutil

loader = pkgutil.ImpLoader("tool", open("tool.py"), "tool.py", (".py", "r", 1))
"#,
        after: r#"from importlib.machinery import SourceFileLoader

loader = SourceFileLoader("tool", "tool.py")
"#,
    },
    Entry {
        symbol: "pkgutil.find_loader",
        kind: ApiKind::Function,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name) (the loader is spec.loader)",
        why: "PEP 451 module specs replaced loaders as the result of a module search",
        detection: Detection::Name,
        fix: auto(
            Recipe::LoaderTest { with: "importlib.util.find_spec", import: "importlib.util" },
            Shape::CalledWithOne,
            Safe,
        ),
        also_known_as: &[],
        before: r#"import pkgutil

loader = pkgutil.find_loader("json")
"#,
        after: r#"import importlib.util

loader = importlib.util.find_spec("json").loader
"#,
    },
    Entry {
        symbol: "pkgutil.get_loader",
        kind: ApiKind::Function,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name) (the loader is spec.loader)",
        why: "PEP 451 module specs replaced loaders as the result of a module search",
        detection: Detection::Name,
        fix: auto(
            Recipe::LoaderTest { with: "importlib.util.find_spec", import: "importlib.util" },
            Shape::CalledWithOne,
            Safe,
        ),
        also_known_as: &[],
        before: r#"import pkgutil

loader = pkgutil.get_loader("json")
"#,
        after: r#"import importlib.util

loader = importlib.util.find_spec("json").loader
"#,
    },
];
