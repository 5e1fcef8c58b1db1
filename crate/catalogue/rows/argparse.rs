//! The `argparse` rows of the catalogue (the page `docs/argparse.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "argparse.ArgumentParser.add_argument_group(prefix_chars=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(14)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "leave it out: set prefix_chars= on the ArgumentParser itself",
        why: "a group's own prefix characters never fitted the parser's parsing of its options",
        detection: Detection::Keyword { callables: &["argparse.ArgumentParser.add_argument_group"], keywords: &["prefix_chars"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import argparse

parser = argparse.ArgumentParser(prefix_chars="-+")
group = parser.add_argument_group("colors", prefix_chars="+")
"#,
        after: r#"import argparse

parser = argparse.ArgumentParser(prefix_chars="-+")
group = parser.add_argument_group("colors")
"#,
    },
    Entry {
        symbol: "argparse.BooleanOptionalAction(type=, choices=, metavar=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
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
        symbol: "argparse.FileType",
        kind: ApiKind::Class,
        deprecated_in: Some(v(14)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "take the path as a string and open the file after parsing, in a with block",
        why: "FileType opens files while parsing, before the program knows whether the arguments are valid, and nothing closes them",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import argparse

parser = argparse.ArgumentParser()
parser.add_argument("config", type=argparse.FileType("r"))
config = parser.parse_args().config.read()
"#,
        after: r#"import argparse

parser = argparse.ArgumentParser()
parser.add_argument("config")
with open(parser.parse_args().config) as f:
    config = f.read()
"#,
    },
    Entry {
        symbol: "argparse.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
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
