//! The `zipimport` rows of the catalogue (the page `docs/zipimport.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "zipimport.zipimporter.find_loader",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importer.find_spec(fullname) (the loader is spec.loader)",
        why: FIND_SPEC_WHY,
        detection: Detection::Method,
        fix: Remedy::ManualBecause("find_spec returns a spec, not a (loader, portions) tuple"),
        also_known_as: &[],
        before: r#"import zipimport

importer = zipimport.zipimporter("plugins.zip")
loader, portions = importer.find_loader("tool")
"#,
        after: r#"import zipimport

importer = zipimport.zipimporter("plugins.zip")
spec = importer.find_spec("tool")
"#,
    },
    Entry {
        symbol: "zipimport.zipimporter.find_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importer.find_spec(fullname)",
        why: FIND_SPEC_WHY,
        detection: Detection::Method,
        fix: Remedy::ManualBecause("find_spec returns a spec, not a loader"),
        also_known_as: &[],
        before: r#"import zipimport

importer = zipimport.zipimporter("plugins.zip")
loader = importer.find_module("tool")
"#,
        after: r#"import zipimport

importer = zipimport.zipimporter("plugins.zip")
spec = importer.find_spec("tool")
"#,
    },
    Entry {
        symbol: "zipimport.zipimporter.load_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "importer.exec_module(module) (zipimporter is a PEP 451 loader since 3.10), or importlib.import_module(name) with the archive on sys.path",
        why: "PEP 451: the import system calls create_module() and exec_module(); load_module() was the PEP 302 protocol",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("exec_module needs a module created from a spec"),
        also_known_as: &[],
        before: r#"import zipimport

importer = zipimport.zipimporter("plugins.zip")
tool = importer.load_module("tool")
"#,
        after: r#"import importlib
import sys

sys.path.append("plugins.zip")
tool = importlib.import_module("tool")
"#,
    },
];
