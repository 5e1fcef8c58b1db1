//! How a run prints its findings, in every format: the one implementation behind the native CLI,
//! the WebAssembly build's `render` and the Node CLI, so all print the same bytes.
//!
//! | format | for |
//! |---|---|
//! | [`Format::Text`] | people: `path:line:col: CODE severity: message`, the source line with a caret, what to use instead, a summary |
//! | [`Format::Json`] | programs: an array of findings, each with its `path` |
//! | [`Format::Sarif`] | GitHub code scanning and other SARIF 2.1.0 consumers |
//! | [`Format::Github`] | GitHub Actions workflow commands (annotations on the pull request) |
//! | [`Format::Junit`] | CI systems that read JUnit XML test reports |
//!
//! Output is deterministic: reports in the order given, findings in the order given (source
//! order from [`crate::check`]), paths as given, no timestamps.

pub(crate) mod diff;
pub mod escape;
mod github;
mod json;
mod junit;
mod outcome;
mod output;
mod part;
mod sarif;
mod text;

pub use diff::{diff_for_terminal, unified_diff, unified_diff_bytes};
pub use outcome::FileOutcome;
pub use output::{Frame, Output};
pub use part::{from_bytes, to_bytes, FilePart, Tally};
pub use text::would_fix;

use crate::edit::{Applicability, Fix};
use crate::finding::{Finding, Range};
use crate::inputs::notebook::Notebook;
use crate::version::PythonVersion;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Compiler-style text for people.
    Text,
    /// A JSON array of findings, each with the path it was found in.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=...::message`).
    Github,
    /// JUnit XML.
    Junit,
}

impl Format {
    /// Every format, in the order help texts list them.
    pub const ALL: [Format; 5] = [Format::Text, Format::Json, Format::Sarif, Format::Github, Format::Junit];

    /// The name on the command line and in JavaScript.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Github => "github",
            Format::Junit => "junit",
        }
    }
}

/// A format name that names no format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<_> = Format::ALL.iter().map(|format| format.as_str()).collect();
        write!(f, "invalid format `{}`: expected one of {}", self.0, names.join(", "))
    }
}

impl std::error::Error for UnknownFormat {}

impl std::str::FromStr for Format {
    type Err = UnknownFormat;
    fn from_str(text: &str) -> Result<Self, UnknownFormat> {
        Format::ALL
            .into_iter()
            .find(|format| format.as_str() == text)
            .ok_or_else(|| UnknownFormat(text.to_string()))
    }
}

/// What a run found in one file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FileReport {
    /// The path as given (or as found under a given directory); printed as it is.
    pub path: String,
    /// The file's text, for the source lines the text format shows and for notebook positions
    /// in the file (SARIF, GitHub annotations). `None` leaves them out.
    #[serde(default)]
    pub source: Option<String>,
    /// Its findings, in source order.
    #[serde(default)]
    pub findings: Vec<Finding>,
    /// Why the file was not checked (unreadable, binary, not a notebook, ...). A report with a
    /// problem does not count as a checked file.
    #[serde(default)]
    pub problem: Option<String>,
    /// How many findings `--fix` fixed in the file (the text summary counts them).
    #[serde(default)]
    pub fixed: usize,
}

/// How to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderOptions {
    /// The format.
    pub format: Format,
    /// The target the findings were checked at (the text summary names it).
    pub target: PythonVersion,
    /// Whether the text format uses ANSI colours.
    pub color: bool,
    /// How many files were checked; `None` counts the reports without a problem.
    pub checked_files: Option<usize>,
    /// Whether unsafe fixes count as fixable (`--unsafe-fixes`): the text format marks fixable
    /// findings with `[*]`.
    pub unsafe_fixes: bool,
}

impl RenderOptions {
    /// `format` at the default target, without colours.
    pub fn new(format: Format) -> Self {
        Self {
            format,
            target: PythonVersion::DEFAULT_TARGET,
            color: false,
            checked_files: None,
            unsafe_fixes: false,
        }
    }
}

impl RenderOptions {
    /// Whether the run applies `fix` (or would with `--fix`): safe fixes, and unsafe ones with
    /// `unsafe_fixes`.
    pub fn applies(&self, fix: &Fix) -> bool {
        self.unsafe_fixes || fix.applicability == Applicability::Safe
    }
}

/// Renders the reports of a run, in order, as [`Output`] writes them.
pub fn render(reports: &[FileReport], options: &RenderOptions) -> String {
    // Writing to a `String` cannot fail.
    let Ok(mut output) = Output::new(String::new(), options) else {
        return String::new();
    };
    for report in reports {
        let _ = output.report(std::borrow::Cow::Borrowed(report));
    }
    output.finish().unwrap_or_default()
}

/// Renders one file's part of a run's output, for [`Output::part`].
///
/// Each format's part is rendered by a function that is never inlined here (`#[inline(never)]`
/// on each `file`): a WebAssembly engine then compiles with its optimising tier only the format a
/// run uses, not all five (inlined, they made this function 31 KB of wasm, the largest that V8
/// compiled in a run of the npm CLI).
pub fn render_file(report: &FileReport, options: &RenderOptions) -> FilePart {
    let mut body = String::new();
    // Writing to a `String` cannot fail.
    let mut part = render_file_to(report, options, &mut body).unwrap_or_default();
    part.body = body;
    part
}

