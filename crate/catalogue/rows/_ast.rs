//! The `_ast` rows of the catalogue (the page `docs/_ast.md`), sorted by symbol: node classes
//! that the private C module of `ast` stopped exporting in 3.8 and 3.9 (`ast` itself kept
//! deprecated stand-ins, in the `ast` family).

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "_ast.AugLoad",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "ast.Load (the parser never produces AugLoad)",
        why: "an expression context the parser does not produce; 3.9 dropped it from _ast (ast keeps a deprecated stand-in)",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("no class stands in for it: the context it named is Load, and isinstance tests change meaning"),
        also_known_as: &[],
        before: r#"from _ast import AugLoad

if isinstance(ctx, AugLoad):
    print("augmented load")
"#,
        after: r#"import ast

if isinstance(ctx, ast.Load):
    print("load")
"#,
    },
    Entry {
        symbol: "_ast.AugStore",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "ast.Store (the parser never produces AugStore)",
        why: "an expression context the parser does not produce; 3.9 dropped it from _ast (ast keeps a deprecated stand-in)",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("no class stands in for it: the context it named is Store, and isinstance tests change meaning"),
        also_known_as: &[],
        before: r#"from _ast import AugStore

if isinstance(ctx, AugStore):
    print("augmented store")
"#,
        after: r#"import ast

if isinstance(ctx, ast.Store):
    print("store")
"#,
    },
    Entry {
        symbol: "_ast.Bytes",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "ast.Constant (a bytes value)",
        why: "ast.Constant represents every literal since 3.8; the private _ast stopped exporting the per-type classes then",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the class comes from another module (`ast`), and an isinstance test must also check the value's type"),
        also_known_as: &[],
        before: r#"import _ast

node = _ast.Bytes(b"data")
"#,
        after: r#"import ast

node = ast.Constant(b"data")
"#,
    },
    Entry {
        symbol: "_ast.Ellipsis",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "ast.Constant (value ...)",
        why: "ast.Constant represents every literal since 3.8; the private _ast stopped exporting the per-type classes then",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the class comes from another module (`ast`), and an isinstance test must also check the value"),
        also_known_as: &[],
        before: r#"import _ast

node = _ast.Ellipsis()
"#,
        after: r#"import ast

node = ast.Constant(...)
"#,
    },
    Entry {
        symbol: "_ast.ExtSlice",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "ast.Tuple of the dimensions (slices are expressions since 3.9)",
        why: "3.9 made slices plain expressions and dropped the wrapper from _ast (ast keeps a deprecated stand-in)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from _ast import ExtSlice

if isinstance(node.slice, ExtSlice):
    dims = node.slice.dims
"#,
        after: r#"import ast

if isinstance(node.slice, ast.Tuple):
    dims = node.slice.elts
"#,
    },
    Entry {
        symbol: "_ast.Index",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "the index expression itself (slices are expressions since 3.9)",
        why: "3.9 made slices plain expressions and dropped the wrapper from _ast (ast keeps a deprecated stand-in)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from _ast import Index

if isinstance(node.slice, Index):
    value = node.slice.value
"#,
        after: r#"value = node.slice
"#,
    },
    Entry {
        symbol: "_ast.NameConstant",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "ast.Constant (True, False or None)",
        why: "ast.Constant represents every literal since 3.8; the private _ast stopped exporting the per-type classes then",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the class comes from another module (`ast`), and an isinstance test must also check the value"),
        also_known_as: &[],
        before: r#"import _ast

node = _ast.NameConstant(True)
"#,
        after: r#"import ast

node = ast.Constant(True)
"#,
    },
    Entry {
        symbol: "_ast.Num",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "ast.Constant (a number value)",
        why: "ast.Constant represents every literal since 3.8; the private _ast stopped exporting the per-type classes then",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the class comes from another module (`ast`), and an isinstance test must also check the value's type"),
        also_known_as: &[],
        before: r#"from _ast import Num

node = Num(1)
"#,
        after: r#"import ast

node = ast.Constant(1)
"#,
    },
    Entry {
        symbol: "_ast.Param",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "ast.Store (parameters are ast.arg nodes)",
        why: "parameters are ast.arg nodes on Python 3, so the parser never produces the Param context; 3.9 dropped it from _ast (ast keeps a deprecated stand-in)",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("no class stands in for it: parameters are `ast.arg` nodes, a structural change"),
        also_known_as: &[],
        before: r#"import _ast

if isinstance(ctx, _ast.Param):
    print("parameter")
"#,
        after: r#"import ast

if isinstance(node, ast.arg):
    print("parameter")
"#,
    },
    Entry {
        symbol: "_ast.Str",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "ast.Constant (a str value)",
        why: "ast.Constant represents every literal since 3.8; the private _ast stopped exporting the per-type classes then",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the class comes from another module (`ast`), and an isinstance test must also check the value's type"),
        also_known_as: &[],
        before: r#"from _ast import Str

if isinstance(node, Str):
    print(node.s)
"#,
        after: r#"import ast

if isinstance(node, ast.Constant) and isinstance(node.value, str):
    print(node.value)
"#,
    },
    Entry {
        symbol: "_ast.Suite",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "nothing: the parser never produces it (use ast.Module)",
        why: "a node kept for Jython that CPython's parser never produced; 3.9 dropped it from _ast (ast keeps a deprecated stand-in)",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import _ast

if isinstance(tree, _ast.Suite):
    print("suite")
"#,
        after: r#"import ast

if isinstance(tree, ast.Module):
    print("module")
"#,
    },
];
