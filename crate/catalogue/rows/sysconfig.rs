//! The `sysconfig` rows of the catalogue (the page `docs/sysconfig.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "sysconfig.is_python_build(check_home=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(12)),
    removed_in: v(15),
    replacement: "drop the argument (it is ignored)",
    why: "ignored since 3.12, when the check it enabled was dropped",
    detection: Detection::Keyword { callables: &["sysconfig.is_python_build"], keywords: &["check_home"] },
    fix: auto(Recipe::DropKeyword, Shape::Any, Safe),
    also_known_as: &[],
    before: r#"import sysconfig

in_tree = sysconfig.is_python_build(check_home=True)
"#,
    after: r#"import sysconfig

in_tree = sysconfig.is_python_build()
"#,
}];
