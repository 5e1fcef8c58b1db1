//! The `tarfile` rows of the catalogue (the page `docs/tarfile.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "tarfile.TarInfo.tarfile",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(13)),
        removed_in: v(16),
        replacement: "nothing: keep the TarFile object yourself",
        why: "an undocumented, unused back-reference that kept whole archives alive",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tarfile

info = tarfile.TarInfo("notes.txt")
archive = info.tarfile
"#,
        after: r#"import tarfile

archive = tarfile.open("notes.tar")
info = archive.getmember("notes.txt")
"#,
    },
    Entry {
        symbol: "tarfile.version",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: v(20),
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tarfile

print(tarfile.version)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
];
