//! The `mimetypes` rows of the catalogue (the page `docs/mimetypes.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "mimetypes.MimeTypes.add_type(type, \"ext\")",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(14)),
    removed_in: Some(v(16)),
    withdrawn_in: None,
    replacement: "spell the extension with its dot: add_type(\"text/x-ini\", \".ini\")",
    why: "an extension without a dot was stored as given and could never match a file name",
    detection: Detection::CallShape {
        callables: &["mimetypes.MimeTypes.add_type", "mimetypes.add_type"],
        shape: CallShape::StringLacking { index: 1, prefix: "." },
    },
    fix: Remedy::Manual,
    also_known_as: &["mimetypes.MimeTypes.add_type() with an extension lacking the dot"],
    before: r#"import mimetypes

mimetypes.add_type("text/x-ini", "ini")
"#,
    after: r#"import mimetypes

mimetypes.add_type("text/x-ini", ".ini")
"#,
}];
