//! The `glob` rows of the catalogue (the page `docs/glob.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "glob.glob0",
        kind: ApiKind::Function,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "glob.glob(pattern, root_dir=directory)",
        why: "undocumented helpers of glob(); root_dir= (3.10) does the same",
        detection: Detection::Name,
        fix: Remedy::ManualBecause(
            "glob0 and glob1 do not expand patterns in the directory and return names, not paths",
        ),
        also_known_as: &[],
        before: r#"import glob

names = glob.glob0("src", "*.py")
"#,
        after: r#"import glob

names = glob.glob("*.py", root_dir="src")
"#,
    },
    Entry {
        symbol: "glob.glob1",
        kind: ApiKind::Function,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "glob.glob(pattern, root_dir=directory)",
        why: "undocumented helpers of glob(); root_dir= (3.10) does the same",
        detection: Detection::Name,
        fix: Remedy::ManualBecause(
            "glob0 and glob1 do not expand patterns in the directory and return names, not paths",
        ),
        also_known_as: &[],
        before: r#"import glob

names = glob.glob1("src", "*.py")
"#,
        after: r#"import glob

names = glob.glob("*.py", root_dir="src")
"#,
    },
];
