//! The files of a fixture tree, for the integration tests that read one.

use std::fs;
use std::path::{Path, PathBuf};

/// Every file under `directory` (at any depth) that `keep` accepts, sorted. Walks with a list,
/// not recursion.
pub fn files_under(directory: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![directory.to_path_buf()];
    while let Some(directory) = pending.pop() {
        for entry in fs::read_dir(&directory).expect("a readable directory") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if keep(&path) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}
