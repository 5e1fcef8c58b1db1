//! The `tarfile` rows of the catalogue (the page `docs/tarfile.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "tarfile.S_IFBLK",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IFBLK (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IFBLK", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.S_IFBLK
"#,
        after: r#"import stat

mode = stat.S_IFBLK
"#,
    },
    Entry {
        symbol: "tarfile.S_IFCHR",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IFCHR (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IFCHR", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.S_IFCHR
"#,
        after: r#"import stat

mode = stat.S_IFCHR
"#,
    },
    Entry {
        symbol: "tarfile.S_IFDIR",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IFDIR (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IFDIR", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.S_IFDIR
"#,
        after: r#"import stat

mode = stat.S_IFDIR
"#,
    },
    Entry {
        symbol: "tarfile.S_IFIFO",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IFIFO (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IFIFO", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.S_IFIFO
"#,
        after: r#"import stat

mode = stat.S_IFIFO
"#,
    },
    Entry {
        symbol: "tarfile.S_IFLNK",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IFLNK (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IFLNK", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.S_IFLNK
"#,
        after: r#"import stat

mode = stat.S_IFLNK
"#,
    },
    Entry {
        symbol: "tarfile.S_IFREG",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IFREG (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IFREG", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.S_IFREG
"#,
        after: r#"import stat

mode = stat.S_IFREG
"#,
    },
    Entry {
        symbol: "tarfile.TGEXEC",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IXGRP (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IXGRP", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TGEXEC
"#,
        after: r#"import stat

mode = stat.S_IXGRP
"#,
    },
    Entry {
        symbol: "tarfile.TGREAD",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IRGRP (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IRGRP", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TGREAD
"#,
        after: r#"import stat

mode = stat.S_IRGRP
"#,
    },
    Entry {
        symbol: "tarfile.TGWRITE",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IWGRP (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IWGRP", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TGWRITE
"#,
        after: r#"import stat

mode = stat.S_IWGRP
"#,
    },
    Entry {
        symbol: "tarfile.TOEXEC",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IXOTH (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IXOTH", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TOEXEC
"#,
        after: r#"import stat

mode = stat.S_IXOTH
"#,
    },
    Entry {
        symbol: "tarfile.TOREAD",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IROTH (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IROTH", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TOREAD
"#,
        after: r#"import stat

mode = stat.S_IROTH
"#,
    },
    Entry {
        symbol: "tarfile.TOWRITE",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IWOTH (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IWOTH", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TOWRITE
"#,
        after: r#"import stat

mode = stat.S_IWOTH
"#,
    },
    Entry {
        symbol: "tarfile.TSGID",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_ISGID (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_ISGID", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TSGID
"#,
        after: r#"import stat

mode = stat.S_ISGID
"#,
    },
    Entry {
        symbol: "tarfile.TSUID",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_ISUID (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_ISUID", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TSUID
"#,
        after: r#"import stat

mode = stat.S_ISUID
"#,
    },
    Entry {
        symbol: "tarfile.TSVTX",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_ISVTX (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_ISVTX", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TSVTX
"#,
        after: r#"import stat

mode = stat.S_ISVTX
"#,
    },
    Entry {
        symbol: "tarfile.TUEXEC",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IXUSR (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IXUSR", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TUEXEC
"#,
        after: r#"import stat

mode = stat.S_IXUSR
"#,
    },
    Entry {
        symbol: "tarfile.TUREAD",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IRUSR (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IRUSR", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TUREAD
"#,
        after: r#"import stat

mode = stat.S_IRUSR
"#,
    },
    Entry {
        symbol: "tarfile.TUWRITE",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "stat.S_IWUSR (the same value)",
        why: "tarfile kept its own copies of the stat module's constants",
        detection: Detection::Name,
        fix: replace("stat.S_IWUSR", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

mode = tarfile.TUWRITE
"#,
        after: r#"import stat

mode = stat.S_IWUSR
"#,
    },
    Entry {
        symbol: "tarfile.TarFile.add(exclude=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "filter= (a function that returns None to leave a member out)",
        why: "filter= (3.2) can also change members, not just skip them",
        detection: Detection::Keyword { callables: &["tarfile.TarFile.add"], keywords: &["exclude"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tarfile

with tarfile.open("out.tar", "w") as archive:
    archive.add("src", exclude=lambda name: name.endswith(".pyc"))
"#,
        after: r#"import tarfile

with tarfile.open("out.tar", "w") as archive:
    archive.add("src", filter=lambda info: None if info.name.endswith(".pyc") else info)
"#,
    },
    Entry {
        symbol: "tarfile.TarInfo.tarfile",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(16)),
        withdrawn_in: None,
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
        symbol: "tarfile.filemode",
        kind: ApiKind::Function,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "stat.filemode()",
        why: "the function moved to stat in 3.3",
        detection: Detection::Name,
        fix: replace("stat.filemode", "stat"),
        also_known_as: &[],
        before: r#"import tarfile

print(tarfile.filemode(0o644))
"#,
        after: r#"import stat

print(stat.filemode(0o644))
"#,
    },
    Entry {
        symbol: "tarfile.version",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
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
