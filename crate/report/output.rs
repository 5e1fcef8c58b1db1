//! A run's output written as its files come ([`Output`]): the one way every format is put
//! together, for the native CLI (straight to standard output, a finding at a time), the Node
//! CLI (from the parts its worker threads rendered) and [`super::render`].

use super::{json_indent, junit, sarif, text, FilePart, FileReport, Format, RenderOptions, Tally};
use std::borrow::Cow;
use std::fmt;

/// A run's output, written to `out` as its files are given, in the order given: the format's
/// opening first, each file's findings as soon as the file is given, the closing lines (the text
/// summary, the JSON bracket) at [`Output::finish`]. The text, JSON and GitHub formats hold
/// nothing of a file once it is written, so a run's memory does not grow with its findings'
/// output. SARIF (the notifications of files that were not checked come before every result)
/// and JUnit (the totals come first) keep their files, as given (reports, not rendered text),
/// and write them at the end.
pub struct Output<'r, W: fmt::Write> {
    out: W,
    options: &'r RenderOptions,
    total: Tally,
    /// JSON only: the array of findings, open.
    array: JsonArray,
    /// SARIF and JUnit: the files, written at the end.
    held: Vec<File<'r>>,
}

/// One file of a run, as an [`Output`] is given it.
enum File<'r> {
    /// Its report, rendered as it is written.
    Report(Cow<'r, FileReport>),
    /// Its part, rendered elsewhere (by a worker thread of the Node CLI).
    Part(Cow<'r, FilePart>),
}

impl<'r, W: fmt::Write> Output<'r, W> {
    /// Starts a run's output in `out`.
    pub fn new(mut out: W, options: &'r RenderOptions) -> Result<Self, fmt::Error> {
        let array = match options.format {
            Format::Json => JsonArray::open(&mut out, 0)?,
            _ => JsonArray::default(),
        };
        Ok(Output { out, options, total: Tally::default(), array, held: Vec::new() })
    }

    /// Adds the next file's report.
    pub fn report(&mut self, mut report: Cow<'r, FileReport>) -> fmt::Result {
        self.total.add(&Tally::of(&report, self.options));
        if self.holds() {
            // Kept to the end: its source only where a notebook's positions need it.
            if let Cow::Owned(owned) = &mut report {
                if owned.findings.iter().all(|finding| finding.cell.is_none()) {
                    owned.source = None;
                }
            }
            self.held.push(File::Report(report));
            return Ok(());
        }
        self.write(&File::Report(report))
    }

    /// Adds the next file's part, from [`super::render_file`] with the same options.
    pub fn part(&mut self, part: Cow<'r, FilePart>) -> fmt::Result {
        self.total.add(&part.tally);
        if self.holds() {
            self.held.push(File::Part(part));
            return Ok(());
        }
        self.write(&File::Part(part))
    }

    /// The counts of the files given so far.
    pub fn total(&self) -> &Tally {
        &self.total
    }

    /// Whether the format writes its files at the end.
    fn holds(&self) -> bool {
        matches!(self.options.format, Format::Sarif | Format::Junit)
    }

    /// Writes a file of a format that writes them as they come.
    fn write(&mut self, file: &File) -> fmt::Result {
        let Output { out, options, array, .. } = self;
        match options.format {
            Format::Json => file.elements(options, &mut |element| array.push(out, element)),
            _ => file.body(options, out),
        }
    }

    /// Writes the closing lines (and the files SARIF and JUnit kept); gives back `out`.
    pub fn finish(self) -> Result<W, fmt::Error> {
        let Output { mut out, options, total, array, held } = self;
        match options.format {
            Format::Text => text::summary(&mut out, &total, options)?,
            Format::Json => {
                array.close(&mut out)?;
                out.write_char('\n')?;
            }
            Format::Github => {}
            Format::Sarif => {
                let (head, middle, tail) = sarif::skeleton();
                out.write_str(&head)?;
                let mut notifications = JsonArray::open(&mut out, sarif::NOTIFICATIONS_DEPTH)?;
                for file in &held {
                    if let Some(notification) = file.notification() {
                        notifications.push(&mut out, &notification)?;
                    }
                }
                notifications.close(&mut out)?;
                out.write_str(&middle)?;
                let mut results = JsonArray::open(&mut out, sarif::RESULTS_DEPTH)?;
                for file in &held {
                    file.elements(options, &mut |element| results.push(&mut out, element))?;
                }
                results.close(&mut out)?;
                out.write_str(&tail)?;
                out.write_char('\n')?;
            }
            Format::Junit => {
                junit::header(&total, &mut out)?;
                for file in &held {
                    file.body(options, &mut out)?;
                }
                out.write_str(junit::FOOTER)?;
            }
        }
        Ok(out)
    }
}

impl File<'_> {
    /// The file's lines (text, GitHub) or `<testsuite>` (JUnit).
    fn body(&self, options: &RenderOptions, out: &mut dyn fmt::Write) -> fmt::Result {
        match self {
            File::Part(part) => out.write_str(&part.body),
            File::Report(report) => report_body(report, options, out),
        }
    }

    /// The file's findings (JSON) or results (SARIF), each printed as an element of the run's
    /// array; a part's as one run of elements.
    fn elements(&self, options: &RenderOptions, element: &mut dyn FnMut(&str) -> fmt::Result) -> fmt::Result {
        match self {
            File::Part(part) if part.body.is_empty() => Ok(()),
            File::Part(part) => element(&part.body),
            File::Report(report) => report_elements(report, options, element),
        }
    }

    /// SARIF: the notification of a file that was not checked.
    fn notification(&self) -> Option<Cow<'_, str>> {
        match self {
            File::Part(part) if part.notifications.is_empty() => None,
            File::Part(part) => Some(Cow::Borrowed(&part.notifications)),
            File::Report(report) => sarif::notification(report).map(Cow::Owned),
        }
    }
}

