//! The project index for the npm package (its Node CLI and `checkFiles`), as the native CLI
//! builds it (crate/cli/project.rs), across threads: the worker threads that check the files
//! take the quick look at each Python file's imports ([`ProjectScanner`]; the Node CLI's
//! `FileChecker.checkInRun`, `checkFiles`' [`ProjectScanner::check_file_in_run`]) and check at
//! once the files that import nothing from the run; the main thread's [`ProjectRun`] merges
//! the looks (`addScanned`), asks for the summaries of the modules imported from a round at a
//! time ([`ProjectRun::wanted`], [`ProjectRun::asked_of`]), which the workers make
//! ([`ProjectScanner::summarize`]: [`crate::project::ProjectBuilder::summarize_asked`], the
//! summary the main thread's builder would make) and it adds ([`ProjectRun::add_summary`]);
//! then the other files are checked with what the index knows of them
//! ([`ProjectRun::facts_of`]). `--fix` and `--diff` give one `ProjectRun` every file's bytes
//! on the main thread instead ([`ProjectRun::add_bytes`], [`ProjectRun::finish`]).

use super::host::{DecodedSourceObject, FileResult, FileResultObject, TextHost};
use super::{fix_options_from_js, options_from_js, to_js, CheckOptions, FindingArray, FixOptions, FixResult};
use crate::inputs::decode::{self, DecodeProblem};
use crate::project::scan::FromImport;
use crate::project::{FileFacts, ProjectBuilder, ProjectIndex};
use crate::{Options, SourceKind};
use std::borrow::Cow;
use wasm_bindgen::prelude::*;

/// One file of a run as decoded: its text (`None`: not text, or not given) and what decoding
/// said (why there is no text, or that bad bytes were replaced).
#[derive(Default)]
struct Decoded {
    path: String,
    text: Option<String>,
    problem: Option<String>,
    repaired: bool,
}

/// The index of one run of the npm package: the files (or the workers' looks at them), in the
/// run's order, then the summaries, then [`ProjectRun::finish`], then what it knows of each
/// file for its check.
#[wasm_bindgen]
pub struct ProjectRun {
    builder: Option<ProjectBuilder>,
    index: Option<ProjectIndex>,
    files: Vec<Decoded>,
    /// Per file: the relative imports it uses names of that the run does not hold.
    unfollowed: Vec<Vec<String>>,
}

#[wasm_bindgen]
impl ProjectRun {
    /// A run of the files at `paths` (absolute for the CLI, so that a run of `.` inside a
    /// package still names its modules; "" for standard input).
    #[wasm_bindgen(constructor)]
    pub fn new(paths: Vec<String>) -> ProjectRun {
        let count = paths.len();
        ProjectRun {
            builder: Some(ProjectBuilder::new(&paths)),
            index: None,
            files: (0..count).map(|_| Decoded::default()).collect(),
            unfollowed: vec![Vec::new(); count],
        }
    }

    /// Whether the run has more than one Python module: else there is nothing to follow, and
    /// each file can be checked alone (without this object).
    #[wasm_bindgen(getter, js_name = hasModules)]
    pub fn has_modules(&self) -> bool {
        self.builder.as_ref().is_some_and(ProjectBuilder::has_modules)
    }

    /// Whether the run has no Python module: the index has nothing to follow and nothing to
    /// note, and each file can be checked alone (without this object).
    #[wasm_bindgen(getter, js_name = isEmpty)]
    pub fn is_empty(&self) -> bool {
        self.builder.as_ref().is_none_or(ProjectBuilder::is_empty)
    }

    /// File `index`'s bytes, decoded as Python reads source (`host` converts the legacy
    /// encodings), shown as `path`. Returns whether the file imports from a module of the run:
    /// its check then waits for `finish`; any other file can be checked now.
    #[wasm_bindgen(js_name = addBytes)]
    pub fn add_bytes(&mut self, index: usize, path: String, bytes: &[u8], host: &TextHost) -> bool {
        let (text, problem) = decode::decode(bytes, host);
        let decoded = Decoded {
            path,
            repaired: problem.as_ref().is_some_and(DecodeProblem::has_text),
            text: text.map(std::borrow::Cow::into_owned),
            problem: problem.map(|problem| problem.to_string()),
        };
        self.add(index, decoded)
    }

