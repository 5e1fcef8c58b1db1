//! The `zlib` rows of the catalogue (the page `docs/zlib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "zlib.__version__",
    kind: ApiKind::Attribute,
    deprecated_in: Some(v(15)),
    removed_in: Some(v(20)),
    withdrawn_in: None,
    replacement: "zlib.ZLIB_VERSION (the zlib library's version), or sys.version_info",
    why: "a version string frozen years ago; the module's version is Python's own",
    detection: Detection::Name,
    fix: Remedy::ManualBecause("ZLIB_VERSION is the library's version, a different value"),
    also_known_as: &[],
    before: r#"import zlib

print(zlib.__version__)
"#,
    after: r#"import zlib

print(zlib.ZLIB_VERSION)
"#,
}];
