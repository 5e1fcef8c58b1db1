//! The `ast` rows of the catalogue (the page `docs/ast.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "ast.AugLoad",
        kind: ApiKind::Class,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "nothing: the parser never produces it; use ast.Load",
        why: "node classes the parser stopped producing in 3.9 (slices are expressions; contexts are Load/Store/Del)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ast

if isinstance(node, ast.AugLoad):
    print("old node")
"#,
        after: r#"import ast

if isinstance(node, ast.expr_context):
    print("context")
"#,
    },
    Entry {
        symbol: "ast.AugStore",
        kind: ApiKind::Class,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "nothing: the parser never produces it; use ast.Store",
        why: "node classes the parser stopped producing in 3.9 (slices are expressions; contexts are Load/Store/Del)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ast

if isinstance(node, ast.AugStore):
    print("old node")
"#,
        after: r#"import ast

if isinstance(node, ast.expr_context):
    print("context")
"#,
    },
    Entry {
        symbol: "ast.Bytes",
        kind: ApiKind::Class,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "ast.Constant(value)",
        why: "ast.Constant represents every literal since 3.8; the per-type node classes were deprecated aliases",
        detection: Detection::Name,
        fix: constructor(&[("s", "value")]),
        also_known_as: &[],
        before: r#"import ast

node = ast.Bytes(b"data")
"#,
        after: r#"import ast

node = ast.Constant(b"data")
"#,
    },
    Entry {
        symbol: "ast.Constant.n",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "node.value",
        why: "an alias of value kept from the Num and Str nodes that Constant replaced in 3.8",
        detection: Detection::Method,
        fix: rename("value"),
        also_known_as: &[],
        before: r#"import ast

node = ast.Constant(42)
print(node.n)
"#,
        after: r#"import ast

node = ast.Constant(42)
print(node.value)
"#,
    },
    Entry {
        symbol: "ast.Constant.s",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "node.value",
        why: "an alias of value kept from the Num and Str nodes that Constant replaced in 3.8",
        detection: Detection::Method,
        fix: rename("value"),
        also_known_as: &[],
        before: r#"import ast

node = ast.Constant(42)
print(node.s)
"#,
        after: r#"import ast

node = ast.Constant(42)
print(node.value)
"#,
    },
    Entry {
        symbol: "ast.Ellipsis",
        kind: ApiKind::Class,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "ast.Constant(value)",
        why: "ast.Constant represents every literal since 3.8; the per-type node classes were deprecated aliases",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("`ast.Ellipsis()` takes no value; the call becomes `ast.Constant(...)`, and isinstance tests differ"),
        also_known_as: &[],
        before: r#"import ast

node = ast.Ellipsis()
"#,
        after: r#"import ast

node = ast.Constant(...)
"#,
    },
    Entry {
        symbol: "ast.ExtSlice",
        kind: ApiKind::Class,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "ast.Tuple of the slice elements",
        why: "node classes the parser stopped producing in 3.9 (slices are expressions; contexts are Load/Store/Del)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ast

if isinstance(node, ast.ExtSlice):
    print("old node")
"#,
        after: r#"import ast

if isinstance(node, ast.expr):
    print("expression")
"#,
    },
    Entry {
        symbol: "ast.Index",
        kind: ApiKind::Class,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "the index expression itself",
        why: "node classes the parser stopped producing in 3.9 (slices are expressions; contexts are Load/Store/Del)",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the index expression itself replaces the node: a structural change"),
        also_known_as: &[],
        before: r#"import ast

if isinstance(node, ast.Index):
    print("old node")
"#,
        after: r#"import ast

if isinstance(node, ast.expr):
    print("expression")
"#,
    },
    Entry {
        symbol: "ast.NameConstant",
        kind: ApiKind::Class,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "ast.Constant(value)",
        why: "ast.Constant represents every literal since 3.8; the per-type node classes were deprecated aliases",
        detection: Detection::Name,
        fix: constructor(&[]),
        also_known_as: &[],
        before: r#"import ast

node = ast.NameConstant(None)
"#,
        after: r#"import ast

node = ast.Constant(None)
"#,
    },
    Entry {
        symbol: "ast.NodeVisitor.visit_Bytes",
        kind: ApiKind::Method,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "define visit_Constant(self, node) and test node.value (isinstance(node.value, bytes))",
        why: "the parser makes ast.Constant for every literal since 3.8; NodeVisitor's visit_Constant forwarded to the old per-type methods until 3.14",
        detection: Detection::UncalledMethod { modern: "visit_Constant" },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ast


class Literals(ast.NodeVisitor):
    def visit_Bytes(self, node):
        print(node.value)
"#,
        after: r#"import ast


class Literals(ast.NodeVisitor):
    def visit_Constant(self, node):
        if isinstance(node.value, bytes):
            print(node.value)
"#,
    },
    Entry {
        symbol: "ast.NodeVisitor.visit_Ellipsis",
        kind: ApiKind::Method,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "define visit_Constant(self, node) and test node.value (node.value is ...)",
        why: "the parser makes ast.Constant for every literal since 3.8; NodeVisitor's visit_Constant forwarded to the old per-type methods until 3.14",
        detection: Detection::UncalledMethod { modern: "visit_Constant" },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ast


class Literals(ast.NodeVisitor):
    def visit_Ellipsis(self, node):
        print(node.value)
"#,
        after: r#"import ast


class Literals(ast.NodeVisitor):
    def visit_Constant(self, node):
        if node.value is ...:
            print(node.value)
"#,
    },
    Entry {
        symbol: "ast.NodeVisitor.visit_NameConstant",
        kind: ApiKind::Method,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "define visit_Constant(self, node) and test node.value (node.value is True, False or None)",
        why: "the parser makes ast.Constant for every literal since 3.8; NodeVisitor's visit_Constant forwarded to the old per-type methods until 3.14",
        detection: Detection::UncalledMethod { modern: "visit_Constant" },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ast


class Literals(ast.NodeVisitor):
    def visit_NameConstant(self, node):
        print(node.value)
"#,
        after: r#"import ast


class Literals(ast.NodeVisitor):
    def visit_Constant(self, node):
        if node.value in (True, False, None):
            print(node.value)
"#,
    },
    Entry {
        symbol: "ast.NodeVisitor.visit_Num",
        kind: ApiKind::Method,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "define visit_Constant(self, node) and test node.value (isinstance(node.value, (int, float, complex)))",
        why: "the parser makes ast.Constant for every literal since 3.8; NodeVisitor's visit_Constant forwarded to the old per-type methods until 3.14",
        detection: Detection::UncalledMethod { modern: "visit_Constant" },
        fix: Remedy::Manual,
        also_known_as: &["ast.NodeVisitor visit_Num/visit_Str/visit_Bytes/visit_NameConstant/visit_Ellipsis dispatch"],
        before: r#"import ast


class Literals(ast.NodeVisitor):
    def visit_Num(self, node):
        print(node.value)
"#,
        after: r#"import ast


class Literals(ast.NodeVisitor):
    def visit_Constant(self, node):
        if isinstance(node.value, (int, float, complex)):
            print(node.value)
"#,
    },
    Entry {
        symbol: "ast.NodeVisitor.visit_Str",
        kind: ApiKind::Method,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "define visit_Constant(self, node) and test node.value (isinstance(node.value, str))",
        why: "the parser makes ast.Constant for every literal since 3.8; NodeVisitor's visit_Constant forwarded to the old per-type methods until 3.14",
        detection: Detection::UncalledMethod { modern: "visit_Constant" },
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ast


class Literals(ast.NodeVisitor):
    def visit_Str(self, node):
        print(node.value)
"#,
        after: r#"import ast


class Literals(ast.NodeVisitor):
    def visit_Constant(self, node):
        if isinstance(node.value, str):
            print(node.value)
"#,
    },
    Entry {
        symbol: "ast.Num",
        kind: ApiKind::Class,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "ast.Constant(value)",
        why: "ast.Constant represents every literal since 3.8; the per-type node classes were deprecated aliases",
        detection: Detection::Name,
        fix: constructor(&[("n", "value")]),
        also_known_as: &[],
        before: r#"import ast

node = ast.Num(42)
"#,
        after: r#"import ast

node = ast.Constant(42)
"#,
    },
    Entry {
        symbol: "ast.Param",
        kind: ApiKind::Class,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "nothing: the parser never produces it; use ast.Load/ast.Store",
        why: "node classes the parser stopped producing in 3.9 (slices are expressions; contexts are Load/Store/Del)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ast

if isinstance(node, ast.Param):
    print("old node")
"#,
        after: r#"import ast

if isinstance(node, ast.expr_context):
    print("context")
"#,
    },
    Entry {
        symbol: "ast.Str",
        kind: ApiKind::Class,
        deprecated_in: Some(v(8)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "ast.Constant(value)",
        why: "ast.Constant represents every literal since 3.8; the per-type node classes were deprecated aliases",
        detection: Detection::Name,
        fix: constructor(&[("s", "value")]),
        also_known_as: &[],
        before: r#"import ast

node = ast.Str("text")
"#,
        after: r#"import ast

node = ast.Constant("text")
"#,
    },
    Entry {
        symbol: "ast.Suite",
        kind: ApiKind::Class,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "nothing: the parser never produces it; use ast.Module",
        why: "node classes the parser stopped producing in 3.9 (slices are expressions; contexts are Load/Store/Del)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ast

if isinstance(node, ast.Suite):
    print("old node")
"#,
        after: r#"import ast

if isinstance(node, ast.expr_context):
    print("context")
"#,
    },
    Entry {
        symbol: "ast.Tuple.dims",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "node.elts",
        why: "an alias of elts kept from ExtSlice, which Tuple replaced in 3.9",
        detection: Detection::Method,
        fix: rename("elts"),
        also_known_as: &[],
        before: r#"import ast

node = ast.Tuple(elts=[], ctx=ast.Load())
print(node.dims)
"#,
        after: r#"import ast

node = ast.Tuple(elts=[], ctx=ast.Load())
print(node.elts)
"#,
    },
    Entry {
        symbol: "ast.__version__",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(3)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "the ast module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ast

print(ast.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "ast.slice",
        kind: ApiKind::Class,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(21)),
        withdrawn_in: None,
        replacement: "ast.Slice, or any expression node (ast.expr)",
        why: "node classes the parser stopped producing in 3.9 (slices are expressions; contexts are Load/Store/Del)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import ast

if isinstance(node, ast.slice):
    print("old node")
"#,
        after: r#"import ast

if isinstance(node, ast.expr):
    print("expression")
"#,
    },
];
