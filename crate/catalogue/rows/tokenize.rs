//! The `tokenize` rows of the catalogue (the page `docs/tokenize.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "tokenize.ASYNC",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "token.NAME: async and await are keywords, tokenized as names",
        why: "async and await became keywords in 3.7, so the tokenizer no longer produces these tokens",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("token.NAME is a different token number"),
        also_known_as: &[],
        before: r#"import tokenize

if tok.type == tokenize.ASYNC:
    print("async")
"#,
        after: r#"import keyword
import tokenize

if tok.type == tokenize.NAME and tok.string == "async":
    print("async")
"#,
    },
    Entry {
        symbol: "tokenize.AWAIT",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "token.NAME: async and await are keywords, tokenized as names",
        why: "async and await became keywords in 3.7, so the tokenizer no longer produces these tokens",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("token.NAME is a different token number"),
        also_known_as: &[],
        before: r#"import tokenize

if tok.type == tokenize.AWAIT:
    print("await")
"#,
        after: r#"import keyword
import tokenize

if tok.type == tokenize.NAME and tok.string == "await":
    print("await")
"#,
    },
    Entry {
        symbol: "tokenize.StopTokenizing",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "nothing: tokenize never raises it; catch tokenize.TokenError",
        why: "an unused exception class of the old pure-Python tokenizer, which 3.12 replaced with the C one",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import tokenize

try:
    tokens = list(tokenize.generate_tokens(iter(["x\n"]).__next__))
except tokenize.StopTokenizing:
    tokens = []
"#,
        after: r#"import tokenize

try:
    tokens = list(tokenize.generate_tokens(iter(["x\n"]).__next__))
except tokenize.TokenError:
    tokens = []
"#,
    },
];
