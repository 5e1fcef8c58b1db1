//! The `poplib` rows of the catalogue (the page `docs/poplib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "poplib.POP3_SSL(keyfile=, certfile=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: v(12),
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
];
