//! The `distutils` rows of the catalogue (the page `docs/distutils.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "distutils",
        kind: ApiKind::Package,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "setuptools (setup, Extension, commands), packaging (versions), sysconfig, shutil, subprocess: see PEP 632",
        why: "PEP 632: setuptools and packaging replaced it as the way to build and install packages",
        detection: Detection::Import,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from distutils.core import setup

setup(name="demo", version="1.0")
"#,
        after: r#"from setuptools import setup

setup(name="demo", version="1.0")
"#,
    },
    Entry {
        symbol: "distutils.cmd.install_misc",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "nothing: an unused base class (since 2000)",
        why: "unused by distutils itself",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import distutils.cmd

print(distutils.cmd.install_misc)
"#,
        after: r#"import distutils.cmd

print(distutils.cmd.Command)
"#,
    },
    Entry {
        symbol: "distutils.command.sdist.sdist.default_format",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "the formats= option of the sdist command (setup.cfg [sdist])",
        why: "the per-platform default table was dropped",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from distutils.command.sdist import sdist

print(sdist.default_format)
"#,
        after: r#"from distutils.command.sdist import sdist

print(sdist.default_formats)
"#,
    },
];
