//! GitHub Actions workflow commands: one annotation per finding,
//! `::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=CODE rule::message`, where
//! `error`, `warning` and `notice` follow the severity. Properties escape `%`, `\r`, `\n`, `:`
//! and `,`; the message escapes `%`, `\r` and `\n`, as the runner expects. Files that were not
//! checked get a `::warning file=PATH::` annotation saying why.

use super::{message_with_cell, FilePositions, FileReport};
use crate::finding::Severity;
use std::fmt;

/// Escapes what the runner unescapes, and shows other control characters as escapes (a run
/// in a terminal prints them, see [`super::escape`]).
fn escape_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            _ => match super::escape::escaped_char(c) {
                Some(escape) => out.push_str(&escape),
                None => out.push(c),
            },
        }
    }
    out
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The GitHub format's part of one file: its annotations.
#[inline(never)] // see render_file
pub fn file(report: &FileReport, out: &mut dyn fmt::Write) -> fmt::Result {
    let file = escape_property(&report.path);
    if let Some(problem) = &report.problem {
        writeln!(out, "::warning file={file},title=pysunset::{}", escape_data(problem))?;
    }
    let positions = FilePositions::new(report);
    for finding in &report.findings {
        let command = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let range = positions.range(finding);
        let title = escape_property(&format!("{} {}", finding.code.code(), finding.rule()));
        let message = format!("{}\ninstead: {}", message_with_cell(finding), finding.replacement());
        writeln!(
            out,
            "::{command} file={file},line={},col={},endLine={},endColumn={},title={title}::{}",
            range.start.line,
            range.start.column,
            range.end.line,
            range.end.column,
            escape_data(&message)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{render, Format, RenderOptions};
    use crate::{check_file, Options};

    #[test]
    fn annotations_are_escaped() {
        assert_eq!(escape_property("a,b:c%\r\n"), "a%2Cb%3Ac%25%0D%0A");
        assert_eq!(escape_data("a,b:c%\n"), "a,b:c%25%0A");
        let source = "import imp\n";
        let findings = check_file("dir/a,b.py", source, &Options::default()).unwrap();
        let report = FileReport {
            path: "dir/a,b.py".into(),
            source: Some(source.into()),
            findings,
            ..FileReport::default()
        };
        let skipped = FileReport {
            path: "c.py".into(),
            problem: Some("skipped: binary file".into()),
            ..Default::default()
        };
        let out = render(&[report, skipped], &RenderOptions::new(Format::Github));
        assert_eq!(
            out,
            "::error file=dir/a%2Cb.py,line=1,col=8,endLine=1,endColumn=11,title=SUN001 removed-module::module `imp` was removed in Python 3.12%0Ainstead: importlib: importlib.reload, importlib.util.find_spec, importlib.util.spec_from_file_location, importlib.util.module_from_spec\n::warning file=c.py,title=pysunset::skipped: binary file\n"
        );
    }

    #[test]
    fn notebook_annotations_point_at_the_file_line() {
        let notebook = "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"source\": [\n    \"import os\\n\",\n    \"import imp\\n\"\n   ]\n  }\n ]\n}\n";
        let findings = check_file("n.ipynb", notebook, &Options::default()).unwrap();
        let report = FileReport {
            path: "n.ipynb".into(),
            source: Some(notebook.into()),
            findings,
            ..FileReport::default()
        };
        let out = render(&[report], &RenderOptions::new(Format::Github));
        assert!(out.starts_with("::error file=n.ipynb,line=7,col=13,endLine=7,endColumn=16,"), "{out}");
        assert!(out.contains("(cell 1, line 2, column 8)"), "{out}");
    }
}
