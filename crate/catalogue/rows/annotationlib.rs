//! The `annotationlib` rows of the catalogue (the page `docs/annotationlib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "annotationlib.ForwardRef._evaluate",
    kind: ApiKind::Method,
    deprecated_in: Some(v(14)),
    removed_in: Some(v(16)),
    withdrawn_in: None,
    replacement: "ForwardRef.evaluate(), the public method",
    why: "a private method that typing used internally; 3.14 made evaluate() the public way",
    detection: Detection::Method,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"from annotationlib import ForwardRef

value = ForwardRef("int")._evaluate(globals(), locals(), recursive_guard=frozenset())
"#,
    after: r#"from annotationlib import ForwardRef

value = ForwardRef("int").evaluate(globals=globals(), locals=locals())
"#,
}];
