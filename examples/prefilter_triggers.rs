//! Which catalogue entries make the prefilter parse the files of a tree (a tuning aid):
//! `cargo run --release --example prefilter_triggers DIR`.
use std::collections::BTreeMap;

fn main() {
    let root = std::env::args().nth(1).expect("a directory");
    let mut pending = vec![std::path::PathBuf::from(root)];
    let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                let Ok(text) = std::fs::read_to_string(&path) else { continue };
                for entry in pysunset::prefilter::possible_entries(&text) {
                    let count = counts.entry(entry.symbol).or_default();
                    count.0 += 1;
                    count.1 += text.len();
                }
            }
        }
    }
    let mut sorted: Vec<_> = counts.into_iter().collect();
    sorted.sort_by_key(|(_, (_, bytes))| std::cmp::Reverse(*bytes));
    for (symbol, (files, bytes)) in sorted.into_iter().take(25) {
        println!("{files:5} files {bytes:10} bytes  {symbol}");
    }
}
