//! The `sysconfig` rows of the catalogue (the page `docs/sysconfig.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "sysconfig.expand_makefile_vars",
        kind: ApiKind::Function,
        deprecated_in: Some(v(14)),
        removed_in: Some(v(16)),
        withdrawn_in: None,
        replacement: "sysconfig.get_paths(vars=...), or str.replace over the variables you know",
        why: "a leftover of distutils' Makefile parsing, undocumented (and broken in 3.13.0, where it raised NameError)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sysconfig

path = sysconfig.expand_makefile_vars("$(prefix)/lib", {"prefix": "/usr"})
"#,
        after: r#"prefix = "/usr"
path = f"{prefix}/lib"
"#,
    },
    Entry {
        symbol: "sysconfig.get_config_var('SO')",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "sysconfig.get_config_var(\"EXT_SUFFIX\")",
        why: "'SO' was ambiguous (the suffix with or without the ABI tag); 3.11 returns None for it",
        detection: Detection::CallShape {
            callables: &["sysconfig.get_config_var"],
            shape: CallShape::Literal { index: 0, keyword: None, values: &["SO"] },
        },
        fix: Remedy::ManualBecause("the argument changes, not a name: EXT_SUFFIX may include the ABI tag"),
        also_known_as: &[],
        before: r#"import sysconfig

suffix = sysconfig.get_config_var("SO")
"#,
        after: r#"import sysconfig

suffix = sysconfig.get_config_var("EXT_SUFFIX")
"#,
    },
    Entry {
        symbol: "sysconfig.is_python_build(check_home=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "drop the argument (it is ignored)",
        why: "ignored since 3.12, when the check it enabled was dropped",
        detection: Detection::Keyword {
            callables: &["sysconfig.is_python_build"],
            keywords: &["check_home"],
        },
        fix: auto(Recipe::DropKeyword, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import sysconfig

in_tree = sysconfig.is_python_build(check_home=True)
"#,
        after: r#"import sysconfig

in_tree = sysconfig.is_python_build()
"#,
    },
];
