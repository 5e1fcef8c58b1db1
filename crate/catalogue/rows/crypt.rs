//! The `crypt` rows of the catalogue (the page `docs/crypt.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[Entry {
    symbol: "crypt",
    kind: ApiKind::Module,
    deprecated_in: Some(v(11)),
    removed_in: Some(v(13)),
    withdrawn_in: None,
    replacement: "hashlib (scrypt, pbkdf2_hmac), or PyPI bcrypt, passlib, argon2-cffi, legacycrypt",
    why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
    detection: Detection::Import,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import crypt

hashed = crypt.crypt("secret", crypt.mksalt())
"#,
    after: r#"import hashlib
import os

salt = os.urandom(16)
hashed = hashlib.scrypt(b"secret", salt=salt, n=2**14, r=8, p=1)
"#,
}];
