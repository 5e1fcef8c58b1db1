//! The `fpectl` rows of the catalogue (the page `docs/fpectl.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "fpectl",
    kind: ApiKind::Module,
    deprecated_in: None,
    removed_in: Some(v(7)),
    withdrawn_in: None,
    replacement: "nothing: floating-point errors are not trapped",
    why: "the module was only built on request and broke extensions",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import fpectl

fpectl.turnon_sigfpe()
"#,
    after: r#"import math

print(math.isfinite(1.0))
"#,
}];