/// A report's lines (text, GitHub) or `<testsuite>` (JUnit).
pub(super) fn report_body(
    report: &FileReport,
    options: &RenderOptions,
    out: &mut dyn fmt::Write,
) -> fmt::Result {
    match options.format {
        Format::Text => text::file(report, options, out),
        Format::Github => super::github::file(report, out),
        Format::Junit => junit::file(report, &Tally::of(report, options), out),
        Format::Json | Format::Sarif => Ok(()),
    }
}

/// A report's findings (JSON) or results (SARIF), each printed as an element of the run's array.
pub(super) fn report_elements(
    report: &FileReport,
    options: &RenderOptions,
    element: &mut dyn FnMut(&str) -> fmt::Result,
) -> fmt::Result {
    match options.format {
        Format::Json => super::json::elements(report, element),
        Format::Sarif => sarif::results(report, element),
        Format::Text | Format::Github | Format::Junit => Ok(()),
    }
}

/// A JSON array written as `serde_json::to_string_pretty` prints it, an element (or a run of
/// elements joined by `,\n`) at a time: `[`, each after `\n` (the first) or `,\n`, then `\n` and
/// the closing bracket indented `depth` levels; `[]` when empty.
#[derive(Default)]
struct JsonArray {
    depth: usize,
    elements: bool,
}

impl JsonArray {
    fn open(out: &mut impl fmt::Write, depth: usize) -> Result<Self, fmt::Error> {
        out.write_char('[')?;
        Ok(JsonArray { depth, elements: false })
    }

    fn push(&mut self, out: &mut impl fmt::Write, element: &str) -> fmt::Result {
        out.write_str(if self.elements { ",\n" } else { "\n" })?;
        self.elements = true;
        out.write_str(element)
    }

    fn close(self, out: &mut impl fmt::Write) -> fmt::Result {
        if self.elements {
            out.write_char('\n')?;
            out.write_str(&json_indent(self.depth))?;
        }
        out.write_char(']')
    }
}
