//! The bindings the Node CLI and the playground use to do I/O the core's way: decoding bytes
//! (the host transcodes the legacy encodings), the walk's rules, the command line, and
//! configuration resolution (the host answers questions about files). Thin: each function turns
//! JavaScript values into the core's types, calls the core, and turns the answer back.

use super::{options_from_js, to_js, CheckOptions};
#[cfg(feature = "cli")]
use crate::arguments::{parse_arguments, Color, FixMode, Parsed};
use crate::inputs::decode::{self, DecodeProblem, Transcoder};
#[cfg(feature = "cli")]
use crate::inputs::git_index;
use crate::inputs::walk;
use crate::settings::ConfigFiles;
#[cfg(feature = "cli")]
use crate::settings::Resolver;
use crate::Finding;
#[cfg(feature = "cli")]
use crate::Rule;
use serde::Serialize;
use std::path::{Path, PathBuf};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `TextHost` in TypeScript: the host's WHATWG decoder.
    #[wasm_bindgen(typescript_type = "TextHost")]
    pub type TextHost;
    #[wasm_bindgen(method, catch)]
    fn decode(this: &TextHost, encoding: &str, bytes: &js_sys::Uint8Array) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn encode(this: &TextHost, encoding: &str, text: &str) -> Result<JsValue, JsValue>;

    /// `ConfigHost` in TypeScript: the host's answers about files, for configuration.
    #[wasm_bindgen(typescript_type = "ConfigHost")]
    pub type ConfigHost;
    #[wasm_bindgen(method, catch)]
    fn absolute(this: &ConfigHost, path: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = isDirectory)]
    fn is_directory(this: &ConfigHost, path: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = isFile)]
    fn is_file(this: &ConfigHost, path: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = readText)]
    fn read_text(this: &ConfigHost, path: &str) -> Result<JsValue, JsValue>;

    /// `DecodedSource` in TypeScript.
    #[wasm_bindgen(typescript_type = "DecodedSource")]
    pub type DecodedSourceObject;
    /// `FileResult` in TypeScript.
    #[wasm_bindgen(typescript_type = "FileResult")]
    pub type FileResultObject;
    /// `CommandLine` in TypeScript.
    #[wasm_bindgen(typescript_type = "CommandLine")]
    pub type CommandLineObject;
    /// `PathSettings[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "PathSettings[]")]
    pub type PathSettingsArray;
    /// `SkippedFolder | null` in TypeScript.
    #[wasm_bindgen(typescript_type = "SkippedFolder | null")]
    pub type SkippedFolderOrNull;
}

/// The message of a JavaScript exception (an `Error`'s `message`, or the value as text).
fn js_message(value: &JsValue) -> String {
    if let Some(error) = value.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    value.as_string().unwrap_or_else(|| format!("{value:?}"))
}

