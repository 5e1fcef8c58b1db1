//! The `ctypes` rows of the catalogue (the page `docs/ctypes.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "ctypes.ARRAY",
        kind: ApiKind::Function,
        deprecated_in: Some(v(13)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "multiply the item type: item_type * length",
        why: "an undocumented helper that only spelled item_type * length",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ctypes

Buffer = ctypes.ARRAY(ctypes.c_char, 16)
"#,
        after: r#"import ctypes

Buffer = ctypes.c_char * 16
"#,
    },
    Entry {
        symbol: "ctypes.POINTER(str)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(14)),
        removed_in: Some(v(19)),
        withdrawn_in: None,
        replacement: "create the pointer type once the structure exists: declare the class, then POINTER(TheClass)",
        why: "a string made an incomplete pointer type kept in a global cache that SetPointerType() filled later; that cache goes",
        detection: Detection::CallShape { callables: &["ctypes.POINTER"], shape: CallShape::StringLiteral { index: 0 } },
        fix: Remedy::Manual,
        also_known_as: &["ctypes.POINTER() called with a string"],
        before: r#"import ctypes

NodePointer = ctypes.POINTER("Node")
"#,
        after: r#"import ctypes


class Node(ctypes.Structure):
    pass


NodePointer = ctypes.POINTER(Node)
Node._fields_ = [("next", NodePointer)]
"#,
    },
    Entry {
        symbol: "ctypes.SetPointerType",
        kind: ApiKind::Function,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "define the pointer type after the structure it points to (or set the incomplete type's _fields_ later)",
        why: "a helper for incomplete pointer types that ctypes.POINTER() handles itself",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ctypes

NodePointer = ctypes.POINTER("Node")
ctypes.SetPointerType(NodePointer, Node)
"#,
        after: r#"import ctypes

class Node(ctypes.Structure):
    pass

Node._fields_ = [("next", ctypes.POINTER(Node))]
"#,
    },
    Entry {
        symbol: "ctypes._pointer_type_cache",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(14)),
        removed_in: Some(v(19)),
        withdrawn_in: None,
        replacement: "nothing: ctypes.POINTER() caches the pointer type on the pointed-to type",
        why: "a private cache, replaced by an attribute of each type",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ctypes

ctypes._pointer_type_cache[Node] = NodePointer
"#,
        after: r#"import ctypes

NodePointer = ctypes.POINTER(Node)
"#,
    },
    Entry {
        symbol: "ctypes.macholib.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ctypes.macholib

print(ctypes.macholib.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
];
