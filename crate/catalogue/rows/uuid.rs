//! The `uuid` rows of the catalogue (the page `docs/uuid.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "uuid.getnode(getters=)",
    kind: ApiKind::Parameter,
    deprecated_in: None,
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "leave it out",
    why: "an unused parameter",
    detection: Detection::Keyword { callables: &["uuid.getnode"], keywords: &["getters"] },
    fix: auto(Recipe::DropKeyword, Shape::Any, Safe),
    also_known_as: &[],
    before: r#"import uuid

node = uuid.getnode(getters=None)
"#,
    after: r#"import uuid

node = uuid.getnode()
"#,
}];
