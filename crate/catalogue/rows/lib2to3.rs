//! The `lib2to3` rows of the catalogue (the page `docs/lib2to3.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "lib2to3",
        kind: ApiKind::Package,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "nothing in the standard library: use ast for analysis, or LibCST/parso to rewrite code",
        why: "its parser cannot read the PEG grammar of Python 3.10+; 2to3 was no longer needed",
        detection: Detection::Import,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from lib2to3 import pygram, pytree
from lib2to3.pgen2 import driver

parser = driver.Driver(pygram.python_grammar, convert=pytree.convert)
"#,
        after: r#"import ast

tree = ast.parse(source)
"#,
    },
    Entry {
        symbol: "lib2to3.main.main",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "nothing in the standard library: port code with pyupgrade or a LibCST codemod",
        why: "the entry point of the 2to3 tool, removed with lib2to3",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &["2to3"],
        before: r#"import lib2to3.main

lib2to3.main.main("lib2to3.fixes", ["-w", "src"])
"#,
        after: r#"import subprocess

subprocess.run(["pyupgrade", "--py38-plus", "src/app.py"])
"#,
    },
];
