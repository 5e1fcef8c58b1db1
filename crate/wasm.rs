//! The WebAssembly bindings: a thin layer that turns JavaScript values into the core's types
//! and back. Nothing here knows about Python; nothing in the core knows about JavaScript.
//!
//! With the `render-only` feature the module exports `render` alone (the playground's second
//! module, loaded on its first export): the other exports are left out, and with them
//! everything they reach; the helpers they share with `render` stay, unused.
//!
//! With the `first-only` feature the module exports what the playground's first findings need
//! (its first module, `pkg/www-first`): `check`, `checkFile` of Python source and stubs,
//! `sourceKind` and `version`. The fix engine, notebooks, env text files, decoding, the walk's
//! rules and the catalogue are left out; the page loads its full engine for them.
#![cfg_attr(any(feature = "render-only", feature = "first-only"), allow(dead_code, unused_imports))]

use crate::catalogue::ENTRIES;
#[cfg(feature = "cli")]
use crate::config::Config;
#[cfg(feature = "render")]
use crate::report::{FileReport, Format, RenderOptions};
use crate::{Options, PythonVersion, Rule, SourceKind};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// The module's allocator with the `fast-alloc` feature (the npm package's): talc, for Rust and
/// for tree-sitter's C (whose `malloc` and `free` are Rust's allocator in wasm32).
#[cfg(feature = "fast-alloc")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(not(any(feature = "render-only", feature = "first-only")))]
mod host;
#[cfg(feature = "cli")]
mod project;
#[cfg(feature = "cli")]
mod run;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** How serious a finding is for the chosen target version. */
export type Severity = "error" | "warning" | "info";
/** The stable code of a rule. */
export type RuleCode = "SUN001" | "SUN002" | "SUN003" | "SUN004" | "SUN005" | "SUN006" | "SUN007" | "SUN008";
/** The readable name of a rule; accepted wherever a `RuleCode` is. */
export type RuleName = "removed-module" | "removed-name" | "removed-method" | "unittest-alias"
  | "legacy-import-hook" | "removed-env-var" | "removed-parameter" | "deprecated-api";
/** What sort of file a path names: see `sourceKind`. */
export type SourceKind = "python" | "stub" | "notebook" | "env-text";
/** The output formats of `render`. */
export type Format = "text" | "json" | "sarif" | "github" | "junit";
/** What sort of API a catalogue entry is. */
export type ApiKind = "module" | "package" | "namespace" | "function" | "class" | "method"
  | "attribute" | "constant" | "alias" | "env-var" | "parameter";
