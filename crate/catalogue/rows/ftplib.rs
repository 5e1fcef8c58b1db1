//! The `ftplib` rows of the catalogue (the page `docs/ftplib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "ftplib.FTP_TLS(keyfile=, certfile=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: v(12),
        replacement: "context=ssl_context, with ssl_context.load_cert_chain(certfile, keyfile)",
        why: "certificate files given one by one bypassed SSLContext's verification settings; pass a configured context instead",
        detection: Detection::Keyword { callables: &["ftplib.FTP_TLS"], keywords: &["keyfile", "certfile"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ftplib

ftp = ftplib.FTP_TLS("ftp.example.com", keyfile="client.key", certfile="client.pem")
"#,
        after: r#"import ftplib
import ssl

context = ssl.create_default_context()
context.load_cert_chain("client.pem", "client.key")
ftp = ftplib.FTP_TLS("ftp.example.com", context=context)
"#,
    },
    Entry {
        symbol: "ftplib.FTP_TLS.ssl_version",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: v(12),
        replacement: "pass an ssl.SSLContext as context= (its protocol and options choose the TLS version)",
        why: "the protocol constant was a leftover of the pre-SSLContext API; the context decides the version",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ftplib
import ssl

ftp = ftplib.FTP_TLS("ftp.example.com")
ftp.ssl_version = ssl.PROTOCOL_TLS_CLIENT
"#,
        after: r#"import ftplib
import ssl

ftp = ftplib.FTP_TLS("ftp.example.com", context=ssl.create_default_context())
"#,
    },
];
