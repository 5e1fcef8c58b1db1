//! Which files a run checks: the files named, and the Python files under the directories named.

use std::fs;
use std::path::{Path, PathBuf};

/// Directory names never entered: tool caches, virtual environments, installed packages.
/// Hidden directories (names starting with a dot) are skipped too.
const EXCLUDED_DIRECTORIES: &[&str] =
    &["__pycache__", "__pypackages__", "_build", "buck-out", "node_modules", "site-packages", "venv"];

/// File extensions of Python source found in directories.
const PYTHON_EXTENSIONS: &[&str] = &["py", "pyi", "pyw"];

/// Something the run must check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-`).
    Stdin,
    /// A file, with its path as given or as found under a given directory.
    File(PathBuf),
}

/// What a run found to check.
#[derive(Debug, Default)]
pub struct Discovered {
    /// The inputs, in the order they will be reported.
    pub inputs: Vec<Input>,
    /// Directories that could not be read, with the reason.
    pub problems: Vec<(PathBuf, String)>,
}

/// A path on the command line that could not be used.
#[derive(Clone, Debug)]
pub struct MissingPath(pub PathBuf);

/// Expands the command line's paths: files as they are, directories into their Python files
/// (recursively, sorted, without following symbolic links to directories).
pub fn discover(paths: &[String]) -> Result<Discovered, MissingPath> {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = PathBuf::from(path);
        let metadata = fs::metadata(&path).map_err(|_| MissingPath(path.clone()))?;
        if !metadata.is_dir() {
            inputs.push(Input::File(path));
            continue;
        }
        let mut pending = vec![path];
        while let Some(directory) = pending.pop() {
            let entries = match fs::read_dir(&directory) {
                Ok(entries) => entries,
                Err(error) => {
                    problems.push((directory, format!("skipped: cannot read directory: {error}")));
                    continue;
                }
            };
            let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
            entries.sort_by_key(|entry| entry.file_name());
            let mut subdirectories = Vec::new();
            for entry in entries {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                let Ok(file_type) = entry.file_type() else {
                    continue;
                };
                let path = entry.path();
                if file_type.is_dir() {
                    if !name.starts_with('.') && !EXCLUDED_DIRECTORIES.contains(&name.as_ref()) {
                        subdirectories.push(path);
                    }
                } else if is_python_file(&path) && !path.is_dir() {
                    // Broken links and unreadable files are kept: reading them reports why.
                    inputs.push(Input::File(path));
                }
            }
            pending.extend(subdirectories.into_iter().rev());
        }
    }
    Ok(Discovered { inputs, problems })
}

fn is_python_file(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| PYTHON_EXTENSIONS.contains(&extension))
}
