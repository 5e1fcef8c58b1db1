//! The `ssl` rows of the catalogue (the page `docs/ssl.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "ssl.OP_NO_SSLv2",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "set SSLContext.minimum_version (and maximum_version) to an ssl.TLSVersion",
        why: "OpenSSL 1.1 replaced the option bits with a minimum and maximum protocol version",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.create_default_context()
context.options |= ssl.OP_NO_SSLv2
"#,
        after: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1_2
"#,
    },
    Entry {
        symbol: "ssl.OP_NO_SSLv3",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "set SSLContext.minimum_version (and maximum_version) to an ssl.TLSVersion",
        why: "OpenSSL 1.1 replaced the option bits with a minimum and maximum protocol version",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.create_default_context()
context.options |= ssl.OP_NO_SSLv3
"#,
        after: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1_2
"#,
    },
    Entry {
        symbol: "ssl.OP_NO_TLSv1",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "set SSLContext.minimum_version (and maximum_version) to an ssl.TLSVersion",
        why: "OpenSSL 1.1 replaced the option bits with a minimum and maximum protocol version",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.create_default_context()
context.options |= ssl.OP_NO_TLSv1
"#,
        after: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1_2
"#,
    },
    Entry {
        symbol: "ssl.OP_NO_TLSv1_1",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "set SSLContext.minimum_version (and maximum_version) to an ssl.TLSVersion",
        why: "OpenSSL 1.1 replaced the option bits with a minimum and maximum protocol version",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.create_default_context()
context.options |= ssl.OP_NO_TLSv1_1
"#,
        after: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1_2
"#,
    },
    Entry {
        symbol: "ssl.OP_NO_TLSv1_2",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "set SSLContext.minimum_version (and maximum_version) to an ssl.TLSVersion",
        why: "OpenSSL 1.1 replaced the option bits with a minimum and maximum protocol version",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.create_default_context()
context.options |= ssl.OP_NO_TLSv1_2
"#,
        after: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1_2
"#,
    },
    Entry {
        symbol: "ssl.OP_NO_TLSv1_3",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "set SSLContext.minimum_version (and maximum_version) to an ssl.TLSVersion",
        why: "OpenSSL 1.1 replaced the option bits with a minimum and maximum protocol version",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.create_default_context()
context.options |= ssl.OP_NO_TLSv1_3
"#,
        after: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1_2
"#,
    },
    Entry {
        symbol: "ssl.PROTOCOL_SSLv3",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "ssl.PROTOCOL_TLS_CLIENT or ssl.PROTOCOL_TLS_SERVER (or ssl.create_default_context()), with minimum_version to pin versions",
        why: "a protocol constant picks neither side's defaults (certificate and host name checks); the old versions are insecure",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.SSLContext(ssl.PROTOCOL_SSLv3)
"#,
        after: r#"import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
"#,
    },
    Entry {
        symbol: "ssl.PROTOCOL_TLS",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "ssl.PROTOCOL_TLS_CLIENT or ssl.PROTOCOL_TLS_SERVER (or ssl.create_default_context()), with minimum_version to pin versions",
        why: "a protocol constant picks neither side's defaults (certificate and host name checks); the old versions are insecure",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLS)
"#,
        after: r#"import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
"#,
    },
    Entry {
        symbol: "ssl.PROTOCOL_TLSv1",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "ssl.PROTOCOL_TLS_CLIENT or ssl.PROTOCOL_TLS_SERVER (or ssl.create_default_context()), with minimum_version to pin versions",
        why: "a protocol constant picks neither side's defaults (certificate and host name checks); the old versions are insecure",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
"#,
        after: r#"import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
"#,
    },
    Entry {
        symbol: "ssl.PROTOCOL_TLSv1_1",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "ssl.PROTOCOL_TLS_CLIENT or ssl.PROTOCOL_TLS_SERVER (or ssl.create_default_context()), with minimum_version to pin versions",
        why: "a protocol constant picks neither side's defaults (certificate and host name checks); the old versions are insecure",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)
