//! Which files a run checks: the files named, and under the directories named, the files whose
//! kind pysunset knows (`crate::inputs::walk`, the rules every walk shares),
//! less the configuration's `exclude` patterns and what `.gitignore` files ignore: those from the
//! repository's root (the nearest ancestor holding `.git`) down to the directory, and those inside
//! it as the walk enters them; a deeper file's verdict (ignored or re-included with `!`) wins, as
//! in git. Outside a repository (an unpacked sdist, say) `.gitignore` files are ignored, as git,
//! ripgrep and ruff ignore them. The Node CLI (`js/files.js`) walks the same way.

use crate::inputs::walk::{is_checkable_path, skipped_folder};
use ignore::gitignore::{Gitignore, GitignoreBuilder};
use ignore::Match;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

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
        !self.patterns.is_empty()
            && std::path::absolute(path)
                .is_ok_and(|absolute| crate::settings::excluded_under(self.root, &absolute, self.patterns))
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
        let mut gitignores = GitignoreStack::new(&path);
        let mut pending = vec![path];
        while let Some(directory) = pending.pop() {
            let entries = match fs::read_dir(&directory) {
                Ok(entries) => entries,
                Err(error) => {
                    problems.push((directory, format!("skipped: cannot read directory: {error}")));
                    continue;
                }
            };
            gitignores.enter(&directory);
            let excluded = |path: &Path, is_directory: bool| {
                exclusion.as_ref().is_some_and(|exclusion| exclusion.excludes(path))
                    || gitignores.ignores(path, is_directory)
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
                    if skipped_folder(&name).is_none() && !excluded(&path, true) {
                        subdirectories.push(path);
                    }
                } else if is_checked_file(&path) && !path.is_dir() && !excluded(&path, false) {
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
    is_checkable_path(&path.to_string_lossy())
}

/// The `.gitignore` files that apply under one directory tree, by absolute directory.
struct GitignoreStack {
    by_directory: HashMap<PathBuf, Gitignore>,
    /// Whether the tree's top is inside a repository (an ancestor holds `.git`).
    top_in_repository: bool,
    /// The repository roots the walk found inside the tree.
    roots_inside: Vec<PathBuf>,
}

impl GitignoreStack {
    /// The `.gitignore` files from the repository's root down to above `top` (none when `top`
    /// is not in a repository).
    fn new(top: &Path) -> Self {
        let mut stack = GitignoreStack {
            by_directory: HashMap::new(),
            top_in_repository: false,
            roots_inside: Vec::new(),
        };
        let Ok(absolute) = std::path::absolute(top) else {
            return stack;
        };
        let ancestors: Vec<&Path> = absolute.ancestors().skip(1).collect();
        if let Some(root) = ancestors.iter().position(|directory| directory.join(".git").exists()) {
            stack.top_in_repository = true;
            for directory in &ancestors[..=root] {
                stack.load(directory);
            }
        }
        stack
    }

    fn load(&mut self, absolute: &Path) {
        let file = absolute.join(".gitignore");
        if !file.is_file() {
            return;
        }
        let mut builder = GitignoreBuilder::new(absolute);
        // A line that is not a valid pattern is skipped, as git skips it.
        let _ = builder.add(&file);
        if let Ok(gitignore) = builder.build() {
            self.by_directory.insert(absolute.to_path_buf(), gitignore);
        }
    }

    /// Reads the `.gitignore` of a directory the walk enters, when that directory is inside a
    /// repository.
    fn enter(&mut self, directory: &Path) {
        if let Ok(absolute) = std::path::absolute(directory) {
            if absolute.join(".git").exists() {
                self.roots_inside.push(absolute.clone());
            }
            let in_repository =
                self.top_in_repository || self.roots_inside.iter().any(|root| absolute.starts_with(root));
            if in_repository && !self.by_directory.contains_key(&absolute) {
                self.load(&absolute);
            }
        }
    }

    /// Whether git would ignore `path`: the deepest `.gitignore` with a verdict decides.
    fn ignores(&self, path: &Path, is_directory: bool) -> bool {
        if self.by_directory.is_empty() {
            return false;
        }
        let Ok(absolute) = std::path::absolute(path) else {
            return false;
        };
        for directory in absolute.ancestors().skip(1) {
            if let Some(gitignore) = self.by_directory.get(directory) {
                match gitignore.matched(&absolute, is_directory) {
                    Match::Ignore(_) => return true,
                    Match::Whitelist(_) => return false,
                    Match::None => {}
                }
            }
        }
        false
    }
}
