//! The `random` rows of the catalogue (the page `docs/random.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "random.randrange(float)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "pass ints: random.randrange(int(stop)), or random.uniform() for floats",
        why: "randrange() picks from range(); accepting integral floats such as 10.0 was an accident of its old implementation",
        detection: Detection::CallShape { callables: &["random.randrange"], shape: CallShape::FloatLiteral },
        fix: Remedy::Manual,
        also_known_as: &["random.randrange() with non-integer arguments"],
        before: r#"import random

roll = random.randrange(1.0, 7.0)
"#,
        after: r#"import random

roll = random.randrange(1, 7)
"#,
    },
    Entry {
        symbol: "random.shuffle(random=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "leave it out, or call shuffle() on a random.Random instance",
        why: "a random() function of floats could not shuffle large lists fairly",
        detection: Detection::Keyword { callables: &["random.shuffle", "random.Random.shuffle"], keywords: &["random"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import random

items = [1, 2, 3]
random.shuffle(items, random=lambda: 0.5)
"#,
        after: r#"import random

items = [1, 2, 3]
random.Random(5).shuffle(items)
"#,
    },
];
