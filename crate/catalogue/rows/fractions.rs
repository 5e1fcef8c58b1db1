//! The `fractions` rows of the catalogue (the page `docs/fractions.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "fractions.gcd",
    kind: ApiKind::Function,
    deprecated_in: Some(v(5)),
    removed_in: Some(v(9)),
    withdrawn_in: None,
    replacement: "math.gcd() (always non-negative; fractions.gcd took the sign of its second argument)",
    why: "math.gcd (3.5) is faster and is the one place for it",
    detection: Detection::Name,
    fix: Remedy::ManualBecause(
        "math.gcd is never negative; fractions.gcd took the sign of its second argument",
    ),
    also_known_as: &[],
    before: r#"import fractions

divisor = fractions.gcd(12, 18)
"#,
    after: r#"import math

divisor = math.gcd(12, 18)
"#,
}];