    /// File `index`, which could not be read, shown as `path` (for the note).
    #[wasm_bindgen(js_name = addUnread)]
    pub fn add_unread(&mut self, index: usize, path: String) {
        self.add(index, Decoded { path, ..Decoded::default() });
    }

    fn add(&mut self, index: usize, decoded: Decoded) -> bool {
        let Some(slot) = self.files.get_mut(index) else {
            return false;
        };
        *slot = decoded;
        let (Some(builder), Some(text)) = (self.builder.as_ref(), slot.text.as_deref()) else {
            return false;
        };
        let Some(scanned) = look(builder, index, &slot.path, text) else {
            return false;
        };
        self.set_scanned(index, scanned)
    }

    fn set_scanned(&mut self, index: usize, scanned: Scanned) -> bool {
        let Some(builder) = self.builder.as_mut() else {
            return false;
        };
        if let Some(slot) = self.unfollowed.get_mut(index) {
            *slot = scanned.unfollowed;
        }
        builder.set_imports(index, scanned.imports);
        builder.imports_from_run(index)
    }

    /// File `index`, shown as `path`, as a worker thread looked at it
    /// (`FileChecker.checkInRun`, which gives `scan` for a file it did not check for want of
    /// the index, or whose imports the run cannot follow): the index keeps its imports, and
    /// not its text. Returns whether the file imports from a module of the run: it is then
    /// checked once the index is made, with [`ProjectRun::facts_of`]. Throws an `Error` for
    /// bytes `checkInRun` did not make.
    #[wasm_bindgen(js_name = addScanned)]
    pub fn add_scanned(&mut self, index: usize, path: String, scan: &[u8]) -> Result<bool, JsError> {
        let scanned: Scanned = serde_json::from_slice(scan)
            .map_err(|error| JsError::new(&format!("ProjectRun.addScanned: {error}")))?;
        if let Some(slot) = self.files.get_mut(index) {
            slot.path = path;
        }
        Ok(self.set_scanned(index, scanned))
    }

    /// The files whose summary the index asks for next (their texts go to
    /// [`ProjectRun::summarize`]), empty once it has them all: for a run whose files the
    /// workers looked at (`addScanned`), before `finish`.
    pub fn wanted(&mut self) -> Vec<u32> {
        let wanted = self.builder.as_mut().map(ProjectBuilder::wanted).unwrap_or_default();
        wanted.into_iter().filter_map(|index| u32::try_from(index).ok()).collect()
    }

    /// What the index asks of file `index`'s module now (`wanted` named it), for the thread
    /// that summarises it (`ProjectScanner.summarize`, whose answer goes to `addSummary`).
    #[wasm_bindgen(js_name = askedOf)]
    pub fn asked_of(&self, index: usize) -> Vec<u8> {
        self.builder.as_ref().map(|builder| builder.asked_of(index)).unwrap_or_default()
    }

    /// Adds the summary of file `index` a worker thread made (`ProjectScanner.summarize`, with
    /// `askedOf`'s bytes); empty bytes add an empty summary (a worker that trapped). Throws an
    /// `Error` for bytes `summarize` did not make.
    #[wasm_bindgen(js_name = addSummary)]
    pub fn add_summary(&mut self, index: usize, summary: &[u8]) -> Result<(), JsError> {
        let summary = crate::project::Summary::from_bytes(summary)
            .ok_or_else(|| JsError::new("ProjectRun.addSummary: not a summary"))?;
        if let Some(builder) = self.builder.as_mut() {
            builder.add(index, summary);
        }
        Ok(())
    }

    /// Summarises the modules imported from, once every file is added.
    pub fn finish(&mut self) {
        if let Some(builder) = self.builder.take() {
            let files = &self.files;
            self.index = Some(builder.complete(|index| files.get(index)?.text.as_deref()));
        }
    }

    /// What the project index knows of file `index` (empty before `finish`).
    fn facts(&self, index: usize) -> FileFacts {
        self.index.as_ref().map(|built| built.facts(index)).unwrap_or_default()
    }

