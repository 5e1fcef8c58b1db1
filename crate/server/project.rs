//! The project index for a document of a workspace folder: the folder's Python files as a
//! directory run of it finds them (`crate::cli::files`), with the open documents' texts in place
//! of what is on disk, so that a document's findings follow its compat modules, flags and
//! project classes as `pysunset FOLDER` follows them (`crate::project`).
//!
//! Only what the document needs is read: the folder is walked only when the document imports
//! something else than the standard library, the walk lists the folder's paths, the document's
//! own imports are looked at, and only the modules the index then asks for are read and
//! summarised (none when the document imports nothing from the folder).

use crate::cli::files::{discover, Input};
use crate::inputs::SourceKind;
use crate::project::{FileFacts, ProjectBuilder};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The most files of a workspace folder the index looks at (past that, the document is
/// checked alone).
const MAX_FILES: usize = 50_000;

/// What the index of the workspace folder holding `path` (the longest of `roots` it lies in)
/// knows of the document at `path`, whose text is `text`; `open` holds the open documents'
/// texts by path. Empty when the document is in no folder or imports nothing from it.
pub fn facts(path: &Path, text: &str, roots: &[PathBuf], open: &HashMap<PathBuf, Arc<str>>) -> FileFacts {
    let Some(root) =
        roots.iter().filter(|root| path.starts_with(root)).max_by_key(|root| root.as_os_str().len())
    else {
        return FileFacts::default();
    };
    // A document that imports only the standard library needs no walk of the folder.
    let may_import_the_folder = |level: usize, name: &str| {
        level > 0 || !crate::project::modules::is_stdlib(name.split('.').next().unwrap_or(name))
    };
    if crate::project::scan::imports_where(text, may_import_the_folder).is_empty() {
        return FileFacts::default();
    }
    let Ok(found) = discover(&[root.to_string_lossy().into_owned()], |_| None) else {
        return FileFacts::default();
    };
    let mut paths: Vec<PathBuf> = found
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
        return FileFacts::default();
    }
    // A document not saved yet is a module of the folder too.
    let index = match paths.iter().position(|file| file == path) {
        Some(index) => index,
        None => {
            paths.push(path.to_path_buf());
            paths.len() - 1
        }
    };
    let names: Vec<String> = paths.iter().map(|file| file.to_string_lossy().into_owned()).collect();
    let mut builder = ProjectBuilder::new(&names);
    builder.scan(index, text);
    if !builder.imports_from_run(index) {
        return FileFacts::default();
    }
    let mut texts: HashMap<usize, Arc<str>> = HashMap::new();
    loop {
        let wanted = builder.wanted();
        if wanted.is_empty() {
            break;
        }
        for module in wanted {
            let module_text = texts.entry(module).or_insert_with(|| text_of(&paths[module], open)).clone();
            let summary = builder.summarize(module, &module_text);
            builder.add(module, summary);
        }
    }
    builder.finish().facts(index)
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
