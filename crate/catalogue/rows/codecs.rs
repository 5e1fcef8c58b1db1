//! The `codecs` rows of the catalogue (the page `docs/codecs.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "codecs.open",
        kind: ApiKind::Function,
        deprecated_in: Some(v(14)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "the builtin open(path, mode, encoding=...)",
        why: "open() has decoded text since Python 3.0; codecs.open is a Python 2 leftover that skips newline translation",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("with an encoding, codecs.open opens the file in binary mode underneath and does not translate newlines; open() does"),
        also_known_as: &[],
        before: r#"import codecs

with codecs.open("notes.txt", encoding="utf-8") as f:
    text = f.read()
"#,
        after: r#"with open("notes.txt", encoding="utf-8") as f:
    text = f.read()
"#,
    },
    Entry {
        symbol: "codecs.unicode_internal_decode",
        kind: ApiKind::Function,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "bytes.decode(\"utf-32\") (or \"utf-16\")",
        why: "the codec exposed CPython's internal string layout, which PEP 393 (3.3) changed",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the internal layout was UCS-2 or UCS-4 by build: the right codec depends on the data"),
        also_known_as: &[],
        before: r#"import codecs

text, size = codecs.unicode_internal_decode(data)
"#,
        after: r#"text = data.decode("utf-32")
"#,
    },
    Entry {
        symbol: "codecs.unicode_internal_encode",
        kind: ApiKind::Function,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "str.encode(\"utf-32\") (or \"utf-16\")",
        why: "the codec exposed CPython's internal string layout, which PEP 393 (3.3) changed",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the internal layout was UCS-2 or UCS-4 by build: the right codec depends on the data"),
        also_known_as: &[],
        before: r#"import codecs

data, size = codecs.unicode_internal_encode("text")
"#,
        after: r#"data = "text".encode("utf-32")
"#,
    },
];
