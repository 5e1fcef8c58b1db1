//! What the prefilter plans to parse of each file named on stdin, one line a file: `W` (the
//! whole file) or `R` and the byte ranges; files it skips are not listed. Diff the output of
//! two builds to see what a prefilter change parses more or less:
//! `find LIB -name '*.py' | cargo run --release --example dump_plan`.
use pysunset::prefilter::{plan, Plan};
use pysunset::PythonVersion;
fn main() {
    let target: PythonVersion = "3.14".parse().unwrap();
    for path in std::io::stdin().lines() {
        let path = path.unwrap();
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        match plan(&text, target) {
            Plan::Skip => {}
            Plan::Whole => println!("{path}\tW\t0-{}", text.len()),
            Plan::Ranges(r) => println!(
                "{path}\tR\t{}",
                r.iter().map(|r| format!("{}-{}", r.start, r.end)).collect::<Vec<_>>().join(",")
            ),
            Plan::Windows(w) => println!(
                "{path}\tN{}\t{}",
                w.len(),
                w.parsed().iter().map(|r| format!("{}-{}", r.start, r.end)).collect::<Vec<_>>().join(",")
            ),
        }
    }
}
