//! Compiler-style text: a location line, the source line with the span underlined, what to use
//! instead, and a summary. ANSI colours only when asked for.
//!
//! ```text
//! app.py:2:8: SUN001 error: module `asyncore` was removed in Python 3.12
//!   |
//! 2 | import asyncore
//!   |        ^^^^^^^^
//!   = instead: asyncio (protocols and transports, or streams); PyPI copy: pyasyncore
//! ```
//!
//! Notebook findings are located as `path:cell N:line:col` (the line in the cell), as ruff does.
//! A finding with a fix the run would apply is marked `[*]` and followed by a `= fix` line; the
//! summary says how many are fixable (and how many `--fix` fixed).

use super::escape::{shown_width, visible};
use super::{FileReport, RenderOptions, Tally};
use crate::finding::{Finding, Severity};
use crate::inputs::notebook::Notebook;
use std::fmt;

/// ANSI styles.
struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, codes: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{codes}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        }
    }
}

/// The lines of a report's source, or of its notebook's cells.
enum Lines<'a> {
    None,
    Text(Vec<&'a str>),
    Cells(Vec<Vec<String>>),
}

impl<'a> Lines<'a> {
    fn new(report: &'a FileReport) -> Self {
        let Some(source) = &report.source else {
            return Lines::None;
        };
        if report.findings.iter().any(|finding| finding.cell.is_some()) {
            return match Notebook::parse(source) {
                Ok(notebook) => Lines::Cells(
                    notebook
                        .cells
                        .iter()
                        .map(|cell| cell.source.split('\n').map(str::to_string).collect())
                        .collect(),
                ),
                Err(_) => Lines::None,
            };
        }
        Lines::Text(split_lines(source))
    }

    fn line(&self, finding: &Finding) -> Option<&str> {
        let index = finding.range.start.line.checked_sub(1)? as usize;
        let line = match (self, finding.cell) {
            (Lines::Text(lines), None) => *lines.get(index)?,
            (Lines::Cells(cells), Some(cell)) => {
                cells.get(cell.checked_sub(1)? as usize)?.get(index)?.as_str()
            }
            _ => return None,
        };
        Some(line.strip_suffix('\r').unwrap_or(line))
    }
}

/// The lines of a text without their endings, where `\n`, `\r\n` and a lone `\r` end one (as
/// [`crate::lines::LineIndex`] counts them).
fn split_lines(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\n' => {
                lines.push(&text[start..at]);
                start = at + 1;
            }
            b'\r' if bytes.get(at + 1) == Some(&b'\n') => {
                lines.push(&text[start..at]);
                at += 1;
                start = at + 1;
            }
            b'\r' => {
                lines.push(&text[start..at]);
                start = at + 1;
            }
            _ => {}
        }
        at += 1;
    }
    lines.push(&text[start..]);
    lines
}

/// The marker line under a source line: the span's first line underlined with `^`, tabs kept
/// so that the carets line up (and escaped characters counted as wide as their escapes).
/// `start` and `end` are 0-based UTF-16 columns in `line`.
fn underline(line: &str, start: usize, end: usize) -> (String, String) {
    let mut padding = String::new();
    let mut carets = 0;
    let mut units = 0;
    for c in line.chars() {
        if units < start {
            if c == '\t' {
                padding.push('\t');
            } else {
                padding.extend(std::iter::repeat_n(' ', shown_width(c)));
            }
        } else if units < end {
            carets += shown_width(c);
        } else {
            break;
        }
        units += c.len_utf16();
    }
    (padding, "^".repeat(carets.max(1)))
}

/// The most bytes of a source line shown whole. A longer line (minified or generated code) is
/// shown as a window around each finding, so that many findings on one long line cost time and
/// output in proportion to the findings, not to the findings times the line.
const LONG_LINE: usize = 240;
/// How many characters of a long line the window shows before a finding's start, and after it.
const WINDOW: (usize, usize) = (40, 120);

/// Where each character of a long line starts, in bytes and in UTF-16 units: worked out once
/// per line, whatever the number of findings on it.
struct CharStarts {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl CharStarts {
    fn new(line: &str) -> Self {
        let mut units = Vec::with_capacity(line.len());
        let mut at = 0;
        let bytes = line
            .char_indices()
            .map(|(byte, c)| {
                units.push(at);
                at += c.len_utf16();
                byte
            })
            .collect();
        CharStarts { bytes, units }
    }

    /// The part of `line` around the 0-based UTF-16 column `column`.
    fn window<'l>(&self, line: &'l str, column: usize) -> Window<'l> {
        let at = self.units.partition_point(|&units| units < column);
        let first = at.saturating_sub(WINDOW.0).min(self.bytes.len().saturating_sub(1));
        let last = (at + WINDOW.1).min(self.bytes.len());
        let end = self.bytes.get(last).copied().unwrap_or(line.len());
        Window {
            text: &line[self.bytes[first]..end],
            before: self.units[first],
            cut_before: first > 0,
            cut_after: end < line.len(),
        }
    }
}

