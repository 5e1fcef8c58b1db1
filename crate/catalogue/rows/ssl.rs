//! The `ssl` rows of the catalogue (the page `docs/ssl.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "ssl.RAND_pseudo_bytes",
        kind: ApiKind::Function,
        deprecated_in: Some(v(6)),
        removed_in: v(12),
        replacement: "os.urandom(n) (or ssl.RAND_bytes(n), or the secrets module)",
        why: "its output need not be cryptographically strong, and OpenSSL deprecated it",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("it returned a (bytes, is_cryptographic) pair"),
        also_known_as: &[],
        before: r#"import ssl

token, strong = ssl.RAND_pseudo_bytes(16)
"#,
        after: r#"import os

token = os.urandom(16)
"#,
    },
    Entry {
        symbol: "ssl.match_hostname",
        kind: ApiKind::Function,
        deprecated_in: Some(v(7)),
        removed_in: v(12),
        replacement: "nothing: SSLContext.check_hostname (on in ssl.create_default_context()) lets OpenSSL match the host name during the handshake",
        why: "OpenSSL matches host names itself since 3.7; the Python matcher was redundant and less strict",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

ssl.match_hostname(connection.getpeercert(), "example.com")
"#,
        after: r#"import ssl

context = ssl.create_default_context()
connection = context.wrap_socket(sock, server_hostname="example.com")
"#,
    },
    Entry {
        symbol: "ssl.wrap_socket",
        kind: ApiKind::Function,
        deprecated_in: Some(v(7)),
        removed_in: v(12),
        replacement: "ssl.create_default_context().wrap_socket(sock, server_hostname=host) (or SSLContext(...).wrap_socket)",
        why: "it verified neither certificates nor host names by default; SSLContext.wrap_socket() does both",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

secure = ssl.wrap_socket(sock)
"#,
        after: r#"import ssl

context = ssl.create_default_context()
secure = context.wrap_socket(sock, server_hostname="example.com")
"#,
    },
];
