//! The `re` rows of the catalogue (the page `docs/re.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "re.T",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(11)),
        removed_in: v(13),
        replacement: "nothing: the flag never did anything; drop it",
        why: "an alias of re.TEMPLATE, an undocumented flag that never worked",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import re

pattern = re.compile("a+", re.T)
"#,
        after: r#"import re

pattern = re.compile("a+")
"#,
    },
    Entry {
        symbol: "re.TEMPLATE",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(11)),
        removed_in: v(13),
        replacement: "nothing: the flag never did anything; drop it",
        why: "an undocumented flag that never worked",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import re

pattern = re.compile("a+", re.TEMPLATE)
"#,
        after: r#"import re

pattern = re.compile("a+")
"#,
    },
    Entry {
        symbol: "re.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: v(20),
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import re

print(re.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "re.template",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: v(13),
        replacement: "re.compile(pattern)",
        why: "an undocumented function that compiled with the TEMPLATE flag, which never worked",
        detection: Detection::Name,
        fix: Remedy::ManualBecause(
            "re.compile without the TEMPLATE flag may backtrack where template did not",
        ),
        also_known_as: &[],
        before: r#"import re

pattern = re.template("a+")
"#,
        after: r#"import re

pattern = re.compile("a+")
"#,
    },
];
