//! The `shutil` rows of the catalogue (the page `docs/shutil.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "shutil.ExecError",
    kind: ApiKind::Class,
    deprecated_in: Some(v(14)),
    removed_in: Some(v(16)),
    withdrawn_in: None,
    replacement: "RuntimeError (ExecError is an alias of it since 3.14)",
    why: "no function of shutil has raised it in years",
    detection: Detection::Name,
    fix: auto(Recipe::Replace { with: "RuntimeError", import: "" }, Shape::Any, Unsafe),
    also_known_as: &[],
    before: r#"import shutil

try:
    shutil.copy("a", "b")
except shutil.ExecError:
    pass
"#,
    after: r#"import shutil

try:
    shutil.copy("a", "b")
except RuntimeError:
    pass
"#,
}];