"#,
        after: r#"import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
"#,
    },
    Entry {
        symbol: "ssl.PROTOCOL_TLSv1_2",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "ssl.PROTOCOL_TLS_CLIENT or ssl.PROTOCOL_TLS_SERVER (or ssl.create_default_context()), with minimum_version to pin versions",
        why: "a protocol constant picks neither side's defaults (certificate and host name checks); the old versions are insecure",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)
"#,
        after: r#"import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
"#,
    },
    Entry {
        symbol: "ssl.RAND_pseudo_bytes",
        kind: ApiKind::Function,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
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
        symbol: "ssl.SSLContext()",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "pass ssl.PROTOCOL_TLS_CLIENT or ssl.PROTOCOL_TLS_SERVER (or use ssl.create_default_context())",
        why: "the default, PROTOCOL_TLS, serves both sides and so enables neither side's checks",
        detection: Detection::CallShape { callables: &["ssl.SSLContext"], shape: CallShape::MissingOrNone { index: 0, allowed: &[] } },
        fix: Remedy::Manual,
        also_known_as: &["ssl.SSLContext() without a protocol argument"],
        before: r#"import ssl

context = ssl.SSLContext()
"#,
        after: r#"import ssl

context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
"#,
    },
    Entry {
        symbol: "ssl.SSLContext.set_npn_protocols",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "SSLContext.set_alpn_protocols()",
        why: "NPN was superseded by ALPN (RFC 7301) and OpenSSL may be built without it",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("ALPN is a different protocol extension; the peer must support it"),
        also_known_as: &[],
        before: r#"import ssl

context = ssl.create_default_context()
context.set_npn_protocols(["h2", "http/1.1"])
"#,
        after: r#"import ssl

context = ssl.create_default_context()
context.set_alpn_protocols(["h2", "http/1.1"])
"#,
    },
    Entry {
        symbol: "ssl.SSLSocket.selected_npn_protocol",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "SSLSocket.selected_alpn_protocol()",
        why: "NPN was superseded by ALPN (RFC 7301) and OpenSSL may be built without it",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("ALPN is a different protocol extension; the peer must support it"),
        also_known_as: &[],
        before: r#"import socket
import ssl

context = ssl.create_default_context()
connection = context.wrap_socket(socket.socket(), server_hostname="example.com")
print(connection.selected_npn_protocol())
"#,
        after: r#"import socket
import ssl

context = ssl.create_default_context()
connection = context.wrap_socket(socket.socket(), server_hostname="example.com")
print(connection.selected_alpn_protocol())
"#,
    },
    Entry {
        symbol: "ssl.TLSVersion.SSLv3",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "ssl.TLSVersion.TLSv1_2 or newer",
        why: "SSL 3.0, TLS 1.0 and TLS 1.1 are insecure (RFC 8996 deprecates the TLS ones)",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.SSLv3
"#,
        after: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1_2
"#,
    },
    Entry {
        symbol: "ssl.TLSVersion.TLSv1",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "ssl.TLSVersion.TLSv1_2 or newer",
        why: "SSL 3.0, TLS 1.0 and TLS 1.1 are insecure (RFC 8996 deprecates the TLS ones)",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1
"#,
        after: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1_2
"#,
    },
    Entry {
        symbol: "ssl.TLSVersion.TLSv1_1",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(10)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "ssl.TLSVersion.TLSv1_2 or newer",
        why: "SSL 3.0, TLS 1.0 and TLS 1.1 are insecure (RFC 8996 deprecates the TLS ones)",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1_1
"#,
        after: r#"import ssl

context = ssl.create_default_context()
context.minimum_version = ssl.TLSVersion.TLSv1_2
"#,
    },
    Entry {
        symbol: "ssl.match_hostname",
        kind: ApiKind::Function,
        deprecated_in: Some(v(7)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
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
        removed_in: Some(v(12)),
        withdrawn_in: None,
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