/// [`render_file`] with the body written to `body` as it is rendered, a finding at a time (so
/// that it is never held whole: the Node CLI's worker threads pass it on in chunks), and the
/// part returned without it. Fails only when `body` does.
pub fn render_file_to(
    report: &FileReport,
    options: &RenderOptions,
    body: &mut dyn fmt::Write,
) -> Result<FilePart, fmt::Error> {
    let tally = Tally::of(report, options);
    match options.format {
        Format::Json | Format::Sarif => {
            let mut first = true;
            output::report_elements(report, options, &mut |element| {
                if !first {
                    body.write_str(",\n")?;
                }
                first = false;
                body.write_str(element)
            })?;
        }
        Format::Text | Format::Github | Format::Junit => output::report_body(report, options, body)?,
    }
    let notifications = match options.format {
        Format::Sarif => sarif::notification(report).unwrap_or_default(),
        _ => String::new(),
    };
    Ok(FilePart { body: String::new(), notifications, tally })
}

/// A run's output from its files' parts, in order, as [`Output`] writes them.
pub fn assemble(parts: &[FilePart], options: &RenderOptions) -> String {
    // Writing to a `String` cannot fail.
    let Ok(mut output) = Output::new(String::new(), options) else {
        return String::new();
    };
    for part in parts {
        let _ = output.part(std::borrow::Cow::Borrowed(part));
    }
    output.finish().unwrap_or_default()
}

/// `value` pretty-printed (two-space indent) as an element of a JSON array whose elements are
/// indented `depth` levels, as `serde_json::to_string_pretty` prints the whole array.
fn json_element(value: &impl Serialize, depth: usize) -> String {
    // Serialising plain data into a string cannot fail. Strings escape their line breaks, so
    // every line break of the text is the printer's.
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    let indent = json_indent(depth);
    let mut out = String::with_capacity(text.len() + indent.len() * 16);
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push('\n');
        }
        out.push_str(&indent);
        out.push_str(line);
    }
    out
}

/// The indent of a pretty-printed JSON value `depth` levels deep.
fn json_indent(depth: usize) -> String {
    "  ".repeat(depth)
}

/// The absolute link to a finding's documentation.
pub fn docs_link(url: &str) -> String {
    if url.contains("://") {
        url.to_string()
    } else {
        format!("{}/blob/main/{url}", env!("CARGO_PKG_REPOSITORY"))
    }
}

/// Where a finding is in its file, for formats that speak of file lines: a notebook finding's
/// cell position mapped into the `.ipynb` text when the report has the source, else the range
/// as it is.
struct FilePositions<'a> {
    notebook: Option<Notebook<'a>>,
}

impl<'a> FilePositions<'a> {
    fn new(report: &'a FileReport) -> Self {
        let has_cells = report.findings.iter().any(|finding| finding.cell.is_some());
        let notebook = match (&report.source, has_cells) {
            (Some(source), true) => Notebook::parse(source).ok(),
            _ => None,
        };
        Self { notebook }
    }

    fn range(&self, finding: &Finding) -> Range {
        match (&self.notebook, finding.cell) {
            (Some(notebook), Some(cell)) => notebook.file_range(cell, finding.range).unwrap_or(finding.range),
            _ => finding.range,
        }
    }
}

/// `message` with where a notebook finding is in its cell, for formats that point at file lines.
fn message_with_cell(finding: &Finding) -> String {
    match finding.cell {
        Some(cell) => format!(
            "{} (cell {cell}, line {}, column {})",
            finding.message, finding.range.start.line, finding.range.start.column
        ),
        None => finding.message.to_string(),
    }
}

/// A line the CLIs print on standard error about a file: `PATH: MESSAGE`, the path shown with
/// its control characters escaped ([`escape::visible`]), so that a name a repository holds cannot
/// reach the terminal as a control sequence or split the line.
pub fn file_note(path: &str, message: &str) -> String {
    format!("{}: {message}", escape::visible(path))
}

/// The line the CLIs print on standard error when files of a run use names they import from
/// relative modules the run does not hold (`unfollowed[i]`: those of file `i`, as spelled, see
/// `crate::project::unfollowed`): one line for the run, naming the first such file (by
/// `path(i)`, as the CLI shows it) and counting the others. `None` when no file does.
pub fn project_note(unfollowed: &[Vec<String>], path: impl Fn(usize) -> Option<String>) -> Option<String> {
    let mut files = unfollowed.iter().enumerate().filter(|(_, modules)| !modules.is_empty());
    let (first, modules) = files.next()?;
    let others = files.count();
    let shown = escape::visible(&path(first)?).into_owned();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_by_name_and_say_what_is_allowed() {
        for format in Format::ALL {
            assert_eq!(format.as_str().parse::<Format>(), Ok(format));
        }
        let error = "xml".parse::<Format>().unwrap_err().to_string();
        assert_eq!(error, "invalid format `xml`: expected one of text, json, sarif, github, junit");
    }

    #[test]
    fn docs_links_are_absolute() {
        assert_eq!(
            docs_link("docs/imp.md#imp"),
            "https://github.com/pysunset/pysunset/blob/main/docs/imp.md#imp"
        );
        assert_eq!(docs_link("https://example.org/x"), "https://example.org/x");
    }
}