/** A place in the source: 1-based line, 1-based column in UTF-16 code units, 0-based UTF-8 byte offset. */
export interface Position { line: number; column: number; offset: number; }
/** A span of source, end exclusive. */
export interface Range { start: Position; end: Position; }
/** Whether a fix keeps behaviour ("safe") or may change it ("unsafe": applied only on request). */
export type Applicability = "safe" | "unsafe";
/** One replacement: the text in `range` (empty for an insertion) becomes `content`. */
export interface Edit { range: Range; content: string; }
/** The change that migrates one finding: edits that do not overlap, applied together. */
export interface Fix {
  applicability: Applicability;
  /** What the change does, in one line. */
  message: string;
  /** The edits, in source order (an import the replacement needs is one of them). */
  edits: Edit[];
}
/** One use of a removed standard-library API. */
export interface Finding {
  code: RuleCode;
  rule: string;
  symbol: string;
  kind: ApiKind;
  severity: Severity;
  deprecatedIn: string | null;
  /** `null` for a deprecation without a removal date (rule SUN008). */
  removedIn: string | null;
  /** The release that withdrew the deprecation: the API warns only on earlier targets. */
  withdrawnIn?: string;
  message: string;
  replacement: string;
  /** Why the use is safe as written (only on `info` findings). */
  guard?: string;
  /** Where the use is; in a notebook, relative to the source of cell `cell`. */
  range: Range;
  /** In a notebook: the 1-based number of the cell among all its cells (markdown cells count). */
  cell?: number;
  /**
   * In a notebook: the same span in the `.ipynb` file's own text (its JSON, escapes such as `\"`
   * counted as written), for an editor that shows the file as it is.
   */
  fileRange?: Range;
  url: string;
  /** The change that migrates this use, where one is mechanical (never on `info` findings). */
  fix?: Fix;
}
/** Options of `check` and `checkFile`. */
export interface CheckOptions {
  /** The Python version the code is moving to, "3.12" (default) to "3.21". */
  target?: string;
  /** Report only these rules (default: every rule). */
  select?: (RuleCode | RuleName)[];
  /** Never report these rules. */
  ignore?: (RuleCode | RuleName)[];
}
/** Options of `fix`. */
export interface FixOptions {
  /** The Python version the code is moving to, "3.12" (default) to "3.21". */
  target?: string;
  /** Also apply the fixes that may change behaviour (default false). */
  unsafeFixes?: boolean;
  /** Fix (and report) only these rules (default: every rule). */
  select?: (RuleCode | RuleName)[];
  /** Neither fix nor report these rules. */
  ignore?: (RuleCode | RuleName)[];
}
/** What `fix` did. */
export interface FixResult {
  /** The fixed source (the input itself when nothing was fixed). */
  output: string;
  /** The findings whose fixes were applied, with positions in the input. */
  applied: Finding[];
  /** The findings of the output. */
  remaining: Finding[];
}
/** What a run found in one file: the input of `render`. */
export interface FileReport {
  /** The path as given; printed as it is (use forward slashes for SARIF and GitHub). */
  path: string;
  /** The file's text: the text format shows source lines, SARIF and GitHub map notebook cells to file lines. */
  source?: string | null;
  /** The file's findings, as `checkFile` returned them. */
  findings?: Finding[];
  /** Why the file was not checked (unreadable, binary, ...); such a file does not count as checked. */
  problem?: string | null;
}
/** Options of `render`. */
export interface RenderOptions {
  format: Format;
  /** The target the findings were checked at, named by the text summary (default "3.12"). */
  target?: string;
  /** ANSI colours in the text format (default false). */
  color?: boolean;
  /** How many files were checked (default: the reports without a problem). */
  checkedFiles?: number;
  /** Whether unsafe fixes count as fixable: the text format marks fixable findings with `[*]` (default false). */
  unsafeFixes?: boolean;
}
/** The `[tool.pysunset]` table of a pyproject.toml. */
export interface Config {
  target: string | null;
  select: RuleCode[] | null;
  ignore: RuleCode[] | null;
  /** Glob patterns of paths to leave out of directory runs, relative to the pyproject.toml: see `isExcluded`. */
  exclude: string[];
}
/** An entry of the catalogue of removed APIs. */
export interface CatalogueEntry {
  symbol: string;
  kind: ApiKind;
  code: RuleCode;
  deprecatedIn: string | null;
  /** `null` for a deprecation without a removal date (rule SUN008). */
  removedIn: string | null;
  /** The release that withdrew the deprecation: the API warns only on earlier targets. */
  withdrawnIn?: string;
  replacement: string;
  why: string;
  alsoKnownAs: string[];
  /** Where the rules look for uses. */
  found: string;
  /** A program that uses the API ("" while none is written). */
  before: string;
  /** The same program migrated. */
  after: string;
  url: string;
  /** Whether uses get an automatic fix, and of which kind (null: the change is manual). */
  fix: Applicability | null;
}
/** The outcome of checking one file. */
export interface FileResult {
  path: string;
  /** Findings in source order (notebook findings carry the `cell` they are in and their `fileRange` in the file). */
  findings: Finding[];
  /**
   * What went wrong with the input, for a person to read: it is binary, not valid UTF-8 (then it
   * is checked with the bad bytes replaced), in an encoding that cannot be read, or could not be
   * checked. Messages that start with "skipped:" mean the file has no findings because it was not checked.
   */
  problem?: string;
  /** The decoded text, when `includeSource` was set and the file has findings. */
  source?: string;
}
/** A file's bytes as text: see `decodeSource`. */
export interface DecodedSource {
  /** The text; null when the file is not read (binary, or an encoding that cannot be read). */
  text: string | null;
  /** Why there is no text, or that bad bytes were replaced with U+FFFD; null when all is well. */
  problem: string | null;
  /** Whether bad bytes were replaced (the text is then not the file's exact content). */
  repaired: boolean;
}
/** Text decoded by the host's WHATWG decoder (`TextDecoder`): see `TextHost`. */
export interface TranscodedText { text: string; repaired: boolean; }
/**
 * The host's half of decoding: the conversion of a WHATWG encoding the core names (not UTF-8 or
 * CPython's single-byte codecs, which the core converts), bytes to text and, for writing fixes
 * back, text to bytes (null when the host cannot write the encoding or a character of `text`).
 */
