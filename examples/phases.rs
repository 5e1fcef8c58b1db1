//! Times the phases of a check on one file (a profiling aid): `cargo run --release --example phases FILE`.
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let source = std::fs::read_to_string(path).expect("a readable UTF-8 file");
    let start = Instant::now();
    let pass = pysunset::prefilter::may_contain_findings(&source);
    let prefiltered = start.elapsed();
    let tree = pysunset::syntax::parse(&source).expect("a tree");
    let parsed = start.elapsed();
    let model = pysunset::semantic::SemanticModel::build(
        tree.root_node(),
        &source,
        pysunset::catalogue::REMOVED_APIS,
    );
    let modelled = start.elapsed();
    let findings = pysunset::check(&source, &pysunset::Options::default()).expect("checked");
    let total = start.elapsed();
    println!(
        "prefilter {:?} (pass: {pass}), parse {:?}, model {:?}, whole check again {:?}; {} findings, {} classes",
        prefiltered,
        parsed - prefiltered,
        modelled - parsed,
        total - modelled,
        findings.len(),
        model.classes.len()
    );
}
