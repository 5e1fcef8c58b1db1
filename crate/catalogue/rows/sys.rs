//! The `sys` rows of the catalogue (the page `docs/sys.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "sys._enablelegacywindowsfsencoding",
    kind: ApiKind::Function,
    deprecated_in: Some(v(13)),
    removed_in: v(16),
    replacement: "set the PYTHONLEGACYWINDOWSFSENCODING environment variable before Python starts",
    why: "changing the file system encoding after start-up cannot be made safe",
    detection: Detection::Name,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import sys

sys._enablelegacywindowsfsencoding()
"#,
    after: r#"import os

os.environ.setdefault("PYTHONLEGACYWINDOWSFSENCODING", "1")  # for child processes
"#,
}];
