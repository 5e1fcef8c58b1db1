//! How many files of a tree the prefilter lets through, and how long each phase takes
//! (a profiling aid): `cargo run --release --example prefilter_stats DIR`.
use std::time::{Duration, Instant};

fn main() {
    let root = std::env::args().nth(1).expect("a directory");
    let mut pending = vec![std::path::PathBuf::from(root)];
    let (mut files, mut bytes, mut passed, mut passed_bytes) = (0, 0, 0, 0);
    let (mut prefilter, mut parse, mut check) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !path.ends_with("site-packages") {
                    pending.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "py") {
                let Ok(text) = std::fs::read_to_string(&path) else { continue };
                files += 1;
                bytes += text.len();
                let start = Instant::now();
                let may = pysunset::prefilter::may_contain_findings(&text);
                prefilter += start.elapsed();
                if may {
                    passed += 1;
                    passed_bytes += text.len();
                    let start = Instant::now();
                    let tree = pysunset::syntax::parse(&text);
                    parse += start.elapsed();
                    drop(tree);
                    let start = Instant::now();
                    let _ = pysunset::check(&text, &pysunset::Options::default());
                    check += start.elapsed();
                }
            }
        }
    }
    println!("{files} files, {bytes} bytes; prefilter passed {passed} files, {passed_bytes} bytes");
    println!("prefilter {prefilter:?}, parse alone {parse:?}, full check of passed files {check:?}");
}
