//! Jupyter notebooks (nbformat 4 JSON): the Python code cells are checked together, as one
//! program (an import in cell 1 resolves a name used in cell 5), and each finding is mapped back
//! to its cell.
//!
//! - Cells are numbered from 1 among *all* the notebook's cells (markdown and raw cells count),
//!   as JupyterLab and VS Code show them. A finding's line and column are relative to its cell's
//!   source, and its `offset` is a byte offset into that cell's source. Its `file_range` is
//!   the same span in the `.ipynb` text itself ([`Notebook::file_range`]): where an editor
//!   showing the file's JSON puts it.
//! - A notebook whose kernel language (`metadata.kernelspec.language` or
//!   `metadata.language_info.name`) is not Python is not checked; neither is a cell whose
//!   `metadata.vscode.languageId` is not Python.
//! - IPython syntax is blanked out (replaced by spaces, so positions stay): line magics (`%time`),
//!   shell escapes (`!pip install ...`), help (`?obj`, `obj?`), `x = !ls` and `x = %env`
//!   assignments. A cell that starts with a cell magic (`%%bash`) is skipped, except the magics
//!   whose body is Python ([`PYTHON_CELL_MAGICS`]), where only the magic line is blanked.
//! - Findings in notebooks carry no fix of their own (a fix's edits are positions in Python
//!   text, and cells are JSON strings); [`fix()`] fixes a whole notebook, cell by cell, and
//!   writes the cells back as JSON.

mod fix;
pub use fix::fix;

use crate::finding::{Position, Range};
use crate::lines::LineIndex;
use crate::{CheckError, Finding, Options};
use serde::Deserialize;
use serde_json::value::RawValue;

/// Cell magics whose body is Python code.
pub const PYTHON_CELL_MAGICS: &[&str] = &["capture", "prun", "python", "python3", "time", "timeit"];

/// A parsed notebook.
pub struct Notebook<'a> {
    text: &'a str,
    lines: LineIndex<'a>,
    /// Every cell, in order.
    pub cells: Vec<Cell>,
    /// Whether the notebook's kernel runs Python (or does not say).
    pub python: bool,
}

/// One cell of a notebook.
pub struct Cell {
    /// The 1-based number of the cell among all the notebook's cells.
    pub number: u32,
    /// `code`, `markdown` or `raw`.
    pub cell_type: String,
    /// The cell's source, joined.
    pub source: String,
    /// Whether the cell holds Python code (a code cell of a Python notebook, not in another
    /// language, not a non-Python cell magic).
    pub python: bool,
    /// Where each JSON string of the source starts: in the joined source, and in the file.
    pieces: Vec<Piece>,
    /// The byte range of the `source` value (a string or a list of strings) in the file.
    source_span: Option<std::ops::Range<usize>>,
}

/// One JSON string of a cell's source.
struct Piece {
    /// Its offset in the joined source.
    source_offset: usize,
    /// The byte offset of its opening quote in the notebook file.
    file_offset: usize,
    /// Its length in the file, quotes included.
    file_len: usize,
    /// (decoded offset, offset in the JSON string) every [`CHECKPOINT_BYTES`] or so, so that a
    /// position is found from the nearest one, not by a walk from the string's start (a cell
    /// held as one long string, with a finding on every line, cost its length per finding).
    checkpoints: Vec<(usize, usize)>,
}

/// How far apart (in bytes of the JSON string) [`Piece::checkpoints`] are.
const CHECKPOINT_BYTES: usize = 256;

#[derive(Deserialize)]
struct RawNotebook<'a> {
    #[serde(borrow)]
    cells: Vec<RawCell<'a>>,
    #[serde(default)]
    metadata: Option<NotebookMetadata>,
}

#[derive(Deserialize)]
struct NotebookMetadata {
    #[serde(default)]
    kernelspec: Option<Kernelspec>,
    #[serde(default)]
    language_info: Option<LanguageInfo>,
}

#[derive(Deserialize)]
struct Kernelspec {
    #[serde(default)]
    language: Option<String>,
}

#[derive(Deserialize)]
struct LanguageInfo {
    #[serde(default)]
    name: Option<String>,
}

#[derive(Deserialize)]
struct RawCell<'a> {
    cell_type: String,
    #[serde(borrow, default)]
    source: Option<&'a RawValue>,
    #[serde(default)]
    metadata: Option<CellMetadata>,
}

