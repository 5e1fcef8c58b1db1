//! The `turtle` rows of the catalogue (the page `docs/turtle.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "turtle.RawTurtle.settiltangle",
        kind: ApiKind::Method,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "t.tiltangle(angle) (it sets the angle when given one)",
        why: "tiltangle() does the same since 3.1, and also returns the angle",
        detection: Detection::DistinctiveMethod,
        fix: auto(Recipe::Rename { to: "tiltangle", keywords: &[] }, Shape::Called, Safe),
        also_known_as: &[],
        before: r#"import turtle

pen = turtle.Turtle()
pen.settiltangle(45)
"#,
        after: r#"import turtle

pen = turtle.Turtle()
pen.tiltangle(45)
"#,
    },
    Entry {
        symbol: "turtle.settiltangle",
        kind: ApiKind::Function,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "turtle.tiltangle(angle) (it sets the angle when given one)",
        why: "tiltangle() does the same since 3.1, and also returns the angle",
        detection: Detection::Name,
        fix: auto(Recipe::Rename { to: "tiltangle", keywords: &[] }, Shape::Called, Safe),
        also_known_as: &[],
        before: r#"import turtle

turtle.settiltangle(45)
"#,
        after: r#"import turtle

turtle.tiltangle(45)
"#,
    },
];