fn field(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

impl Transcoder for TextHost {
    fn decode(&self, encoding: &'static str, bytes: &[u8]) -> Result<(String, bool), String> {
        let answer = TextHost::decode(self, encoding, &js_sys::Uint8Array::from(bytes))
            .map_err(|error| js_message(&error))?;
        let text = field(&answer, "text")
            .as_string()
            .ok_or_else(|| format!("the host's decode({encoding}) did not return {{ text, repaired }}"))?;
        Ok((text, field(&answer, "repaired").as_bool().unwrap_or(false)))
    }

    fn encode(&self, encoding: &'static str, text: &str) -> Option<Vec<u8>> {
        let answer = TextHost::encode(self, encoding, text).ok()?;
        answer.dyn_ref::<js_sys::Uint8Array>().map(js_sys::Uint8Array::to_vec)
    }
}

/// What `decodeSource` returns.
#[derive(Serialize)]
pub(super) struct DecodedSource {
    pub text: Option<String>,
    pub problem: Option<String>,
    pub repaired: bool,
}

/// A file's bytes to text, the way Python reads source (a UTF-8 byte order mark, a PEP 263
/// cookie, UTF-8 otherwise), with the legacy WHATWG encodings decoded by `host`. `text` is null
/// when the file is not read (binary, an encoding that cannot be read); `problem` says why, or
/// that bad bytes were replaced (`repaired`).
#[wasm_bindgen(js_name = decodeSource)]
pub fn decode_source(bytes: &[u8], host: &TextHost) -> Result<DecodedSourceObject, JsError> {
    let (text, problem) = decode::decode(bytes, host);
    let decoded = DecodedSource {
        repaired: problem.as_ref().is_some_and(DecodeProblem::has_text),
        text: text.map(|text| text.into_owned()),
        problem: problem.map(|problem| problem.to_string()),
    };
    Ok(to_js(&decoded)?.unchecked_into())
}

/// What `checkFileBytes` returns: the npm package's `FileResult`.
#[derive(Serialize)]
pub(super) struct FileResult<'a> {
    pub path: &'a str,
    pub findings: Vec<Finding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Decodes a file's bytes and checks the text as the kind of file `path` names, in one call:
/// the npm package's `checkFile` for bytes. Problems with the input are `problem`; invalid
/// options throw.
#[wasm_bindgen(js_name = checkFileBytes)]
pub fn check_file_bytes(
    path: &str,
    bytes: &[u8],
    options: Option<CheckOptions>,
    include_source: bool,
    host: &TextHost,
) -> Result<FileResultObject, JsError> {
    let options = options_from_js(options)?;
    let (text, problem) = decode::decode(bytes, host);
    let mut result =
        FileResult { path, findings: Vec::new(), problem: problem.map(|p| p.to_string()), source: None };
    if let Some(text) = text {
        match crate::check_file(path, &text, &options) {
            Ok(findings) => {
                if include_source && !findings.is_empty() {
                    result.source = Some(text.into_owned());
                }
                result.findings = findings;
            }
            Err(error) => result.problem = Some(format!("skipped: {error}")),
        }
    }
    Ok(to_js(&result)?.unchecked_into())
}

/// The bytes of `text` in the encoding `original` was read in (its byte order mark kept), for
/// writing fixed source back; null when that would not give back `original` byte for byte from
/// `originalText` (bytes repaired on reading, or an encoding `host` cannot write).
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = encodeLike)]
pub fn encode_like(original: &[u8], original_text: &str, text: &str, host: &TextHost) -> Option<Vec<u8>> {
    decode::encode_like(original, original_text, text, host)
}

/// What a walk does with a folder: the reason it is not entered, or null when it is.
#[wasm_bindgen(js_name = skippedFolderReason)]
pub fn skipped_folder_reason(name: &str) -> Option<String> {
    walk::skipped_folder(name).map(|why| why.reason().to_string())
}

#[derive(Serialize)]
struct SkippedFolder<'a> {
    folder: &'a str,
    reason: &'static str,
}

/// The first folder of a relative path (`/` or `\` between names) that a walk does not enter,
/// and why; null when the walk would reach the file.
#[wasm_bindgen(js_name = skippedFolder)]
pub fn skipped_folder(path: &str) -> Result<SkippedFolderOrNull, JsError> {
    match walk::skipped_folder_of(path) {
        Some((folder, why)) => Ok(to_js(&SkippedFolder { folder, reason: why.reason() })?.unchecked_into()),
        None => Ok(JsValue::NULL.unchecked_into()),
    }
}

/// The paths a repository's git index lists, for the Node CLI's walk, which reads the files
/// (`crate::inputs::git_index`): a tracked file is never ignored, whatever `.gitignore` says.
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = TrackedPaths)]
pub struct JsTrackedPaths(git_index::TrackedPaths);