#[derive(Deserialize)]
struct CellMetadata {
    #[serde(default)]
    vscode: Option<VsCode>,
}

#[derive(Deserialize)]
struct VsCode {
    #[serde(default, rename = "languageId")]
    language_id: Option<String>,
}

fn is_python(language: Option<&str>) -> bool {
    language.is_none_or(|language| {
        language.eq_ignore_ascii_case("python") || language.eq_ignore_ascii_case("python3")
    })
}

fn invalid(reason: impl Into<String>) -> CheckError {
    CheckError::InvalidNotebook(reason.into())
}

impl<'a> Notebook<'a> {
    /// Parses a notebook file's text.
    pub fn parse(text: &'a str) -> Result<Self, CheckError> {
        let raw: RawNotebook<'a> = serde_json::from_str(text).map_err(|error| invalid(error.to_string()))?;
        let python = raw.metadata.as_ref().is_none_or(|metadata| {
            let kernel = metadata.kernelspec.as_ref().and_then(|k| k.language.as_deref());
            let info = metadata.language_info.as_ref().and_then(|k| k.name.as_deref());
            is_python(kernel.or(info))
        });
        let mut cells = Vec::with_capacity(raw.cells.len());
        for (index, cell) in raw.cells.into_iter().enumerate() {
            let number = index as u32 + 1;
            let (source, pieces) = match cell.source {
                None => (String::new(), Vec::new()),
                Some(raw) => join_source(text, raw).ok_or_else(|| {
                    invalid(format!("cell {number}: `source` must be a string or a list of strings"))
                })?,
            };
            let source_span = cell.source.map(|raw| {
                let start = raw.get().as_ptr() as usize - text.as_ptr() as usize;
                start..start + raw.get().len()
            });
            let language = cell.metadata.and_then(|m| m.vscode).and_then(|v| v.language_id);
            let cell_python = python && cell.cell_type == "code" && is_python(language.as_deref());
            cells.push(Cell {
                number,
                cell_type: cell.cell_type,
                source,
                python: cell_python,
                pieces,
                source_span,
            });
        }
        Ok(Notebook { text, lines: LineIndex::new(text), cells, python })
    }

    /// Where a position in cell `cell` (its 1-based number) is in the notebook file, or `None`
    /// when there is no such cell. A position where one JSON string of the source ends and the
    /// next begins is placed at the start of the next (see [`Notebook::file_range`] for ends).
    pub fn file_position(&self, cell: u32, position: Position) -> Option<Position> {
        self.position_in_file(cell, position, false)
    }

    /// [`Notebook::file_position`] of both ends of a range; an end where one JSON string ends
    /// and the next begins stays at the end of the first (the range does not run on into the
    /// next line of the file).
    pub fn file_range(&self, cell: u32, range: Range) -> Option<Range> {
        Some(Range {
            start: self.position_in_file(cell, range.start, false)?,
            end: self.position_in_file(cell, range.end, range.end.offset > range.start.offset)?,
        })
    }

    fn position_in_file(&self, cell: u32, position: Position, end: bool) -> Option<Position> {
        let cell = self.cells.get(cell.checked_sub(1)? as usize)?;
        let offset = position.offset as usize;
        // The string that holds the byte at `offset` (for an end: the byte before it).
        let index = if end {
            cell.pieces.partition_point(|piece| piece.source_offset < offset)
        } else {
            cell.pieces.partition_point(|piece| piece.source_offset <= offset)
        };
        let piece = &cell.pieces[index.checked_sub(1)?];
        let raw = &self.text[piece.file_offset..piece.file_offset + piece.file_len];
        let decoded = offset - piece.source_offset;
        let nearest = piece.checkpoints.partition_point(|&(seen, _)| seen <= decoded);
        let from = nearest.checked_sub(1).map_or((0, 1), |index| piece.checkpoints[index]);
        Some(self.lines.position(piece.file_offset + offset_in_json_string(raw, decoded, from).0))
    }
}

/// A cell's source joined, with where each of its strings is.
fn join_source(text: &str, raw: &RawValue) -> Option<(String, Vec<Piece>)> {
    let file_offset_of = |value: &RawValue| value.get().as_ptr() as usize - text.as_ptr() as usize;
    let strings: Vec<&RawValue> = match serde_json::from_str::<Vec<&RawValue>>(raw.get()) {
        Ok(strings) => strings,
        Err(_) => vec![raw],
    };
    let mut source = String::new();
    let mut pieces = Vec::with_capacity(strings.len());
    for value in strings {
        let piece: String = serde_json::from_str(value.get()).ok()?;
        pieces.push(Piece {
            source_offset: source.len(),
            file_offset: file_offset_of(value),
            file_len: value.get().len(),
            checkpoints: checkpoints(value.get()),
        });
        source.push_str(&piece);
    }
    Some((source, pieces))
}