export interface TextHost {
  decode(encoding: string, bytes: Uint8Array): TranscodedText;
  encode(encoding: string, text: string): Uint8Array | null;
}
/** The host's answers about files, for configuration resolution (paths as the host spells them). */
export interface ConfigHost {
  /** The path made absolute against the working directory. */
  absolute(path: string): string;
  isDirectory(path: string): boolean;
  isFile(path: string): boolean;
  /** The file's text; throws an `Error` whose message says why it cannot be read. */
  readText(path: string): string;
}
/** A parsed command line: see `parseArgs`. */
export type CommandLine =
  | { action: "help" }
  | { action: "version" }
  | { action: "catalogue" }
  | { action: "error"; message: string }
  | {
      action: "run";
      paths: string[];
      format: Format;
      color: "auto" | "always" | "never";
      stdinFilename: string | null;
      exitZero: boolean;
      fix: "report" | "write" | "diff";
      unsafeFixes: boolean;
    };
/** The settings of one command-line path: see `resolveSettings`. */
export interface PathSettings {
  /** The options to check its files with: the flags over the configuration's values. */
  options: { target: string; select?: RuleCode[]; ignore: RuleCode[] };
  /** The directory of the configuration found (absolute), or null. */
  root: string | null;
  /** The configuration's `exclude` patterns, relative to `root`. */
  exclude: string[];
}
/** A folder a directory walk does not enter: see `skippedFolder`. */
export interface SkippedFolder {
  /** The path up to and including the folder's name. */
  folder: string;
  /** Why, in a few words ("a hidden folder", "a virtual environment or installed packages", ...). */
  reason: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `Finding[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "Finding[]")]
    pub type FindingArray;
    /// `CheckOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "CheckOptions")]
    pub type CheckOptions;
    /// `FixOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "FixOptions")]
    pub type FixOptions;
    /// `FixResult` in TypeScript.
    #[wasm_bindgen(typescript_type = "FixResult")]
    pub type FixResult;
    /// `CatalogueEntry[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "CatalogueEntry[]")]
    pub type CatalogueArray;
    /// `SourceKind | null` in TypeScript.
    #[wasm_bindgen(typescript_type = "SourceKind | null")]
    pub type SourceKindOrNull;
    /// `FileReport[]` in TypeScript.
    #[wasm_bindgen(typescript_type = "FileReport[]")]
    pub type FileReportArray;
    /// `FileReport` in TypeScript.
    #[wasm_bindgen(typescript_type = "FileReport")]
    pub type FileReportObject;
    /// `RenderOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "RenderOptions")]
    pub type RenderOptionsObject;
    /// `Config | null` in TypeScript.
    #[wasm_bindgen(typescript_type = "Config | null")]
    pub type ConfigOrNull;
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

#[derive(Deserialize, Default)]
struct RawOptions {
    target: Option<String>,
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
}

/// The option names `check` and `checkFile` accept.
const OPTION_NAMES: &[&str] = &["target", "select", "ignore"];

#[cfg(feature = "render")]
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawRenderOptions {
    format: Option<String>,
    target: Option<String>,
    color: Option<bool>,
    checked_files: Option<u32>,
    unsafe_fixes: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct RawFixOptions {
    target: Option<String>,
    unsafe_fixes: Option<bool>,
    select: Option<Vec<String>>,
    ignore: Option<Vec<String>>,
}

/// The option names `fix` accepts.
const FIX_OPTION_NAMES: &[&str] = &["target", "unsafeFixes", "select", "ignore"];

/// The option names `render` accepts.
#[cfg(feature = "render")]
const RENDER_OPTION_NAMES: &[&str] = &["format", "target", "color", "checkedFiles", "unsafeFixes"];

/// The message of a serde-wasm-bindgen error, without the `Error: ` its conversion adds.
fn js_error_text(error: serde_wasm_bindgen::Error) -> String {
    let text = error.to_string();
    text.strip_prefix("Error: ").map(str::to_string).unwrap_or(text)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let serializer =
        serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true).serialize_missing_as_null(true);
    value.serialize(&serializer).map_err(|error| JsError::new(&error.to_string()))
}

/// Refuses keys of an options object that are not in `known`.
fn check_keys(value: &JsValue, known: &[&str], what: &str) -> Result<(), JsError> {
    if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !known.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "invalid {what}: unknown option `{key}` (the options are {})",
                    known.join(", ")
                )));
            }
        }
    }
    Ok(())
}