/// The part of a long line shown for a finding.
struct Window<'l> {
    text: &'l str,
    /// The UTF-16 units of the line before the part.
    before: usize,
    /// Whether the line goes on before the part, and after it.
    cut_before: bool,
    cut_after: bool,
}

/// The text format's part of one file: each finding with its source line.
#[inline(never)] // see render_file
pub fn file(report: &FileReport, options: &RenderOptions, out: &mut dyn fmt::Write) -> fmt::Result {
    let style = Style { color: options.color };
    let is_fixable = |finding: &Finding| finding.fix.as_ref().is_some_and(|fix| options.applies(fix));
    let lines = Lines::new(report);
    let mut long_lines: std::collections::HashMap<(Option<u32>, u32), CharStarts> =
        std::collections::HashMap::new();
    for finding in &report.findings {
        let start = finding.range.start;
        // Names and source lines come from the repository: nothing in them reaches the
        // terminal as a control sequence, and a line break cannot split the location line.
        let path = visible(&report.path);
        let location = match finding.cell {
            Some(cell) => format!("{path}:cell {cell}:{}:{}:", start.line, start.column),
            None => format!("{path}:{}:{}:", start.line, start.column),
        };
        let mark = if is_fixable(finding) { "[*] " } else { "" };
        writeln!(
            out,
            "{} {} {} {mark}{}",
            style.paint("1", &location),
            style.paint("1", finding.code.code()),
            style.paint(style.severity(finding.severity), &format!("{}:", finding.severity.as_str())),
            visible(&finding.message)
        )?;
        let source_line = lines.line(finding);
        let width = source_line.map_or(1, |_| start.line.to_string().len());
        let gutter = style.paint("1;34", &format!("{:width$} |", ""));
        if let Some(line) = source_line {
            let column = start.column.saturating_sub(1) as usize;
            let end = match finding.range.end {
                end if end.line == start.line => end.column.saturating_sub(1) as usize,
                _ => usize::MAX,
            };
            let (shown, padding, carets) = if line.len() > LONG_LINE {
                let starts =
                    long_lines.entry((finding.cell, start.line)).or_insert_with(|| CharStarts::new(line));
                let part = starts.window(line, column);
                let (padding, carets) =
                    underline(part.text, column.saturating_sub(part.before), end.saturating_sub(part.before));
                let (ellipsis, space) = if part.cut_before { ("…", " ") } else { ("", "") };
                let tail = if part.cut_after { "…" } else { "" };
                (format!("{ellipsis}{}{tail}", visible(part.text)), format!("{space}{padding}"), carets)
            } else {
                let (padding, carets) = underline(line, column, end);
                (visible(line).into_owned(), padding, carets)
            };
            writeln!(out, "{gutter}")?;
            let number = style.paint("1;34", &format!("{:>width$} |", start.line));
            writeln!(out, "{number} {shown}")?;
            writeln!(out, "{gutter} {padding}{}", style.paint(style.severity(finding.severity), &carets))?;
        }
        writeln!(
            out,
            "{:width$} {} {}",
            "",
            style.paint("1;34", "= instead:"),
            visible(finding.replacement())
        )?;
        if let Some(fix) = &finding.fix {
            let label = format!("= fix ({}):", fix.applicability.as_str());
            writeln!(out, "{:width$} {} {}", "", style.paint("1;34", &label), visible(&fix.message))?;
        }
    }
    Ok(())
}

/// The text format's closing lines, after every file's findings: counts, what was fixed, what
/// `--fix` would fix.
pub fn summary(out: &mut dyn fmt::Write, total: &Tally, options: &RenderOptions) -> fmt::Result {
    let style = &Style { color: options.color };
    let files = plural(options.checked_files.unwrap_or(total.checked), "file");
    let target = options.target;
    if total.findings() == 0 {
        writeln!(out, "No findings in {files} (target Python {target}).")?;
    } else {
        writeln!(
            out,
            "Found {} in {} of {files}: {}, {}, {} (target Python {target}).",
            plural(total.findings(), "finding"),
            total.files_with_findings,
            style.paint(style.severity(Severity::Error), &plural(total.errors, "error")),
            style.paint(style.severity(Severity::Warning), &plural(total.warnings, "warning")),
            style.paint(style.severity(Severity::Info), &plural(total.infos, "info")),
        )?;
    }
    if total.fixed > 0 {
        writeln!(out, "Fixed {} in {}.", plural(total.fixed, "finding"), plural(total.files_fixed, "file"))?;
    }
    match (total.fixable, total.unsafe_only) {
        (0, 0) => Ok(()),
        (fixable, 0) => writeln!(out, "[*] {fixable} fixable with --fix."),
        (fixable, unsafe_only) => {
            writeln!(out, "[*] {fixable} fixable with --fix ({unsafe_only} more with --fix --unsafe-fixes).")
        }
    }
}

/// The `--diff` summary.
pub fn would_fix(fixes: usize, files: usize) -> String {
    if fixes == 0 {
        "No fixes to apply.".to_string()
    } else {
        format!("Would fix {} in {}.", plural(fixes, "finding"), plural(files, "file"))
    }
}

