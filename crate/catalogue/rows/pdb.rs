//! The `pdb` rows of the catalogue (the page `docs/pdb.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "pdb.Pdb.curframe_locals",
    kind: ApiKind::Attribute,
    deprecated_in: Some(v(14)),
    removed_in: None,
    withdrawn_in: None,
    replacement: "self.curframe.f_locals",
    why: "since 3.13 frame.f_locals is a write-through view, so pdb no longer needs its own snapshot",
    detection: Detection::Method,
    fix: Remedy::ManualBecause("curframe.f_locals is a live view (3.13+), curframe_locals a snapshot"),
    also_known_as: &[],
    before: r#"import pdb

class Debugger(pdb.Pdb):
    def do_names(self, arg):
        print(sorted(self.curframe_locals))
"#,
    after: r#"import pdb

class Debugger(pdb.Pdb):
    def do_names(self, arg):
        print(sorted(self.curframe.f_locals))
"#,
}];
