//! The `_markupbase` rows of the catalogue (the page `docs/_markupbase.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "_markupbase.ParserBase.error",
    kind: ApiKind::Method,
    deprecated_in: None,
    removed_in: Some(v(10)),
    withdrawn_in: None,
    replacement: "raise your own exception",
    why: "the lenient parsers never call it",
    detection: Detection::Method,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import _markupbase

class Parser(_markupbase.ParserBase):
    def fail(self):
        self.error("bad markup")
"#,
    after: r#"import _markupbase

class Parser(_markupbase.ParserBase):
    def fail(self):
        raise ValueError("bad markup")
"#,
}];
