//! The `argparse` rows of the catalogue (the page `docs/argparse.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "argparse.BooleanOptionalAction(type=, choices=, metavar=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(12)),
        removed_in: v(14),
        replacement: "drop them: the action always takes no value",
        why: "they were accepted and ignored: a --flag/--no-flag pair takes no value to convert, choose or name",
        detection: Detection::Keyword { callables: &["argparse.BooleanOptionalAction"], keywords: &["type", "choices", "metavar"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--color", action=argparse.BooleanOptionalAction, metavar="WHEN")
"#,
        after: r#"import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--color", action=argparse.BooleanOptionalAction)
"#,
    },
    Entry {
        symbol: "argparse.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: v(20),
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import argparse

print(argparse.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
];