fn parse_target(text: Option<String>) -> Result<PythonVersion, JsError> {
    match text {
        Some(text) => text.parse::<PythonVersion>().map_err(|error| JsError::new(&error.to_string())),
        None => Ok(PythonVersion::DEFAULT_TARGET),
    }
}

fn parse_rules(name: &str, codes: Vec<String>) -> Result<Vec<Rule>, JsError> {
    codes
        .iter()
        .map(|code| {
            code.parse::<Rule>().map_err(|error| JsError::new(&format!("invalid options: `{name}`: {error}")))
        })
        .collect()
}

fn options_from_js(options: Option<CheckOptions>) -> Result<Options, JsError> {
    let value: JsValue = options.map_or(JsValue::UNDEFINED, Into::into);
    let raw: RawOptions = if value.is_undefined() || value.is_null() {
        RawOptions::default()
    } else {
        check_keys(&value, OPTION_NAMES, "options")?;
        serde_wasm_bindgen::from_value(value).map_err(|error| {
            JsError::new(&format!(
                "invalid options: {} (target is a string such as \"3.13\", select and ignore are lists of rule codes)", js_error_text(error)
            ))
        })?
    };
    let mut options = Options::new(parse_target(raw.target)?);
    options.select = raw.select.map(|codes| parse_rules("select", codes)).transpose()?;
    options.ignore = raw.ignore.map(|codes| parse_rules("ignore", codes)).transpose()?.unwrap_or_default();
    Ok(options)
}

/// Checks Python source text and returns its findings in source order.
/// Throws an `Error` with a readable message for invalid options or input that is not text.
#[cfg(not(feature = "render-only"))]
#[wasm_bindgen]
pub fn check(source: &str, options: Option<CheckOptions>) -> Result<FindingArray, JsError> {
    let options = options_from_js(options)?;
    let findings = crate::check(source, &options).map_err(|error| JsError::new(&error.to_string()))?;
    Ok(to_js(&findings)?.unchecked_into())
}

/// Checks a file's text as the kind of file its path names (see `sourceKind`; other paths are
/// checked as Python): Python source, every code cell of a notebook (findings carry `cell`), or
/// the removed environment variables of an env text file. Throws an `Error` for invalid options,
/// binary input or a notebook that is not valid JSON.
#[cfg(not(feature = "render-only"))]
#[wasm_bindgen(js_name = checkFile)]
pub fn check_file(path: &str, text: &str, options: Option<CheckOptions>) -> Result<FindingArray, JsError> {
    let options = options_from_js(options)?;
    #[cfg(not(feature = "first-only"))]
    let findings = crate::check_file(path, text, &options);
    // The first module checks what `crate::check_file` checks as Python; the page's full engine
    // checks the other kinds (the page never asks this module for them).
    #[cfg(feature = "first-only")]
    let findings = match SourceKind::for_path(path) {
        None | Some(SourceKind::Python | SourceKind::Stub) => crate::check(text, &options),
        Some(kind) => {
            return Err(JsError::new(&format!(
                "this module checks Python only, not {path} ({}): use the full engine",
                kind.as_str()
            )))
        }
    };
    let findings = findings.map_err(|error| JsError::new(&error.to_string()))?;
    Ok(to_js(&findings)?.unchecked_into())
}

/// What sort of file a path names: `python` (`.py`, `.pyw`), `stub` (`.pyi`), `notebook`
/// (`.ipynb`), `env-text` (`.env`, `Dockerfile`, `tox.ini`, shell scripts, CI YAML, ...), or
/// `null` for files pysunset does not read in directory runs.
#[cfg(not(feature = "render-only"))]
#[wasm_bindgen(js_name = sourceKind)]
pub fn source_kind(path: &str) -> SourceKindOrNull {
    match SourceKind::for_path(path) {
        Some(kind) => JsValue::from_str(kind.as_str()).unchecked_into(),
        None => JsValue::NULL.unchecked_into(),
    }
}

/// Renders the reports of a run in a format: the same bytes the native CLI prints.
/// Throws an `Error` for an unknown format or option, or reports that are not `FileReport`s.
#[cfg(feature = "render")]
#[wasm_bindgen]
pub fn render(reports: FileReportArray, options: RenderOptionsObject) -> Result<String, JsError> {
    let options = render_options_from_js(options)?;
    let reports: Vec<FileReport> = serde_wasm_bindgen::from_value(reports.into()).map_err(|error| {
        JsError::new(&format!(
            "invalid reports: {} (expected FileReport[], with findings from checkFile)",
            js_error_text(error)
        ))
    })?;
    Ok(crate::report::render(&reports, &options))
}

