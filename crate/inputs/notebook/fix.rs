//! Fixing a notebook: its Python code cells are fixed together, as the one program they are
//! checked as, and each changed cell's `source` is written back as JSON in place. Every byte
//! of the file outside the `source` values of changed cells stays as it was.
//!
//! - IPython syntax is made a comment while fixing ([`Blank::Comment`]), so what it names
//!   still counts as a use; a fix that would change such a line is not applied.
//! - Lines the fixes keep are the cell's own lines; in a change, the last new lines go to the
//!   cells of the old lines they replace, one for one, and new lines beyond those to the cell
//!   of the line before the change: an import a fix adds goes after the imports of the cell
//!   that has them. The cells' order is the program's, so the code runs as fixed.
//! - A `source` written as a list of lines stays one (one string per line, in the list's own
//!   layout; unchanged lines keep their JSON as written, escapes included); a string stays a
//!   string.
//! - The result is parsed again: unless it is a notebook with the same cells and exactly the
//!   new sources, nothing is changed.

use super::{Blank, Notebook, Program};
use crate::fix::{FixOptions, FixOutcome};
use crate::report::diff::{line_ops, Op};
use crate::{CheckError, Rule};
use std::collections::HashMap;

/// Applies the fixes of a notebook's findings (as [`crate::fix::fix_selected`] does for a
/// Python file) and returns the new notebook text, the findings fixed (positions in their
/// cells of the input, no `fix`) and those left (as [`super::check`] reports them in the
/// output). The input comes back unchanged when nothing can be fixed.
pub fn fix(
    text: &str,
    options: &FixOptions,
    select: Option<&[Rule]>,
    ignore: &[Rule],
) -> Result<FixOutcome, CheckError> {
    let check_options = options.check_options(select, ignore);
    let unchanged = || -> Result<FixOutcome, CheckError> {
        Ok(FixOutcome {
            output: text.to_string(),
            applied: Vec::new(),
            remaining: super::check(text, &check_options)?,
        })
    };
    if text.len() > crate::MAX_SOURCE_BYTES {
        return Err(CheckError::TooLarge { bytes: text.len() });
    }
    let notebook = Notebook::parse(text)?;
    let program = Program::new(&notebook, Blank::Comment);
    if program.starts.is_empty() {
        return unchanged();
    }
    let outcome = crate::fix::fix_selected(&program.text, options, select, ignore)?;
    if outcome.output == program.text {
        return unchanged();
    }
    let Some(sources) = sources_after(&notebook, &program, &outcome.output) else {
        return unchanged();
    };
    let output = rewrite(text, &notebook, &sources);
    // Never a broken notebook: the output must be one, with the same cells and the new sources.
    let Ok(parsed) = Notebook::parse(&output) else {
        return unchanged();
    };
    let same_cells = parsed.cells.len() == notebook.cells.len()
        && parsed.cells.iter().zip(&notebook.cells).all(|(new, old)| {
            let expected = sources.iter().find(|(index, _)| *index + 1 == old.number as usize);
            new.source == expected.map_or(old.source.as_str(), |(_, source)| source.as_str())
        });
    if !same_cells {
        return unchanged();
    }
    let mut applied = outcome.applied;
    program.place(&notebook, &mut applied);
    let remaining = super::check(&output, &check_options)?;
    Ok(FixOutcome { output, applied, remaining })
}

