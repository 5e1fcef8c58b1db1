//! The `token` rows of the catalogue (the page `docs/token.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "token.ASYNC",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "token.NAME: async and await are keywords, tokenized as names",
        why: "async and await became keywords in 3.7, so the tokenizer no longer produces these tokens",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("token.NAME is a different token number"),
        also_known_as: &[],
        before: r#"import token

if tok.type == token.ASYNC:
    print("async")
"#,
        after: r#"import keyword
import token

if tok.type == token.NAME and tok.string == "async":
    print("async")
"#,
    },
    Entry {
        symbol: "token.AWAIT",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "token.NAME: async and await are keywords, tokenized as names",
        why: "async and await became keywords in 3.7, so the tokenizer no longer produces these tokens",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("token.NAME is a different token number"),
        also_known_as: &[],
        before: r#"import token

if tok.type == token.AWAIT:
    print("await")
"#,
        after: r#"import keyword
import token

if tok.type == token.NAME and tok.string == "await":
    print("await")
"#,
    },
];