    /// What the index knows of the names file `index` imports, as bytes for the thread that
    /// checks it (`FileChecker.checkWithFacts`); empty when it knows nothing.
    #[wasm_bindgen(js_name = factsOf)]
    pub fn facts_of(&self, index: usize) -> Vec<u8> {
        self.facts(index).to_bytes()
    }

    /// The line for standard error about the relative imports the run could not follow (see
    /// crate/cli/project.rs); `undefined` when there is none.
    pub fn note(&self) -> Option<String> {
        crate::report::project_note(&self.unfollowed, |index| Some(self.files.get(index)?.path.clone()))
    }

    /// File `index`'s text as decoded (`decodeSource`'s answer, without decoding it again).
    pub fn decoded(&self, index: usize) -> Result<DecodedSourceObject, JsError> {
        let file = self.files.get(index);
        let decoded = super::host::DecodedSource {
            text: file.and_then(|file| file.text.clone()),
            problem: file.and_then(|file| file.problem.clone()),
            repaired: file.is_some_and(|file| file.repaired),
        };
        Ok(to_js(&decoded)?.unchecked_into())
    }

    /// `fix` of file `index`'s text with what the index knows (`--fix` and `--diff`).
    pub fn fix(&self, index: usize, options: Option<FixOptions>) -> Result<FixResult, JsError> {
        let request = fix_options_from_js(options)?;
        let text = self.files.get(index).and_then(|file| file.text.as_deref()).unwrap_or_default();
        let outcome = crate::fix::fix_in_project(
            text,
            &request.options,
            request.select.as_deref(),
            &request.ignore,
            &self.facts(index),
        )
        .map_err(|error| JsError::new(&error.to_string()))?;
        Ok(to_js(&outcome)?.unchecked_into())
    }

    /// The findings of file `index`'s text, as its kind of file is checked, with what the index
    /// knows. Throws an `Error` for invalid options or text that cannot be checked.
    pub fn findings(&self, index: usize, options: Option<CheckOptions>) -> Result<FindingArray, JsError> {
        let options = options_from_js(options)?;
        let file = self.files.get(index);
        let path = file.map_or("", |file| file.path.as_str());
        let text = file.and_then(|file| file.text.as_deref()).unwrap_or_default();
        let findings =
            check_with(path, text, &options, &self.facts(index)).map_err(|error| JsError::new(&error))?;
        Ok(to_js(&findings)?.unchecked_into())
    }
}

/// What a quick look at a Python file's text says for the project index: its imports that
/// may name a module of the run (each with the module's key, `None` for a relative import
/// the run does not hold), and the relative imports it uses names of that the run does not
/// hold (for the note).
#[derive(Default, serde::Serialize, serde::Deserialize)]
pub(super) struct Scanned {
    imports: Vec<(FromImport, Option<String>)>,
    unfollowed: Vec<String>,
}

impl Scanned {
    /// Whether the file imports from a module of the run (its check then waits for the index).
    pub(super) fn imports_from_run(&self) -> bool {
        self.imports.iter().any(|(_, module)| module.is_some())
    }

