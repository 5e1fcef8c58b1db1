//! The project index of a native run: a quick look at every Python file's `from` imports, then
//! the summaries of the modules they import from, read again (in parallel, each once), before
//! the files are checked (`crate::project`).

use super::files::Input;
use crate::project::{ProjectBuilder, ProjectIndex};
use rayon::prelude::*;
use std::path::Path;

/// The text of a Python file of the run, or `None` (not Python, unreadable, undecodable: the
/// check says why).
fn python_text(path: &Path) -> Option<String> {
    let shown = path.to_string_lossy();
    if !matches!(
        crate::SourceKind::for_path(&shown),
        Some(crate::SourceKind::Python | crate::SourceKind::Stub)
    ) {
        return None;
    }
    let bytes = super::read_file(path).ok()?;
    super::decode::decode(&bytes).0.map(std::borrow::Cow::into_owned)
}

/// The index of the run's inputs (in their order), and for each input the relative imports
/// it uses names of that the run does not hold (see [`crate::project::unfollowed`]).
pub fn index(inputs: &[(Input, usize)]) -> (ProjectIndex, Vec<Vec<String>>) {
    let paths: Vec<String> = inputs
        .iter()
        .map(|(input, _)| match input {
            // Absolute, so that a run of `.` inside a package still names its modules.
            Input::File(path) => {
                std::path::absolute(path).unwrap_or_else(|_| path.clone()).to_string_lossy().into_owned()
            }
            Input::Stdin => String::new(),
        })
        .collect();
    let mut builder = ProjectBuilder::new(&paths);
    let file = |index: usize| match &inputs[index].0 {
        Input::File(path) => Some(path.as_path()),
        Input::Stdin => None,
    };
    let scanned: Vec<_> = (0..inputs.len())
        .into_par_iter()
        .map(|index| {
            let Some(text) = file(index).and_then(python_text) else {
                return (Vec::new(), Vec::new());
            };
            let imports = builder.project_imports(index, &text);
            let unfollowed = crate::project::unfollowed(&imports, &text);
            (imports, unfollowed)
        })
        .collect();
    let mut unfollowed = Vec::with_capacity(scanned.len());
    for (index, (imports, unseen)) in scanned.into_iter().enumerate() {
        builder.set_imports(index, imports);
        unfollowed.push(unseen);
    }
    loop {
        let wanted = builder.wanted();
        if wanted.is_empty() {
            break;
        }
        let summaries: Vec<_> = wanted
            .par_iter()
            .map(|&index| {
                let text = file(index).and_then(python_text).unwrap_or_default();
                (index, builder.summarize(index, &text))
            })
            .collect();
        for (index, summary) in summaries {
            builder.add(index, summary);
        }
    }
    (builder.finish(), unfollowed)
}

/// The note for standard error about relative imports the run could not follow, if any file
/// uses names of one (one line for the run).
pub fn note(inputs: &[(Input, usize)], unfollowed: &[Vec<String>]) -> Option<String> {
    let mut files = unfollowed.iter().enumerate().filter(|(_, modules)| !modules.is_empty());
    let (first, modules) = files.next()?;
    let others = files.count();
    let Input::File(path) = &inputs[first].0 else {
        return None;
    };
    let shown = crate::report::escape::visible(&super::shown_path(path)).into_owned();
    let modules = modules.iter().map(|module| format!("`{module}`")).collect::<Vec<_>>().join(", ");
    let more = match others {
        0 => String::new(),
        1 => " (and 1 other file does too)".to_string(),
        n => format!(" (and {n} other files do too)"),
    };
    Some(format!(
        "note: {shown} uses names it imports from {modules}, which this run does not include{more}: \
         what that module binds them to (a compatibility import, a flag) is not followed; \
         check the whole package directory to follow it"
    ))
}
