//! Builds the native walker of tree-sitter trees (crate/native/preorder.c) and the native Python
//! language (crate/native/python_language.c, with its scanner python_scanner.c and its lexer
//! python_lexer.c) for every target but WebAssembly, which keeps walking with a tree cursor (see
//! `syntax::Preorder`) and parsing with the grammar's own language.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=crate/native/preorder.c");
    println!("cargo::rerun-if-changed=crate/native/python_language.c");
    println!("cargo::rerun-if-changed=crate/native/python_scanner.c");
    println!("cargo::rerun-if-changed=crate/native/python_lexer.c");
    println!("cargo::rerun-if-changed=crate/native/python_lexer.inc");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        return;
    }
    // The tree-sitter crate (`links = "tree-sitter"`) exports its public headers' directory;
    // its internal headers, those the library is compiled from, sit beside it in `src`.
    let include = PathBuf::from(
        std::env::var("DEP_TREE_SITTER_INCLUDE").expect("the tree-sitter crate exports its include path"),
    );
    let src = include.parent().expect("the include directory has a parent").join("src");
    cc::Build::new()
        .std("c11")
        .include(&include)
        .include(&src)
        .file("crate/native/preorder.c")
        .file("crate/native/python_language.c")
        .file("crate/native/python_scanner.c")
        .file("crate/native/python_lexer.c")
        .compile("pysunset-native");
}