fn plural(count: usize, noun: &str) -> String {
    if count == 1 || noun == "info" {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{render, Format};
    use crate::{check, check_file, Options};

    fn report(path: &str, source: &str) -> FileReport {
        let findings = check_file(path, source, &Options::default()).unwrap();
        FileReport { path: path.into(), source: Some(source.into()), findings, ..FileReport::default() }
    }

    #[test]
    fn shows_the_source_line_with_a_caret_under_the_span() {
        let text =
            render(&[report("a.py", "import os\nimport asyncore\n")], &RenderOptions::new(Format::Text));
        assert_eq!(
            text,
            "a.py:2:8: SUN001 error: module `asyncore` was removed in Python 3.12\n  |\n2 | import asyncore\n  |        ^^^^^^^^\n  = instead: asyncio (protocols and transports, or streams); PyPI copy: pyasyncore\nFound 1 finding in 1 of 1 file: 1 error, 0 warnings, 0 info (target Python 3.12).\n"
        );
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_around_each_finding() {
        let uses = vec!["imp.reload(m)"; 40].join("; ");
        let source = format!("import imp\nx = 'é'; {uses}\n");
        let text = render(&[report("a.py", &source)], &RenderOptions::new(Format::Text));
        // The first use: the line's start is shown, its end is cut.
        let first = format!("2 | x = 'é'; {}…\n  |          ^^^^^^^^^^\n", &uses[..120]);
        assert!(text.contains(&first), "{text}");
        // The last use: cut 40 characters before it, the rest of the line after.
        let last_start = uses.len() - "imp.reload(m)".len();
        let last = format!("2 | …{}\n  |  {}^^^^^^^^^^\n", &uses[last_start - 40..], " ".repeat(40));
        assert!(text.contains(&last), "{text}");
        // Each finding shows at most the window (and its two ellipses), not the whole line.
        let longest = text.lines().map(|line| line.chars().count()).max().unwrap_or(0);
        assert!(longest <= "2 | ".len() + 2 + 40 + 120, "{longest} characters");
    }

    #[test]
    fn tabs_wide_lines_and_multi_digit_lines_line_up() {
        let source = format!("{}\tx = 'é'; import imp\n", "\n".repeat(11));
        let text = render(&[report("a.py", &source)], &RenderOptions::new(Format::Text));
        assert!(
            text.contains("\n   |\n12 | \tx = 'é'; import imp\n   | \t                ^^^\n   = instead:"),
            "{text}"
        );
    }

    #[test]
    fn without_source_there_is_no_snippet_and_colours_only_when_asked() {
        let mut findings = check("import imp\n", &Options::default()).unwrap();
        let fixable = FileReport { path: "m.py".into(), findings: findings.clone(), ..FileReport::default() };
        let marked = render(&[fixable], &RenderOptions::new(Format::Text));
        assert!(
            marked.contains("error: [*] module `imp`") && marked.contains("\n  = fix (safe): "),
            "{marked}"
        );
        assert!(marked.ends_with("(target Python 3.12).\n[*] 1 fixable with --fix.\n"), "{marked}");
        findings.iter_mut().for_each(|finding| finding.fix = None);
        let report = FileReport { path: "m.py".into(), findings, ..FileReport::default() };
        let plain = render(std::slice::from_ref(&report), &RenderOptions::new(Format::Text));
        assert!(
            plain.starts_with(
                "m.py:1:8: SUN001 error: module `imp` was removed in Python 3.12\n  = instead: importlib"
            ),
            "{plain}"
        );
        assert!(!plain.contains('\x1b'));
        let colored = render(&[report], &RenderOptions { color: true, ..RenderOptions::new(Format::Text) });
        assert!(
            colored
                .starts_with("\x1b[1mm.py:1:8:\x1b[0m \x1b[1mSUN001\x1b[0m \x1b[1;31merror:\x1b[0m module"),
            "{colored:?}"
        );
    }

    #[test]
    fn notebook_findings_name_their_cell_and_show_the_cell_line() {
        let notebook = r##"{"cells": [{"cell_type": "markdown", "source": "# hi"}, {"cell_type": "code", "source": ["import os\n", "import imp\n"]}]}"##;
        let text = render(&[report("n.ipynb", notebook)], &RenderOptions::new(Format::Text));
        assert!(text.starts_with("n.ipynb:cell 2:2:8: SUN001 error:"), "{text}");
        assert!(text.contains("\n2 | import imp\n  |        ^^^\n"), "{text}");
    }

    #[test]
    fn summaries_count_checked_files_and_skip_problems() {
        let skipped = FileReport {
            path: "b.py".into(),
            problem: Some("skipped: binary".into()),
            ..FileReport::default()
        };
        let text = render(&[report("a.py", "import os\n"), skipped], &RenderOptions::new(Format::Text));
        assert_eq!(text, "No findings in 1 file (target Python 3.12).\n");
        let options = RenderOptions { checked_files: Some(7), ..RenderOptions::new(Format::Text) };
        assert_eq!(render(&[], &options), "No findings in 7 files (target Python 3.12).\n");
    }
}
