//! The `urllib` rows of the catalogue (the page `docs/urllib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "urllib.parse.MAX_CACHE_SIZE",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing: the cache is a functools.lru_cache",
        why: "urlsplit's cache became an lru_cache",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.parse

print(urllib.parse.MAX_CACHE_SIZE)
"#,
        after: r#"import urllib.parse

print(urllib.parse.urlsplit.cache_info())
"#,
    },
    Entry {
        symbol: "urllib.parse.Quoter",
        kind: ApiKind::Class,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "urllib.parse.quote() (or quote_from_bytes())",
        why: "an implementation detail of quote() that was public by accident",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("quote() is a function, not a mapping class"),
        also_known_as: &[],
        before: r#"from urllib.parse import Quoter

quoter = Quoter(b"/")
"#,
        after: r#"from urllib.parse import quote

text = quote("a b/c", safe="/")
"#,
    },
    Entry {
        symbol: "urllib.parse.splitattr",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "str.split(\";\") on the path, or urlsplit() for whole URLs",
        why: "undocumented helpers of urllib's internals that mis-parse some URLs; urlsplit() parses by the RFC",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from urllib.parse import splitattr

path, attrs = splitattr("/file;type=a")
"#,
        after: r#"path, *attrs = "/file;type=a".split(";")
"#,
    },
    Entry {
        symbol: "urllib.parse.splithost",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit(url): its netloc and path",
        why: "undocumented helpers of urllib's internals that mis-parse some URLs; urlsplit() parses by the RFC",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from urllib.parse import splithost

host, path = splithost("//example.com/index.html")
"#,
        after: r#"from urllib.parse import urlsplit

parts = urlsplit("//example.com/index.html")
host, path = parts.netloc, parts.path
"#,
    },
    Entry {
        symbol: "urllib.parse.splitnport",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit(\"//\" + host): its hostname and port (an int)",
        why: "undocumented helpers of urllib's internals that mis-parse some URLs; urlsplit() parses by the RFC",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from urllib.parse import splitnport

host, port = splitnport("example.com:8080", 80)
"#,
        after: r#"from urllib.parse import urlsplit

parts = urlsplit("//example.com:8080")
host, port = parts.hostname, parts.port or 80
"#,
    },
    Entry {
        symbol: "urllib.parse.splitpasswd",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit(url): its username and password",
        why: "undocumented helpers of urllib's internals that mis-parse some URLs; urlsplit() parses by the RFC",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from urllib.parse import splitpasswd

user, password = splitpasswd("guest:secret")
"#,
        after: r#"user, _, password = "guest:secret".partition(":")
"#,
    },
    Entry {
        symbol: "urllib.parse.splitport",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit(url): its hostname and port",
        why: "undocumented helpers of urllib's internals that mis-parse some URLs; urlsplit() parses by the RFC",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from urllib.parse import splitport

host, port = splitport("example.com:8080")
"#,
        after: r#"from urllib.parse import urlsplit

parts = urlsplit("//example.com:8080")
host, port = parts.hostname, parts.port
"#,
    },
    Entry {
        symbol: "urllib.parse.splitquery",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit(url): its path and query",
        why: "undocumented helpers of urllib's internals that mis-parse some URLs; urlsplit() parses by the RFC",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from urllib.parse import splitquery

path, query = splitquery("/search?q=python")
"#,
        after: r#"from urllib.parse import urlsplit

parts = urlsplit("/search?q=python")
path, query = parts.path, parts.query
"#,
    },
    Entry {
        symbol: "urllib.parse.splittag",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "urllib.parse.urldefrag(url)",
        why: "undocumented helpers of urllib's internals that mis-parse some URLs; urlsplit() parses by the RFC",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("urldefrag returns '' for a missing fragment where splittag returned None"),
        also_known_as: &[],
        before: r#"from urllib.parse import splittag

url, fragment = splittag("/guide.html#install")
"#,
        after: r#"from urllib.parse import urldefrag

url, fragment = urldefrag("/guide.html#install")
"#,
    },
    Entry {
        symbol: "urllib.parse.splittype",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit(url).scheme",
        why: "undocumented helpers of urllib's internals that mis-parse some URLs; urlsplit() parses by the RFC",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from urllib.parse import splittype

scheme, rest = splittype("https://example.com/")
"#,
        after: r#"from urllib.parse import urlsplit

scheme = urlsplit("https://example.com/").scheme
"#,
    },
    Entry {
        symbol: "urllib.parse.splituser",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit(url): its username, password and hostname",
        why: "undocumented helpers of urllib's internals that mis-parse some URLs; urlsplit() parses by the RFC",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from urllib.parse import splituser

user, host = splituser("guest@example.com")
"#,
        after: r#"user, _, host = "guest@example.com".rpartition("@")
"#,
    },
    Entry {
        symbol: "urllib.parse.splitvalue",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "str.partition(\"=\")",
        why: "undocumented helpers of urllib's internals that mis-parse some URLs; urlsplit() parses by the RFC",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("partition returns '' for a missing value where splitvalue returned None"),
        also_known_as: &[],
        before: r#"from urllib.parse import splitvalue

key, value = splitvalue("type=a")
"#,
        after: r#"key, _, value = "type=a".partition("=")
"#,
    },
    Entry {
        symbol: "urllib.parse.to_bytes",
        kind: ApiKind::Function,
        deprecated_in: Some(v(8)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "nothing: URLs are str; encode with str.encode(\"ascii\") where bytes are needed",
        why: "a Python 2 helper that turned unicode URLs into byte strings; in Python 3 it only checks for ASCII",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from urllib.parse import to_bytes

url = to_bytes("https://example.com/")
"#,
        after: r#"url = "https://example.com/"
url.encode("ascii")
"#,
    },
    Entry {
        symbol: "urllib.request.FancyURLopener",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "urllib.request.urlopen() or urlretrieve(); custom behaviour through build_opener() and handlers",
        why: "the Python 2-era opener API; urlopen() with handlers (build_opener) replaced it in 3.0",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

opener = urllib.request.FancyURLopener()
page = opener.open("https://example.com")
"#,
        after: r#"import urllib.request

page = urllib.request.urlopen("https://example.com")
"#,
    },
    Entry {
        symbol: "urllib.request.Request.add_data",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "the attribute: request.data = body",
        why: "Request's getters and setters became plain attributes in 3.3",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
request.add_data(b"body")
"#,
        after: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
request.data = b"body"
"#,
    },
    Entry {
        symbol: "urllib.request.Request.get_data",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "the attribute: request.data",
        why: "Request's getters and setters became plain attributes in 3.3",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.get_data())
"#,
        after: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.data)
"#,
    },
    Entry {
        symbol: "urllib.request.Request.get_host",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "the attribute: request.host",
        why: "Request's getters and setters became plain attributes in 3.3",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.get_host())