/// `RenderOptions` read from JavaScript.
#[cfg(feature = "render")]
fn render_options_from_js(options: RenderOptionsObject) -> Result<RenderOptions, JsError> {
    let value: JsValue = options.into();
    if !value.is_object() {
        return Err(JsError::new("invalid render options: expected an object such as { format: \"text\" }"));
    }
    check_keys(&value, RENDER_OPTION_NAMES, "render options")?;
    let raw: RawRenderOptions = serde_wasm_bindgen::from_value(value).map_err(|error| {
        JsError::new(&format!(
            "invalid render options: {} (format is a string, color a boolean, checkedFiles a number)",
            js_error_text(error)
        ))
    })?;
    let format: Format = raw
        .format
        .ok_or_else(|| {
            JsError::new("invalid render options: `format` is required (text, json, sarif, github or junit)")
        })?
        .parse()
        .map_err(|error: crate::report::UnknownFormat| JsError::new(&error.to_string()))?;
    Ok(RenderOptions {
        format,
        target: parse_target(raw.target)?,
        color: raw.color.unwrap_or(false),
        checked_files: raw.checked_files.map(|count| count as usize),
        unsafe_fixes: raw.unsafe_fixes.unwrap_or(false),
    })
}

/// Reads the `[tool.pysunset]` table of a pyproject.toml's text; `null` when it has none.
/// Throws an `Error` naming the key for unknown keys and bad values, or saying where the TOML
/// is invalid (the message does not name the file: prefix it with the path, as the native CLI
/// prints `pysunset: PATH: MESSAGE`).
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = parseConfig)]
pub fn parse_config(pyproject_text: &str) -> Result<ConfigOrNull, JsError> {
    match Config::from_pyproject(pyproject_text) {
        Ok(Some(config)) => Ok(to_js(&config)?.unchecked_into()),
        Ok(None) => Ok(JsValue::NULL.unchecked_into()),
        Err(error) => Err(JsError::new(&error.to_string())),
    }
}

/// Whether a path (relative to the pyproject.toml's directory, `/` or `\\` between directories)
/// is excluded by any of the `exclude` patterns, with the native CLI's semantics: a pattern
/// without `/` matches a name at any depth, one with `/` is anchored at the root, `*`, `?`,
/// `[a-z]` and `**` are globs, and a matched directory excludes everything under it.
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = isExcluded)]
pub fn is_excluded(path: &str, patterns: Vec<String>) -> bool {
    crate::config::is_excluded(path, &patterns)
}

/// `FixOptions` read from JavaScript: the core's options and the rules chosen.
struct FixRequest {
    options: crate::FixOptions,
    select: Option<Vec<Rule>>,
    ignore: Vec<Rule>,
}

fn fix_options_from_js(options: Option<FixOptions>) -> Result<FixRequest, JsError> {
    let value: JsValue = options.map_or(JsValue::UNDEFINED, Into::into);
    let raw: RawFixOptions = if value.is_undefined() || value.is_null() {
        RawFixOptions::default()
    } else {
        check_keys(&value, FIX_OPTION_NAMES, "options")?;
        serde_wasm_bindgen::from_value(value).map_err(|error| {
            JsError::new(&format!(
                "invalid options: {error} (target is a string such as \"3.13\", unsafeFixes a boolean, select and ignore are lists of rule codes)"
            ))
        })?
    };
    let options = crate::FixOptions {
        target: parse_target(raw.target)?,
        unsafe_fixes: raw.unsafe_fixes.unwrap_or(false),
    };
    let select = raw.select.map(|codes| parse_rules("select", codes)).transpose()?;
    let ignore = raw.ignore.map(|codes| parse_rules("ignore", codes)).transpose()?.unwrap_or_default();
    Ok(FixRequest { options, select, ignore })
}

