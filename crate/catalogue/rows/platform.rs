//! The `platform` rows of the catalogue (the page `docs/platform.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "platform.DEV_NULL",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "os.devnull",
        why: "os.devnull has named the null device on every platform since 2.4",
        detection: Detection::Name,
        fix: replace("os.devnull", "os"),
        also_known_as: &[],
        before: r#"import platform

sink = open(platform.DEV_NULL, "w")
"#,
        after: r#"import os

sink = open(os.devnull, "w")
"#,
    },
    Entry {
        symbol: "platform.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import platform

print(platform.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "platform._bcd2str",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "platform.mac_ver()",
        why: "private helpers of mac_ver that used the _gestalt module",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("a private helper with no public twin; mac_ver() returns the whole version"),
        also_known_as: &[],
        before: r#"import platform

text = platform._bcd2str(0x10)
"#,
        after: r#"import platform

info = platform.mac_ver()
"#,
    },
    Entry {
        symbol: "platform._mac_ver_gstalt",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "platform.mac_ver()",
        why: "private helpers of mac_ver that used the _gestalt module",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("a private helper with no public twin; mac_ver() returns the whole version"),
        also_known_as: &[],
        before: r#"import platform

info = platform._mac_ver_gstalt()
"#,
        after: r#"import platform

info = platform.mac_ver()
"#,
    },
    Entry {
        symbol: "platform._mac_ver_lookup",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "platform.mac_ver()",
        why: "private helpers of mac_ver that used the _gestalt module",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("a private helper with no public twin; mac_ver() returns the whole version"),
        also_known_as: &[],
        before: r#"import platform

info = platform._mac_ver_lookup(("sysv",))
"#,
        after: r#"import platform

info = platform.mac_ver()
"#,
    },
    Entry {
        symbol: "platform.dist",
        kind: ApiKind::Function,
        deprecated_in: Some(v(5)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "platform.freedesktop_os_release() (3.10), or the distro package from PyPI",
        why: "distributions describe themselves in too many ways for the stdlib to keep up; /etc/os-release is the standard now",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import platform

name, version, codename = platform.dist()
"#,
        after: r#"import platform

release = platform.freedesktop_os_release()
name, version = release["ID"], release.get("VERSION_ID")
"#,
    },
    Entry {
        symbol: "platform.java_ver",
        kind: ApiKind::Function,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "nothing: it only worked on Jython, which the platform module no longer supports",
        why: "it only ever returned information on Jython",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import platform

release, vendor, vm, os_info = platform.java_ver()
"#,
        after: r#"import platform

implementation = platform.python_implementation()
"#,
    },
    Entry {
        symbol: "platform.linux_distribution",
        kind: ApiKind::Function,
        deprecated_in: Some(v(5)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "platform.freedesktop_os_release() (3.10), or the distro package from PyPI",
        why: "distributions describe themselves in too many ways for the stdlib to keep up; /etc/os-release is the standard now",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import platform

name, version, codename = platform.linux_distribution()
"#,
        after: r#"import platform

release = platform.freedesktop_os_release()
name, version = release["NAME"], release.get("VERSION_ID")
"#,
    },
    Entry {
        symbol: "platform.popen",
        kind: ApiKind::Function,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "os.popen(), or subprocess",
        why: "a copy of os.popen for old Windows versions",
        detection: Detection::Name,
        fix: replace("os.popen", "os"),
        also_known_as: &[],
        before: r#"import platform

listing = platform.popen("ls").read()
"#,
        after: r#"import os

listing = os.popen("ls").read()
"#,
    },
];
