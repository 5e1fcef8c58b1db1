//! A run's output written as its files come ([`Output`]): the one way every format is put
//! together, for the native CLI (straight to standard output, a finding at a time), the Node
//! CLI (its main thread writes through a [`Frame`] the bodies its worker threads render, moved
//! as bytes) and [`super::render`].

use super::{json_indent, junit, sarif, text, FilePart, FileReport, Format, RenderOptions, Tally};
use std::borrow::Cow;
use std::fmt;

/// What a run's output puts around its files' bodies, in every format: the opening (JSON's
/// `[`), the separator before each file's elements (JSON, SARIF), the counts and SARIF's
/// notifications as the files are given, and the closing lines (the text summary, the JSON
/// bracket). It holds nothing of a file's body: [`Output`] writes those between its calls, and
/// so does the Node CLI's main thread with the bodies its worker threads render, moved as bytes.
///
/// The order of calls: [`Frame::opening`]; for each file in order, [`Frame::before_body`] if
/// its body is not empty, the body, then [`Frame::file`] (or `file` first: they do not depend
/// on each other); then [`Frame::held_opening`] and the held bodies when [`Frame::holds`];
/// [`Frame::closing`] last.
pub struct Frame<'r> {
    options: Cow<'r, RenderOptions>,
    total: Tally,
    files: usize,
    /// JSON: the array of findings; SARIF: the array of results.
    array: JsonArray,
    /// SARIF: the notifications of the files that were not checked, in order.
    notifications: Vec<String>,
}

impl<'r> Frame<'r> {
    /// The frame of a run rendered with `options`.
    pub fn new(options: &'r RenderOptions) -> Self {
        Self::with(Cow::Borrowed(options))
    }

    /// [`Frame::new`] owning its options.
    pub fn owning(options: RenderOptions) -> Frame<'static> {
        Frame::with(Cow::Owned(options))
    }

    fn with(options: Cow<'r, RenderOptions>) -> Self {
        let depth = match options.format {
            Format::Sarif => sarif::RESULTS_DEPTH,
            _ => 0,
        };
        Frame {
            options,
            total: Tally::default(),
            files: 0,
            array: JsonArray { depth, elements: false },
            notifications: Vec::new(),
        }
    }

    /// Whether the format writes its files' bodies only once every file is given, after
    /// [`Frame::held_opening`]: SARIF (the notifications of files that were not checked come
    /// before every result) and JUnit (the totals come first).
    pub fn holds(&self) -> bool {
        matches!(self.options.format, Format::Sarif | Format::Junit)
    }

    /// Writes what comes before the first file of a format that writes files as they come
    /// (JSON's `[`); nothing for the others.
    pub fn opening(&mut self, out: &mut dyn fmt::Write) -> fmt::Result {
        match self.options.format {
            Format::Json => out.write_char('['),
            _ => Ok(()),
        }
    }

    /// Counts the next file: its tally, and (SARIF) its notification, if it was not checked.
    pub fn file(&mut self, tally: &Tally, notification: Option<Cow<'_, str>>) {
        self.total.add(tally);
        self.files += 1;
        if let (Format::Sarif, Some(notification)) = (self.options.format, notification) {
            self.notifications.push(notification.into_owned());
        }
    }

    /// Writes what comes before a file's body that is not empty: JSON and SARIF separate the
    /// runs of elements of their arrays (`\n` before the first, `,\n` before the others).
    pub fn before_body(&mut self, out: &mut dyn fmt::Write) -> fmt::Result {
        match self.options.format {
            Format::Json | Format::Sarif => self.array.separate(out),
            _ => Ok(()),
        }
    }

    /// Writes what comes before the held bodies of a format that [holds](Frame::holds) them,
    /// once every file is given: SARIF's log up to its array of results (with the
    /// notifications), JUnit's totals. Nothing for the other formats.
    pub fn held_opening(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        match self.options.format {
            Format::Sarif => {
                let (head, middle, _) = sarif::skeleton();
                out.write_str(&head)?;
                let mut notifications = JsonArray { depth: sarif::NOTIFICATIONS_DEPTH, elements: false };
                out.write_char('[')?;
                for notification in &self.notifications {
                    notifications.separate(out)?;
                    out.write_str(notification)?;
                }
                notifications.close(out)?;
                out.write_str(&middle)?;
                out.write_char('[')
            }
            Format::Junit => junit::header(&self.total, out),
            Format::Text | Format::Json | Format::Github => Ok(()),
        }
    }

    /// Writes the closing lines, after every file: the text summary, the end of the JSON array
    /// or of the SARIF log, JUnit's last line.
    pub fn closing(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        match self.options.format {
            Format::Text => text::summary(out, &self.total, &self.options),
            Format::Json => {
                self.array.close(out)?;
                out.write_char('\n')
            }
            Format::Github => Ok(()),
            Format::Sarif => {
                let (_, _, tail) = sarif::skeleton();
                self.array.close(out)?;
                out.write_str(&tail)?;
                out.write_char('\n')
            }
            Format::Junit => out.write_str(junit::FOOTER),
        }
    }

    /// The counts of the files given so far.
    pub fn total(&self) -> &Tally {
        &self.total
    }

    /// The options the run is rendered with.
    pub fn options(&self) -> &RenderOptions {
        &self.options
    }

    /// How many files were given.
    pub fn files(&self) -> usize {
        self.files
    }
}

