//! Prints the tree-sitter tree of a file (a debugging aid): `cargo run --example sexp FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let source = std::fs::read_to_string(path).expect("a readable UTF-8 file");
    let tree = pysunset::syntax::parse(&source).expect("a tree");
    println!("{}", tree.root_node().to_sexp());
}