    /// What the main thread's index needs of a file checked at once: its note's modules
    /// (its other imports name nothing of the run); empty bytes when there is nothing.
    pub(super) fn to_bytes(&self) -> Vec<u8> {
        if self.imports.is_empty() && self.unfollowed.is_empty() {
            return Vec::new();
        }
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// The same, for a file checked at once: without its imports.
    pub(super) fn unfollowed_only(self) -> Scanned {
        Scanned { imports: Vec::new(), unfollowed: self.unfollowed }
    }
}

/// The look at file `index` (shown as `path`) of a run whose files are `builder`'s; `None`
/// for a file that is not Python.
pub(super) fn look(builder: &ProjectBuilder, index: usize, path: &str, text: &str) -> Option<Scanned> {
    if !matches!(SourceKind::for_path(path), Some(SourceKind::Python | SourceKind::Stub)) {
        return None;
    }
    let imports = builder.project_imports(index, text);
    let unfollowed = crate::project::unfollowed(&imports, text);
    Some(Scanned { imports, unfollowed })
}

/// The run's modules, for a worker thread of the Node CLI: it looks at each file it reads for
/// the imports the main thread's [`ProjectRun`] needs (`FileChecker.checkInRun`), so that the
/// main thread reads only the modules the index summarises.
#[wasm_bindgen]
pub struct ProjectScanner {
    builder: ProjectBuilder,
}

#[wasm_bindgen]
impl ProjectScanner {
    /// The run's files, as `ProjectRun` was given them (the same paths, in the same order).
    #[wasm_bindgen(constructor)]
    pub fn new(paths: Vec<String>) -> ProjectScanner {
        ProjectScanner { builder: ProjectBuilder::new(&paths) }
    }
}

impl ProjectScanner {
    /// The look at file `index`, shown as `path` (see [`look`]).
    pub(super) fn look(&self, index: usize, path: &str, text: &str) -> Option<Scanned> {
        look(&self.builder, index, path, text)
    }
}

#[wasm_bindgen]
impl ProjectScanner {
    /// Summarises file `index`, shown as `path`, for the main thread's `ProjectRun`, from its
    /// bytes (`undefined`: it could not be read) decoded as its check decodes them, or from its
    /// `text` (`checkFiles` given a string), with what the index asks of it (`asked`, from
    /// `ProjectRun.askedOf`): the summary's bytes, for `ProjectRun.addSummary`. Throws an
    /// `Error` for `asked` that `askedOf` did not make.
    pub fn summarize(
        &mut self,
        index: usize,
        path: &str,
        text: Option<String>,
        bytes: Option<Vec<u8>>,
        host: &TextHost,
        asked: &[u8],
    ) -> Result<Vec<u8>, JsError> {
        let text = match text {
            Some(text) => summarized(path).then_some(text),
            None => summarized_text(path, bytes, host),
        };
        let summary = self
            .builder
            .summarize_asked(index, asked, text.as_deref().unwrap_or_default())
            .ok_or_else(|| JsError::new("ProjectScanner.summarize: not what the index asks"))?;
        Ok(summary.to_bytes())
    }

