//! Which catalogue entries make the prefilter parse the files of a tree (a tuning aid):
//! `cargo run --release --example prefilter_triggers DIR [TARGET]`
//! (`PREFILTER_SHOW=SYMBOL` also lists the files one entry lets through).
//!
//! Prints the entries whose evidence the most bytes show, and for each the bytes of files
//! parsed for no finding (what narrowing its evidence could save).
use pysunset::prefilter::{plan, possible_entries, Plan};
use pysunset::PythonVersion;
use std::collections::BTreeMap;

fn main() {
    let root = std::env::args().nth(1).expect("a directory");
    let target: PythonVersion =
        std::env::args().nth(2).as_deref().unwrap_or("3.12").parse().expect("a target such as 3.12");
    // PREFILTER_SHOW=SYMBOL lists the files that entry lets through.
    let show = std::env::var("PREFILTER_SHOW").ok();
    let mut pending = vec![std::path::PathBuf::from(root)];
    // symbol -> (files, bytes, bytes of those files without a finding)
    let mut counts: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    let (mut files, mut passed, mut total, mut parsed, mut needed) = (0usize, 0usize, 0usize, 0usize, 0usize);
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !path.file_name().is_some_and(|name| name == "site-packages" || name == "__pycache__") {
                    pending.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "py") {
                let Ok(text) = std::fs::read_to_string(&path) else { continue };
                files += 1;
                total += text.len();
                let covered = match plan(&text, target) {
                    Plan::Skip => 0,
                    Plan::Whole => text.len(),
                    Plan::Ranges(ranges) => ranges.iter().map(|range| range.len()).sum(),
                    Plan::Windows(windows) => windows.parsed().iter().map(|range| range.len()).sum(),
                };
                if covered > 0 {
                    passed += 1;
                    parsed += covered;
                }
                let entries: Vec<_> =
                    possible_entries(&text).into_iter().filter(|e| e.status_at(target).is_some()).collect();
                let options = pysunset::Options { target, ..Default::default() };
                let found = covered > 0 && pysunset::check(&text, &options).is_ok_and(|f| !f.is_empty());
                if found {
                    needed += covered;
                }
                // Bytes parsed for nothing: what narrower evidence could save.
                let alone = !found;
                for entry in &entries {
                    if show.as_deref() == Some(entry.symbol) {
                        println!(
                            "{} ({covered} bytes{})",
                            path.display(),
                            if found { ", with findings" } else { "" }
                        );
                    }
                    let count = counts.entry(entry.symbol).or_default();
                    count.0 += 1;
                    count.1 += covered;
                    if alone {
                        count.2 += covered;
                    }
                }
            }
        }
    }
    println!(
        "{passed} of {files} files parsed, {parsed} of {total} bytes; {needed} bytes in files with findings"
    );
    let mut sorted: Vec<_> = counts.into_iter().collect();
    sorted.sort_by_key(|(_, (_, _, wasted))| std::cmp::Reverse(*wasted));
    for (symbol, (files, bytes, alone)) in sorted.into_iter().take(40) {
        println!("{files:5} files {bytes:10} bytes {alone:10} wasted  {symbol}");
    }
}
