//! A check run of the Node CLI across threads: each worker thread turns a file's bytes into its
//! part of the output ([`FileChecker`]: decoded, checked and rendered in one call), and the main
//! thread writes the parts in input order between what [`RunOutput`] puts around them, so that
//! what crosses between threads is bytes of output instead of findings and source text.
//! A part crosses as bytes ([`to_bytes`]) only these two read, both from the same module; a
//! large part's body crosses in chunks of at most about [`CHUNK`] bytes as it is rendered (its
//! checker's sink gets them before the part), so that no thread holds a file's output whole.

use super::host::TextHost;
use super::project::ProjectScanner;
use super::{options_from_js, render_options_from_js, CheckOptions, RenderOptionsObject};
use crate::inputs::decode;
use crate::project::FileFacts;
use crate::report::{
    from_bytes, render_file, render_file_to, to_bytes, FileOutcome, FileReport, Frame, RenderOptions, Tally,
};
use crate::Options;
use std::borrow::Cow;
use std::fmt;
use wasm_bindgen::prelude::*;

/// About how many bytes of a file's body a [`FileChecker`] renders before it gives them to its
/// sink: a bound on the output a thread holds at once (plus one finding's).
pub const CHUNK: usize = 256 * 1024;

#[wasm_bindgen]
extern "C" {
    /// `(chunk: Uint8Array) => void` in TypeScript: gets the body of a file's part in chunks.
    #[wasm_bindgen(typescript_type = "(chunk: Uint8Array) => void")]
    pub type ChunkSink;
}

/// Checks files for a run on one thread: the check options of their paths and the run's format.
#[wasm_bindgen]
pub struct FileChecker {
    options: Options,
    render: RenderOptions,
    sink: Option<js_sys::Function>,
}

#[wasm_bindgen]
impl FileChecker {
    /// Throws an `Error` for invalid options. With a `sink`, the body of a part larger than
    /// about 256 KiB is given to it in chunks (as `Uint8Array`s of UTF-8, in order) while it is
    /// rendered, before the method that checks the file returns the part with the body's last
    /// chunk: the part's body is what the sink got, then the part's own.
    #[wasm_bindgen(constructor)]
    pub fn new(
        options: Option<CheckOptions>,
        render: RenderOptionsObject,
        sink: Option<ChunkSink>,
    ) -> Result<FileChecker, JsError> {
        Ok(FileChecker {
            options: options_from_js(options)?,
            render: render_options_from_js(render)?,
            sink: sink.map(JsCast::unchecked_into),
        })
    }

    /// A file's bytes decoded as Python reads source (`host` converts the legacy encodings),
    /// checked as the kind of file `path` names and rendered: its part, for `RunOutput.add`.
    pub fn check(&self, path: String, bytes: &[u8], host: &TextHost) -> Result<Vec<u8>, JsValue> {
        self.part(&FileOutcome::check_bytes(path, bytes, host, &self.options))
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
    ) -> Result<Vec<u8>, JsValue> {
        let (text, problem) = decode::decode(bytes, host);
        let Some(text) = text else {
            return Ok(framed(false, &[], &self.part(&FileOutcome::undecodable(path, problem))?));
        };
        let scanned = scanner.look(index, &path, &text).unwrap_or_default();
        if scanned.imports_from_run() {
            return Ok(framed(true, &scanned.to_bytes(), &[]));
        }
        let note = problem.map(|problem| crate::report::file_note(&path, &problem.to_string()));
        let part = self.part(&FileOutcome::check_text(path, &text, note, &self.options))?;
        Ok(framed(false, &scanned.unfollowed_only().to_bytes(), &part))
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
    ) -> Result<Vec<u8>, JsValue> {
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
        self.part(&outcome)
    }

    /// The part of a file that was not read; `problem` says why (`skipped: ...`).
    pub fn skipped(&self, path: String, problem: String) -> Result<Vec<u8>, JsValue> {
        self.part(&FileOutcome::skipped(path, problem))
    }

    /// The file's part as bytes, its body rendered into chunks given to the sink as they fill
    /// (the last one stays in the part). Throws what the sink threw.
    fn part(&self, outcome: &FileOutcome) -> Result<Vec<u8>, JsValue> {
        let mut body = Chunks { text: String::new(), sink: self.sink.as_ref(), failure: None };
        let rendered = render_file_to(&outcome.report, &self.render, &mut body);
        if let Some(failure) = body.failure {
            return Err(failure);
        }
        // Writing to a `String` cannot fail, nor can the sink without a failure.
        let mut part = rendered.unwrap_or_default();
        part.body = body.text;
        Ok(to_bytes(&part, outcome.note.as_deref()))
    }
}

/// A body being rendered: given to the sink (when there is one) each time it holds [`CHUNK`]
/// bytes or more.
struct Chunks<'s> {
    text: String,
    sink: Option<&'s js_sys::Function>,
    failure: Option<JsValue>,
}

impl fmt::Write for Chunks<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.text.push_str(text);
        let Some(sink) = self.sink else { return Ok(()) };
        if self.text.len() < CHUNK {
            return Ok(());
        }
        let chunk = js_sys::Uint8Array::from(self.text.as_bytes());
        self.text.clear();
        sink.call1(&JsValue::NULL, &chunk).map(drop).map_err(|failure| {
            self.failure = Some(failure);
            fmt::Error
        })
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