/// A JavaScript string as Rust text, for `fix`: refused when it holds a lone surrogate, which
/// UTF-8 cannot hold. Converted, it would become U+FFFD, and the fixed output would change the
/// text outside the fixes' edits; a string with lone surrogates is not text Python could read.
fn text_for_fix(source: &js_sys::JsString) -> Result<String, JsError> {
    if !source.is_valid_utf16() {
        let units: Vec<u16> = source.iter().collect();
        let at = char::decode_utf16(units.iter().copied())
            .scan(0usize, |offset, unit| {
                let here = *offset;
                *offset += unit.as_ref().map_or(1, |c| c.len_utf16());
                Some((here, unit.is_err()))
            })
            .find_map(|(here, lone)| lone.then_some(here))
            .unwrap_or(0);
        return Err(JsError::new(&format!(
            "the source holds a lone UTF-16 surrogate (code unit {at}, U+{:04X}): it is not text a file can hold, and fixing it would change it; replace it, then fix",
            units.get(at).copied().unwrap_or(0)
        )));
    }
    Ok(String::from(source))
}

/// Applies the fixes of the source's findings until none is left and returns the new text,
/// the findings fixed (positions in the input) and those that remain (positions in the output).
/// Unsafe fixes are applied only with `unsafeFixes: true`.
/// Throws an `Error` with a readable message for invalid options or input that is not text.
#[cfg(not(any(feature = "render-only", feature = "first-only")))]
#[wasm_bindgen]
pub fn fix(source: js_sys::JsString, options: Option<FixOptions>) -> Result<FixResult, JsError> {
    let source = text_for_fix(&source)?;
    let request = fix_options_from_js(options)?;
    let outcome =
        crate::fix::fix_selected(&source, &request.options, request.select.as_deref(), &request.ignore)
            .map_err(|error| JsError::new(&error.to_string()))?;
    Ok(to_js(&outcome)?.unchecked_into())
}

/// `fix` for the kind of file `path` names (see `sourceKind`): Python as `fix` does, a
/// notebook cell by cell (the output is still a valid notebook; `applied` findings carry their
/// `cell`), env text files unchanged. Throws an `Error` for invalid options, input that is not
/// text or a notebook that is not valid JSON.
#[cfg(not(any(feature = "render-only", feature = "first-only")))]
#[wasm_bindgen(js_name = fixFile)]
pub fn fix_file(
    path: &str,
    text: js_sys::JsString,
    options: Option<FixOptions>,
) -> Result<FixResult, JsError> {
    let text = text_for_fix(&text)?;
    let request = fix_options_from_js(options)?;
    let outcome =
        crate::inputs::fix_file(path, &text, &request.options, request.select.as_deref(), &request.ignore)
            .map_err(|error| JsError::new(&error.to_string()))?;
    Ok(to_js(&outcome)?.unchecked_into())
}

/// Every entry of the catalogue of removed APIs. A module built without the `examples` feature
/// (the playground's engine) gives each entry's `before` and `after` empty.
#[cfg(not(any(feature = "render-only", feature = "first-only")))]
#[wasm_bindgen]
pub fn catalogue() -> Result<CatalogueArray, JsError> {
    let entries: Vec<_> = ENTRIES.iter().map(crate::docs::EntryInfo::of).collect();
    Ok(to_js(&entries)?.unchecked_into())
}

/// A unified diff of `old` and `new` with three lines of context, headed `a/PATH` and `b/PATH`
/// (an absolute path as it is): what the CLIs' `--diff` prints for a file; "" when equal.
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = unifiedDiff)]
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    crate::report::unified_diff(path, old, new)
}

/// A unified diff of two versions of a file's bytes (its encoding and byte order mark kept, so
/// that `patch` applies it to the file as it is): what the CLIs' `--diff` prints for a file whose
/// fixed text encodes back in its encoding.
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = unifiedDiffBytes)]
pub fn unified_diff_bytes(path: &str, old: &[u8], new: &[u8]) -> Vec<u8> {
    crate::report::unified_diff_bytes(path, old, new)
}

/// A diff made safe to show on a terminal: what the CLIs' `--diff` prints when standard output
/// is one (the characters of its lines that could act on the terminal escaped).
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = diffForTerminal)]
pub fn diff_for_terminal(diff: &[u8]) -> Vec<u8> {
    crate::report::diff_for_terminal(diff)
}

/// The line the CLIs' `--diff` ends with on standard error: how many findings in how many files
/// would be fixed.
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = wouldFix)]
pub fn would_fix(fixes: u32, files: u32) -> String {
    crate::report::would_fix(fixes as usize, files as usize)
}

/// The command-line usage text the CLIs print for `--help`.
#[cfg(feature = "cli")]
#[wasm_bindgen(js_name = cliUsage)]
pub fn cli_usage() -> String {
    crate::usage::USAGE.to_string()
}

/// The version of pysunset.
#[cfg(not(feature = "render-only"))]
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