/// The new source of each cell the fixed program changes: (index in `notebook.cells`, source);
/// `None` when a fix would change a line of IPython syntax.
fn sources_after(notebook: &Notebook<'_>, program: &Program, fixed: &str) -> Option<Vec<(usize, String)>> {
    let old_lines: Vec<&str> = program.text.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = fixed.split_inclusive('\n').collect();
    // For each line of the program: its cell (index in `program.starts`) and the cell's own
    // line (IPython syntax as written), ending with `\n` as the program's lines do.
    let mut line_cell = Vec::with_capacity(old_lines.len());
    let mut own = Vec::with_capacity(old_lines.len());
    for (slot, &(number, _)) in program.starts.iter().enumerate() {
        for line in notebook.cells[number as usize - 1].source.split_inclusive('\n') {
            line_cell.push(slot);
            own.push(if line.ends_with('\n') { line.to_string() } else { format!("{line}\n") });
        }
    }
    if own.len() != old_lines.len() {
        return None;
    }
    let ipython = |line: usize| own[line] != old_lines[line];
    let mut cells: Vec<String> = vec![String::new(); program.starts.len()];
    let old_bytes: Vec<&[u8]> = old_lines.iter().map(|line| line.as_bytes()).collect();
    let new_bytes: Vec<&[u8]> = new_lines.iter().map(|line| line.as_bytes()).collect();
    let ops = line_ops(&old_bytes, &new_bytes);
    let mut current = 0;
    let mut at = 0;
    while at < ops.len() {
        if let Op::Keep(old, _) = ops[at] {
            current = line_cell[old];
            cells[current].push_str(&own[old]);
            at += 1;
            continue;
        }
        let (mut removed, mut added) = (Vec::new(), Vec::new());
        while let Some(op) = ops.get(at).filter(|op| !matches!(op, Op::Keep(..))) {
            match *op {
                Op::Remove(old) => removed.push(old),
                Op::Add(new) => added.push(new),
                Op::Keep(..) => {}
            }
            at += 1;
        }
        if removed.iter().any(|&line| ipython(line)) {
            return None;
        }
        // The last new lines replace the old ones; new lines before them are added after the
        // line before the change.
        let extra = added.len().saturating_sub(removed.len());
        for (nth, &new) in added.iter().enumerate() {
            let cell = if nth < extra { current } else { line_cell[removed[nth - extra]] };
            cells[cell].push_str(new_lines[new]);
        }
        if let Some(&old) = removed.last() {
            current = line_cell[old];
        }
    }
    let mut changed = Vec::new();
    for (slot, mut source) in cells.into_iter().enumerate() {
        let index = program.starts[slot].0 as usize - 1;
        let old = &notebook.cells[index].source;
        if !old.ends_with('\n') && source.ends_with('\n') {
            source.pop();
        }
        if source != *old {
            changed.push((index, source));
        }
    }
    Some(changed)
}

/// The notebook text with the `source` of each changed cell replaced.
fn rewrite(text: &str, notebook: &Notebook<'_>, sources: &[(usize, String)]) -> String {
    let mut replacements: Vec<(std::ops::Range<usize>, String)> = sources
        .iter()
        .filter_map(|(index, source)| {
            let cell = &notebook.cells[*index];
            let span = cell.source_span.clone()?;
            Some((span.clone(), source_json(text, cell, &text[span], source)))
        })
        .collect();
    replacements.sort_by_key(|(span, _)| span.start);
    let mut out = String::with_capacity(text.len() + 64);
    let mut done = 0;
    for (span, json) in replacements {
        out.push_str(&text[done..span.start]);
        out.push_str(&json);
        done = span.end;
    }
    out.push_str(&text[done..]);
    out
}

