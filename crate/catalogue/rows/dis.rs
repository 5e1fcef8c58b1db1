//! The `dis` rows of the catalogue (the page `docs/dis.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "dis.HAVE_ARGUMENT",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(13)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "test membership in dis.hasarg",
        why: "3.13's opcodes no longer split into two ranges at one number, so a comparison says nothing",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import dis

def takes_argument(op):
    return op >= dis.HAVE_ARGUMENT
"#,
        after: r#"import dis

def takes_argument(op):
    return op in dis.hasarg
"#,
    },
    Entry {
        symbol: "dis.hasnargs",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "nothing: the list was always empty since 3.6; drop the test",
        why: "no opcode has taken an argument count since the 3.6 wordcode change, so the list was empty",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import dis

if opcode in dis.hasnargs:
    print("takes an argument count")
"#,
        after: r#"import dis

if opcode in dis.hasarg:
    print("takes an argument")
"#,
    },
];
