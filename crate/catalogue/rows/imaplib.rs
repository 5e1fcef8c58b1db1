//! The `imaplib` rows of the catalogue (the page `docs/imaplib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "imaplib.IMAP4.file",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(14)),
        removed_in: Some(v(19)),
        withdrawn_in: None,
        replacement: "nothing: read responses through IMAP4's own methods (readline(), read())",
        why: "an undocumented file object over the socket; IMAP4 now buffers its reads itself",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imaplib

connection = imaplib.IMAP4_SSL("imap.example.com")
line = connection.file.readline()
"#,
        after: r#"import imaplib

connection = imaplib.IMAP4_SSL("imap.example.com")
line = connection.readline()
"#,
    },
    Entry {
        symbol: "imaplib.IMAP4_SSL(keyfile=, certfile=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "ssl_context=ssl_context, with ssl_context.load_cert_chain(certfile, keyfile)",
        why: "certificate files given one by one bypassed SSLContext's verification settings; pass a configured context instead",
        detection: Detection::Keyword { callables: &["imaplib.IMAP4_SSL"], keywords: &["keyfile", "certfile"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imaplib

mail = imaplib.IMAP4_SSL("imap.example.com", keyfile="client.key", certfile="client.pem")
"#,
        after: r#"import imaplib
import ssl

context = ssl.create_default_context()
context.load_cert_chain("client.pem", "client.key")
mail = imaplib.IMAP4_SSL("imap.example.com", ssl_context=context)
"#,
    },
    Entry {
        symbol: "imaplib.IMAP4_SSL.certfile",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "read the certificate from the SSLContext you passed as context=",
        why: "the key and certificate live in the SSLContext (3.6 deprecated the separate arguments); 3.12 removed them and their attributes",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imaplib

client = imaplib.IMAP4_SSL("imap.example.com")
print(client.certfile)
"#,
        after: r#"import imaplib
import ssl

context = ssl.create_default_context()
client = imaplib.IMAP4_SSL("imap.example.com")
print(context.verify_mode)
"#,
    },
    Entry {
        symbol: "imaplib.IMAP4_SSL.keyfile",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "read the certificate from the SSLContext you passed as context=",
        why: "the key and certificate live in the SSLContext (3.6 deprecated the separate arguments); 3.12 removed them and their attributes",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imaplib

client = imaplib.IMAP4_SSL("imap.example.com")
print(client.keyfile)
"#,
        after: r#"import imaplib
import ssl

context = ssl.create_default_context()
client = imaplib.IMAP4_SSL("imap.example.com")
print(context.verify_mode)
"#,
    },
    Entry {
        symbol: "imaplib.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imaplib

print(imaplib.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
];
