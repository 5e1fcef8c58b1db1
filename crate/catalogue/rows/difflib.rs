//! The `difflib` rows of the catalogue (the page `docs/difflib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "difflib.SequenceMatcher.isbjunk",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "x in matcher.bjunk",
        why: "the sets are public attributes since 3.2",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import difflib

matcher = difflib.SequenceMatcher(None, "a", "b")
print(matcher.isbjunk("x"))
"#,
        after: r#"import difflib

matcher = difflib.SequenceMatcher(None, "a", "b")
print("x" in matcher.bjunk)
"#,
    },
    Entry {
        symbol: "difflib.SequenceMatcher.isbpopular",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "x in matcher.bpopular",
        why: "the sets are public attributes since 3.2",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import difflib

matcher = difflib.SequenceMatcher(None, "a", "b")
print(matcher.isbpopular("x"))
"#,
        after: r#"import difflib

matcher = difflib.SequenceMatcher(None, "a", "b")
print("x" in matcher.bpopular)
"#,
    },
];