"#,
        after: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.host)
"#,
    },
    Entry {
        symbol: "urllib.request.Request.get_origin_req_host",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "the attribute: request.origin_req_host",
        why: "Request's getters and setters became plain attributes in 3.3",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.get_origin_req_host())
"#,
        after: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.origin_req_host)
"#,
    },
    Entry {
        symbol: "urllib.request.Request.get_selector",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "the attribute: request.selector",
        why: "Request's getters and setters became plain attributes in 3.3",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.get_selector())
"#,
        after: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.selector)
"#,
    },
    Entry {
        symbol: "urllib.request.Request.get_type",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "the attribute: request.type",
        why: "Request's getters and setters became plain attributes in 3.3",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.get_type())
"#,
        after: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.type)
"#,
    },
    Entry {
        symbol: "urllib.request.Request.has_data",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "the attribute: request.data is not None",
        why: "Request's getters and setters became plain attributes in 3.3",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.has_data())
"#,
        after: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.data is not None)
"#,
    },
    Entry {
        symbol: "urllib.request.Request.is_unverifiable",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "the attribute: request.unverifiable",
        why: "Request's getters and setters became plain attributes in 3.3",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.is_unverifiable())
"#,
        after: r#"import urllib.request

request = urllib.request.Request("https://example.com/")
print(request.unverifiable)
"#,
    },
    Entry {
        symbol: "urllib.request.URLopener",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "urllib.request.urlopen() or urlretrieve(); custom behaviour through build_opener() and handlers",
        why: "the Python 2-era opener API; urlopen() with handlers (build_opener) replaced it in 3.0",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

opener = urllib.request.URLopener()
opener.retrieve("https://example.com/a.txt", "a.txt")
"#,
        after: r#"import urllib.request

urllib.request.urlretrieve("https://example.com/a.txt", "a.txt")
"#,
    },
    Entry {
        symbol: "urllib.request.splitattr",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit() and its attributes (the urllib.parse.splitattr function is deprecated too)",
        why: "urllib.request re-exported urllib.parse's undocumented helpers",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

parts = urllib.request.splitattr(value)
"#,
        after: r#"import urllib.parse

parts = urllib.parse.urlsplit(value)
"#,
    },
    Entry {
        symbol: "urllib.request.splithost",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit() and its attributes (the urllib.parse.splithost function is deprecated too)",
        why: "urllib.request re-exported urllib.parse's undocumented helpers",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

parts = urllib.request.splithost(value)
"#,
        after: r#"import urllib.parse

parts = urllib.parse.urlsplit(value)
"#,
    },
    Entry {
        symbol: "urllib.request.splitpasswd",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit() and its attributes (the urllib.parse.splitpasswd function is deprecated too)",
        why: "urllib.request re-exported urllib.parse's undocumented helpers",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

parts = urllib.request.splitpasswd(value)
"#,
        after: r#"import urllib.parse

parts = urllib.parse.urlsplit(value)
"#,
    },
    Entry {
        symbol: "urllib.request.splitport",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit() and its attributes (the urllib.parse.splitport function is deprecated too)",
        why: "urllib.request re-exported urllib.parse's undocumented helpers",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

parts = urllib.request.splitport(value)
"#,
        after: r#"import urllib.parse

parts = urllib.parse.urlsplit(value)
"#,
    },
    Entry {
        symbol: "urllib.request.splitquery",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit() and its attributes (the urllib.parse.splitquery function is deprecated too)",
        why: "urllib.request re-exported urllib.parse's undocumented helpers",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

parts = urllib.request.splitquery(value)
"#,
        after: r#"import urllib.parse

parts = urllib.parse.urlsplit(value)
"#,
    },
    Entry {
        symbol: "urllib.request.splittag",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit() and its attributes (the urllib.parse.splittag function is deprecated too)",
        why: "urllib.request re-exported urllib.parse's undocumented helpers",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

parts = urllib.request.splittag(value)
"#,
        after: r#"import urllib.parse

parts = urllib.parse.urlsplit(value)
"#,
    },
    Entry {
        symbol: "urllib.request.splittype",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit() and its attributes (the urllib.parse.splittype function is deprecated too)",
        why: "urllib.request re-exported urllib.parse's undocumented helpers",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &["urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes"],
        before: r#"import urllib.request

parts = urllib.request.splittype(value)
"#,
        after: r#"import urllib.parse

parts = urllib.parse.urlsplit(value)
"#,
    },
    Entry {
        symbol: "urllib.request.splituser",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit() and its attributes (the urllib.parse.splituser function is deprecated too)",
        why: "urllib.request re-exported urllib.parse's undocumented helpers",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

parts = urllib.request.splituser(value)
"#,
        after: r#"import urllib.parse

parts = urllib.parse.urlsplit(value)
"#,
    },
    Entry {
        symbol: "urllib.request.splitvalue",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit() and its attributes (the urllib.parse.splitvalue function is deprecated too)",
        why: "urllib.request re-exported urllib.parse's undocumented helpers",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

parts = urllib.request.splitvalue(value)
"#,
        after: r#"import urllib.parse

parts = urllib.parse.urlsplit(value)
"#,
    },
    Entry {
        symbol: "urllib.request.to_bytes",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "urllib.parse.urlsplit() and its attributes (the urllib.parse.to_bytes function is deprecated too)",
        why: "urllib.request re-exported urllib.parse's undocumented helpers",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

parts = urllib.request.to_bytes(value)
"#,
        after: r#"import urllib.parse

parts = urllib.parse.urlsplit(value)
"#,
    },
    Entry {
        symbol: "urllib.request.url2pathname(pathname=)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "pass the URL by position: url2pathname(url), or by its new name url=",
        why: "3.14 renamed the parameter to url when it learned to take whole file: URLs (require_scheme=, resolve_host=)",
        detection: Detection::Keyword { callables: &["urllib.request.url2pathname"], keywords: &["pathname"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from urllib.request import url2pathname

path = url2pathname(pathname="/tmp/a%20b")
"#,
        after: r#"from urllib.request import url2pathname

path = url2pathname("/tmp/a%20b")
"#,
    },
    Entry {
        symbol: "urllib.request.urlopen(cafile=, capath=, cadefault=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(6)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "context=ssl.create_default_context(cafile=..., capath=...)",
        why: "certificate locations given one by one bypassed SSLContext's settings; pass a configured context instead",
        detection: Detection::Keyword { callables: &["urllib.request.urlopen"], keywords: &["cafile", "capath", "cadefault"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import urllib.request

response = urllib.request.urlopen("https://example.com", cafile="ca.pem")
"#,
        after: r#"import ssl
import urllib.request

context = ssl.create_default_context(cafile="ca.pem")
response = urllib.request.urlopen("https://example.com", context=context)
"#,
    },
];
