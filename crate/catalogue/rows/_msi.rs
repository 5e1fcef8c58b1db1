//! The `_msi` rows of the catalogue (the page `docs/_msi.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "_msi",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "nothing in the stdlib: PyPI python-msi, or the WiX toolset",
    why: "the C part of msilib, which PEP 594 removed",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import _msi

database = _msi.OpenDatabase("setup.msi", 0)
"#,
    after: r#"import subprocess

subprocess.run(["msiexec", "/a", "setup.msi"])
"#,
}];
