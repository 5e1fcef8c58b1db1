//! The `decimal` rows of the catalogue (the page `docs/decimal.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "decimal.__version__",
    kind: ApiKind::Attribute,
    deprecated_in: Some(v(15)),
    removed_in: v(20),
    replacement: "decimal.SPEC_VERSION (the specification's version), or sys.version_info",
    why: "a version string frozen years ago; the module's version is Python's own",
    detection: Detection::Name,
    fix: Remedy::ManualBecause("the specification version is a different string"),
    also_known_as: &[],
    before: r#"import decimal

print(decimal.__version__)
"#,
    after: r#"import decimal

print(decimal.SPEC_VERSION)
"#,
}];
