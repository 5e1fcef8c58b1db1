//! JUnit XML: one `<testsuite>` per file and one `<testcase>` per finding; errors and warnings
//! are `<failure>`s, `info` findings (guarded uses) pass with their message in `<system-out>`,
//! files that were not checked are `<skipped>`, and a file without findings is one passing test
//! case. Text is XML-escaped; no timestamps or host names.

use super::{message_with_cell, FilePositions, FileReport, Tally};
use crate::finding::Severity;
use std::fmt;

/// Escapes text for XML attributes and content; characters XML 1.0 cannot hold become U+FFFD.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The JUnit format's part of one file: its `<testsuite>`.
#[inline(never)] // see render_file
pub fn file(report: &FileReport, tally: &Tally, out: &mut dyn fmt::Write) -> fmt::Result {
    let path = escape(&report.path);
    writeln!(
        out,
        "  <testsuite name=\"{path}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">",
        tally.tests,
        tally.errors + tally.warnings,
        tally.skipped
    )?;
    if let Some(problem) = &report.problem {
        writeln!(
            out,
            "    <testcase name=\"{path}\" classname=\"pysunset\" file=\"{path}\">\n      <skipped message=\"{}\"/>\n    </testcase>",
            escape(problem)
        )?;
    } else if report.findings.is_empty() {
        writeln!(out, "    <testcase name=\"no findings\" classname=\"{path}\" file=\"{path}\"/>")?;
    }
    let positions = FilePositions::new(report);
    for finding in &report.findings {
        let start = finding.range.start;
        let line = positions.range(finding).start.line;
        let name = match finding.cell {
            Some(cell) => format!(
                "{} {} at cell {cell}:{}:{}",
                finding.code.code(),
                finding.symbol(),
                start.line,
                start.column
            ),
            None => {
                format!("{} {} at {}:{}", finding.code.code(), finding.symbol(), start.line, start.column)
            }
        };
        writeln!(
            out,
            "    <testcase name=\"{}\" classname=\"{path}\" file=\"{path}\" line=\"{line}\">",
            escape(&name)
        )?;
        let detail = format!(
            "{}\ninstead: {}\n{}",
            message_with_cell(finding),
            finding.replacement(),
            super::docs_link(&finding.url())
        );
        if finding.severity == Severity::Info {
            writeln!(out, "      <system-out>{}</system-out>", escape(&detail))?;
        } else {
            writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                finding.code.code(),
                escape(&format!("{}: {}", finding.severity.as_str(), finding.message)),
                escape(&detail)
            )?;
        }
        writeln!(out, "    </testcase>")?;
    }
    writeln!(out, "  </testsuite>")
}

/// The JUnit format's opening lines, before every file's `<testsuite>`: the run's totals.
pub fn header(total: &Tally, out: &mut dyn fmt::Write) -> fmt::Result {
    out.write_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")?;
    writeln!(
        out,
        "<testsuites name=\"pysunset\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">",
        total.tests,
        total.errors + total.warnings,
        total.skipped
    )
}

/// The JUnit format's closing line.
pub const FOOTER: &str = "</testsuites>\n";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{render, Format, RenderOptions};
    use crate::{check_file, Options};

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(escape("<a & 'b'>\"\n\u{1}"), "&lt;a &amp; &apos;b&apos;&gt;&quot;&#10;\u{fffd}");
    }

    #[test]
    fn failures_skips_and_passes() {
        let source = "import imp\ntry:\n    import asynchat\nexcept ImportError:\n    pass\n";
        let findings = check_file("a&b.py", source, &Options::default()).unwrap();
        let reports = [
            FileReport { path: "a&b.py".into(), source: None, findings, ..FileReport::default() },
            FileReport { path: "clean.py".into(), ..Default::default() },
            FileReport {
                path: "bin.py".into(),
                problem: Some("skipped: binary file".into()),
                ..Default::default()
            },
        ];
        let xml = render(&reports, &RenderOptions::new(Format::Junit));
        assert!(
            xml.contains(
                "<testsuites name=\"pysunset\" tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"1\">"
            ),
            "{xml}"
        );
        assert!(xml.contains("<testsuite name=\"a&amp;b.py\" tests=\"2\" failures=\"1\""), "{xml}");
        assert!(
            xml.contains(
                "<failure type=\"SUN001\" message=\"error: module `imp` was removed in Python 3.12\">"
            ),
            "{xml}"
        );
        assert!(
            xml.contains("<system-out>module `asynchat` was removed in Python 3.12 (guarded by"),
            "{xml}"
        );
        assert!(xml.contains("<testcase name=\"no findings\" classname=\"clean.py\""), "{xml}");
        assert!(xml.contains("<skipped message=\"skipped: binary file\"/>"), "{xml}");
        assert!(xml.ends_with("</testsuites>\n"));
    }
}