/// What the Node CLI's main thread writes around its files' parts, in input order (the format's
/// opening, the separators between files, the closing lines: [`Frame`]), the run's counts and
/// the files' notes. Its methods give bytes to write as they are; the bodies of the parts are
/// written by the caller between them: for each file in order, `separator()` before the first
/// of its body's chunks a sink got (if any), then those chunks, then `add(part)`'s answer.
/// Formats that hold their files to the end (`holds`: SARIF, JUnit) are written as
/// `heldOpening()`, the files' bytes, `closing()`; the others as `opening()`, the files' bytes,
/// `closing()`.
#[wasm_bindgen]
pub struct RunOutput {
    frame: Frame<'static>,
    notes: String,
}

#[wasm_bindgen]
impl RunOutput {
    /// Throws an `Error` for invalid render options.
    #[wasm_bindgen(constructor)]
    pub fn new(render: RenderOptionsObject) -> Result<RunOutput, JsError> {
        Ok(RunOutput { frame: Frame::owning(render_options_from_js(render)?), notes: String::new() })
    }

    /// Whether the format holds its files to the end (SARIF, JUnit): the bytes of the files
    /// are then written after `heldOpening()`, not after `opening()`.
    #[wasm_bindgen(getter)]
    pub fn holds(&self) -> bool {
        self.frame.holds()
    }

    /// What comes before the first file (JSON's `[`), for a format that does not hold its files.
    pub fn opening(&mut self) -> Vec<u8> {
        let mut out = String::new();
        // Writing to a `String` cannot fail.
        let _ = self.frame.opening(&mut out);
        out.into_bytes()
    }

    /// What comes before the body of the next file, written before the first chunk of it a
    /// sink got: the separator between the elements of JSON's and SARIF's arrays.
    pub fn separator(&mut self) -> Vec<u8> {
        let mut out = String::new();
        let _ = self.frame.before_body(&mut out);
        out.into_bytes()
    }

    /// Adds the next file's part (from `FileChecker`): its counts and note are kept, and the
    /// rest of its body is returned, to write after the chunks a sink got of it (`started`:
    /// there were some, and `separator()` was written before them), with the separator first
    /// when it begins the body. Throws an `Error` for bytes that are not a part.
    pub fn add(&mut self, part: &[u8], started: bool) -> Result<Vec<u8>, JsError> {
        let (part, note) =
            from_bytes(part).ok_or_else(|| JsError::new("RunOutput.add: not a file's part"))?;
        let mut out = String::new();
        if !started && !part.body.is_empty() {
            let _ = self.frame.before_body(&mut out);
        }
        out.push_str(&part.body);
        self.push(&part.tally, &part.notifications, note);
        Ok(out.into_bytes())
    }

    /// Adds the next file's report, made on this thread (`--fix`), and its note: the bytes of
    /// its part, as `add` returns them.
    #[wasm_bindgen(js_name = addReport)]
    pub fn add_report(
        &mut self,
        report: super::FileReportObject,
        note: Option<String>,
    ) -> Result<Vec<u8>, JsError> {
        let report: FileReport = serde_wasm_bindgen::from_value(report.into())
            .map_err(|error| JsError::new(&format!("RunOutput.addReport: {error}")))?;
        let part = render_file(&report, self.frame.options());
        let mut out = String::new();
        if !part.body.is_empty() {
            let _ = self.frame.before_body(&mut out);
        }
        out.push_str(&part.body);
        self.push(&part.tally, &part.notifications, note);
        Ok(out.into_bytes())
    }

    fn push(&mut self, tally: &Tally, notifications: &str, note: Option<String>) {
        if let Some(note) = note {
            self.notes.push_str(&note);
            self.notes.push('\n');
        }
        self.frame.file(tally, (!notifications.is_empty()).then_some(Cow::Borrowed(notifications)));
    }

    /// What comes before the files' bytes of a format that holds them (SARIF's log up to its
    /// results, with the notifications; JUnit's totals), once every file is added.
    #[wasm_bindgen(js_name = heldOpening)]
    pub fn held_opening(&self) -> Vec<u8> {
        let mut out = String::new();
        let _ = self.frame.held_opening(&mut out);
        out.into_bytes()
    }

    /// What comes after every file: the text summary, the end of the JSON array or of the
    /// SARIF log, JUnit's last line.
    pub fn closing(&self) -> Vec<u8> {
        let mut out = String::new();
        let _ = self.frame.closing(&mut out);
        out.into_bytes()
    }

    /// The notes about the files for standard error, in input order, each ending with `\n`.
    pub fn notes(&self) -> String {
        self.notes.clone()
    }

    /// Whether a file has an error finding (the exit status is then 1).
    #[wasm_bindgen(getter, js_name = hasErrors)]
    pub fn has_errors(&self) -> bool {
        self.frame.total().errors > 0
    }

    /// Whether there were files and not one could be checked (the exit status is then 2).
    #[wasm_bindgen(getter, js_name = nothingChecked)]
    pub fn nothing_checked(&self) -> bool {
        self.frame.files() > 0 && self.frame.total().checked == 0
    }
}
