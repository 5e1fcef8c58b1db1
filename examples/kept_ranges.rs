//! What the prefilter keeps of each file named on stdin, and whether it holds a finding (a
//! tuning aid: what the parse could leave out): one line a top-level statement kept, `path kind
//! first-line kept-bytes findings`, where `kind` is `def` (a function or class definition,
//! decorated or not) or `code`, the findings those of a check of the file alone;
//! `find LIB -name '*.py' | cargo run --release --example kept_ranges > kept.tsv`.
use pysunset::prefilter::{plan, Plan};
use pysunset::syntax::NodeExt;
use pysunset::PythonVersion;

fn main() {
    let target: PythonVersion = std::env::args().nth(1).as_deref().unwrap_or("3.14").parse().unwrap();
    let options = pysunset::Options { target, ..Default::default() };
    for path in std::io::stdin().lines() {
        let path = path.unwrap();
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let ranges = match plan(&text, target) {
            Plan::Skip => continue,
            Plan::Whole => std::iter::once(0..text.len()).collect(),
            Plan::Ranges(ranges) => ranges,
            Plan::Windows(windows) => windows.parsed(),
        };
        let findings: Vec<usize> = pysunset::check(&text, &options)
            .map(|found| found.iter().map(|f| f.range.start.offset as usize).collect())
            .unwrap_or_default();
        let Some(tree) = pysunset::syntax::parse(&text) else { continue };
        let root = tree.root_node();
        let mut cursor = root.walk();
        for child in root.children(&mut cursor) {
            let (start, end) = (child.start_byte(), child.end_byte());
            let kept: usize =
                ranges.iter().map(|range| range.end.min(end).saturating_sub(range.start.max(start))).sum();
            if kept == 0 {
                continue;
            }
            let kind = match child.kind_name() {
                "function_definition" | "class_definition" | "decorated_definition" => "def",
                _ => "code",
            };
            let found = findings.iter().filter(|&&at| at >= start && at < end).count();
            let line = text[start..].lines().next().unwrap_or("").chars().take(60).collect::<String>();
            println!("{path}\t{kind}\t{line}\t{kept}\t{found}");
        }
    }
}
