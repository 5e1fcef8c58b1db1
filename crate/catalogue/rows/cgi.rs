//! The `cgi` rows of the catalogue (the page `docs/cgi.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "cgi",
        kind: ApiKind::Module,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "urllib.parse.parse_qs/parse_qsl for queries, email.message for headers, PyPI multipart for forms; copies: legacy-cgi, standard-cgi",
        why: "PEP 594 removed this \"dead battery\": unmaintained and little used",
        detection: Detection::Import,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import cgi

form = cgi.FieldStorage()
name = form.getfirst("name")
"#,
        after: r#"import os
from urllib.parse import parse_qs

form = parse_qs(os.environ["QUERY_STRING"])
name = form["name"][0]
"#,
    },
    Entry {
        symbol: "cgi.FieldStorage",
        kind: ApiKind::Class,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "urllib.parse.parse_qsl for GET/HEAD queries; email.message or PyPI multipart for POST/PUT bodies",
        why: "part of the cgi module, which PEP 594 removed in 3.13",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import cgi

form = cgi.FieldStorage()
name = form.getfirst("name")
"#,
        after: r#"import os
from urllib.parse import parse_qs

name = parse_qs(os.environ["QUERY_STRING"])["name"][0]
"#,
    },
    Entry {
        symbol: "cgi.escape",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "html.escape(s, quote=False) (html.escape quotes \" and ' by default)",
        why: "HTML escaping belongs to the html module (3.2), which also escapes quotes",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("html.escape also escapes quotes unless quote=False is passed"),
        also_known_as: &[],
        before: r#"import cgi

safe = cgi.escape("<b>")
"#,
        after: r#"import html

safe = html.escape("<b>", quote=False)
"#,
    },
    Entry {
        symbol: "cgi.log",
        kind: ApiKind::Function,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "the logging module",
        why: "an undocumented logging helper of the cgi module, which PEP 594 removed in 3.13",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import cgi

cgi.log("request handled")
"#,
        after: r#"import logging

logging.info("request handled")
"#,
    },
    Entry {
        symbol: "cgi.parse",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "urllib.parse.parse_qs(query_string)",
        why: "part of the cgi module, which PEP 594 removed in 3.13",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("parse reads the query from the environment or standard input itself; parse_qs takes the string"),
        also_known_as: &[],
        before: r#"import cgi

fields = cgi.parse()
"#,
        after: r#"import os
from urllib.parse import parse_qs

fields = parse_qs(os.environ["QUERY_STRING"])
"#,
    },
    Entry {
        symbol: "cgi.parse_header",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "email.message.EmailMessage: msg[\"content-type\"] = value; msg.get_content_type(), msg[\"content-type\"].params",
        why: "part of the cgi module, which PEP 594 removed in 3.13",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import cgi

value, params = cgi.parse_header("text/html; charset=utf-8")
"#,
        after: r#"from email.message import EmailMessage

message = EmailMessage()
message["content-type"] = "text/html; charset=utf-8"
value, params = message.get_content_type(), message["content-type"].params
"#,
    },
    Entry {
        symbol: "cgi.parse_multipart",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "the email package (email.parser.BytesParser) or PyPI multipart",
        why: "part of the cgi module, which PEP 594 removed in 3.13",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import cgi
import sys

fields = cgi.parse_multipart(sys.stdin.buffer, {"boundary": b"xyz"})
"#,
        after: r#"import multipart

forms, files = multipart.parse_form_data(environ)
"#,
    },
    Entry {
        symbol: "cgi.parse_qs",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.parse_qs()",
        why: "query strings are parsed by urllib.parse since 2.6",
        detection: Detection::Name,
        fix: replace("urllib.parse.parse_qs", "urllib.parse"),
        also_known_as: &[],
        before: r#"import cgi

query = cgi.parse_qs("a=1&b=2")
"#,
        after: r#"import urllib.parse

query = urllib.parse.parse_qs("a=1&b=2")
"#,
    },
    Entry {
        symbol: "cgi.parse_qsl",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.parse_qsl()",
        why: "query strings are parsed by urllib.parse since 2.6",
        detection: Detection::Name,
        fix: replace("urllib.parse.parse_qsl", "urllib.parse"),
        also_known_as: &[],
        before: r#"import cgi

pairs = cgi.parse_qsl("a=1&b=2")
"#,
        after: r#"import urllib.parse

pairs = urllib.parse.parse_qsl("a=1&b=2")
"#,
    },
];
