//! The `configparser` rows of the catalogue (the page `docs/configparser.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "configparser.ConfigParser.readfp",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "parser.read_file(f)",
        why: "renamed read_file() in 3.2; readfp() was the old name",
        detection: Detection::DistinctiveMethod,
        fix: auto(Recipe::Rename { to: "read_file", keywords: &[("filename", "source")] }, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import configparser

parser = configparser.ConfigParser()
with open("setup.cfg") as f:
    parser.readfp(f)
"#,
        after: r#"import configparser

parser = configparser.ConfigParser()
with open("setup.cfg") as f:
    parser.read_file(f)
"#,
    },
    Entry {
        symbol: "configparser.LegacyInterpolation",
        kind: ApiKind::Class,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "configparser.BasicInterpolation (the default) or ExtendedInterpolation",
        why: "an old interpolation style that could not escape % and failed silently; BasicInterpolation replaced it",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("BasicInterpolation substitutes `%(name)s` only: the values may differ"),
        also_known_as: &[],
        before: r#"import configparser

parser = configparser.ConfigParser(interpolation=configparser.LegacyInterpolation())
"#,
        after: r#"import configparser

parser = configparser.ConfigParser(interpolation=configparser.BasicInterpolation())
"#,
    },
    Entry {
        symbol: "configparser.ParsingError(filename=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "ParsingError(source=...)",
        why: "renamed source= in 3.2, when parsers learned to read from any source, not only files",
        detection: Detection::Keyword { callables: &["configparser.ParsingError"], keywords: &["filename"] },
        fix: auto(Recipe::RenameKeyword { to: "source" }, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import configparser

error = configparser.ParsingError(filename="setup.cfg")
"#,
        after: r#"import configparser

error = configparser.ParsingError(source="setup.cfg")
"#,
    },
    Entry {
        symbol: "configparser.ParsingError.filename",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "error.source",
        why: "renamed source in 3.2, when parsers learned to read from any source, not only files",
        detection: Detection::Method,
        fix: rename("source"),
        also_known_as: &[],
        before: r#"import configparser

error = configparser.ParsingError(source="setup.cfg")
print(error.filename)
"#,
        after: r#"import configparser

error = configparser.ParsingError(source="setup.cfg")
print(error.source)
"#,
    },
    Entry {
        symbol: "configparser.RawConfigParser.readfp",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "parser.read_file(f)",
        why: "renamed read_file() in 3.2; readfp() was the old name",
        detection: Detection::Method,
        fix: auto(Recipe::Rename { to: "read_file", keywords: &[("filename", "source")] }, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import configparser

parser = configparser.RawConfigParser()
with open("setup.cfg") as f:
    parser.readfp(f)
"#,
        after: r#"import configparser

parser = configparser.RawConfigParser()
with open("setup.cfg") as f:
    parser.read_file(f)
"#,
    },
    Entry {
        symbol: "configparser.SafeConfigParser",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "configparser.ConfigParser",
        why: "renamed ConfigParser in 3.2, when SafeConfigParser became a deprecated alias of it",
        detection: Detection::Name,
        fix: rename("ConfigParser"),
        also_known_as: &[],
        before: r#"import configparser

parser = configparser.SafeConfigParser()
parser.read("setup.cfg")
"#,
        after: r#"import configparser

parser = configparser.ConfigParser()
parser.read("setup.cfg")
"#,
    },
];
