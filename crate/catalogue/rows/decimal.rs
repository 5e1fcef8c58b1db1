//! The `decimal` rows of the catalogue (the page `docs/decimal.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "decimal.Context._clamp",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(3)),
        withdrawn_in: None,
        replacement: "Context.clamp",
        why: "the attribute became public as clamp in 3.1",
        detection: Detection::Method,
        fix: rename("clamp"),
        also_known_as: &[],
        before: r#"import decimal

context = decimal.Context()
print(context._clamp)
"#,
        after: r#"import decimal

context = decimal.Context()
print(context.clamp)
"#,
    },
    Entry {
        symbol: "decimal.Decimal.quantize(watchexp=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "leave it out: the exponent is always checked",
        why: "the C decimal module (3.3) never supported skipping the check",
        detection: Detection::Keyword { callables: &["decimal.Decimal.quantize"], keywords: &["watchexp"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import decimal

value = decimal.Decimal("1.25").quantize(decimal.Decimal("0.1"), watchexp=False)
"#,
        after: r#"import decimal

value = decimal.Decimal("1.25").quantize(decimal.Decimal("0.1"))
"#,
    },
    Entry {
        symbol: "decimal.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
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
    },
];
