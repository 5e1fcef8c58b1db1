//! The `smtplib` rows of the catalogue (the page `docs/smtplib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "smtplib.SMTP.starttls(keyfile=, certfile=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: v(12),
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
        removed_in: v(12),
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
];
