//! The project index for the npm package (its Node CLI and `checkFiles`), as the native CLI
//! builds it (crate/cli/project.rs): one thread gives [`ProjectRun`] every file of the run
//! (its bytes, decoded here once, or its text), which takes the quick look at each Python
//! file's `from` imports and then summarises the modules imported from
//! ([`crate::project::ProjectBuilder`]). Each file then leaves as one buffer
//! ([`ProjectRun::prepared`]: its text, what decoding it said and its [`FileFacts`]) for the
//! thread that checks it ([`super::run::FileChecker::check_prepared`], [`check_prepared`]), so
//! that no file is read or decoded twice.

use super::host::{DecodedSourceObject, FileResult, FileResultObject, TextHost};
use super::{fix_options_from_js, options_from_js, to_js, CheckOptions, FindingArray, FixOptions, FixResult};
use crate::inputs::decode::{self, DecodeProblem};
use crate::project::scan::FromImport;
use crate::project::{FileFacts, ProjectBuilder, ProjectIndex};
use crate::report::FileOutcome;
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

/// The index of one run of the npm package: the files, in the run's order, then
/// [`ProjectRun::finish`], then each file's [`ProjectRun::prepared`] for its check.
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
    /// its `prepared` then waits for `finish`; any other file's is ready now.
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

    /// File `index`'s text (`checkFiles` given a string), shown as `path`: as `addBytes`.
    #[wasm_bindgen(js_name = addText)]
    pub fn add_text(&mut self, index: usize, path: String, text: String) -> bool {
        self.add(index, Decoded { path, text: Some(text), ..Decoded::default() })
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

    /// Summarises file `index`, shown as `path`, from its bytes (`undefined`: it could not be
    /// read), decoded as its check decodes them; the text is not kept.
    pub fn summarize(&mut self, index: usize, path: &str, bytes: Option<Vec<u8>>, host: &TextHost) {
        let Some(builder) = self.builder.as_mut() else {
            return;
        };
        let python = matches!(SourceKind::for_path(path), Some(SourceKind::Python | SourceKind::Stub));
        let text =
            bytes.filter(|_| python).and_then(|bytes| decode::decode(&bytes, host).0.map(Cow::into_owned));
        let summary = builder.summarize(index, text.as_deref().unwrap_or_default());
        builder.add(index, summary);
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

    /// File `index` as one buffer for the thread that checks it: its text, what decoding it
    /// said, and what the index knows of the names it imports.
    pub fn prepared(&self, index: usize) -> Vec<u8> {
        let Some(file) = self.files.get(index) else {
            return Vec::new();
        };
        pack(file.text.as_deref(), file.problem.as_deref(), &self.facts(index))
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

/// What [`ProjectRun::prepared`] holds, back.
pub(super) struct Prepared<'a> {
    /// The text (`None`: the file is not text).
    pub text: Option<&'a str>,
    /// What decoding said.
    pub problem: Option<&'a str>,
    pub facts: FileFacts,
}

/// `[flags: u8][problem length: u32 LE][problem][text length: u32 LE][text][facts]`, flags bit 0
/// set when there is a text, bit 1 when there is a problem.
fn pack(text: Option<&str>, problem: Option<&str>, facts: &FileFacts) -> Vec<u8> {
    let (text_bytes, problem_bytes) = (text.unwrap_or_default(), problem.unwrap_or_default());
    let facts = facts.to_bytes();
    let mut bytes = Vec::with_capacity(9 + text_bytes.len() + problem_bytes.len() + facts.len());
    bytes.push(u8::from(text.is_some()) | (u8::from(problem.is_some()) << 1));
    for part in [problem_bytes, text_bytes] {
        bytes.extend_from_slice(&u32::try_from(part.len()).unwrap_or(u32::MAX).to_le_bytes());
        bytes.extend_from_slice(part.as_bytes());
    }
    bytes.extend_from_slice(&facts);
    bytes
}

/// The file [`pack`] made; `None` for bytes it did not make.
pub(super) fn unpack(bytes: &[u8]) -> Option<Prepared<'_>> {
    let (&flags, mut rest) = bytes.split_first()?;
    let mut next = || -> Option<&str> {
        let length = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let part = rest.get(4..4 + length)?;
        rest = &rest[4 + length..];
        std::str::from_utf8(part).ok()
    };
    let problem = next()?;
    let text = next()?;
    Some(Prepared {
        text: (flags & 1 != 0).then_some(text),
        problem: (flags & 2 != 0).then_some(problem),
        facts: FileFacts::from_bytes(rest)?,
    })
}

/// The outcome of a prepared file's check: what `FileOutcome::check_bytes` gives for its bytes,
/// with the index's facts.
pub(super) fn outcome(path: String, prepared: &Prepared<'_>, options: &Options) -> FileOutcome {
    match prepared.text {
        Some(text) => {
            let note = prepared.problem.map(|problem| crate::report::file_note(&path, problem));
            FileOutcome::check_text_in(path, text, note, options, &prepared.facts)
        }
        None => FileOutcome::skipped(path, prepared.problem.unwrap_or("skipped: not text").to_string()),
    }
}

/// `checkFile` of a file [`ProjectRun::prepared`] made (`checkFiles`' workers), with what the
/// index knows of it. Throws an `Error` for invalid options or bytes `prepared` did not make.
#[wasm_bindgen(js_name = checkPrepared)]
pub fn check_prepared(
    path: &str,
    prepared: &[u8],
    options: Option<CheckOptions>,
    include_source: bool,
) -> Result<FileResultObject, JsError> {
    let options = options_from_js(options)?;
    let prepared = unpack(prepared).ok_or_else(|| JsError::new("checkPrepared: not a prepared file"))?;
    let mut result = FileResult {
        path,
        findings: Vec::new(),
        problem: prepared.problem.map(str::to_string),
        source: None,
    };
    if let Some(text) = prepared.text {
        match check_with(path, text, &options, &prepared.facts) {
            Ok(findings) => {
                if include_source && !findings.is_empty() {
                    result.source = Some(text.to_string());
                }
                result.findings = findings;
            }
            Err(error) => result.problem = Some(format!("skipped: {error}")),
        }
    }
    Ok(to_js(&result)?.unchecked_into())
}
