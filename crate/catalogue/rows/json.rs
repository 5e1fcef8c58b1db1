//! The `json` rows of the catalogue (the page `docs/json.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "json.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import json

print(json.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "json.dump(obj, fp, positional)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "pass skipkeys=, ensure_ascii=, indent=, ... by keyword",
        why: "the optional parameters became keyword-only in 3.6, as they are too many to pass by position",
        detection: Detection::CallShape {
            callables: &["json.dump"],
            shape: CallShape::PositionalMoreThan(2),
        },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import json
import sys

json.dump({"a": 1}, sys.stdout, True)
"#,
        after: r#"import json
import sys

json.dump({"a": 1}, sys.stdout, skipkeys=True)
"#,
    },
    Entry {
        symbol: "json.dumps(obj, positional)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "pass skipkeys=, ensure_ascii=, indent=, ... by keyword",
        why: "the optional parameters became keyword-only in 3.6, as they are too many to pass by position",
        detection: Detection::CallShape {
            callables: &["json.dumps"],
            shape: CallShape::PositionalMoreThan(1),
        },
        fix: Remedy::Manual,
        also_known_as: &["json.dump()/dumps()/load()/loads() optional arguments passed positionally"],
        before: r#"import json

text = json.dumps({"a": 1}, True)
"#,
        after: r#"import json

text = json.dumps({"a": 1}, skipkeys=True)
"#,
    },
    Entry {
        symbol: "json.load(fp, positional)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "pass cls=, object_hook=, ... by keyword",
        why: "the optional parameters became keyword-only in 3.6, as they are too many to pass by position",
        detection: Detection::CallShape {
            callables: &["json.load"],
            shape: CallShape::PositionalMoreThan(1),
        },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import json
import sys

value = json.load(sys.stdin, None)
"#,
        after: r#"import json
import sys

value = json.load(sys.stdin, cls=None)
"#,
    },
    Entry {
        symbol: "json.loads(encoding=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(1)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "leave it out: json.loads decodes bytes by detecting UTF-8, -16 or -32",
        why: "ignored since 3.1",
        detection: Detection::Keyword { callables: &["json.loads"], keywords: &["encoding"] },
        fix: auto(Recipe::DropKeyword, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import json

value = json.loads(data, encoding="utf-8")
"#,
        after: r#"import json

value = json.loads(data)
"#,
    },
    Entry {
        symbol: "json.loads(s, positional)",
        kind: ApiKind::Parameter,
        deprecated_in: None,
        removed_in: Some(v(6)),
        withdrawn_in: None,
        replacement: "pass cls=, object_hook=, ... by keyword",
        why: "the optional parameters became keyword-only in 3.6, as they are too many to pass by position",
        detection: Detection::CallShape {
            callables: &["json.loads"],
            shape: CallShape::PositionalMoreThan(1),
        },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import json

value = json.loads("{}", None)
"#,
        after: r#"import json

value = json.loads("{}", cls=None)
"#,
    },
];
