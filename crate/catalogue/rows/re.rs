//! The `re` rows of the catalogue (the page `docs/re.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "re.Pattern.match/search/fullmatch/split/findall/finditer(pattern=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "string= (or pass the string positionally)",
        why: "the parameter was misnamed: it takes the string to search, not a pattern",
        detection: Detection::Keyword {
            callables: &[
                "re.Pattern.match",
                "re.Pattern.search",
                "re.Pattern.fullmatch",
                "re.Pattern.split",
                "re.Pattern.findall",
                "re.Pattern.finditer",
            ],
            keywords: &["pattern"],
        },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import re

word = re.compile("a+")
found = word.search(pattern="caaat")
"#,
        after: r#"import re

word = re.compile("a+")
found = word.search("caaat")
"#,
    },
    Entry {
        symbol: "re.T",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
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
        removed_in: Some(v(13)),
        withdrawn_in: None,
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
        removed_in: Some(v(20)),
        withdrawn_in: None,
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
        symbol: "re.split(pattern, string, maxsplit)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "pass maxsplit= and flags= by keyword",
        why: "a flag passed where maxsplit goes (re.split(p, s, re.I)) was silently taken as a count",
        detection: Detection::CallShape { callables: &["re.split"], shape: CallShape::PositionalMoreThan(2) },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import re

parts = re.split(",", "a,b,c", 1)
"#,
        after: r#"import re

parts = re.split(",", "a,b,c", maxsplit=1)
"#,
    },
    Entry {
        symbol: "re.sre_compile",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing public: re.compile()",
        why: "re imported its internal modules, which leaked as attributes",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import re

code = re.sre_compile.compile("a+")
"#,
        after: r#"import re

code = re.compile("a+")
"#,
    },
    Entry {
        symbol: "re.sre_parse",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing public: the parser is private (re._parser)",
        why: "re imported its internal modules, which leaked as attributes",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import re

tree = re.sre_parse.parse("a+")
"#,
        after: r#"import re

pattern = re.compile("a+")
"#,
    },
    Entry {
        symbol: "re.sub(pattern, repl, string, count)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "pass count= and flags= by keyword",
        why: "a flag passed where count goes (re.sub(p, r, s, re.I)) was silently taken as a count",
        detection: Detection::CallShape { callables: &["re.sub"], shape: CallShape::PositionalMoreThan(3) },
        fix: Remedy::Manual,
        also_known_as: &["re.split/sub/subn with maxsplit/count/flags passed positionally"],
        before: r#"import re

text = re.sub("a", "b", "banana", 1)
"#,
        after: r#"import re

text = re.sub("a", "b", "banana", count=1)
"#,
    },
    Entry {
        symbol: "re.subn(pattern, repl, string, count)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(13)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "pass count= and flags= by keyword",
        why: "a flag passed where count goes (re.subn(p, r, s, re.I)) was silently taken as a count",
        detection: Detection::CallShape { callables: &["re.subn"], shape: CallShape::PositionalMoreThan(3) },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import re

text, changes = re.subn("a", "b", "banana", 2)
"#,
        after: r#"import re

text, changes = re.subn("a", "b", "banana", count=2)
"#,
    },
    Entry {
        symbol: "re.template",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
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
