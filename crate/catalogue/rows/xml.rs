//! The `xml` rows of the catalogue (the page `docs/xml.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "xml.etree.ElementTree.Element.getchildren",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "list(element), or iterate over the element",
        why: "an Element is a sequence of its children since 1.3 (Python 2.7)",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import xml.etree.ElementTree as ET

children = ET.Element("root").getchildren()
"#,
        after: r#"import xml.etree.ElementTree as ET

children = list(ET.Element("root"))
"#,
    },
    Entry {
        symbol: "xml.etree.ElementTree.Element.getiterator",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "Element.iter()",
        why: "iter() (2.7) is the same walk under the standard name",
        detection: Detection::Method,
        fix: rename("iter"),
        also_known_as: &[],
        before: r#"import xml.etree.ElementTree as ET

nodes = ET.Element("root").getiterator("item")
"#,
        after: r#"import xml.etree.ElementTree as ET

nodes = ET.Element("root").iter("item")
"#,
    },
    Entry {
        symbol: "xml.etree.ElementTree.ElementTree.getiterator",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "ElementTree.iter()",
        why: "iter() (2.7) is the same walk under the standard name",
        detection: Detection::Method,
        fix: auto(Recipe::Rename { to: "iter", keywords: &[] }, Shape::Any, Unsafe),
        also_known_as: &[],
        before: r#"import xml.etree.ElementTree as ET

nodes = ET.ElementTree(ET.Element("root")).getiterator("item")
"#,
        after: r#"import xml.etree.ElementTree as ET

nodes = ET.ElementTree(ET.Element("root")).iter("item")
"#,
    },
    Entry {
        symbol: "xml.etree.ElementTree.VERSION",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import xml.etree.ElementTree

print(xml.etree.ElementTree.VERSION)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "xml.etree.ElementTree.XMLParser(html=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "leave it out; pass target= and encoding= by keyword",
        why: "the argument was ignored since 3.4",
        detection: Detection::Keyword {
            callables: &["xml.etree.ElementTree.XMLParser"],
            keywords: &["html"],
        },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import xml.etree.ElementTree as ET

parser = ET.XMLParser(html=0)
"#,
        after: r#"import xml.etree.ElementTree as ET

parser = ET.XMLParser()
"#,
    },
    Entry {
        symbol: "xml.etree.ElementTree.XMLParser.doctype",
        kind: ApiKind::Method,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "define doctype() on the parser's target (a TreeBuilder subclass)",
        why: "the parser calls the target's doctype() since 3.2",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import xml.etree.ElementTree as ET

class Parser(ET.XMLParser):
    def start(self):
        self.doctype("html", None, None)
"#,
        after: r#"import xml.etree.ElementTree as ET

class Builder(ET.TreeBuilder):
    def doctype(self, name, pubid, system):
        print(name)
"#,
    },
    Entry {
        symbol: "xml.etree.cElementTree",
        kind: ApiKind::Module,
        deprecated_in: Some(v(3)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "xml.etree.ElementTree (it uses the C accelerator itself since 3.3)",
        why: "ElementTree picks the fast C implementation on its own; cElementTree is only an alias left for old imports",
        detection: Detection::Import,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import xml.etree.cElementTree as ET

root = ET.fromstring("<a/>")
"#,
        after: r#"import xml.etree.ElementTree as ET

root = ET.fromstring("<a/>")
"#,
    },
    Entry {
        symbol: "xml.sax.expatreader.version",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import xml.sax.expatreader

print(xml.sax.expatreader.version)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "xml.sax.handler.version",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import xml.sax.handler

print(xml.sax.handler.version)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
];
