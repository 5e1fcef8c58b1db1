//! The `grp` rows of the catalogue (the page `docs/grp.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "grp.getgrgid(float)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(6)),
    removed_in: Some(v(10)),
    withdrawn_in: None,
    replacement: "pass an int group id",
    why: "group ids are integers; floats were accepted by accident",
    detection: Detection::CallShape { callables: &["grp.getgrgid"], shape: CallShape::FloatLiteral },
    fix: Remedy::Manual,
    also_known_as: &["grp.getgrgid() with a non-integer (e.g. 0.0)"],
    before: r#"import grp

group = grp.getgrgid(0.0)
"#,
    after: r#"import grp

group = grp.getgrgid(0)
"#,
}];
