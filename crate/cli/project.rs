//! The project index of a native run: a quick look at every Python file's imports, then
//! the summaries of the modules they import from, over the texts the run has read once for the
//! check (`crate::project`).

use super::files::Input;
use super::{Decoded, ReadInput};
use crate::project::{ProjectBuilder, ProjectIndex};
use rayon::prelude::*;

/// The text of a Python file of the run, as read and decoded for its check, or `None` (not
/// Python, unreadable, undecodable: the check says why).
fn python_text<'a>(read: &ReadInput, decoded: &'a Decoded<'_>) -> Option<&'a str> {
    if !matches!(
        crate::SourceKind::for_path(&read.path),
        Some(crate::SourceKind::Python | crate::SourceKind::Stub)
    ) {
        return None;
    }
    decoded.as_ref()?.0.as_deref()
}

/// The index of the run's inputs (in their order), and for each input the relative imports
/// it uses names of that the run does not hold (see [`crate::project::unfollowed`]). `read`
/// and `decoded` are the inputs' bytes and texts, as the check reads them.
pub fn index(
    inputs: &[(Input, usize)],
    read: &[ReadInput],
    decoded: &[Decoded<'_>],
) -> (ProjectIndex, Vec<Vec<String>>) {
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
    let text = |index: usize| match &inputs[index].0 {
        Input::File(_) => python_text(&read[index], &decoded[index]),
        Input::Stdin => None,
    };
    let scanned: Vec<_> = (0..inputs.len())
        .into_par_iter()
        .map(|index| {
            let Some(text) = text(index) else {
                return (Vec::new(), Vec::new());
            };
            let imports = builder.project_imports(index, text);
            let unfollowed = crate::project::unfollowed(&imports, text);
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
            .map(|&index| (index, builder.summarize(index, text(index).unwrap_or_default())))
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
    crate::report::project_note(unfollowed, |index| match &inputs.get(index)?.0 {
        Input::File(path) => Some(super::shown_path(path)),
        Input::Stdin => None,
    })
}