/// The checkpoints of a JSON string literal: see [`Piece::checkpoints`].
fn checkpoints(raw: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::with_capacity(raw.len() / CHECKPOINT_BYTES);
    let mut from = (0, 1);
    loop {
        let next = offset_in_json_string(raw, from.0 + CHECKPOINT_BYTES, from);
        if next.0 <= from.1 || next.0 + 1 >= raw.len() {
            return found;
        }
        from = (next.1, next.0);
        found.push(from);
    }
}

/// The byte offset in a JSON string literal (quotes included) of the `decoded`-th byte of
/// its value, walking from `from` (a decoded offset and its offset in `raw`, on a character
/// or escape boundary; `(0, 1)` is the start), and the decoded offset reached there.
fn offset_in_json_string(raw: &str, decoded: usize, from: (usize, usize)) -> (usize, usize) {
    let bytes = raw.as_bytes();
    let (mut seen, mut at) = from;
    while seen < decoded && at + 1 < bytes.len() {
        if bytes[at] == b'\\' {
            if bytes.get(at + 1) == Some(&b'u') {
                let unit =
                    raw.get(at + 2..at + 6).and_then(|hex| u32::from_str_radix(hex, 16).ok()).unwrap_or(0);
                if (0xD800..0xDC00).contains(&unit) && raw[at + 6..].starts_with("\\u") {
                    seen += 4;
                    at += 12;
                } else {
                    seen += char::from_u32(unit).map_or(3, char::len_utf8);
                    at += 6;
                }
            } else {
                seen += 1;
                at += 2;
            }
        } else {
            let len = raw[at..].chars().next().map_or(1, char::len_utf8);
            seen += len;
            at += len;
        }
    }
    (at.min(bytes.len()), seen)
}

/// How IPython syntax is taken out of a cell's source; both keep every byte offset.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Blank {
    /// Replaced by spaces: for checking.
    Spaces,
    /// Made a comment (its first character becomes `#`): for fixing, so that what it names
    /// still counts as a use (`%timeit imp.reload(m)` keeps `import imp`).
    Comment,
}

