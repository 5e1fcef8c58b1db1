//! The `plistlib` rows of the catalogue (the page `docs/plistlib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "plistlib.Data",
        kind: ApiKind::Class,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "bytes",
        why: "the 3.4 API stores binary data as bytes",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import plistlib

blob = plistlib.Data(b"\x00")
"#,
        after: r#"blob = b"\x00"
"#,
    },
    Entry {
        symbol: "plistlib.Dict",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "a plain dict",
        why: "attribute-style dicts from Python 2.4 times",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import plistlib

settings = plistlib.Dict()
"#,
        after: r#"settings = {}
"#,
    },
    Entry {
        symbol: "plistlib.Plist",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "a plain dict with plistlib.load() and plistlib.dump()",
        why: "attribute-style dicts from Python 2.4 times",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import plistlib

settings = plistlib.Plist()
"#,
        after: r#"settings = {}
"#,
    },
    Entry {
        symbol: "plistlib._InternalDict",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "a plain dict",
        why: "attribute-style dicts from Python 2.4 times",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import plistlib

settings = plistlib._InternalDict()
"#,
        after: r#"settings = {}
"#,
    },
    Entry {
        symbol: "plistlib.load(use_builtin_types=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "leave it out: data is always bytes",
        why: "plistlib.Data went, so bytes are the only way data comes back",
        detection: Detection::Keyword { callables: &["plistlib.load"], keywords: &["use_builtin_types"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import plistlib

with open("Info.plist", "rb") as f:
    settings = plistlib.load(f, use_builtin_types=True)
"#,
        after: r#"import plistlib

with open("Info.plist", "rb") as f:
    settings = plistlib.load(f)
"#,
    },
    Entry {
        symbol: "plistlib.loads(use_builtin_types=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "leave it out: data is always bytes",
        why: "plistlib.Data went, so bytes are the only way data comes back",
        detection: Detection::Keyword { callables: &["plistlib.loads"], keywords: &["use_builtin_types"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import plistlib

settings = plistlib.loads(data, use_builtin_types=True)
"#,
        after: r#"import plistlib

settings = plistlib.loads(data)
"#,
    },
    Entry {
        symbol: "plistlib.readPlist",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "plistlib.load(file)",
        why: "the 3.4 API reads and writes any plist format with dicts and bytes",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("load() takes an open binary file where readPlist took a path or file"),
        also_known_as: &[],
        before: r#"import plistlib

settings = plistlib.readPlist("Info.plist")
"#,
        after: r#"import plistlib

with open("Info.plist", "rb") as f:
    settings = plistlib.load(f)
"#,
    },
    Entry {
        symbol: "plistlib.readPlistFromBytes",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "plistlib.loads(data)",
        why: "the 3.4 API reads and writes any plist format with dicts and bytes",
        detection: Detection::Name,
        fix: Remedy::ManualBecause(
            "loads() returns dicts and bytes where readPlistFromBytes returned Plist and Data objects",
        ),
        also_known_as: &[],
        before: r#"import plistlib

settings = plistlib.readPlistFromBytes(data)
"#,
        after: r#"import plistlib

settings = plistlib.loads(data)
"#,
    },
    Entry {
        symbol: "plistlib.writePlist",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "plistlib.dump(value, file)",
        why: "the 3.4 API reads and writes any plist format with dicts and bytes",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("dump() takes an open binary file where writePlist took a path or file"),
        also_known_as: &[],
        before: r#"import plistlib

plistlib.writePlist({"a": 1}, "Info.plist")
"#,
        after: r#"import plistlib

with open("Info.plist", "wb") as f:
    plistlib.dump({"a": 1}, f)
"#,
    },
    Entry {
        symbol: "plistlib.writePlistToBytes",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "plistlib.dumps(value)",
        why: "the 3.4 API reads and writes any plist format with dicts and bytes",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("dumps() rejects Data objects that writePlistToBytes took"),
        also_known_as: &[],
        before: r#"import plistlib

data = plistlib.writePlistToBytes({"a": 1})
"#,
        after: r#"import plistlib

data = plistlib.dumps({"a": 1})
"#,
    },
];