#[cfg(feature = "cli")]
#[wasm_bindgen(js_class = TrackedPaths)]
impl JsTrackedPaths {
    /// The paths `index` (the bytes of the git directory's `index`) lists, with object ids as
    /// long as `config` (the repository's configuration) says; none when the bytes are not an
    /// index of version 2, 3 or 4.
    #[wasm_bindgen(constructor)]
    pub fn new(index: &[u8], config: &str) -> JsTrackedPaths {
        let format = git_index::ObjectFormat::from_config(config);
        JsTrackedPaths(git_index::TrackedPaths::from_index(index, format).unwrap_or_default())
    }

    /// Whether the index lists `path` (bytes, as the index holds names: relative to the
    /// repository's root, `/` between names).
    #[wasm_bindgen(js_name = isTracked)]
    pub fn is_tracked(&self, path: &[u8]) -> bool {
        self.0.is_tracked(path)
    }

    /// Whether the directory `path` (bytes, relative to the root) is listed or holds a listed path.
    #[wasm_bindgen(js_name = holdsTracked)]
    pub fn holds_tracked(&self, path: &[u8]) -> bool {
        self.0.holds_tracked(path)
    }
}

/// The git directory a `.git` file names (`gitdir: <path>`), as written; null when it names none.
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = gitdirOf)]
pub fn gitdir_of(dot_git_file: &str) -> Option<String> {
    git_index::gitdir_of(dot_git_file).map(str::to_string)
}

/// Whether a walk reads a file, by its name (Python, stubs, notebooks, env text files).
#[wasm_bindgen(js_name = isCheckablePath)]
pub fn is_checkable_path(path: &str) -> bool {
    walk::is_checkable_path(path)
}

/// Why a file is not read, from what `fstat` says of it: null when it is a regular file
/// within the size limit; else the CLIs' message (`skipped: ...`).
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = unreadableFile)]
pub fn unreadable_file(is_regular: bool, size: f64) -> Option<String> {
    walk::unreadable_file(is_regular, size as u64).map(|why| why.to_string())
}

/// The most bytes of a file the CLIs read (a larger file is not checked).
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = maxSourceBytes)]
pub fn max_source_bytes() -> f64 {
    crate::MAX_SOURCE_BYTES as f64
}

/// A line the CLIs print on standard error about a file: `PATH: MESSAGE`, with control
/// characters in both escaped so that nothing a repository holds reaches the terminal.
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = fileNote)]
pub fn file_note(path: &str, message: &str) -> String {
    crate::report::file_note(path, message)
}

/// The command line, parsed for JavaScript.
#[cfg(feature = "cli")]
#[derive(Serialize)]
#[serde(tag = "action", rename_all = "camelCase")]
enum CommandLine {
    Help,
    Version,
    Catalogue,
    Error {
        message: String,
    },
    #[serde(rename_all = "camelCase")]
    Run {
        paths: Vec<String>,
        format: &'static str,
        color: &'static str,
        stdin_filename: Option<String>,
        exit_zero: bool,
        fix: &'static str,
        unsafe_fixes: bool,
    },
}

/// Parses the CLIs' command line (the arguments after the program's name), as the native CLI
/// does: a run's options, `help`, `version`, `catalogue`, or the usage `error` to print.
/// Configuration flags are resolved by `resolveSettings`.
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = parseArgs)]
pub fn parse_args(argv: Vec<String>) -> Result<CommandLineObject, JsError> {
    let parsed = match parse_arguments(argv) {
        Ok(Parsed::Help) => CommandLine::Help,
        Ok(Parsed::Version) => CommandLine::Version,
        Ok(Parsed::Catalogue) => CommandLine::Catalogue,
        Err(message) => CommandLine::Error { message },
        Ok(Parsed::Run(arguments)) => CommandLine::Run {
            format: arguments.format.as_str(),
            color: match arguments.color {
                Color::Auto => "auto",
                Color::Always => "always",
                Color::Never => "never",
            },
            fix: match arguments.fix {
                FixMode::Report => "report",
                FixMode::Write => "write",
                FixMode::Diff => "diff",
            },
            paths: arguments.paths,
            stdin_filename: arguments.stdin_filename,
            exit_zero: arguments.exit_zero,
            unsafe_fixes: arguments.unsafe_fixes,
        },
    };
    Ok(to_js(&parsed)?.unchecked_into())
}

