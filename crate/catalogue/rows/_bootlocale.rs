//! The `_bootlocale` rows of the catalogue (the page `docs/_bootlocale.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "_bootlocale",
    kind: ApiKind::Module,
    deprecated_in: None,
    removed_in: Some(v(10)),
    withdrawn_in: None,
    replacement: "locale.getencoding() (3.11) or locale.getpreferredencoding(False)",
    why: "a private helper of io that locale absorbed",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import _bootlocale

encoding = _bootlocale.getpreferredencoding(False)
"#,
    after: r#"import locale

encoding = locale.getpreferredencoding(False)
"#,
}];
