//! Builds the native walker of tree-sitter trees (crate/native/preorder.c) and the native Python
//! language (crate/native/python_language.c, with its scanner python_scanner.c and its lexer
//! python_lexer.c): for every native target, and for WebAssembly when the `fast-language`
//! feature is on (the npm package's module; the playground's modules are built without it, and
//! walk with a tree cursor, see `syntax::Preorder`, and parse with the grammar's own language).
//! Where they are built, the code that uses them is compiled under `cfg(native_c)`.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=crate/native/preorder.c");
    println!("cargo::rerun-if-changed=crate/native/python_language.c");
    println!("cargo::rerun-if-changed=crate/native/python_scanner.c");
    println!("cargo::rerun-if-changed=crate/native/python_lexer.c");
    println!("cargo::rerun-if-changed=crate/native/python_lexer.inc");
    println!("cargo::rustc-check-cfg=cfg(native_c)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_FAST_LANGUAGE").is_none() {
        return;
    }
    // The tree-sitter crate (`links = "tree-sitter"`) exports its public headers' directory;
    // its internal headers, those the library is compiled from, sit beside it in `src`.
    let include = PathBuf::from(
        std::env::var("DEP_TREE_SITTER_INCLUDE").expect("the tree-sitter crate exports its include path"),
    );
    let src = include.parent().expect("the include directory has a parent").join("src");
    let mut build = cc::Build::new();
    build.std("c11").include(&include).include(&src).define("NDEBUG", None);
    if wasm {
        // wasm32-unknown-unknown has no libc: the minimal headers tree-sitter ships for it
        // (tree-sitter-language exports their path; scripts/cc-wasm32 adds them for grammars),
        // as tree-sitter itself is compiled with them.
        let headers = std::env::var("DEP_TREE_SITTER_LANGUAGE_WASM_HEADERS")
            .expect("the tree-sitter-language crate exports its wasm headers' path for wasm32");
        build.include(headers).flag_if_supported("-fvisibility=hidden");
    }
    build
        .file("crate/native/preorder.c")
        .file("crate/native/python_language.c")
        .file("crate/native/python_scanner.c")
        .file("crate/native/python_lexer.c")
        .compile("pysunset-native");
    println!("cargo::rustc-cfg=native_c");
}
