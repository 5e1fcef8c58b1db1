//! Prints the ancestors of the node at LINE:COLUMN (1-based) of a file (a debugging aid).
use pysunset::syntax::NodeExt;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a file");
    let line: usize = args.next().expect("a line").parse().expect("a number");
    let column: usize = args.next().map_or(1, |c| c.parse().expect("a number"));
    let source = std::fs::read_to_string(path).expect("a readable UTF-8 file");
    let tree = pysunset::syntax::parse(&source).expect("a tree");
    let point = tree_sitter::Point::new(line - 1, column - 1);
    let mut node = tree.root_node().named_descendant_for_point_range(point, point);
    while let Some(current) = node {
        println!(
            "{} {}-{}",
            current.kind_name(),
            current.start_position().row + 1,
            current.end_position().row + 1
        );
        node = current.parent();
    }
}
