//! The `fileinput` rows of the catalogue (the page `docs/fileinput.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "fileinput.FileInput(bufsize=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "leave it out",
        why: "ignored since 3.6",
        detection: Detection::Keyword { callables: &["fileinput.FileInput"], keywords: &["bufsize"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import fileinput

lines = fileinput.FileInput(bufsize=8192)
"#,
        after: r#"import fileinput

lines = fileinput.FileInput()
"#,
    },
    Entry {
        symbol: "fileinput.input(bufsize=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "leave it out",
        why: "ignored since 3.6",
        detection: Detection::Keyword { callables: &["fileinput.input"], keywords: &["bufsize"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import fileinput

for line in fileinput.input(bufsize=8192):
    print(line)
"#,
        after: r#"import fileinput

for line in fileinput.input():
    print(line)
"#,
    },
];
