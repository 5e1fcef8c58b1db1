//! The `webbrowser` rows of the catalogue (the page `docs/webbrowser.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "webbrowser.Galeon",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement:
            "webbrowser.get() or webbrowser.open(), or register a current browser with webbrowser.register()",
        why: "the browser it drove has been obsolete for over a decade",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import webbrowser

webbrowser.register("galeon", webbrowser.Galeon)
"#,
        after: r#"import webbrowser

webbrowser.open("https://example.com")
"#,
    },
    Entry {
        symbol: "webbrowser.Grail",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement:
            "webbrowser.get() or webbrowser.open(), or register a current browser with webbrowser.register()",
        why: "the browser it drove has been obsolete for over a decade",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import webbrowser

webbrowser.register("grail", webbrowser.Grail)
"#,
        after: r#"import webbrowser

webbrowser.open("https://example.com")
"#,
    },
    Entry {
        symbol: "webbrowser.MacOSX",
        kind: ApiKind::Class,
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "webbrowser.MacOSXOSAScript",
        why: "a duplicate of MacOSXOSAScript that used the deprecated osascript route",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("MacOSXOSAScript runs the browser through AppleScript: a different class"),
        also_known_as: &[],
        before: r#"import webbrowser

browser = webbrowser.MacOSX("safari")
"#,
        after: r#"import webbrowser

browser = webbrowser.MacOSXOSAScript("safari")
"#,
    },
    Entry {
        symbol: "webbrowser.MacOSXOSAScript._name",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "MacOSXOSAScript.name",
        why: "renamed to the public attribute every browser class has",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("the public name is read-only in some versions"),
        also_known_as: &[],
        before: r#"import webbrowser

label = webbrowser.MacOSXOSAScript("safari")._name
"#,
        after: r#"import webbrowser

label = webbrowser.MacOSXOSAScript("safari").name
"#,
    },
    Entry {
        symbol: "webbrowser.Netscape",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement:
            "webbrowser.get() or webbrowser.open(), or register a current browser with webbrowser.register()",
        why: "the browser it drove has been obsolete for over a decade",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import webbrowser

webbrowser.register("netscape", webbrowser.Netscape)
"#,
        after: r#"import webbrowser

webbrowser.open("https://example.com")
"#,
    },
];
