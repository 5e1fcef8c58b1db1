//! What the crate's own tests share (native builds: the tests that read directories do not run
//! in WebAssembly).

use std::path::{Path, PathBuf};

/// Every `.py` file under `root`, recursively, with its text (invalid UTF-8 replaced), in the
/// order the directories list them: what the tests run over a tree of real code (CPython's
/// Lib) read.
pub(crate) fn python_files(root: &Path) -> Vec<(PathBuf, String)> {
    let mut pending = vec![root.to_path_buf()];
    let mut files = Vec::new();
    while let Some(directory) = pending.pop() {
        for entry in std::fs::read_dir(&directory).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "py") {
                let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
                files.push((path, text));
            }
        }
    }
    files
}
