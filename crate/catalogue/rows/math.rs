//! The `math` rows of the catalogue (the page `docs/math.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "math.factorial(float)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(9)),
    removed_in: Some(v(10)),
    withdrawn_in: None,
    replacement: "pass an int: math.factorial(int(x))",
    why: "factorial is defined on integers; floats with integral values were accepted by accident",
    detection: Detection::CallShape { callables: &["math.factorial"], shape: CallShape::FloatLiteral },
    fix: Remedy::Manual,
    also_known_as: &["math.factorial() with an integral float (e.g. 5.0)"],
    before: r#"import math

value = math.factorial(5.0)
"#,
    after: r#"import math

value = math.factorial(5)
"#,
}];
