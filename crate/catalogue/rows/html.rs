//! The `html` rows of the catalogue (the page `docs/html.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "html.parser.HTMLParseError",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "nothing: the parser never raises it",
        why: "the lenient parser does not raise on bad markup",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from html.parser import HTMLParseError

try:
    parser.feed(text)
except HTMLParseError:
    pass
"#,
        after: r#"parser.feed(text)
"#,
    },
    Entry {
        symbol: "html.parser.HTMLParser(strict=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "leave it out: the parser is always lenient",
        why: "strict mode was deprecated once the lenient parser handled everything",
        detection: Detection::Keyword { callables: &["html.parser.HTMLParser"], keywords: &["strict"] },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from html.parser import HTMLParser

parser = HTMLParser(strict=False)
"#,
        after: r#"from html.parser import HTMLParser

parser = HTMLParser()
"#,
    },
    Entry {
        symbol: "html.parser.HTMLParser.error",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(5)),
        withdrawn_in: None,
        replacement: "raise your own exception",
        why: "the lenient parser never calls it",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from html.parser import HTMLParser

class Parser(HTMLParser):
    def handle_starttag(self, tag, attrs):
        self.error("unexpected " + tag)
"#,
        after: r#"from html.parser import HTMLParser

class Parser(HTMLParser):
    def handle_starttag(self, tag, attrs):
        raise ValueError("unexpected " + tag)
"#,
    },
    Entry {
        symbol: "html.parser.HTMLParser.unescape",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "html.unescape()",
        why: "html.unescape (3.4) handles every HTML5 character reference",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("the call moves from the parser to the html module: a different receiver"),
        also_known_as: &[],
        before: r#"from html.parser import HTMLParser

class Parser(HTMLParser):
    def handle_data(self, data):
        print(self.unescape(data))
"#,
        after: r#"import html
from html.parser import HTMLParser

class Parser(HTMLParser):
    def handle_data(self, data):
        print(html.unescape(data))
"#,
    },
];
