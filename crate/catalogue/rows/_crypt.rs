//! The `_crypt` rows of the catalogue (the page `docs/_crypt.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "_crypt",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "hashlib, or PyPI bcrypt, passlib, argon2-cffi or legacycrypt",
    why: "the C part of the crypt module, which PEP 594 removed",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import _crypt

hashed = _crypt.crypt("secret", "ab")
"#,
    after: r#"import hashlib

hashed = hashlib.scrypt(b"secret", salt=b"ab", n=2**14, r=8, p=1)
"#,
}];
