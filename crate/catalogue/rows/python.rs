//! The `python` rows of the catalogue (the page `docs/python.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "PYTHONTHREADDEBUG",
        kind: ApiKind::EnvVar,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "nothing: the variable is ignored; use a debugger or faulthandler to inspect threads",
        why: "the threading debug output only ever worked on debug builds",
        detection: Detection::EnvVar,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import os

os.environ["PYTHONTHREADDEBUG"] = "1"
"#,
        after: r#"import faulthandler

faulthandler.enable()
"#,
    },
    Entry {
        symbol: "module.__cached__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "module.__spec__.cached (or importlib.util.cache_from_source(path))",
        why: "the module spec holds the same fact; 3.15 stops copying it onto every module",
        detection: Detection::ModuleAttribute,
        fix: Remedy::ManualBecause(
            "`__spec__` is None in `__main__` and in modules made by hand, and the two may differ",
        ),
        also_known_as: &["module.__cached__ set by the import system"],
        before: r#"import json

print(json.__cached__)
"#,
        after: r#"import json

print(json.__spec__.cached)
"#,
    },
    Entry {
        symbol: "module.__loader__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(16)),
        withdrawn_in: None,
        replacement: "module.__spec__.loader",
        why: "the module spec holds the loader; 3.16 stops setting __loader__ and no longer consults it",
        detection: Detection::ModuleAttribute,
        fix: Remedy::ManualBecause(
            "`__spec__` is None in `__main__` and in modules made by hand, and the two may differ",
        ),
        also_known_as: &["module.__loader__ set by the import system"],
        before: r#"data = __loader__.get_data("config.json")
"#,
        after: r#"data = __spec__.loader.get_data("config.json")
"#,
    },
];
