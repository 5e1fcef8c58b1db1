//! The `smtpd` rows of the catalogue (the page `docs/smtpd.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "smtpd",
    kind: ApiKind::Module,
    deprecated_in: Some(v(6)),
    removed_in: v(12),
    replacement: "aiosmtpd (PyPI), an asyncio-based SMTP server",
    why: "PEP 594: built on asyncore, which was removed in the same release",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import smtpd

server = smtpd.DebuggingServer(("localhost", 1025), None)
"#,
    after: r#"from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Debugging

controller = Controller(Debugging(), port=1025)
"#,
}];
