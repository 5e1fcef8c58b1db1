//! One file's part of a run's output ([`FilePart`]: rendered by [`super::render_file`], put
//! together by [`super::assemble`] or [`super::Output::part`]), and the part as bytes, for the
//! Node CLI's worker threads.

use super::{FileReport, RenderOptions};
use crate::finding::Severity;

/// One file's part of a run's output: what the format prints for the file, and the counts the
/// run's header or summary need. Rendered on its own (where the file was checked, on a worker
/// thread in the Node CLI), then put together with the other files' parts by [`assemble`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilePart {
    /// The file's lines (text, GitHub), testsuite (JUnit), findings (JSON) or results (SARIF).
    pub body: String,
    /// SARIF only: the file's `toolExecutionNotifications` (why it was not checked).
    pub notifications: String,
    /// The file's counts.
    pub tally: Tally,
}

/// What the headers and summaries count, for one file or summed over a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Reports without a problem (checked files).
    pub checked: usize,
    /// Reports with a problem (files that were not checked).
    pub skipped: usize,
    /// Reports with at least one finding.
    pub files_with_findings: usize,
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
    /// Info findings (guarded uses).
    pub infos: usize,
    /// JUnit test cases: a file's findings, or one for a file without findings.
    pub tests: usize,
    /// Findings with a fix the run would apply (unsafe ones only with `unsafe_fixes`).
    pub fixable: usize,
    /// Findings whose fix is applied only with `--unsafe-fixes`, when it is not given.
    pub unsafe_only: usize,
    /// Findings `--fix` fixed.
    pub fixed: usize,
    /// Reports in which `--fix` fixed something.
    pub files_fixed: usize,
}

impl Tally {
    /// The counts of one report.
    pub fn of(report: &FileReport, options: &RenderOptions) -> Self {
        let mut tally = Tally {
            checked: usize::from(report.problem.is_none()),
            skipped: usize::from(report.problem.is_some()),
            files_with_findings: usize::from(!report.findings.is_empty()),
            tests: report.findings.len().max(1),
            fixed: report.fixed,
            files_fixed: usize::from(report.fixed > 0),
            ..Tally::default()
        };
        for finding in &report.findings {
            match finding.severity {
                Severity::Error => tally.errors += 1,
                Severity::Warning => tally.warnings += 1,
                Severity::Info => tally.infos += 1,
            }
            if let Some(fix) = &finding.fix {
                if options.applies(fix) {
                    tally.fixable += 1;
                } else {
                    tally.unsafe_only += 1;
                }
            }
        }
        tally
    }

    /// Adds another tally's counts to this one.
    pub fn add(&mut self, other: &Tally) {
        self.checked += other.checked;
        self.skipped += other.skipped;
        self.files_with_findings += other.files_with_findings;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
        self.tests += other.tests;
        self.fixable += other.fixable;
        self.unsafe_only += other.unsafe_only;
        self.fixed += other.fixed;
        self.files_fixed += other.files_fixed;
    }

    /// All findings.
    pub fn findings(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}

/// A tally's counts in the order a part holds them.
fn counts(tally: &Tally) -> [usize; 11] {
    [
        tally.checked,
        tally.skipped,
        tally.files_with_findings,
        tally.errors,
        tally.warnings,
        tally.infos,
        tally.tests,
        tally.fixable,
        tally.unsafe_only,
        tally.fixed,
        tally.files_fixed,
    ]
}

fn tally_of(counts: [usize; 11]) -> Tally {
    let [checked, skipped, files_with_findings, errors, warnings, infos, tests, fixable, unsafe_only, fixed, files_fixed] =
        counts;
    Tally {
        checked,
        skipped,
        files_with_findings,
        errors,
        warnings,
        infos,
        tests,
        fixable,
        unsafe_only,
        fixed,
        files_fixed,
    }
}

/// A part and its file's note as bytes, to move them between threads: the counts (32-bit little-endian), then the body, the notifications and
/// the note, each as a 32-bit length and UTF-8 (the note's length is `u32::MAX` when there is
/// none).
pub fn to_bytes(part: &FilePart, note: Option<&str>) -> Vec<u8> {
    let note_length = note.map_or(0, str::len);
    let mut bytes =
        Vec::with_capacity(11 * 4 + 12 + part.body.len() + part.notifications.len() + note_length);
    for count in counts(&part.tally) {
        bytes.extend_from_slice(&u32::try_from(count).unwrap_or(u32::MAX).to_le_bytes());
    }
    for text in [Some(part.body.as_str()), Some(part.notifications.as_str()), note] {
        match text {
            Some(text) => {
                bytes.extend_from_slice(&u32::try_from(text.len()).unwrap_or(u32::MAX).to_le_bytes());
                bytes.extend_from_slice(text.as_bytes());
            }
            None => bytes.extend_from_slice(&u32::MAX.to_le_bytes()),
        }
    }
    bytes
}

/// A part from [`to_bytes`]'s bytes; `None` for bytes that are not one.
pub fn from_bytes(bytes: &[u8]) -> Option<(FilePart, Option<String>)> {
    let mut rest = bytes;
    let mut number = || -> Option<u32> {
        let (head, tail) = rest.split_first_chunk::<4>()?;
        rest = tail;
        Some(u32::from_le_bytes(*head))
    };
    let mut counts = [0usize; 11];
    for count in &mut counts {
        *count = number()? as usize;
    }
    let mut texts: [Option<String>; 3] = [None, None, None];
    for text in &mut texts {
        let (head, tail) = rest.split_first_chunk::<4>()?;
        let length = u32::from_le_bytes(*head);
        rest = tail;
        if length == u32::MAX {
            continue;
        }
        let (content, tail) = rest.split_at_checked(length as usize)?;
        *text = Some(String::from_utf8(content.to_vec()).ok()?);
        rest = tail;
    }
    let [body, notifications, note] = texts;
    if !rest.is_empty() {
        return None;
    }
    let part = FilePart { body: body?, notifications: notifications?, tally: tally_of(counts) };
    Some((part, note))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{render_file, FileOutcome, Format, RenderOptions};
    use crate::Options;

    #[test]
    fn parts_read_back_as_they_were_written() {
        let options = RenderOptions::new(Format::Text);
        for (source, note) in [("import imp\n", Some("a.py: a note é")), ("x = 1\n", None)] {
            let outcome = FileOutcome::check_text("a.py".into(), source, None, &Options::default());
            let part = render_file(&outcome.report, &options);
            let bytes = to_bytes(&part, note);
            assert_eq!(from_bytes(&bytes), Some((part, note.map(str::to_string))));
            assert_eq!(from_bytes(&bytes[..bytes.len() - 1]), None, "a part cut short");
            assert_eq!(from_bytes(&[bytes.as_slice(), b"x"].concat()), None, "bytes after a part");
        }
    }
}
