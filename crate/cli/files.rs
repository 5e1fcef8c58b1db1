//! Which files a run checks: the files named, and under the directories named, the files whose
//! kind pysunset knows (`crate::inputs::walk`, the rules every walk shares),
//! less the configuration's `exclude` patterns and what `.gitignore` files ignore: those from the
//! repository's root (the nearest ancestor holding `.git`) down to the directory, and those inside
//! it as the walk enters them; a deeper file's verdict (ignored or re-included with `!`) wins, as
//! in git. Outside a repository (an unpacked sdist, say) `.gitignore` files are ignored, as git,
//! ripgrep and ruff ignore them; inside a nested repository only its own `.gitignore` files apply.
//! A file the repository's index tracks is never ignored, and a
//! directory holding one is entered for its tracked paths (`crate::inputs::git_index`), as in git.
//! The Node CLI (`js/files.js`) walks the same way.

use crate::hash::HashMap;
use crate::hash::HashSet;
use crate::inputs::git_index::{gitdir_of, ObjectFormat, TrackedPaths};
use crate::inputs::walk::{is_checkable_path, skipped_folder};
use ignore::gitignore::{Gitignore, GitignoreBuilder};
use ignore::Match;
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
        // Each directory with whether git ignores it (then only its tracked paths are walked).
        let mut pending = vec![(path, false)];
        while let Some((directory, ignored)) = pending.pop() {
            let entries = match fs::read_dir(&directory) {
                Ok(entries) => entries,
                Err(error) => {
                    problems.push((directory, format!("skipped: cannot read directory: {error}")));
                    continue;
                }
            };
            gitignores.enter(&directory);
            let configured =
                |path: &Path| exclusion.as_ref().is_some_and(|exclusion| exclusion.excludes(path));
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
                    if skipped_folder(&name).is_none() && !configured(&path) {
                        match gitignores.verdict(&path, true, ignored) {
                            Verdict::Kept => subdirectories.push((path, false)),
                            Verdict::Tracked => subdirectories.push((path, true)),
                            Verdict::Ignored => {}
                        }
                    }
                } else if is_checked_file(&path)
                    && !path.is_dir()
                    && !configured(&path)
                    && gitignores.verdict(&path, false, ignored) != Verdict::Ignored
                {
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

/// What git makes of a path the walk finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    /// Not ignored.
    Kept,
    /// Ignored, but tracked (a file) or holding a tracked path (a directory, whose untracked
    /// paths stay ignored): git ignores no tracked file.
    Tracked,
    /// Ignored.
    Ignored,
}

/// The `.gitignore` files that apply under one directory tree, by absolute directory, and the
/// paths each repository's index tracks.
struct GitignoreStack {
    by_directory: HashMap<PathBuf, Gitignore>,
    /// The root of the repository the tree's top is inside (the nearest ancestor holding `.git`).
    top_root: Option<PathBuf>,
    /// The repository roots the walk found inside the tree.
    roots_inside: HashSet<PathBuf>,
    /// The tracked paths of each repository root, read when first needed.
    tracked: HashMap<PathBuf, TrackedPaths>,
}

impl GitignoreStack {
    /// The `.gitignore` files from the repository's root down to above `top` (none when `top`
    /// is not in a repository).
    fn new(top: &Path) -> Self {
        let mut stack = GitignoreStack {
            by_directory: HashMap::default(),
            top_root: None,
            roots_inside: HashSet::default(),
            tracked: HashMap::default(),
        };
        let Ok(absolute) = std::path::absolute(top) else {
            return stack;
        };
        let ancestors: Vec<&Path> = absolute.ancestors().skip(1).collect();
        if let Some(root) = ancestors.iter().position(|directory| directory.join(".git").exists()) {
            stack.top_root = Some(ancestors[root].to_path_buf());
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
                self.roots_inside.insert(absolute.clone());
            }
            let in_repository =
                self.top_root.is_some() || self.roots_inside.iter().any(|root| absolute.starts_with(root));
            if in_repository && !self.by_directory.contains_key(&absolute) {
                self.load(&absolute);
            }
        }
    }

    /// What git makes of `path`, found in a directory it ignores (`in_ignored`) or not.
    fn verdict(&mut self, path: &Path, is_directory: bool, in_ignored: bool) -> Verdict {
        if !in_ignored && !self.ignores(path, is_directory) {
            Verdict::Kept
        } else if self.is_tracked(path, is_directory) {
            Verdict::Tracked
        } else {
            Verdict::Ignored
        }
    }

    /// Whether the index of the repository `path` is in tracks it (a file) or a path under it
    /// (a directory).
    fn is_tracked(&mut self, path: &Path, is_directory: bool) -> bool {
        let Ok(absolute) = std::path::absolute(path) else {
            return false;
        };
        let root = self
            .top_root
            .iter()
            .chain(&self.roots_inside)
            .filter(|root| absolute.starts_with(root) && absolute != **root)
            .max_by_key(|root| root.as_os_str().len());
        let Some(root) = root.cloned() else {
            return false;
        };
        let Ok(relative) = absolute.strip_prefix(&root) else {
            return false;
        };
        let mut relative = relative.as_os_str().as_encoded_bytes().to_vec();
        if cfg!(windows) {
            relative.iter_mut().filter(|byte| **byte == b'\\').for_each(|byte| *byte = b'/');
        }
        let tracked = self.tracked.entry(root).or_insert_with_key(|root| read_tracked_paths(root));
        if is_directory {
            tracked.holds_tracked(&relative)
        } else {
            tracked.is_tracked(&relative)
        }
    }

    /// Whether a `.gitignore` ignores `path`: the deepest one with a verdict decides.
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
            // A repository's own .gitignore files are the last that apply: those of an
            // enclosing repository say nothing inside it, as in git.
            if self.roots_inside.contains(directory) {
                return false;
            }
        }
        false
    }
}

/// The paths the index of the repository at `root` tracks: `root/.git` is the git directory, or
/// a file naming it (worktrees, submodules). Nothing when the index cannot be read.
fn read_tracked_paths(root: &Path) -> TrackedPaths {
    let dot_git = root.join(".git");
    let gitdir = if dot_git.is_dir() {
        dot_git
    } else {
        match fs::read_to_string(&dot_git).ok().as_deref().and_then(gitdir_of) {
            Some(gitdir) => root.join(gitdir),
            None => return TrackedPaths::default(),
        }
    };
    // A worktree's configuration is its repository's, in the common directory.
    let common = match fs::read_to_string(gitdir.join("commondir")) {
        Ok(common) => gitdir.join(common.trim_end_matches(['\n', '\r'])),
        Err(_) => gitdir.clone(),
    };
    let config = fs::read(common.join("config")).unwrap_or_default();
    let format = ObjectFormat::from_config(&String::from_utf8_lossy(&config));
    fs::read(gitdir.join("index"))
        .ok()
        .and_then(|index| TrackedPaths::from_index(&index, format))
        .unwrap_or_default()
}