/// A cell's new `source` as JSON, in the shape and layout of the old one (`raw`).
fn source_json(text: &str, cell: &super::Cell, raw: &str, source: &str) -> String {
    let string = |value: &str| serde_json::to_string(value).unwrap_or_else(|_| "\"\"".to_string());
    if !raw.starts_with('[') {
        return string(source);
    }
    // The old lines' JSON as written, to keep it where a line is unchanged.
    let mut written: HashMap<&str, &str> = HashMap::new();
    for (nth, piece) in cell.pieces.iter().enumerate() {
        let end = cell.pieces.get(nth + 1).map_or(cell.source.len(), |next| next.source_offset);
        written.insert(
            &cell.source[piece.source_offset..end],
            &text[piece.file_offset..piece.file_offset + piece.file_len],
        );
    }
    let items: Vec<String> = source
        .split_inclusive('\n')
        .map(|line| written.get(line).map_or_else(|| string(line), |json| json.to_string()))
        .collect();
    if items.is_empty() {
        return "[]".to_string();
    }
    match (raw.find('\n'), raw.rfind('\n')) {
        (Some(first), Some(last)) => {
            let indent =
                |from: &str| from.chars().take_while(|c| *c == ' ' || *c == '\t').collect::<String>();
            let item_indent = indent(&raw[first + 1..]);
            let close_indent = indent(&raw[last + 1..]);
            let separator = format!(",\n{item_indent}");
            format!("[\n{item_indent}{}\n{close_indent}]", items.join(&separator))
        }
        _ => format!("[{}]", items.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(text: &str) -> FixOutcome {
        fix(text, &FixOptions::default(), None, &[]).unwrap()
    }

    fn sources(text: &str) -> Vec<String> {
        Notebook::parse(text).unwrap().cells.into_iter().map(|cell| cell.source).collect()
    }

    #[test]
    fn fixes_are_written_into_the_cells_and_the_rest_of_the_file_is_kept() {
        let text = concat!(
            "{\n \"cells\": [\n",
            "  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": [\"# caf\\u00e9 self.assertEquals\"]\n  },\n",
            "  {\n   \"cell_type\": \"code\",\n   \"metadata\": {},\n   \"source\": [\n",
            "    \"import unittest\\n\",\n",
            "    \"s = \\\"caf\\u00e9 \\\\\\\"\\\"\\n\",\n",
            "    \"%matplotlib inline\\n\",\n",
            "    \"class T(unittest.TestCase):\\n\",\n",
            "    \"    def test(self): self.assertEquals(s, 1)\"\n",
            "   ]\n  },\n",
            "  {\"cell_type\": \"code\", \"metadata\": {}, \"source\": \"T('test').failUnless(True)\\n\"}\n",
            " ],\n \"metadata\": {\"kernelspec\": {\"language\": \"python\"}},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n"
        );
        let outcome = fixed(text);
        assert_eq!(outcome.applied.len(), 2, "{:?}", outcome.applied);
        assert!(outcome.applied.iter().all(|f| f.cell.is_some() && f.fix.is_none()));
        assert!(outcome.remaining.is_empty(), "{:?}", outcome.remaining);
        assert_eq!(
            sources(&outcome.output),
            vec![
                "# caf\u{e9} self.assertEquals".to_string(),
                "import unittest\ns = \"caf\u{e9} \\\"\"\n%matplotlib inline\nclass T(unittest.TestCase):\n    def test(self): self.assertEqual(s, 1)".to_string(),
                "T('test').assertTrue(True)\n".to_string(),
            ]
        );
        // Unchanged lines keep their JSON (the `\u00e9` escape), the layout stays, and nothing
        // outside the changed sources moves.
        let expected = text
            .replace("self.assertEquals(s, 1)\"", "self.assertEqual(s, 1)\"")
            .replace("failUnless(True)", "assertTrue(True)");
        assert_eq!(outcome.output, expected);
    }

    #[test]
    fn an_import_a_fix_needs_goes_into_a_cell_and_names_in_magics_count() {
        let text = serde_json::json!({
            "cells": [
                {"cell_type": "code", "metadata": {}, "source": ["import imp\n", "import os\n"]},
                {"cell_type": "code", "metadata": {}, "source": ["m = imp.reload(os)\n"]},
                {"cell_type": "code", "metadata": {}, "source": ["%timeit imp.reload(os)\n"]}
            ],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5
        })
        .to_string();
        let outcome = fixed(&text);
        let cells = sources(&outcome.output);
        assert!(cells[0].contains("import importlib"), "{cells:?}");
        assert!(cells[0].starts_with("import imp\n"), "the magic still uses imp: {cells:?}");
        assert_eq!(cells[1], "m = importlib.reload(os)\n");
        assert_eq!(cells[2], "%timeit imp.reload(os)\n", "IPython syntax is never changed");
        assert_eq!(outcome.remaining.len(), 1, "{:?}", outcome.remaining);
    }

    #[test]
    fn nothing_to_fix_returns_the_input() {
        for text in [
            r#"{"cells": [{"cell_type": "code", "source": "import asyncore\n"}]}"#,
            r#"{"cells": [{"cell_type": "markdown", "source": "self.assertEquals(1, 1)"}]}"#,
            r#"{"cells": [{"cell_type": "code", "source": ["%%bash\n", "self.assertEquals(1, 1)\n"]}]}"#,
        ] {
            let outcome = fixed(text);
            assert_eq!(outcome.output, text);
            assert!(outcome.applied.is_empty());
        }
        assert!(matches!(fix("{", &FixOptions::default(), None, &[]), Err(CheckError::InvalidNotebook(_))));
    }
}
