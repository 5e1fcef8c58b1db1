//! The `distutils` rows of the catalogue (the page `docs/distutils.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "distutils",
        kind: ApiKind::Package,
        deprecated_in: Some(v(10)),
        removed_in: v(12),
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
];
