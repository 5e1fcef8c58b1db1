//! The `imaplib` rows of the catalogue (the page `docs/imaplib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "imaplib.IMAP4.file",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(14)),
        removed_in: v(19),
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
        removed_in: v(12),
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
        symbol: "imaplib.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: v(20),
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
