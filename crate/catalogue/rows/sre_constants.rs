//! The `sre_constants` rows of the catalogue (the page `docs/sre_constants.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "sre_constants",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(15)),
    withdrawn_in: None,
    replacement:
        "re (the engine's internals moved to re._compiler, re._constants and re._parser, which are private)",
    why: "internal modules of re, moved into the re package in 3.11",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import sre_constants

print(sre_constants.__name__)
"#,
    after: r#"import re

pattern = re.compile("a+")
"#,
}];