/// A run's output, written to `out` as its files are given, in the order given: the format's
/// opening first, each file's findings as soon as the file is given, the closing lines (the text
/// summary, the JSON bracket) at [`Output::finish`]. The text, JSON and GitHub formats hold
/// nothing of a file once it is written, so a run's memory does not grow with its findings'
/// output. SARIF and JUnit ([`Frame::holds`]) keep their files, as given (reports, not rendered
/// text), and write them at the end.
pub struct Output<'r, W: fmt::Write> {
    out: W,
    options: &'r RenderOptions,
    frame: Frame<'r>,
    /// SARIF and JUnit: the files, written at the end.
    held: Vec<File<'r>>,
}

/// One file of a run, as an [`Output`] is given it.
enum File<'r> {
    /// Its report, rendered as it is written.
    Report(Cow<'r, FileReport>),
    /// Its part, rendered elsewhere (by [`super::render_file`]).
    Part(Cow<'r, FilePart>),
}

impl<'r, W: fmt::Write> Output<'r, W> {
    /// Starts a run's output in `out`.
    pub fn new(mut out: W, options: &'r RenderOptions) -> Result<Self, fmt::Error> {
        let mut frame = Frame::new(options);
        frame.opening(&mut out)?;
        Ok(Output { out, options, frame, held: Vec::new() })
    }

    /// Adds the next file's report.
    pub fn report(&mut self, mut report: Cow<'r, FileReport>) -> fmt::Result {
        let notification = match self.options.format {
            Format::Sarif => sarif::notification(&report).map(Cow::Owned),
            _ => None,
        };
        self.frame.file(&Tally::of(&report, self.options), notification);
        if self.frame.holds() {
            // Kept to the end: its source only where a notebook's positions need it.
            if let Cow::Owned(owned) = &mut report {
                if owned.findings.iter().all(|finding| finding.cell.is_none()) {
                    owned.source = None;
                }
            }
            self.held.push(File::Report(report));
            return Ok(());
        }
        write_file(&mut self.out, &mut self.frame, self.options, &File::Report(report))
    }

    /// Adds the next file's part, from [`super::render_file`] with the same options.
    pub fn part(&mut self, part: Cow<'r, FilePart>) -> fmt::Result {
        let notification =
            (!part.notifications.is_empty()).then(|| Cow::Borrowed(part.notifications.as_str()));
        self.frame.file(&part.tally, notification);
        if self.frame.holds() {
            self.held.push(File::Part(part));
            return Ok(());
        }
        write_file(&mut self.out, &mut self.frame, self.options, &File::Part(part))
    }

    /// The counts of the files given so far.
    pub fn total(&self) -> &Tally {
        self.frame.total()
    }

    /// Writes the closing lines (and the files SARIF and JUnit kept); gives back `out`.
    pub fn finish(self) -> Result<W, fmt::Error> {
        let Output { mut out, options, mut frame, held } = self;
        frame.held_opening(&mut out)?;
        for file in &held {
            write_file(&mut out, &mut frame, options, file)?;
        }
        frame.closing(&mut out)?;
        Ok(out)
    }
}

/// Writes one file's body into `out`: its findings as elements of the format's array (JSON,
/// SARIF), each after the frame's separator, or its lines (text, GitHub, JUnit).
fn write_file(
    out: &mut dyn fmt::Write,
    frame: &mut Frame,
    options: &RenderOptions,
    file: &File,
) -> fmt::Result {
    match options.format {
        Format::Json | Format::Sarif => file.elements(options, &mut |element| {
            frame.before_body(out)?;
            out.write_str(element)
        }),
        _ => file.body(options, out),
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
/// elements joined by `,\n`) at a time: `[` (written by its owner), each after `\n` (the first)
/// or `,\n`, then `\n` and the closing bracket indented `depth` levels; `[]` when empty.
struct JsonArray {
    depth: usize,
    elements: bool,
}

impl JsonArray {
    /// Writes what comes before the next element (or run of elements).
    fn separate(&mut self, out: &mut dyn fmt::Write) -> fmt::Result {
        out.write_str(if self.elements { ",\n" } else { "\n" })?;
        self.elements = true;
        Ok(())
    }

    fn close(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        if self.elements {
            out.write_char('\n')?;
            out.write_str(&json_indent(self.depth))?;
        }
        out.write_char(']')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{render, render_file_to, FileOutcome};
    use crate::Options;

    /// The Node CLI's way (crate/wasm/run.rs, js/cli.js): each file's body rendered apart, the
    /// frame's bytes around them, held files after `held_opening`.
    fn framed(reports: &[FileReport], options: &RenderOptions) -> String {
        let mut frame = Frame::new(options);
        let (mut out, mut held) = (String::new(), String::new());
        frame.opening(&mut out).unwrap();
        for report in reports {
            let mut body = String::new();
            let part = render_file_to(report, options, &mut body).unwrap();
            let bytes = if frame.holds() { &mut held } else { &mut out };
            if !body.is_empty() {
                frame.before_body(bytes).unwrap();
                bytes.push_str(&body);
            }
            frame.file(
                &part.tally,
                (!part.notifications.is_empty()).then_some(Cow::Borrowed(&part.notifications)),
            );
        }
        frame.held_opening(&mut out).unwrap();
        out.push_str(&held);
        frame.closing(&mut out).unwrap();
        out
    }

    #[test]
    fn bodies_rendered_apart_between_the_frames_bytes_are_the_runs_output() {
        let options = Options::default();
        let report =
            |path: &str, source: &str| FileOutcome::check_text(path.into(), source, None, &options).report;
        let reports = [
            report("a.py", "import imp\nimport asyncore\n"),
            FileOutcome::skipped("b.py".into(), "skipped: binary file".into()).report,
            report("c.py", "x = 1\n"),
            report("d.py", "import imp\nimp.reload(x)\n"),
            FileOutcome::skipped("e.py".into(), "skipped: not text".into()).report,
        ];
        for format in Format::ALL {
            let options = RenderOptions::new(format);
            for files in [&reports[..], &reports[..0], &reports[1..3], &reports[2..3]] {
                assert_eq!(
                    framed(files, &options),
                    render(files, &options),
                    "{format:?}, {} files",
                    files.len()
                );
            }
        }
    }
}
