//! The `telnetlib` rows of the catalogue (the page `docs/telnetlib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "telnetlib",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "PyPI telnetlib3 or Exscript (or asyncio streams)",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import telnetlib

session = telnetlib.Telnet("router.example.com")
"#,
    after: r#"import telnetlib3

reader, writer = await telnetlib3.open_connection("router.example.com")
"#,
}];
