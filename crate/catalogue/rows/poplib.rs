//! The `poplib` rows of the catalogue (the page `docs/poplib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "poplib.POP3_SSL(keyfile=, certfile=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "context=ssl_context, with ssl_context.load_cert_chain(certfile, keyfile)",
        why: "certificate files given one by one bypassed SSLContext's verification settings; pass a configured context instead",
        detection: Detection::Keyword { callables: &["poplib.POP3_SSL"], keywords: &["keyfile", "certfile"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import poplib

mail = poplib.POP3_SSL("pop.example.com", keyfile="client.key", certfile="client.pem")
"#,
        after: r#"import poplib
import ssl

context = ssl.create_default_context()
context.load_cert_chain("client.pem", "client.key")
mail = poplib.POP3_SSL("pop.example.com", context=context)
"#,
    },
    Entry {
        symbol: "poplib.POP3_SSL.certfile",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "read the certificate from the SSLContext you passed as context=",
        why: "the key and certificate live in the SSLContext (3.6 deprecated the separate arguments); 3.12 removed them and their attributes",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import poplib

client = poplib.POP3_SSL("pop.example.com")
print(client.certfile)
"#,
        after: r#"import poplib
import ssl

context = ssl.create_default_context()
client = poplib.POP3_SSL("pop.example.com")
print(context.verify_mode)
"#,
    },
    Entry {
        symbol: "poplib.POP3_SSL.keyfile",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "read the certificate from the SSLContext you passed as context=",
        why: "the key and certificate live in the SSLContext (3.6 deprecated the separate arguments); 3.12 removed them and their attributes",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import poplib

client = poplib.POP3_SSL("pop.example.com")
print(client.keyfile)
"#,
        after: r#"import poplib
import ssl

context = ssl.create_default_context()
client = poplib.POP3_SSL("pop.example.com")
print(context.verify_mode)
"#,
    },
    Entry {
        symbol: "poplib.POP3_SSL.stls(keyfile=, certfile=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "nothing on POP3_SSL, which is encrypted from the start (its stls() always raised error_proto); on a plain poplib.POP3, stls(context=ssl_context)",
        why: "3.12 removed the keyfile and certfile parameters of the ssl-using classes of ftplib, imaplib, poplib, smtplib and http.client",
        detection: Detection::Keyword { callables: &["poplib.POP3_SSL.stls"], keywords: &["keyfile", "certfile"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import poplib

mail = poplib.POP3_SSL("pop.example.com")
mail.stls(keyfile="client.key", certfile="client.pem")
"#,
        after: r#"import poplib
import ssl

context = ssl.create_default_context()
context.load_cert_chain("client.pem", "client.key")
mail = poplib.POP3("pop.example.com")
mail.stls(context=context)
"#,
    },
];
