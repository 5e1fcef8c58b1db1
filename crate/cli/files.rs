//! Which files a run checks: the files named, and under the directories named, the files whose
//! kind pysunset knows ([`SourceKind::for_path`]: Python, stubs, notebooks, env text files),
//! less the configuration's `exclude` patterns.

use crate::config::is_excluded;
use crate::SourceKind;
use std::fs;
use std::path::{Path, PathBuf};

/// Directory names never entered: tool caches, virtual environments, installed packages.
/// Hidden directories (names starting with a dot) are skipped too, except [`HIDDEN_ENTERED`].
const EXCLUDED_DIRECTORIES: &[&str] =
    &["__pycache__", "__pypackages__", "_build", "buck-out", "node_modules", "site-packages", "venv"];

/// Hidden directories that hold files pysunset reads (CI workflows).
const HIDDEN_ENTERED: &[&str] = &[".github", ".circleci"];

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
    /// The inputs, in the order they will be reported, each with the index of the command-line
    /// path it came from.
    pub inputs: Vec<(Input, usize)>,
    /// Directories that could not be read, with the reason.
    pub problems: Vec<(PathBuf, String)>,
}

/// A path on the command line that could not be used.
#[derive(Clone, Debug)]
pub struct MissingPath(pub PathBuf);

/// Where `exclude` patterns apply: the patterns, and the directory they are relative to.
pub struct Exclusion<'a> {
    /// The project root (the directory of the `pyproject.toml`), absolute.
    pub root: &'a Path,
    /// The patterns.
    pub patterns: &'a [String],
}

impl Exclusion<'_> {
    fn excludes(&self, path: &Path) -> bool {
        if self.patterns.is_empty() {
            return false;
        }
        let Ok(absolute) = std::path::absolute(path) else {
            return false;
        };
        absolute
            .strip_prefix(self.root)
            .ok()
            .and_then(Path::to_str)
            .is_some_and(|relative| is_excluded(relative, self.patterns))
    }
}

/// Expands the command line's paths: files as they are, directories into the files pysunset
/// reads (recursively, sorted, without following symbolic links to directories).
/// `exclusion(index)` gives the exclusion for the `index`-th path.
pub fn discover<'a>(
    paths: &[String],
    exclusion: impl Fn(usize) -> Option<Exclusion<'a>>,
) -> Result<Discovered, MissingPath> {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for (index, path) in paths.iter().enumerate() {
        if path == "-" {
            inputs.push((Input::Stdin, index));
            continue;
        }
        let path = PathBuf::from(path);
        let metadata = fs::metadata(&path).map_err(|_| MissingPath(path.clone()))?;
        if !metadata.is_dir() {
            inputs.push((Input::File(path), index));
            continue;
        }
        let exclusion = exclusion(index);
        let excluded = |path: &Path| exclusion.as_ref().is_some_and(|exclusion| exclusion.excludes(path));
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
                    let hidden = name.starts_with('.') && !HIDDEN_ENTERED.contains(&name.as_ref());
                    if !hidden && !EXCLUDED_DIRECTORIES.contains(&name.as_ref()) && !excluded(&path) {
                        subdirectories.push(path);
                    }
                } else if is_checked_file(&path) && !path.is_dir() && !excluded(&path) {
                    // Broken links and unreadable files are kept: reading them reports why.
                    inputs.push((Input::File(path), index));
                }
            }
            pending.extend(subdirectories.into_iter().rev());
        }
    }
    Ok(Discovered { inputs, problems })
}

fn is_checked_file(path: &Path) -> bool {
    SourceKind::for_path(&path.to_string_lossy()).is_some()
}
