//! The `smtpd` rows of the catalogue (the page `docs/smtpd.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "smtpd",
        kind: ApiKind::Module,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
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
    },
    Entry {
        symbol: "smtpd.MailmanProxy",
        kind: ApiKind::Class,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing in the stdlib (it needed the mailman package)",
        why: "it depended on an external package and was untested",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import smtpd

proxy = smtpd.MailmanProxy(("localhost", 25), None)
"#,
        after: r#"import smtpd

proxy = smtpd.SMTPServer(("localhost", 25), None)
"#,
    },
];
