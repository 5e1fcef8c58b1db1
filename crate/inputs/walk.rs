//! Which files a directory walk reads, by name: the rules of the native CLI, the Node CLI and the
//! playground. A directory is not entered when [`skipped_folder`] names a reason (hidden
//! folders, caches, virtual environments, installed packages, build output); a file is read when
//! [`is_checkable_path`] says so (its [`SourceKind`]).
//!
//! Ex) `src/.venv/lib/x.py` is not read: `.venv` is a hidden folder.

use crate::{CheckError, SourceKind, MAX_SOURCE_BYTES};
use std::fmt;

/// Why a walk does not enter a directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FolderSkip {
    /// A hidden folder (its name starts with `.`), other than those in [`HIDDEN_ENTERED`].
    Hidden,
    /// A cache of compiled files (`__pycache__`).
    Cache,
    /// A virtual environment or installed packages (`venv`, `site-packages`, `node_modules`, ...).
    Packages,
    /// Build output (`_build`, `buck-out`).
    Build,
}

impl FolderSkip {
    /// Says why, in a few words, for a person.
    pub fn reason(self) -> &'static str {
        match self {
            FolderSkip::Hidden => "a hidden folder",
            FolderSkip::Cache => "a cache of compiled files",
            FolderSkip::Packages => "a virtual environment or installed packages",
            FolderSkip::Build => "build output",
        }
    }
}

impl fmt::Display for FolderSkip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.reason())
    }
}

/// Directory names never entered, with why (hidden directories are skipped too).
pub const SKIPPED_FOLDERS: &[(&str, FolderSkip)] = &[
    ("__pycache__", FolderSkip::Cache),
    ("__pypackages__", FolderSkip::Packages),
    ("_build", FolderSkip::Build),
    ("buck-out", FolderSkip::Build),
    ("node_modules", FolderSkip::Packages),
    ("site-packages", FolderSkip::Packages),
    ("venv", FolderSkip::Packages),
];

/// Hidden directories that hold files pysunset reads (CI workflows).
pub const HIDDEN_ENTERED: &[&str] = &[".github", ".circleci"];

/// Why a walk does not enter a directory named `name` (one path component), or `None` when it does.
pub fn skipped_folder(name: &str) -> Option<FolderSkip> {
    if name.starts_with('.') && !matches!(name, "." | "..") && !HIDDEN_ENTERED.contains(&name) {
        return Some(FolderSkip::Hidden);
    }
    SKIPPED_FOLDERS.iter().find(|(skipped, _)| *skipped == name).map(|&(_, why)| why)
}

/// The first directory of a relative path (`/` or `\` between components) that a walk does not
/// enter: the path up to and including that directory's name, and why. The last component (the
/// file's name) is not looked at.
///
/// Ex) `pkg/__pycache__/m.cpython-312.pyc` gives `("pkg/__pycache__", FolderSkip::Cache)`.
pub fn skipped_folder_of(path: &str) -> Option<(&str, FolderSkip)> {
    let mut start = 0;
    for (at, separator) in path.match_indices(['/', '\\']) {
        if let Some(why) = skipped_folder(&path[start..at]) {
            return Some((&path[..at], why));
        }
        start = at + separator.len();
    }
    None
}

/// Whether a walk reads the file at `path`, by its name: Python source, stubs, notebooks, and
/// the text files where removed environment variables hide ([`SourceKind::for_path`]).
pub fn is_checkable_path(path: &str) -> bool {
    SourceKind::for_path(path).is_some()
}

/// Why a file is not read, whatever its name: the CLIs read regular files only (links followed),
/// and at most [`MAX_SOURCE_BYTES`] of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// A FIFO, a device or a socket: reading could block forever or never end.
    NotRegular,
    /// Larger than [`MAX_SOURCE_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: u64,
    },
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::NotRegular => write!(f, "skipped: not a regular file (a FIFO, a device or a socket)"),
            Unreadable::TooLarge { bytes } => {
                let bytes = usize::try_from(*bytes).unwrap_or(usize::MAX);
                write!(f, "skipped: {}", CheckError::TooLarge { bytes })
            }
        }
    }
}

/// Whether a file the host has opened (and `fstat`ed) is read: `None` when it is a regular
/// file within the limit.
pub fn unreadable_file(is_regular: bool, size: u64) -> Option<Unreadable> {
    if !is_regular {
        Some(Unreadable::NotRegular)
    } else if size > MAX_SOURCE_BYTES as u64 {
        Some(Unreadable::TooLarge { bytes: size })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_hidden_cache_and_environment_folders() {
        assert_eq!(skipped_folder(".venv"), Some(FolderSkip::Hidden));
        assert_eq!(skipped_folder(".github"), None);
        assert_eq!(skipped_folder("."), None);
        assert_eq!(skipped_folder("__pycache__"), Some(FolderSkip::Cache));
        assert_eq!(skipped_folder("site-packages"), Some(FolderSkip::Packages));
        assert_eq!(skipped_folder("src"), None);
        assert_eq!(
            skipped_folder_of("a/node_modules/b/c.py"),
            Some(("a/node_modules", FolderSkip::Packages))
        );
        assert_eq!(skipped_folder_of("./a\\.tox\\c.py"), Some(("./a\\.tox", FolderSkip::Hidden)));
        assert_eq!(skipped_folder_of(".github/workflows/ci.yml"), None);
        assert_eq!(skipped_folder_of(".hidden.py"), None, "the file's own name is not a folder");
        assert!(
            is_checkable_path("a/b.pyi") && is_checkable_path("Dockerfile") && !is_checkable_path("a.txt")
        );
    }
}
