//! The `pty` rows of the catalogue (the page `docs/pty.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "pty.master_open",
        kind: ApiKind::Function,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "pty.openpty() (returns the master and slave descriptors)",
        why: "undocumented since Python 2 and superseded by os.openpty()",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("openpty() returns both descriptors, and opens them differently"),
        also_known_as: &[],
        before: r#"import pty

master, slave_name = pty.master_open()
"#,
        after: r#"import pty

master, slave = pty.openpty()
"#,
    },
    Entry {
        symbol: "pty.slave_open",
        kind: ApiKind::Function,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "pty.openpty() (returns the master and slave descriptors)",
        why: "undocumented since Python 2 and superseded by os.openpty()",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("openpty() returns both descriptors, and opens them differently"),
        also_known_as: &[],
        before: r#"import pty

slave = pty.slave_open(slave_name)
"#,
        after: r#"import pty

master, slave = pty.openpty()
"#,
    },
];
