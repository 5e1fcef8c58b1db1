//! A check run of the Node CLI across threads: each worker thread turns a file's bytes into its
//! part of the output ([`FileChecker`]: decoded, checked and rendered in one call), and the main
//! thread puts the parts together in input order ([`RunOutput`]), so that what crosses between
//! threads is one small buffer per file instead of findings and source text.
//! A part crosses as bytes ([`to_bytes`]) only these two read, both from the same module.

use super::host::TextHost;
use super::project::ProjectScanner;
use super::{options_from_js, render_options_from_js, CheckOptions, RenderOptionsObject};
use crate::inputs::decode;
use crate::project::FileFacts;
use crate::report::{
    assemble, from_bytes, render_file, to_bytes, FileOutcome, FilePart, FileReport, RenderOptions,
};
use crate::Options;
use wasm_bindgen::prelude::*;

/// Checks files for a run on one thread: the check options of their paths and the run's format.
#[wasm_bindgen]
pub struct FileChecker {
    options: Options,
    render: RenderOptions,
}

#[wasm_bindgen]
impl FileChecker {
    /// Throws an `Error` for invalid options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Option<CheckOptions>, render: RenderOptionsObject) -> Result<FileChecker, JsError> {
        Ok(FileChecker { options: options_from_js(options)?, render: render_options_from_js(render)? })
    }

    /// A file's bytes decoded as Python reads source (`host` converts the legacy encodings),
    /// checked as the kind of file `path` names and rendered: its part, for `RunOutput.add`.
    pub fn check(&self, path: String, bytes: &[u8], host: &TextHost) -> Vec<u8> {
        self.part(&FileOutcome::check_bytes(path, bytes, host, &self.options))
    }

    /// A file a `ProjectRun` prepared (its text, what decoding it said, what the project index
    /// knows of it) checked as the kind of file `path` names and rendered: its part, for
    /// `RunOutput.add`. Throws an `Error` for bytes `ProjectRun.prepared` did not make.
    #[wasm_bindgen(js_name = checkPrepared)]
    pub fn check_prepared(&self, path: String, prepared: &[u8]) -> Result<Vec<u8>, JsError> {
        let prepared = super::project::unpack(prepared)
            .ok_or_else(|| JsError::new("FileChecker.checkPrepared: not a prepared file"))?;
        Ok(self.part(&super::project::outcome(path, &prepared, &self.options)))
    }

    /// A file of a run with a project index, from its bytes (decoded as `check` decodes them):
    /// `scanner` looks at its imports first. A file that imports from a module of the run is
    /// not checked yet (it waits for the index: `checkWithFacts`); any other is checked and
    /// rendered. Returns `[deferred: u8][scan length: u32 LE][scan][part]`: `scan` for
    /// `ProjectRun.addScanned` (empty when the index needs nothing of the file), `part` for
    /// `RunOutput.add` (empty when deferred).
    #[wasm_bindgen(js_name = checkInRun)]
    pub fn check_in_run(
        &self,
        path: String,
        index: usize,
        bytes: &[u8],
        host: &TextHost,
        scanner: &ProjectScanner,
    ) -> Vec<u8> {
        let (text, problem) = decode::decode(bytes, host);
        let Some(text) = text else {
            return framed(false, &[], &self.part(&FileOutcome::undecodable(path, problem)));
        };
        let scanned = scanner.look(index, &path, &text).unwrap_or_default();
        if scanned.imports_from_run() {
            return framed(true, &scanned.to_bytes(), &[]);
        }
        let note = problem.map(|problem| crate::report::file_note(&path, &problem.to_string()));
        let part = self.part(&FileOutcome::check_text(path, &text, note, &self.options));
        framed(false, &scanned.unfollowed_only().to_bytes(), &part)
    }

    /// A file `checkInRun` deferred, from its bytes, checked with what the project index knows
    /// of it (`facts`, from `ProjectRun.factsOf`) and rendered: its part. Throws an `Error`
    /// for facts `factsOf` did not make.
    #[wasm_bindgen(js_name = checkWithFacts)]
    pub fn check_with_facts(
        &self,
        path: String,
        bytes: &[u8],
        host: &TextHost,
        facts: &[u8],
    ) -> Result<Vec<u8>, JsError> {
        let facts = FileFacts::from_bytes(facts)
            .ok_or_else(|| JsError::new("FileChecker.checkWithFacts: not a file's facts"))?;
        let (text, problem) = decode::decode(bytes, host);
        let outcome = match text {
            Some(text) => {
                let note = problem.map(|problem| crate::report::file_note(&path, &problem.to_string()));
                FileOutcome::check_text_in(path, &text, note, &self.options, &facts)
            }
            None => FileOutcome::undecodable(path, problem),
        };
        Ok(self.part(&outcome))
    }

    /// The part of a file that was not read; `problem` says why (`skipped: ...`).
    pub fn skipped(&self, path: String, problem: String) -> Vec<u8> {
        self.part(&FileOutcome::skipped(path, problem))
    }

    fn part(&self, outcome: &FileOutcome) -> Vec<u8> {
        to_bytes(&render_file(&outcome.report, &self.render), outcome.note.as_deref())
    }
}

