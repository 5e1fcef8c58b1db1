//! The `xml` rows of the catalogue (the page `docs/xml.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "xml.etree.ElementTree.VERSION",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: v(20),
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import xml.etree.ElementTree

print(xml.etree.ElementTree.VERSION)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "xml.sax.expatreader.version",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: v(20),
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import xml.sax.expatreader

print(xml.sax.expatreader.version)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "xml.sax.handler.version",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: v(20),
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import xml.sax.handler

print(xml.sax.handler.version)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
];