impl ConfigFiles for ConfigHost {
    fn absolute(&self, path: &Path) -> Result<PathBuf, String> {
        let answer =
            ConfigHost::absolute(self, &path.to_string_lossy()).map_err(|error| js_message(&error))?;
        answer
            .as_string()
            .map(PathBuf::from)
            .ok_or_else(|| "the host's absolute() did not return a string".into())
    }
    fn is_dir(&self, path: &Path) -> bool {
        self.is_directory(&path.to_string_lossy()).is_ok_and(|answer| answer.as_bool() == Some(true))
    }
    fn is_file(&self, path: &Path) -> bool {
        ConfigHost::is_file(self, &path.to_string_lossy()).is_ok_and(|answer| answer.as_bool() == Some(true))
    }
    fn read_to_string(&self, path: &Path) -> Result<String, String> {
        let answer = self.read_text(&path.to_string_lossy()).map_err(|error| js_message(&error))?;
        answer.as_string().ok_or_else(|| "the host's readText() did not return a string".into())
    }
}

#[cfg(feature = "cli")]
#[derive(Serialize)]
struct ResolvedOptions {
    target: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    select: Option<Vec<Rule>>,
    ignore: Vec<Rule>,
}

#[cfg(feature = "cli")]
#[derive(Serialize)]
struct PathSettings {
    options: ResolvedOptions,
    root: Option<String>,
    exclude: Vec<String>,
}

/// The settings of each path of a command line (`argv` as `parseArgs` takes it): the options
/// to check its files with (the flags over the nearest `[tool.pysunset]` table, or the
/// `--config` file's, or none with `--no-config`) and the configuration's `root` and `exclude`
/// patterns (see `excludedUnder`). `host` answers about files. Throws an `Error` with the
/// message to print (`pysunset: MESSAGE`) when a configuration cannot be read or is invalid.
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = resolveSettings)]
pub fn resolve_settings(argv: Vec<String>, host: ConfigHost) -> Result<PathSettingsArray, JsError> {
    let arguments = match parse_arguments(argv) {
        Ok(Parsed::Run(arguments)) => arguments,
        Ok(_) => return Err(JsError::new("resolveSettings: the command line does not check paths")),
        Err(message) => return Err(JsError::new(&message)),
    };
    let mut resolver = Resolver::new(arguments.config.clone(), arguments.flags.clone(), host)
        .map_err(|message| JsError::new(&message))?;
    let mut all = Vec::with_capacity(arguments.paths.len());
    for path in &arguments.paths {
        let path = match path.as_str() {
            "-" => arguments.stdin_filename.as_deref().unwrap_or("."),
            path => path,
        };
        let settings = resolver.settings(Path::new(path)).map_err(|message| JsError::new(&message))?;
        let (root, exclude) = match settings.loaded {
            Some(loaded) => (Some(loaded.root.to_string_lossy().into_owned()), loaded.config.exclude),
            None => (None, Vec::new()),
        };
        let options = settings.options;
        all.push(PathSettings {
            options: ResolvedOptions {
                target: options.target.to_string(),
                select: options.select,
                ignore: options.ignore,
            },
            root,
            exclude,
        });
    }
    Ok(to_js(&all)?.unchecked_into())
}

/// Whether `exclude` patterns relative to `root` leave out `absolutePath` (never a path outside
/// `root`): what a directory run asks of each file and folder it finds.
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = excludedUnder)]
pub fn excluded_under(root: &str, absolute_path: &str, patterns: Vec<String>) -> bool {
    crate::settings::excluded_under(Path::new(root), Path::new(absolute_path), &patterns)
}