    /// `checkFiles`' check of file `index` of a run with a project index, in a worker thread:
    /// its `text`, or its `bytes` decoded as `checkFile` decodes them, looked at for the index
    /// first. A file that imports from a module of the run is not checked yet (it waits for
    /// the index: `checkFileWithFacts`); any other is checked as `checkFile` checks it.
    /// Returns `{ deferred, scan, result }`: `scan` for `ProjectRun.addScanned` (empty when the
    /// index needs nothing of the file), `result` the `FileResult` (none when deferred).
    /// Throws an `Error` for invalid options.
    #[wasm_bindgen(js_name = checkFileInRun)]
    #[allow(clippy::too_many_arguments)]
    pub fn check_file_in_run(
        &self,
        index: usize,
        path: &str,
        text: Option<String>,
        bytes: Option<Vec<u8>>,
        options: Option<CheckOptions>,
        include_source: bool,
        host: &TextHost,
    ) -> Result<LookedFile, JsError> {
        let options = options_from_js(options)?;
        let decoded = decoded_input(text, bytes, host);
        let scanned =
            decoded.text.as_deref().and_then(|text| self.look(index, path, text)).unwrap_or_default();
        let answer = js_sys::Object::new();
        let deferred = scanned.imports_from_run();
        let scan = if deferred { scanned.to_bytes() } else { scanned.unfollowed_only().to_bytes() };
        set(&answer, "deferred", &JsValue::from_bool(deferred))?;
        set(&answer, "scan", &js_sys::Uint8Array::from(&scan[..]))?;
        if !deferred {
            let (text, problem) = (decoded.text.as_deref(), decoded.problem.as_deref());
            let result = file_result(path, text, problem, &options, &FileFacts::default(), include_source);
            set(&answer, "result", &to_js(&result)?)?;
        }
        Ok(answer.unchecked_into())
    }
}

#[wasm_bindgen(typescript_custom_section)]
const LOOKED_FILE: &str = r#"
/** `ProjectScanner.checkFileInRun`'s answer. */
export type LookedFile = { deferred: boolean; scan: Uint8Array; result?: FileResult };
"#;

#[wasm_bindgen]
extern "C" {
    /// `{ deferred, scan, result? }` in TypeScript.
    #[wasm_bindgen(typescript_type = "LookedFile")]
    pub type LookedFile;
}

/// Sets `object[key]`; throws what `Reflect.set` threw.
fn set(object: &js_sys::Object, key: &str, value: &JsValue) -> Result<(), JsError> {
    js_sys::Reflect::set(object, &JsValue::from_str(key), value)
        .map(drop)
        .map_err(|_| JsError::new("cannot set a property of the answer"))
}

/// Whether the index summarises the file at `path` from its text (a Python module or stub):
/// any other file summarises as empty.
fn summarized(path: &str) -> bool {
    matches!(SourceKind::for_path(path), Some(SourceKind::Python | SourceKind::Stub))
}

/// The text a module is summarised from: its bytes decoded as its check decodes them (`None`:
/// unread, not text, or not a Python file).
fn summarized_text(path: &str, bytes: Option<Vec<u8>>, host: &TextHost) -> Option<String> {
    bytes.filter(|_| summarized(path)).and_then(|bytes| decode::decode(&bytes, host).0.map(Cow::into_owned))
}

/// `checkFile` of a file a worker thread was given in a run with a project index, with what
/// the index knows of it (`facts`, from `ProjectRun.factsOf`): its `text`, or its `bytes`
/// decoded as `checkFile` decodes them. Throws an `Error` for invalid options or facts
/// `factsOf` did not make.
#[wasm_bindgen(js_name = checkFileWithFacts)]
pub fn check_file_with_facts(
    path: &str,
    text: Option<String>,
    bytes: Option<Vec<u8>>,
    options: Option<CheckOptions>,
    include_source: bool,
    host: &TextHost,
    facts: &[u8],
) -> Result<FileResultObject, JsError> {
    let options = options_from_js(options)?;
    let facts =
        FileFacts::from_bytes(facts).ok_or_else(|| JsError::new("checkFileWithFacts: not a file's facts"))?;
    let decoded = decoded_input(text, bytes, host);
    let (text, problem) = (decoded.text.as_deref(), decoded.problem.as_deref());
    Ok(to_js(&file_result(path, text, problem, &options, &facts, include_source))?.unchecked_into())
}

/// A file's input as `checkFile` takes it: its text as given, or its bytes decoded.
fn decoded_input(text: Option<String>, bytes: Option<Vec<u8>>, host: &TextHost) -> Decoded {
    if let Some(text) = text {
        return Decoded { text: Some(text), ..Decoded::default() };
    }
    let (text, problem) = decode::decode(bytes.as_deref().unwrap_or_default(), host);
    Decoded {
        path: String::new(),
        repaired: problem.as_ref().is_some_and(DecodeProblem::has_text),
        text: text.map(Cow::into_owned),
        problem: problem.map(|problem| problem.to_string()),
    }
}

/// The `FileResult` of a file decoded as `text` (`None`: not text) with `problem` (what
/// decoding said), checked as the kind of file `path` names, with `facts`.
fn file_result<'a>(
    path: &'a str,
    text: Option<&str>,
    problem: Option<&str>,
    options: &Options,
    facts: &FileFacts,
    include_source: bool,
) -> FileResult<'a> {
    let mut result =
        FileResult { path, findings: Vec::new(), problem: problem.map(str::to_string), source: None };
    if let Some(text) = text {
        match check_with(path, text, options, facts) {
            Ok(findings) => {
                if include_source && !findings.is_empty() {
                    result.source = Some(text.to_string());
                }
                result.findings = findings;
            }
            Err(error) => result.problem = Some(format!("skipped: {error}")),
        }
    }
    result
}

/// A file's text checked as the kind of file `path` names, Python with the index's facts.
fn check_with(
    path: &str,
    text: &str,
    options: &Options,
    facts: &FileFacts,
) -> Result<Vec<crate::Finding>, String> {
    let python = matches!(SourceKind::for_path(path), None | Some(SourceKind::Python | SourceKind::Stub));
    let checked = if python && !facts.is_empty() {
        crate::check_in_project(text, options, facts)
    } else {
        crate::check_file(path, text, options)
    };
    checked.map_err(|error| error.to_string())
}
