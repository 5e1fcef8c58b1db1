//! The workspace folders and the project index of a document in one of them: the folder's
//! Python files as a directory run of it finds them (`crate::cli::files`), with the open
//! documents' texts in place of what is on disk, so that a document's findings follow its compat
//! modules, flags and project classes as `pysunset FOLDER` follows them (`crate::project`).
//!
//! Only what the document needs is read: the folder is walked only when the document imports
//! something else than the standard library, the walk lists the folder's paths, the document's
//! own imports are looked at, and only the modules the index then asks for are read and
//! summarised (none when the document imports nothing from the folder).
//!
//! A folder's walk is kept for [`WALK_TTL`] and shared by the checks of every document in it:
//! a check as you type does not walk the folder again. It is forgotten sooner when the client
//! says a file under the folder was created, changed or deleted
//! (`workspace/didChangeWatchedFiles`), or a document opened or saved there is not in it.

use crate::cli::files::{discover, Input};
use crate::inputs::SourceKind;
use crate::project::modules::Modules;
use crate::project::{FileFacts, ProjectBuilder};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The most files of a workspace folder the index looks at (past that, the document is
/// checked alone).
const MAX_FILES: usize = 50_000;

/// How long a folder's walk is used before the folder is walked again.
pub const WALK_TTL: Duration = Duration::from_secs(10);

/// The Python files and stubs a walk of a folder found, in the walk's order, and their modules.
struct Files {
    paths: Vec<PathBuf>,
    /// Each path's place in `paths`.
    places: HashMap<PathBuf, usize>,
    modules: Arc<Modules>,
}

/// A folder's walk and when it was made (`None`: more than [`MAX_FILES`]).
struct Walk {
    at: Instant,
    files: Option<Arc<Files>>,
}

/// The workspace folders of the session and their walks.
pub struct Folders {
    roots: Vec<PathBuf>,
    walks: Mutex<HashMap<PathBuf, Walk>>,
}

impl Folders {
    /// The workspace folders `roots`, none walked yet.
    pub fn new(roots: Vec<PathBuf>) -> Self {
        Folders { roots, walks: Mutex::new(HashMap::new()) }
    }

    /// The workspace folders.
    pub fn roots(&self) -> &[PathBuf] {
        &self.roots
    }

    /// The workspace folder `path` is in (the longest that holds it).
    pub fn root_of(&self, path: &Path) -> Option<&Path> {
        self.roots
            .iter()
            .filter(|root| path.starts_with(root))
            .max_by_key(|root| root.as_os_str().len())
            .map(PathBuf::as_path)
    }

    fn walks(&self) -> MutexGuard<'_, HashMap<PathBuf, Walk>> {
        // A panic while the lock was held left nothing half-done worth refusing to read.
        self.walks.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Forgets the walk of every folder that holds `path` (a file there was created, changed or
    /// deleted).
    pub fn forget(&self, path: &Path) {
        self.walks().retain(|root, _| !path.starts_with(root));
    }

    /// Forgets the walk of the folder of `path` when it does not list `path` (a document opened
    /// or saved in a new file), if `path` is a Python file or stub.
    pub fn notice(&self, path: &Path) {
        if !matches!(
            SourceKind::for_path(&path.to_string_lossy()),
            Some(SourceKind::Python | SourceKind::Stub)
        ) {
            return;
        }
        let Some(root) = self.root_of(path) else { return };
        let mut walks = self.walks();
        let listed =
            walks.get(root).and_then(|walk| walk.files.as_ref()).map(|files| files.places.contains_key(path));
        if listed == Some(false) {
            walks.remove(root);
        }
    }

    /// The Python files of `root`, from a walk at most [`WALK_TTL`] old (`None`: too many).
    fn files(&self, root: &Path) -> Option<Arc<Files>> {
        if let Some(walk) = self.walks().get(root).filter(|walk| walk.at.elapsed() < WALK_TTL) {
            return walk.files.clone();
        }
        let at = Instant::now();
        let files = walk(root).map(Arc::new);
        self.walks().insert(root.to_path_buf(), Walk { at, files: files.clone() });
        files
    }

    /// What the index of the workspace folder holding `path` knows of the document at `path`,
    /// whose text is `text`; `open` holds the open documents' texts by path. `None` when the
    /// document is in no folder or imports only the standard library: nothing in the folder
    /// can change its findings.
    pub fn facts(&self, path: &Path, text: &str, open: &HashMap<PathBuf, Arc<str>>) -> Option<FileFacts> {
        let root = self.root_of(path)?;
        // A document that imports only the standard library needs no walk of the folder.
        let may_import_the_folder = |level: usize, name: &str| {
            level > 0 || !crate::project::modules::is_stdlib(name.split('.').next().unwrap_or(name))
        };
        if crate::project::scan::imports_where(text, may_import_the_folder).is_empty() {
            return None;
        }
        let Some(files) = self.files(root) else {
            return Some(FileFacts::default());
        };
        let listed = files.places.get(path).copied();
        let mut unsaved = Vec::new();
        let (paths, index, mut builder) = match listed {
            Some(index) => (&files.paths, index, ProjectBuilder::with_modules(files.modules.clone())),
            // A document not saved yet is a module of the folder too.
            None => {
                unsaved.extend(files.paths.iter().cloned());
                unsaved.push(path.to_path_buf());
                let builder = ProjectBuilder::new(&names_of(&unsaved));
                (&unsaved, unsaved.len() - 1, builder)
            }
        };
        builder.scan(index, text);
        if !builder.imports_from_run(index) {
            return Some(FileFacts::default());
        }
        let mut texts: HashMap<usize, Arc<str>> = HashMap::new();
        loop {
            let wanted = builder.wanted();
            if wanted.is_empty() {
                break;
            }
            for module in wanted {
                let module_text =
                    texts.entry(module).or_insert_with(|| text_of(&paths[module], open)).clone();
                let summary = builder.summarize(module, &module_text);
                builder.add(module, summary);
            }
        }
        Some(builder.finish().facts(index))
    }
}

/// The Python files and stubs of `root` as `pysunset ROOT` finds them (`None`: more than
/// [`MAX_FILES`], or the folder cannot be read).
fn walk(root: &Path) -> Option<Files> {
    let found = discover(&[root.to_string_lossy().into_owned()], |_| None).ok()?;
    let paths: Vec<PathBuf> = found
        .inputs
        .into_iter()
        .filter_map(|(input, _)| match input {
            Input::File(file) => Some(file),
            Input::Stdin => None,
        })
        .filter(|file| {
            matches!(
                SourceKind::for_path(&file.to_string_lossy()),
                Some(SourceKind::Python | SourceKind::Stub)
            )
        })
        .collect();
    if paths.len() > MAX_FILES {
        return None;
    }
    let places = paths.iter().enumerate().map(|(place, path)| (path.clone(), place)).collect();
    let modules = Arc::new(Modules::new(&names_of(&paths)));
    Some(Files { paths, places, modules })
}

/// The paths as the project index takes them.
fn names_of(paths: &[PathBuf]) -> Vec<String> {
    paths.iter().map(|file| file.to_string_lossy().into_owned()).collect()
}

/// The text of a module of the folder: its open document's, else the file's as the command
/// line decodes it (empty when it cannot be read or decoded).
fn text_of(path: &Path, open: &HashMap<PathBuf, Arc<str>>) -> Arc<str> {
    if let Some(text) = open.get(path) {
        return text.clone();
    }
    let Ok(bytes) = std::fs::read(path) else {
        return Arc::from("");
    };
    match crate::cli::decode::decode(&bytes) {
        (Some(text), _) => Arc::from(text.as_ref()),
        (None, _) => Arc::from(""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("pysunset-folders-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::write(dir.join("pkg/__init__.py"), "").unwrap();
        std::fs::write(dir.join("pkg/compat.py"), "import os\n").unwrap();
        dir
    }

    #[test]
    fn a_walk_is_kept_until_a_file_under_its_folder_changes() {
        let dir = folder();
        let folders = Folders::new(vec![dir.clone()]);
        let user = dir.join("pkg/user.py");
        let text = "from .shim import cp\n\ncp.SafeConfigParser()\n";
        let open = HashMap::new();
        assert!(folders.facts(&user, text, &open).is_some_and(|facts| facts.is_empty()));
        // A module created on disk is not seen while the walk is kept ...
        std::fs::write(dir.join("pkg/shim.py"), "import configparser as cp\n").unwrap();
        assert!(folders.facts(&user, text, &open).is_some_and(|facts| facts.is_empty()));
        // ... and is once the client says it was created.
        folders.forget(&dir.join("pkg/shim.py"));
        assert!(folders.facts(&user, text, &open).is_some_and(|facts| !facts.is_empty()));
        // A document opened or saved in a file the walk does not list forgets the walk too.
        let text = "from .later import cp\n\ncp.SafeConfigParser()\n";
        std::fs::write(dir.join("pkg/later.py"), "import configparser as cp\n").unwrap();
        assert!(folders.facts(&user, text, &open).is_some_and(|facts| facts.is_empty()));
        folders.notice(&dir.join("pkg/compat.py"));
        assert!(
            folders.facts(&user, text, &open).is_some_and(|facts| facts.is_empty()),
            "a listed file keeps the walk"
        );
        folders.notice(&dir.join("pkg/later.py"));
        assert!(folders.facts(&user, text, &open).is_some_and(|facts| !facts.is_empty()));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
