//! The `hmac` rows of the catalogue (the page `docs/hmac.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "hmac.HMAC.digest_cons",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "nothing: an implementation detail",
        why: "HMAC objects may be backed by OpenSSL, which has no such parts",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import hmac

mac = hmac.HMAC(b"key", digestmod="sha256")
print(mac.digest_cons)
"#,
        after: r#"import hmac

mac = hmac.HMAC(b"key", digestmod="sha256")
print(mac.name)
"#,
    },
    Entry {
        symbol: "hmac.HMAC.inner",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "nothing: an implementation detail",
        why: "HMAC objects may be backed by OpenSSL, which has no such parts",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import hmac

mac = hmac.HMAC(b"key", digestmod="sha256")
print(mac.inner)
"#,
        after: r#"import hmac

mac = hmac.HMAC(b"key", digestmod="sha256")
print(mac.name)
"#,
    },
    Entry {
        symbol: "hmac.HMAC.outer",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "nothing: an implementation detail",
        why: "HMAC objects may be backed by OpenSSL, which has no such parts",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import hmac

mac = hmac.HMAC(b"key", digestmod="sha256")
print(mac.outer)
"#,
        after: r#"import hmac

mac = hmac.HMAC(b"key", digestmod="sha256")
print(mac.name)
"#,
    },
    Entry {
        symbol: "hmac.new(key, msg)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "pass digestmod= (hashlib.sha256, or \"sha256\")",
        why: "an implicit MD5 was a weak default; 3.8 requires the digest to be named",
        detection: Detection::CallShape {
            callables: &["hmac.new"],
            shape: CallShape::MissingOrNone { index: 2, allowed: &["key", "msg"] },
        },
        fix: Remedy::Manual,
        also_known_as: &["hmac.new() without digestmod (implicit MD5)"],
        before: r#"import hmac

mac = hmac.new(b"key", b"message")
"#,
        after: r#"import hashlib
import hmac

mac = hmac.new(b"key", b"message", digestmod=hashlib.sha256)
"#,
    },
];