/// The cell's source with IPython syntax blanked out, or `None` when the cell is not Python.
fn python_source(cell: &Cell, mode: Blank) -> Option<String> {
    if !cell.python {
        return None;
    }
    let mut out = String::with_capacity(cell.source.len());
    let mut continued = false;
    for (index, line) in cell.source.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_start();
        let blank = if continued {
            true
        } else if index == 0 && trimmed.starts_with("%%") {
            let magic = trimmed[2..].split(|c: char| c.is_whitespace()).next().unwrap_or("");
            if !PYTHON_CELL_MAGICS.contains(&magic) {
                return None;
            }
            true
        } else {
            is_ipython_line(trimmed)
        };
        if blank {
            let body = line.trim_end_matches(['\n', '\r']);
            continued = body.ends_with('\\');
            let code = body.trim_start();
            match (mode, code.chars().next()) {
                (Blank::Comment, Some(first)) => {
                    out.push_str(&body[..body.len() - code.len()]);
                    out.push('#');
                    out.push_str(&" ".repeat(first.len_utf8() - 1));
                    out.push_str(&code[first.len_utf8()..]);
                }
                _ => out.extend(body.bytes().map(|_| ' ')),
            }
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    Some(out)
}

/// Whether a line (without its indentation) is IPython syntax rather than Python.
fn is_ipython_line(trimmed: &str) -> bool {
    if trimmed.starts_with(['%', '!', '?']) {
        return true;
    }
    let body = trimmed.trim_end();
    if body.ends_with('?') && !body.contains('#') && !body.contains(['"', '\'']) {
        return true;
    }
    // `files = !ls`, `env = %env`: a plain name (or names) assigned the output of a magic.
    if let Some((targets, value)) = trimmed.split_once('=') {
        let value = value.trim_start();
        let simple = targets.trim().split(',').all(|name| {
            let name = name.trim();
            !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_')
        });
        return simple && !value.starts_with("!=") && value.starts_with(['!', '%']);
    }
    false
}

/// The Python code cells of a notebook one after the other, each starting on a new line.
struct Program {
    text: String,
    /// Each cell's number and where its source starts in `text`.
    starts: Vec<(u32, usize)>,
}

impl Program {
    fn new(notebook: &Notebook<'_>, mode: Blank) -> Self {
        let mut text = String::new();
        let mut starts: Vec<(u32, usize)> = Vec::new();
        for cell in &notebook.cells {
            let Some(source) = python_source(cell, mode) else {
                continue;
            };
            starts.push((cell.number, text.len()));
            text.push_str(&source);
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
        }
        Self { text, starts }
    }

    /// Moves findings of the program to their cells: cell-relative ranges, `cell` and
    /// `file_range`, and no fix (its edits are positions in the program).
    fn place(&self, notebook: &Notebook<'_>, findings: &mut [Finding]) {
        let lines = LineIndex::new(&self.text);
        for finding in findings {
            let offset = finding.range.start.offset as usize;
            let index = self.starts.partition_point(|&(_, start)| start <= offset).saturating_sub(1);
            let (number, start) = self.starts[index];
            let first_line = lines.position(start).line;
            let cell_end = self.starts.get(index + 1).map_or(self.text.len(), |&(_, next)| next);
            let relative = |position: Position| {
                let position =
                    if (position.offset as usize) > cell_end { lines.position(cell_end) } else { position };
                Position {
                    line: position.line - first_line + 1,
                    column: position.column,
                    offset: position.offset - start as u32,
                }
            };
            finding.range = Range { start: relative(finding.range.start), end: relative(finding.range.end) };
            finding.cell = Some(number);
            finding.file_range = notebook.file_range(number, finding.range).map(Box::new);
            finding.fix = None;
        }
    }
}

/// Checks a notebook's text: its Python code cells, as one program.
pub fn check(text: &str, options: &Options) -> Result<Vec<Finding>, CheckError> {
    if text.len() > crate::MAX_SOURCE_BYTES {
        return Err(CheckError::TooLarge { bytes: text.len() });
    }
    let notebook = Notebook::parse(text)?;
    let program = Program::new(&notebook, Blank::Spaces);
    if program.starts.is_empty() {
        return Ok(Vec::new());
    }
    let mut findings = crate::check(&program.text, options)?;
    program.place(&notebook, &mut findings);
    Ok(findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notebook(cells: &[(&str, &[&str])]) -> String {
        let cells: Vec<serde_json::Value> = cells
            .iter()
            .map(|(cell_type, source)| serde_json::json!({"cell_type": cell_type, "metadata": {}, "source": source}))
            .collect();
        serde_json::to_string_pretty(&serde_json::json!({
            "cells": cells,
            "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
            "nbformat": 4,
            "nbformat_minor": 5
        }))
        .unwrap()
    }

    fn found(text: &str) -> Vec<(u32, u32, u32, &'static str)> {
        check(text, &Options::default())
            .unwrap()
            .iter()
            .map(|f| (f.cell.unwrap(), f.range.start.line, f.range.start.column, f.symbol()))
            .collect()
    }

    #[test]
    fn findings_carry_their_cell_and_cell_relative_positions() {
        let text = notebook(&[
            ("markdown", &["# import imp\n"]),
            ("code", &["import os\n", "import imp\n"]),
            ("code", &["from pathlib import Path\n"]),
            ("code", &["x = 1\n", "Path('a').link_to('b')"]),
        ]);
        assert_eq!(
            found(&text),
            vec![(2, 2, 8, "imp"), (4, 2, 11, "pathlib.Path.link_to")],
            "names resolve across cells"
        );
    }

    #[test]
    fn magics_shell_lines_and_foreign_cells_are_skipped() {
        let text = notebook(&[
            (
                "code",
                &[
                    "%load_ext autoreload\n",
                    "!pip install imp\n",
                    "files = !ls imp\n",
                    "import imp?\n",
                    "import asyncore\n",
                ],
            ),
            ("code", &["%%bash\n", "import imp\n"]),
            ("code", &["%%time\n", "import asynchat\n"]),
        ]);
        assert_eq!(found(&text), vec![(1, 5, 8, "asyncore"), (3, 2, 8, "asynchat")]);
    }

    #[test]
    fn notebooks_in_other_languages_are_not_checked() {
        let text = r#"{"cells": [{"cell_type": "code", "source": "import imp"}], "metadata": {"kernelspec": {"language": "R"}}}"#;
        assert!(found(text).is_empty());
        let text = r#"{"cells": [{"cell_type": "code", "source": "import imp", "metadata": {"vscode": {"languageId": "sql"}}}]}"#;
        assert!(found(text).is_empty());
        let text = r#"{"cells": [{"cell_type": "code", "source": "import imp"}]}"#;
        assert_eq!(found(text), vec![(1, 1, 8, "imp")]);
    }

    #[test]
    fn invalid_notebooks_say_why() {
        for text in ["", "{", "[]", r#"{"cells": [{"cell_type": "code", "source": 3}]}"#] {
            let Err(CheckError::InvalidNotebook(reason)) = check(text, &Options::default()) else {
                panic!("{text} should be invalid");
            };
            assert!(!reason.is_empty());
        }
    }

    /// The text of `range` in `text`, cut by its UTF-16 columns (as an editor would) and by its
    /// byte offsets; both must agree.
    fn cut(text: &str, range: Range) -> String {
        assert_eq!(range.start.line, range.end.line, "{range:?}");
        let line = text.split('\n').nth(range.start.line as usize - 1).unwrap();
        let units: Vec<u16> = line.encode_utf16().collect();
        let by_columns =
            String::from_utf16(&units[range.start.column as usize - 1..range.end.column as usize - 1])
                .unwrap();
        assert_eq!(by_columns, &text[range.start.offset as usize..range.end.offset as usize]);
        by_columns
    }

    #[test]
    fn findings_carry_their_range_in_the_file_text() {
        // Before the finding, on its line of the file: `\"` and `\u00e9` escapes (one character
        // of the cell, two and six of the file), a raw `é` and `😀` (two UTF-16 units), and a
        // surrogate pair written as two escapes.
        let text = concat!(
            "{\"cells\": [\n",
            " {\"cell_type\": \"markdown\", \"source\": [\"caf\\u00e9\"]},\n",
            " {\"cell_type\": \"code\", \"source\": [\"import os\\n\", ",
            "\"s = \\\"\\u00e9 \\\\\\\" caf\u{e9} \u{1F600} \\ud83d\\ude00\\\"; import imp; imp.reload(os)\\n\", ",
            "\"x = 1\"]},\n",
            " {\"cell_type\": \"code\", \"source\": \"import asyncore\"}\n",
            "]}\n"
        );
        let findings = check(text, &Options::default()).unwrap();
        let cut_all: Vec<(u32, String, String)> = findings
            .iter()
            .map(|f| (f.cell.unwrap(), f.symbol().to_string(), cut(text, *f.file_range.as_deref().unwrap())))
            .collect();
        assert_eq!(
            cut_all,
            vec![
                (2, "imp".into(), "imp".into()),
                (2, "imp.reload".into(), "imp.reload".into()),
                (3, "asyncore".into(), "asyncore".into()),
            ]
        );
        // The cell-relative range is unchanged.
        assert_eq!((findings[0].range.start.line, findings[0].range.start.column), (2, 31));
    }

    #[test]
    fn a_range_that_ends_where_a_string_ends_stays_on_its_line() {
        // Sources split other than at newlines (some tools write them so).
        let text = "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\n  \"import imp\",\n  \"\",\n  \"; x = 1\\n\"\n]}]}";
        let finding = &check(text, &Options::default()).unwrap()[0];
        assert_eq!(finding.symbol(), "imp");
        assert_eq!(cut(text, *finding.file_range.as_deref().unwrap()), "imp");
        let notebook = Notebook::parse(text).unwrap();
        let after = notebook.file_position(1, finding.range.end).unwrap();
        assert_eq!(after.line, 4, "a start there is the next string's");
    }

    #[test]
    fn positions_map_back_to_the_file() {
        let text = notebook(&[
            ("markdown", &["hi"]),
            ("code", &["import os\n", "x = \"\\u00e9\\\"\"; import imp\n"]),
        ]);
        let notebook = Notebook::parse(&text).unwrap();
        let finding = &check(&text, &Options::default()).unwrap()[0];
        let start = notebook.file_position(2, finding.range.start).unwrap();
        let file_line = text.lines().nth(start.line as usize - 1).unwrap();
        let column = start.column as usize - 1;
        assert_eq!(&file_line[column..column + 3], "imp", "{file_line}");
    }
}
