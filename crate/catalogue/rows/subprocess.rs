//! The `subprocess` rows of the catalogue (the page `docs/subprocess.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "subprocess.Popen.wait(endtime=)",
    kind: ApiKind::Parameter,
    deprecated_in: Some(v(4)),
    removed_in: Some(v(7)),
    withdrawn_in: None,
    replacement: "timeout= (seconds from now)",
    why: "an undocumented parameter; timeout= is the documented one",
    detection: Detection::Keyword { callables: &["subprocess.Popen.wait"], keywords: &["endtime"] },
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import subprocess
import time

process = subprocess.Popen(["sleep", "1"])
process.wait(endtime=time.monotonic() + 5)
"#,
    after: r#"import subprocess

process = subprocess.Popen(["sleep", "1"])
process.wait(timeout=5)
"#,
}];
