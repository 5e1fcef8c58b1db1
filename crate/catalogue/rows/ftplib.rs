//! The `ftplib` rows of the catalogue (the page `docs/ftplib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "ftplib.FTP_TLS(keyfile=, certfile=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
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
        symbol: "ftplib.FTP_TLS.certfile",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "read the certificate from the SSLContext you passed as context=",
        why: "the key and certificate live in the SSLContext (3.6 deprecated the separate arguments); 3.12 removed them and their attributes",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ftplib

client = ftplib.FTP_TLS()
print(client.certfile)
"#,
        after: r#"import ftplib
import ssl

context = ssl.create_default_context()
client = ftplib.FTP_TLS()
print(context.verify_mode)
"#,
    },
    Entry {
        symbol: "ftplib.FTP_TLS.keyfile",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "read the certificate from the SSLContext you passed as context=",
        why: "the key and certificate live in the SSLContext (3.6 deprecated the separate arguments); 3.12 removed them and their attributes",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ftplib

client = ftplib.FTP_TLS()
print(client.keyfile)
"#,
        after: r#"import ftplib
import ssl

context = ssl.create_default_context()
client = ftplib.FTP_TLS()
print(context.verify_mode)
"#,
    },
    Entry {
        symbol: "ftplib.FTP_TLS.ssl_version",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(12)),
        withdrawn_in: None,
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
    Entry {
        symbol: "ftplib.Netrc",
        kind: ApiKind::Class,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "the netrc module",
        why: "a copy of netrc's parser",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ftplib

hosts = ftplib.Netrc()
"#,
        after: r#"import netrc

hosts = netrc.netrc()
"#,
    },
];
