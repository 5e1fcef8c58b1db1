//! Lists the ERROR and MISSING nodes of a file's tree (a debugging aid).
use pysunset::syntax::NodeExt;

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let source = std::fs::read_to_string(path).expect("a readable UTF-8 file");
    let tree = pysunset::syntax::parse(&source).expect("a tree");
    let mut stack = vec![tree.root_node()];
    while let Some(node) = stack.pop() {
        if node.is_error() || node.is_missing() {
            println!(
                "{} lines {}-{} children {}",
                node.kind_name(),
                node.start_position().row + 1,
                node.end_position().row + 1,
                node.child_count()
            );
        }
        for index in (0..node.child_count()).rev() {
            stack.extend(node.child(index));
        }
    }
}
