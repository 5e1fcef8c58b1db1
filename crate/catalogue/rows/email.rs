//! The `email` rows of the catalogue (the page `docs/email.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "email.__version__",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "the email package's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import email

print(email.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "email.parser.Parser(strict=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(3)),
        withdrawn_in: None,
        replacement: "policy= (an email.policy, such as email.policy.strict)",
        why: "policies (3.3) replaced the single strictness switch",
        detection: Detection::Keyword { callables: &["email.parser.Parser"], keywords: &["strict"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from email.parser import Parser

parser = Parser(strict=True)
"#,
        after: r#"from email import policy
from email.parser import Parser

parser = Parser(policy=policy.strict)
"#,
    },
    Entry {
        symbol: "email.utils.localtime(isdst=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "drop it: the time zone's rules decide daylight saving time",
        why: "ignored since 3.12: the offset comes from the system's time zone data",
        detection: Detection::Keyword { callables: &["email.utils.localtime"], keywords: &["isdst"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import email.utils

now = email.utils.localtime(isdst=-1)
"#,
        after: r#"import email.utils

now = email.utils.localtime()
"#,
    },
];
