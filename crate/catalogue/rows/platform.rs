//! The `platform` rows of the catalogue (the page `docs/platform.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "platform.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: v(20),
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import platform

print(platform.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "platform.java_ver",
        kind: ApiKind::Function,
        deprecated_in: Some(v(13)),
        removed_in: v(15),
        replacement: "nothing: it only worked on Jython, which the platform module no longer supports",
        why: "it only ever returned information on Jython",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import platform

release, vendor, vm, os_info = platform.java_ver()
"#,
        after: r#"import platform

implementation = platform.python_implementation()
"#,
    },
];
