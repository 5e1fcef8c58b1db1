//! The `sre_parse` rows of the catalogue (the page `docs/sre_parse.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
    symbol: "sre_parse",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(15)),
    withdrawn_in: None,
    replacement:
        "re (the engine's internals moved to re._compiler, re._constants and re._parser, which are private)",
    why: "internal modules of re, moved into the re package in 3.11",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import sre_parse

print(sre_parse.__name__)
"#,
    after: r#"import re

pattern = re.compile("a+")
"#,
},
    Entry {
        symbol: "sre_parse.expand_template",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "re.Match.expand(template), or re.sub() with the template",
        why: "an internal helper whose signature changed when re's template handling was rewritten in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import re
import sre_parse

match = re.match("(a)", "a")
text = sre_parse.expand_template(sre_parse.parse_template(r"\1", match.re), match)
"#,
        after: r#"import re

match = re.match("(a)", "a")
text = match.expand(r"\1")
"#,
    },
];
