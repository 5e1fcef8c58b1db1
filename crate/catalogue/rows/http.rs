//! The `http` rows of the catalogue (the page `docs/http.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "http.client.HTTPConnection(strict=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "leave it out: HTTP/0.9 responses are never accepted",
        why: "HTTP/0.9 simple responses are no longer supported",
        detection: Detection::Keyword { callables: &["http.client.HTTPConnection"], keywords: &["strict"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import http.client

connection = http.client.HTTPConnection("example.com", strict=True)
"#,
        after: r#"import http.client

connection = http.client.HTTPConnection("example.com")
"#,
    },
    Entry {
        symbol: "http.client.HTTPSConnection(key_file=, cert_file=, check_hostname=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "context=ssl_context (load_cert_chain for the client certificate; check_hostname is a context setting)",
        why: "certificate files given one by one bypassed SSLContext's verification settings; pass a configured context instead",
        detection: Detection::Keyword { callables: &["http.client.HTTPSConnection"], keywords: &["key_file", "cert_file", "check_hostname"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import http.client

connection = http.client.HTTPSConnection("example.com", cert_file="client.pem", key_file="client.key")
"#,
        after: r#"import http.client
import ssl

context = ssl.create_default_context()
context.load_cert_chain("client.pem", "client.key")
connection = http.client.HTTPSConnection("example.com", context=context)
"#,
    },
    Entry {
        symbol: "http.client.HTTPSConnection(strict=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "leave it out: HTTP/0.9 responses are never accepted",
        why: "HTTP/0.9 simple responses are no longer supported",
        detection: Detection::Keyword { callables: &["http.client.HTTPSConnection"], keywords: &["strict"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import http.client

connection = http.client.HTTPSConnection("example.com", strict=True)
"#,
        after: r#"import http.client

connection = http.client.HTTPSConnection("example.com")
"#,
    },
    Entry {
        symbol: "http.client.HTTPSConnection.cert_file",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "read the certificate from the SSLContext you passed as context=",
        why: "the key and certificate live in the SSLContext (3.6 deprecated the separate arguments); 3.12 removed them and their attributes",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import http.client

client = http.client.HTTPSConnection("example.com")
print(client.cert_file)
"#,
        after: r#"import http.client
import ssl

context = ssl.create_default_context()
client = http.client.HTTPSConnection("example.com")
print(context.verify_mode)
"#,
    },
    Entry {
        symbol: "http.client.HTTPSConnection.key_file",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "read the certificate from the SSLContext you passed as context=",
        why: "the key and certificate live in the SSLContext (3.6 deprecated the separate arguments); 3.12 removed them and their attributes",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import http.client

client = http.client.HTTPSConnection("example.com")
print(client.key_file)
"#,
        after: r#"import http.client
import ssl

context = ssl.create_default_context()
client = http.client.HTTPSConnection("example.com")
print(context.verify_mode)
"#,
    },
    Entry {
        symbol: "http.cookiejar.MozillaCookieJar.header",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "nothing: write your own header line",
        why: "the header text became module-private",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import http.cookiejar

print(http.cookiejar.MozillaCookieJar.header)
"#,
        after: r#"import http.cookiejar

print(http.cookiejar.MozillaCookieJar.filename)
"#,
    },
    Entry {
        symbol: "http.cookies.BaseCookie.js_output",
        kind: ApiKind::Method,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(19)),
        withdrawn_in: None,
        replacement: "set cookies with the Set-Cookie header (output()) and read them in JavaScript with document.cookie",
        why: "it wrote a <script> that sets document.cookie, a pattern that modern pages and their content security policies avoid",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from http import cookies

jar = cookies.SimpleCookie()
script = jar.js_output()
"#,
        after: r#"from http import cookies

jar = cookies.SimpleCookie()
header = jar.output()
"#,
    },
    Entry {
        symbol: "http.cookies.Morsel.js_output",
        kind: ApiKind::Method,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(19)),
        withdrawn_in: None,
        replacement: "set cookies with the Set-Cookie header (output()) and read them in JavaScript with document.cookie",
        why: "it wrote a <script> that sets document.cookie, a pattern that modern pages and their content security policies avoid",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from http import cookies

jar = cookies.Morsel()
script = jar.js_output()
"#,
        after: r#"from http import cookies

jar = cookies.Morsel()
header = jar.output()
"#,
    },
    Entry {
        symbol: "http.cookies.Morsel.set(LegalChars=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(5)),
        removed_in: Some(v(7)),
        withdrawn_in: None,
        replacement: "leave it out",
        why: "ignored since 3.5",
        detection: Detection::Keyword { callables: &["http.cookies.Morsel.set"], keywords: &["LegalChars"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import http.cookies

morsel = http.cookies.Morsel()
morsel.set("k", "v", "v", LegalChars="abc")
"#,
        after: r#"import http.cookies

morsel = http.cookies.Morsel()
morsel.set("k", "v", "v")
"#,
    },
    Entry {
        symbol: "http.server.CGIHTTPRequestHandler",
        kind: ApiKind::Class,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "a WSGI server (wsgiref, or a production server) running the application, instead of CGI scripts",
        why: "CGI starts a process per request and was a frequent source of security bugs; PEP 594 removed the cgi module",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from http.server import CGIHTTPRequestHandler, HTTPServer

server = HTTPServer(("", 8000), CGIHTTPRequestHandler)
"#,
        after: r#"from wsgiref.simple_server import make_server

server = make_server("", 8000, application)
"#,
    },
    Entry {
        symbol: "http.server.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import http.server

print(http.server.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
];
