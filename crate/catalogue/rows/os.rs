//! The `os` rows of the catalogue (the page `docs/os.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "os.errno",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(7)),
        replacement: "import errno",
        why: "os imported errno for its own use; it was never part of os's API",
        detection: Detection::Name,
        fix: replace("errno", "errno"),
        also_known_as: &[],
        before: r#"import os

if error.errno == os.errno.ENOENT:
    print("missing")
"#,
        after: r#"import errno

if error.errno == errno.ENOENT:
    print("missing")
"#,
    },
    Entry {
        symbol: "os.stat_float_times",
        kind: ApiKind::Function,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(7)),
        replacement: "nothing: st_mtime and friends are floats; st_mtime_ns gives integers",
        why: "stat times are floats since 2.5",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import os

os.stat_float_times(False)
"#,
        after: r#"import os

modified = os.stat("notes.txt").st_mtime_ns
"#,
    },
];