/// `[deferred][scan length: u32 LE][scan][part]`, what `FileChecker.checkInRun` returns.
fn framed(deferred: bool, scan: &[u8], part: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(5 + scan.len() + part.len());
    bytes.push(u8::from(deferred));
    bytes.extend_from_slice(&u32::try_from(scan.len()).unwrap_or(u32::MAX).to_le_bytes());
    bytes.extend_from_slice(scan);
    bytes.extend_from_slice(part);
    bytes
}

/// The output of a run, from its files' parts in input order.
#[wasm_bindgen]
pub struct RunOutput {
    render: RenderOptions,
    parts: Vec<FilePart>,
    notes: String,
}

#[wasm_bindgen]
impl RunOutput {
    /// Throws an `Error` for invalid render options.
    #[wasm_bindgen(constructor)]
    pub fn new(render: RenderOptionsObject) -> Result<RunOutput, JsError> {
        Ok(RunOutput { render: render_options_from_js(render)?, parts: Vec::new(), notes: String::new() })
    }

    /// Adds the next file's part (from `FileChecker`). Throws an `Error` for bytes that are not
    /// a part.
    pub fn add(&mut self, part: &[u8]) -> Result<(), JsError> {
        let (part, note) =
            from_bytes(part).ok_or_else(|| JsError::new("RunOutput.add: not a file's part"))?;
        self.push(part, note);
        Ok(())
    }

    /// Adds the next file's report, made on this thread (`--fix`), and its note.
    #[wasm_bindgen(js_name = addReport)]
    pub fn add_report(
        &mut self,
        report: super::FileReportObject,
        note: Option<String>,
    ) -> Result<(), JsError> {
        let report: FileReport = serde_wasm_bindgen::from_value(report.into())
            .map_err(|error| JsError::new(&format!("RunOutput.addReport: {error}")))?;
        self.push(render_file(&report, &self.render), note);
        Ok(())
    }

    fn push(&mut self, part: FilePart, note: Option<String>) {
        if let Some(note) = note {
            self.notes.push_str(&note);
            self.notes.push('\n');
        }
        self.parts.push(part);
    }

    /// The notes about the files for standard error, in input order, each ending with `\n`.
    pub fn notes(&self) -> String {
        self.notes.clone()
    }

    /// The output, in the run's format: what the native CLI prints for the same files.
    pub fn render(&self) -> String {
        assemble(&self.parts, &self.render)
    }

    /// Whether a file has an error finding (the exit status is then 1).
    #[wasm_bindgen(getter, js_name = hasErrors)]
    pub fn has_errors(&self) -> bool {
        self.parts.iter().any(|part| part.tally.errors > 0)
    }

    /// Whether there were files and not one could be checked (the exit status is then 2).
    #[wasm_bindgen(getter, js_name = nothingChecked)]
    pub fn nothing_checked(&self) -> bool {
        !self.parts.is_empty() && self.parts.iter().all(|part| part.tally.checked == 0)
    }
}
