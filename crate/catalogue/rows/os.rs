//! The `os` rows of the catalogue (the page `docs/os.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "os.errno",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
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
        symbol: "os.path.<function>(p=, filename=, ...)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "pass the path by position: os.path.basename(path)",
        why: "3.15 made the parameters of the os.path functions positional-only; their names were never portable (posixpath.realpath(filename) is ntpath.realpath(path))",
        detection: Detection::Keyword {
            callables: &[
                "os.path.basename",
                "os.path.commonprefix",
                "os.path.dirname",
                "os.path.getatime",
                "os.path.getctime",
                "os.path.getmtime",
                "os.path.getsize",
                "os.path.isabs",
                "os.path.join",
                "os.path.normcase",
                "os.path.realpath",
                "os.path.samefile",
                "os.path.samestat",
                "os.path.split",
                "os.path.splitdrive",
                "os.path.splitext",
                "os.path.splitroot",
            ],
            keywords: &["a", "f1", "f2", "filename", "m", "p", "path", "s", "s1", "s2"],
        },
        fix: Remedy::Manual,
        also_known_as: &["os.path functions' parameters passed by keyword"],
        before: r#"import os.path

name = os.path.basename(p="/tmp/report.txt")
size = os.path.getsize(filename="/tmp/report.txt")
"#,
        after: r#"import os.path

name = os.path.basename("/tmp/report.txt")
size = os.path.getsize("/tmp/report.txt")
"#,
    },
    Entry {
        symbol: "os.stat_float_times",
        kind: ApiKind::Function,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(7)),
        withdrawn_in: None,
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
