//! The `hashlib` rows of the catalogue (the page `docs/hashlib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "hashlib.<constructor>(string=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(19)),
        withdrawn_in: None,
        replacement: "pass the data positionally: hashlib.sha256(data)",
        why: "the OpenSSL-backed constructors named their data `string`, unlike hashlib.new() and the blake2 ones; 3.15 renamed it `data`",
        detection: Detection::Keyword {
            callables: &[
                "hashlib.md5",
                "hashlib.sha1",
                "hashlib.sha224",
                "hashlib.sha256",
                "hashlib.sha384",
                "hashlib.sha3_224",
                "hashlib.sha3_256",
                "hashlib.sha3_384",
                "hashlib.sha3_512",
                "hashlib.sha512",
                "hashlib.shake_128",
                "hashlib.shake_256",
            ],
            keywords: &["string"],
        },
        fix: Remedy::Manual,
        also_known_as: &["hashlib constructors: string= keyword"],
        before: r#"import hashlib

digest = hashlib.sha256(string=b"payload").hexdigest()
"#,
        after: r#"import hashlib

digest = hashlib.sha256(b"payload").hexdigest()
"#,
    },
];
