//! The `binhex` rows of the catalogue (the page `docs/binhex.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "binhex",
    kind: ApiKind::Module,
    deprecated_in: Some(v(9)),
    removed_in: Some(v(11)),
    withdrawn_in: None,
    replacement: "nothing in the stdlib: binhex4 is obsolete",
    why: "an obsolete classic Mac OS format",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import binhex

binhex.binhex("in.txt", "out.hqx")
"#,
    after: r#"import base64

with open("in.txt", "rb") as f:
    encoded = base64.b64encode(f.read())
"#,
}];
