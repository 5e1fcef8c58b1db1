//! The `smtplib` rows of the catalogue (the page `docs/smtplib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "smtplib.SMTP.starttls(keyfile=, certfile=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "context=ssl_context, with ssl_context.load_cert_chain(certfile, keyfile)",
        why: "certificate files given one by one bypassed SSLContext's verification settings; pass a configured context instead",
        detection: Detection::Keyword { callables: &["smtplib.SMTP.starttls"], keywords: &["keyfile", "certfile"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import smtplib

smtp = smtplib.SMTP("mail.example.com")
smtp.starttls(keyfile="client.key", certfile="client.pem")
"#,
        after: r#"import smtplib
import ssl

context = ssl.create_default_context()
smtp = smtplib.SMTP("mail.example.com")
smtp.starttls(context=context)
"#,
    },
    Entry {
        symbol: "smtplib.SMTP_SSL(keyfile=, certfile=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "context=ssl_context, with ssl_context.load_cert_chain(certfile, keyfile)",
        why: "certificate files given one by one bypassed SSLContext's verification settings; pass a configured context instead",
        detection: Detection::Keyword { callables: &["smtplib.SMTP_SSL"], keywords: &["keyfile", "certfile"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import smtplib

smtp = smtplib.SMTP_SSL("mail.example.com", keyfile="client.key", certfile="client.pem")
"#,
        after: r#"import smtplib
import ssl

context = ssl.create_default_context()
context.load_cert_chain("client.pem", "client.key")
smtp = smtplib.SMTP_SSL("mail.example.com", context=context)
"#,
    },
    Entry {
        symbol: "smtplib.SMTP_SSL.certfile",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "read the certificate from the SSLContext you passed as context=",
        why: "the key and certificate live in the SSLContext (3.6 deprecated the separate arguments); 3.12 removed them and their attributes",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import smtplib

client = smtplib.SMTP_SSL()
print(client.certfile)
"#,
        after: r#"import smtplib
import ssl

context = ssl.create_default_context()
client = smtplib.SMTP_SSL()
print(context.verify_mode)
"#,
    },
    Entry {
        symbol: "smtplib.SMTP_SSL.keyfile",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "read the certificate from the SSLContext you passed as context=",
        why: "the key and certificate live in the SSLContext (3.6 deprecated the separate arguments); 3.12 removed them and their attributes",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import smtplib

client = smtplib.SMTP_SSL()
print(client.keyfile)
"#,
        after: r#"import smtplib
import ssl

context = ssl.create_default_context()
client = smtplib.SMTP_SSL()
print(context.verify_mode)
"#,
    },
    Entry {
        symbol: "smtplib.SSLFakeFile",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(3)),
        withdrawn_in: None,
        replacement: "socket.socket.makefile()",
        why: "SSL sockets have makefile() since 2.6",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("makefile() is called on the socket; SSLFakeFile wrapped it"),
        also_known_as: &[],
        before: r#"import smtplib

file = smtplib.SSLFakeFile(sock)
"#,
        after: r#"file = sock.makefile("rb")
"#,
    },
    Entry {
        symbol: "smtplib.stderr",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "sys.stderr",
        why: "smtplib imported stderr for its debug output",
        detection: Detection::Name,
        fix: replace("sys.stderr", "sys"),
        also_known_as: &[],
        before: r#"import smtplib

print("x", file=smtplib.stderr)
"#,
        after: r#"import sys

print("x", file=sys.stderr)
"#,
    },
];
