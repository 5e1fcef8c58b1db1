//! One file of a check run as the CLIs report it: decoded text checked into a [`FileReport`],
//! and the note the CLIs print about the file on standard error. The native CLI and the Node
//! CLI's worker threads (through the WebAssembly bindings) both call these.

use super::{file_note, FileReport};
use crate::inputs::decode::{self, DecodeProblem, Transcoder};
use crate::Options;

/// What a run makes of one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileOutcome {
    /// The file's report.
    pub report: FileReport,
    /// A line for standard error (why it was skipped, that bad bytes were replaced, ...).
    pub note: Option<String>,
}

impl FileOutcome {
    /// A file that was not checked, and why (`skipped: ...`).
    pub fn skipped(path: String, problem: String) -> Self {
        FileOutcome {
            note: Some(file_note(&path, &problem)),
            report: FileReport { path, problem: Some(problem), ..FileReport::default() },
        }
    }

    /// A file whose bytes are not text (`problem` says why; binary when it says nothing).
    pub fn undecodable(path: String, problem: Option<DecodeProblem>) -> Self {
        let problem = problem.map_or_else(|| "skipped: not text".to_string(), |problem| problem.to_string());
        FileOutcome::skipped(path, problem)
    }

    /// Checks a file's text as the kind of file `path` names. `note` is what reading it said
    /// (it is replaced when the file cannot be checked). The report keeps the text when there
    /// are findings, for the formats that show source lines.
    pub fn check_text(path: String, text: &str, note: Option<String>, options: &Options) -> Self {
        Self::check_text_in(path, text, note, options, &crate::project::FileFacts::default())
    }

    /// [`FileOutcome::check_text`] for a file of a project run: `facts` are what the project
    /// index knows of the names it imports (used for Python files, which alone import).
    pub fn check_text_in(
        path: String,
        text: &str,
        note: Option<String>,
        options: &Options,
        facts: &crate::project::FileFacts,
    ) -> Self {
        let python = matches!(
            crate::SourceKind::for_path(&path),
            None | Some(crate::SourceKind::Python | crate::SourceKind::Stub)
        );
        let checked = if python && !facts.is_empty() {
            crate::check_in_project(text, options, facts)
        } else {
            crate::check_file(&path, text, options)
        };
        match checked {
            Ok(findings) => {
                let source = (!findings.is_empty()).then(|| text.to_string());
                FileOutcome { report: FileReport { path, source, findings, ..FileReport::default() }, note }
            }
            Err(error) => FileOutcome::skipped(path, format!("skipped: {error}")),
        }
    }

    /// Decodes a file's bytes as Python reads source (`host` converts the legacy encodings)
    /// and checks the text.
    pub fn check_bytes(path: String, bytes: &[u8], host: &dyn Transcoder, options: &Options) -> Self {
        let (text, problem) = decode::decode(bytes, host);
        match text {
            Some(text) => {
                let note = problem.map(|problem| file_note(&path, &problem.to_string()));
                FileOutcome::check_text(path, &text, note, options)
            }
            None => FileOutcome::undecodable(path, problem),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoTranscoder;

    impl Transcoder for NoTranscoder {
        fn decode(&self, encoding: &'static str, _: &[u8]) -> Result<(String, bool), String> {
            Err(format!("no decoder for {encoding}"))
        }
        fn encode(&self, _: &'static str, _: &str) -> Option<Vec<u8>> {
            None
        }
    }

    #[test]
    fn bytes_become_a_report_and_a_note() {
        let options = Options::default();
        let clean = FileOutcome::check_bytes("a.py".into(), b"import os\n", &NoTranscoder, &options);
        assert_eq!((clean.report.findings.len(), clean.report.source, clean.note), (0, None, None));

        let found = FileOutcome::check_bytes("b.py".into(), b"import imp\n", &NoTranscoder, &options);
        assert_eq!(found.report.findings.len(), 1);
        assert_eq!(found.report.source.as_deref(), Some("import imp\n"), "kept for the source lines");

        let repaired =
            FileOutcome::check_bytes("c\n.py".into(), b"import imp # \xff\n", &NoTranscoder, &options);
        assert_eq!(repaired.report.findings.len(), 1, "checked all the same");
        assert_eq!(repaired.report.problem, None);
        let note = repaired.note.unwrap();
        assert!(note.starts_with("c\\n.py: not valid UTF-8"), "{note}");

        let binary = FileOutcome::check_bytes("d.py".into(), b"\x00\x01", &NoTranscoder, &options);
        assert_eq!(binary.report.problem.as_deref(), Some("skipped: binary file (contains NUL bytes)"));
        assert_eq!(binary.note.as_deref(), Some("d.py: skipped: binary file (contains NUL bytes)"));

        let legacy =
            FileOutcome::check_bytes("e.py".into(), b"# coding: euc-jp\nx\n", &NoTranscoder, &options);
        assert_eq!(
            legacy.report.problem.as_deref(),
            Some("skipped: cannot decode: no decoder for EUC-JP"),
            "{legacy:?}"
        );
    }
}
