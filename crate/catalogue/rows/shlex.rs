//! The `shlex` rows of the catalogue (the page `docs/shlex.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "shlex.split(None)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(9)),
    removed_in: Some(v(12)),
    withdrawn_in: None,
    replacement: "read the text yourself: shlex.split(sys.stdin.read())",
    why: "split(None) silently read standard input, a surprise for a function that splits a string",
    detection: Detection::CallShape {
        callables: &["shlex.split"],
        shape: CallShape::Literal { index: 0, keyword: None, values: &["None"] },
    },
    fix: Remedy::Manual,
    also_known_as: &["shlex.split(None) reading sys.stdin"],
    before: r#"import shlex

words = shlex.split(None)
"#,
    after: r#"import shlex
import sys

words = shlex.split(sys.stdin.read())
"#,
}];
