//! The `msilib` rows of the catalogue (the page `docs/msilib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "msilib",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "a packaging tool that builds Windows installers (e.g. WiX)",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import msilib

database = msilib.init_database("app.msi", msilib.schema, "App", msilib.gen_uuid(), "1.0", "Me")
"#,
    after: r#"import subprocess

subprocess.run(["wix", "build", "app.wxs"], check=True)
"#,
}];
