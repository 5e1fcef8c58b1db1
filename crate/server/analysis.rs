//! What the server computes from a document: its findings (with the settings of the nearest
//! `[tool.pysunset]`), and from them diagnostics, hovers, quick fixes and the fix-all edit.
//!
//! Everything here is a pure function of a [`Snapshot`] (plus the configuration files on
//! disk), so the worker thread and the request handlers share it.

use super::documents::file_path;
use super::positions::{Encoding, LineIndex};
use super::project::Folders;
use crate::arguments::{Flags, Source};
use crate::cli::configuration::Resolver;
use crate::edit::Applicability;
use crate::finding::Finding;
use crate::fix::FixOptions;
use crate::inputs::SourceKind;
use crate::rule::Severity;
use crate::Options;
use lsp_types::{
    CodeAction, CodeActionKind, CodeDescription, Diagnostic, DiagnosticSeverity, DiagnosticTag, Hover,
    HoverContents, MarkupContent, MarkupKind, NotebookCellKind, NumberOrString, TextEdit, Uri, WorkspaceEdit,
};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The code action kind of the fix-all action (`source.fixAll.pysunset`).
pub fn fix_all_kind() -> CodeActionKind {
    CodeActionKind::new("source.fixAll.pysunset")
}

/// One notebook cell, as checked.
#[derive(Clone, Debug)]
pub struct CellSnapshot {
    /// The URI of the cell's text document.
    pub uri: Uri,
    /// Code or markup.
    pub kind: NotebookCellKind,
    /// The cell document's language id.
    pub language: String,
    /// The cell's text.
    pub text: Arc<str>,
}

/// What is checked, copied out of the documents so that it can be checked on another thread.
#[derive(Clone, Debug)]
pub enum Snapshot {
    /// A text document.
    Text {
        /// Its URI.
        uri: Uri,
        /// The client's version.
        version: i32,
        /// Its language id.
        language: String,
        /// Its text.
        text: Arc<str>,
    },
    /// A notebook document: its cells checked together, as one program.
    Notebook {
        /// The notebook's URI.
        uri: Uri,
        /// The notebook's metadata.
        metadata: Option<serde_json::Map<String, serde_json::Value>>,
        /// Its cells, in order.
        cells: Vec<CellSnapshot>,
    },
}

impl Snapshot {
    fn uri(&self) -> &Uri {
        match self {
            Snapshot::Text { uri, .. } | Snapshot::Notebook { uri, .. } => uri,
        }
    }
}

/// The findings of one document (a text document or a cell), with offsets into its text.
#[derive(Debug)]
pub struct DocumentFindings {
    /// The document.
    pub uri: Uri,
    /// Its version, for text documents.
    pub version: Option<i32>,
    /// The text the offsets are in.
    pub text: Arc<str>,
    /// Its findings, in source order.
    pub findings: Vec<Finding>,
}

/// The outcome of checking a snapshot.
#[derive(Debug)]
pub struct Analysis {
    /// Every document of the snapshot (with no findings when it was not checked), so that
    /// publishing them clears what an earlier check reported.
    pub documents: Vec<DocumentFindings>,
    /// A problem to tell the user about: a `pyproject.toml` that cannot be used (the defaults
    /// were used instead), or a text that could not be checked.
    pub problem: Option<String>,
    /// Whether the document is in a workspace folder and imports more than the standard
    /// library: it is checked again when another file of the folder changes.
    pub imports_folder: bool,
}

/// The settings a document is checked with.
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    /// Target, select and ignore.
    pub options: Options,
    /// Whether the configuration's `exclude` leaves the file out.
    pub excluded: bool,
    /// Why the configuration could not be used, if it could not.
    pub problem: Option<String>,
}

/// The settings of the nearest `pyproject.toml` with a `[tool.pysunset]` table above `path`
/// (for a document that is no file, above the first workspace folder), as the command line
/// finds them.
pub fn resolve(path: Option<&Path>, roots: &[PathBuf]) -> Resolved {
    let start = match path {
        Some(path) => path.to_path_buf(),
        None => match roots.first() {
            Some(root) => root.join("untitled.py"),
            None => return Resolved::default(),
        },
    };
    let settings = Resolver::new(Source::Discover, Flags::default()).and_then(|mut r| r.settings(&start));
    match settings {
        Ok(settings) => {
            let excluded =
                path.is_some()
                    && settings.loaded.as_ref().is_some_and(|loaded| {
                        start.strip_prefix(&loaded.root).ok().and_then(Path::to_str).is_some_and(|relative| {
                            crate::config::is_excluded(relative, &loaded.config.exclude)
                        })
                    });
            Resolved { options: settings.options, excluded, problem: None }
        }
        Err(problem) => Resolved {
            problem: Some(format!("{problem} (checking with the default settings)")),
            ..Resolved::default()
        },
    }
}

/// The name a text document is checked under ([`crate::check_file`] chooses the kind by it):
/// its path when the crate knows the kind, a `.py` name for other Python documents, `None` for
/// documents that are not checked.
fn check_name(uri: &Uri, language: &str) -> Option<String> {
    let path = file_path(uri).map(|path| path.to_string_lossy().into_owned());
    let name = path.unwrap_or_else(|| uri.as_str().to_string());
    if SourceKind::for_path(&name).is_some() {
        Some(name)
    } else if language == "python" {
        Some("untitled.py".to_string())
    } else {
        None
    }
}

/// A notebook's cells as nbformat 4 JSON, for the crate's notebook checker and fixer.
fn notebook_json(
    metadata: Option<&serde_json::Map<String, serde_json::Value>>,
    cells: &[CellSnapshot],
) -> String {
    let cells: Vec<serde_json::Value> = cells
        .iter()
        .map(|cell| {
            let cell_type = match cell.kind {
                NotebookCellKind::Code => "code",
                _ => "markdown",
            };
            serde_json::json!({
                "cell_type": cell_type,
                "metadata": { "vscode": { "languageId": cell.language } },
                "source": &*cell.text,
            })
        })
        .collect();
    serde_json::json!({
        "cells": cells,
        "metadata": metadata.cloned().unwrap_or_default(),
        "nbformat": 4,
        "nbformat_minor": 5,
    })
    .to_string()
}

/// What the project index of the document's workspace folder knows of a text document
/// (`open`: the open documents' texts by path), for a Python file or stub; `None` when it
/// imports only the standard library.
fn project_facts(
    uri: &Uri,
    name: &str,
    text: &str,
    folders: &Folders,
    open: &HashMap<PathBuf, Arc<str>>,
) -> Option<crate::project::FileFacts> {
    let python = matches!(SourceKind::for_path(name), Some(SourceKind::Python | SourceKind::Stub));
    match file_path(uri) {
        Some(path) if python => folders.facts(&path, text, open),
        _ => None,
    }
}

/// Checks a snapshot; `open` holds the open documents' texts by path (a document's imports
/// from its workspace folder are followed through them and the files on disk).
pub fn analyse(snapshot: &Snapshot, folders: &Folders, open: &HashMap<PathBuf, Arc<str>>) -> Analysis {
    let resolved = resolve(file_path(snapshot.uri()).as_deref(), folders.roots());
    let mut problem = resolved.problem.clone();
    match snapshot {
        Snapshot::Text { uri, version, language, text } => {
            let mut findings = Vec::new();
            let mut imports_folder = false;
            if let (Some(name), false) = (check_name(uri, language), resolved.excluded) {
                let facts = project_facts(uri, &name, text, folders, open);
                imports_folder = facts.is_some();
                let facts = facts.unwrap_or_default();
                let checked = if facts.is_empty() {
                    crate::check_file(&name, text, &resolved.options)
                } else {
                    crate::check_in_project(text, &resolved.options, &facts)
                };
                match checked {
                    Ok(found) => findings = found,
                    Err(error) => problem = Some(format!("{}: not checked: {error}", uri.as_str())),
                }
                if SourceKind::for_path(&name) == Some(SourceKind::Notebook) {
                    // A notebook file shown as its JSON text: where each use is in that text.
                    for finding in &mut findings {
                        finding.range = finding.file_range.as_deref().copied().unwrap_or(finding.range);
                        finding.cell = None;
                    }
                }
            }
            let document =
                DocumentFindings { uri: uri.clone(), version: Some(*version), text: text.clone(), findings };
            Analysis { documents: vec![document], problem, imports_folder }
        }
        Snapshot::Notebook { uri, metadata, cells } => {
            let mut documents: Vec<DocumentFindings> = cells
                .iter()
                .map(|cell| DocumentFindings {
                    uri: cell.uri.clone(),
                    version: None,
                    text: cell.text.clone(),
                    findings: Vec::new(),
                })
                .collect();
            if !resolved.excluded {
                let json = notebook_json(metadata.as_ref(), cells);
                match crate::inputs::notebook::check(&json, &resolved.options) {
                    Ok(findings) => {
                        for finding in findings {
                            let index = finding.cell.and_then(|cell| cell.checked_sub(1)).map(|i| i as usize);
                            if let Some(document) = index.and_then(|index| documents.get_mut(index)) {
                                document.findings.push(finding);
                            }
                        }
                    }
                    Err(error) => problem = Some(format!("{}: not checked: {error}", uri.as_str())),
                }
            }
            Analysis { documents, problem, imports_folder: false }
        }
    }
}

/// The link a finding's code points to.
fn docs_link(finding: &Finding) -> Option<Uri> {
    let repository = env!("CARGO_PKG_REPOSITORY");
    format!("{repository}/blob/main/{}", finding.url()).parse().ok()
}

/// A finding as an LSP diagnostic.
pub fn diagnostic(finding: &Finding, index: &LineIndex<'_>, encoding: Encoding) -> Diagnostic {
    let range = index.range(finding.range.start.offset as usize, finding.range.end.offset as usize, encoding);
    let severity = match finding.severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    };
    let mut message = finding.message.to_string();
    if !finding.replacement().is_empty() {
        message.push_str("\ninstead: ");
        message.push_str(finding.replacement());
    }
    Diagnostic {
        range,
        severity: Some(severity),
        code: Some(NumberOrString::String(finding.code.code().to_string())),
        code_description: docs_link(finding).map(|href| CodeDescription { href }),
        source: Some("pysunset".to_string()),
        message,
        related_information: None,
        // Editors strike a deprecated or removed API through.
        tags: (finding.severity != Severity::Info).then(|| vec![DiagnosticTag::DEPRECATED]),
        data: None,
    }
}

/// The diagnostics of one document.
pub fn diagnostics(document: &DocumentFindings, encoding: Encoding) -> Vec<Diagnostic> {
    let index = LineIndex::new(&document.text);
    document.findings.iter().map(|finding| diagnostic(finding, &index, encoding)).collect()
}

/// The hover at a byte offset: the catalogue entry of the finding there (what, why, what to
/// use instead, before and after).
pub fn hover(document: &DocumentFindings, offset: usize, encoding: Encoding) -> Option<Hover> {
    let finding = document.findings.iter().find(|finding| {
        (finding.range.start.offset as usize) <= offset && offset <= finding.range.end.offset as usize
    })?;
    let mut text =
        format!("**pysunset {}** ({}): {}\n", finding.code.code(), finding.rule(), finding.message);
    let entry = crate::catalogue::lookup(finding.symbol());
    if let Some(why) = entry.map(|entry| entry.why).filter(|why| !why.is_empty()) {
        text.push_str(&format!("\n**Why:** {why}\n"));
    }
    if !finding.replacement().is_empty() {
        text.push_str(&format!("\n**Instead:** {}\n", finding.replacement()));
    }
    if let Some(entry) = entry.filter(|entry| !entry.before.is_empty()) {
        text.push_str(&format!("\nBefore:\n```python\n{}\n```\n", entry.before.trim_end()));
        if !entry.after.is_empty() {
            text.push_str(&format!("\nAfter:\n```python\n{}\n```\n", entry.after.trim_end()));
        }
    }
    if let Some(fix) = &finding.fix {
        let kind = match fix.applicability {
            Applicability::Safe => "a safe fix",
            Applicability::Unsafe => "an unsafe fix (review the change)",
        };
        text.push_str(&format!("\nQuick fix: {} ({kind}).\n", fix.message));
    }
    if let Some(link) = docs_link(finding) {
        text.push_str(&format!("\n[Documentation]({})\n", link.as_str()));
    }
    let index = LineIndex::new(&document.text);
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: text }),
        range: Some(index.range(
            finding.range.start.offset as usize,
            finding.range.end.offset as usize,
            encoding,
        )),
    })
}

/// The quick fixes of the findings that meet the byte span `start..=end`: safe ones preferred,
/// unsafe ones saying so in their title.
pub fn quick_fixes(
    document: &DocumentFindings,
    start: usize,
    end: usize,
    encoding: Encoding,
) -> Vec<CodeAction> {
    let index = LineIndex::new(&document.text);
    document
        .findings
        .iter()
        .filter(|finding| {
            (finding.range.start.offset as usize) <= end && start <= finding.range.end.offset as usize
        })
        .filter_map(|finding| {
            let fix = finding.fix.as_ref()?;
            let edits = fix
                .edits
                .iter()
                .map(|edit| TextEdit {
                    range: index.range(
                        edit.range.start.offset as usize,
                        edit.range.end.offset as usize,
                        encoding,
                    ),
                    new_text: edit.content.to_string(),
                })
                .collect();
            let safe = fix.applicability == Applicability::Safe;
            let title = if safe {
                format!("pysunset: {}", fix.message)
            } else {
                format!("pysunset: {} (unsafe fix: behaviour may change, review it)", fix.message)
            };
            Some(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic(finding, &index, encoding)]),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(document.uri.clone(), edits)])),
                    ..WorkspaceEdit::default()
                }),
                command: None,
                is_preferred: Some(safe),
                disabled: None,
                data: None,
            })
        })
        .collect()
}

/// One edit that turns `old` into `new`: the part between their common prefix and suffix.
pub fn minimal_edit(old: &str, new: &str, encoding: Encoding) -> TextEdit {
    let mut prefix = old.bytes().zip(new.bytes()).take_while(|(a, b)| a == b).count();
    while !old.is_char_boundary(prefix) || old[..prefix].ends_with('\r') {
        prefix -= 1;
    }
    let longest = old.len().min(new.len()) - prefix;
    let mut suffix =
        old.bytes().rev().zip(new.bytes().rev()).take(longest).take_while(|(a, b)| a == b).count();
    // Not inside a character, nor between the `\r` and `\n` of a line break.
    while suffix > 0
        && (!old.is_char_boundary(old.len() - suffix)
            || old[old.len() - suffix..].starts_with('\n') && old[..old.len() - suffix].ends_with('\r'))
    {
        suffix -= 1;
    }
    let index = LineIndex::new(old);
    TextEdit {
        range: index.range(prefix, old.len() - suffix, encoding),
        new_text: new[prefix..new.len() - suffix].to_string(),
    }
}

/// The edits of "fix all" (the safe fixes, as `pysunset --fix` applies them), by document;
/// `None` when there is nothing to fix.
pub fn fix_all(
    snapshot: &Snapshot,
    folders: &Folders,
    open: &HashMap<PathBuf, Arc<str>>,
    encoding: Encoding,
) -> Option<HashMap<Uri, Vec<TextEdit>>> {
    let resolved = resolve(file_path(snapshot.uri()).as_deref(), folders.roots());
    if resolved.excluded {
        return None;
    }
    let options = FixOptions { target: resolved.options.target, unsafe_fixes: false };
    let (select, ignore) = (resolved.options.select.as_deref(), resolved.options.ignore.as_slice());
    match snapshot {
        Snapshot::Text { uri, language, text, .. } => {
            let name = check_name(uri, language)?;
            let facts = project_facts(uri, &name, text, folders, open).unwrap_or_default();
            let outcome = if facts.is_empty() {
                crate::inputs::fix_file(&name, text, &options, select, ignore).ok()?
            } else {
                crate::fix::fix_in_project(text, &options, select, ignore, &facts).ok()?
            };
            (outcome.output != **text)
                .then(|| HashMap::from([(uri.clone(), vec![minimal_edit(text, &outcome.output, encoding)])]))
        }
        Snapshot::Notebook { metadata, cells, .. } => {
            let json = notebook_json(metadata.as_ref(), cells);
            let outcome = crate::inputs::notebook::fix(&json, &options, select, ignore).ok()?;
            let fixed: serde_json::Value = serde_json::from_str(&outcome.output).ok()?;
            let mut changes = HashMap::new();
            for (cell, fixed) in cells.iter().zip(fixed["cells"].as_array()?) {
                let source = match &fixed["source"] {
                    serde_json::Value::String(source) => source.clone(),
                    serde_json::Value::Array(lines) => {
                        lines.iter().filter_map(|line| line.as_str()).collect()
                    }
                    _ => continue,
                };
                if source != *cell.text {
                    changes.insert(cell.uri.clone(), vec![minimal_edit(&cell.text, &source, encoding)]);
                }
            }
            (!changes.is_empty()).then_some(changes)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(old: &str, edit: &TextEdit, encoding: Encoding) -> String {
        let index = LineIndex::new(old);
        let (start, end) = (index.offset(edit.range.start, encoding), index.offset(edit.range.end, encoding));
        format!("{}{}{}", &old[..start], edit.new_text, &old[end..])
    }

    #[test]
    fn minimal_edits_give_the_new_text() {
        for (old, new) in [
            ("import imp\nimp.reload(m)\n", "import importlib\nimportlib.reload(m)\n"),
            ("é🐍 = 1\r\nx\r\n", "é🐍 = 2\r\nx\r\n"),
            ("a\r\nb", "a\nb"),
            ("same", "same"),
            ("", "new"),
            ("old", ""),
            ("aaa", "aa"),
            ("🐍🐍", "🐍x🐍"),
        ] {
            for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                let edit = minimal_edit(old, new, encoding);
                assert_eq!(apply(old, &edit, encoding), new, "{old:?} -> {new:?} ({encoding:?})");
            }
        }
        let edit = minimal_edit("x = imp\n", "x = importlib\n", Encoding::Utf16);
        assert_eq!(edit.new_text, "ortlib");
    }

    #[test]
    fn notebook_cells_are_checked_together_and_findings_go_to_their_cell() {
        let cell = |uri: &str, kind, language: &str, text: &str| CellSnapshot {
            uri: uri.parse().unwrap(),
            kind,
            language: language.into(),
            text: text.into(),
        };
        let snapshot = Snapshot::Notebook {
            uri: "untitled:nb.ipynb".parse().unwrap(),
            metadata: None,
            cells: vec![
                cell("cell:1", NotebookCellKind::Code, "python", "import imp\n"),
                cell("cell:2", NotebookCellKind::Markup, "markdown", "# import asyncore\n"),
                cell("cell:3", NotebookCellKind::Code, "python", "%time x = 1\nimp.reload(m)\n"),
            ],
        };
        let analysis = analyse(&snapshot, &Folders::new(Vec::new()), &HashMap::new());
        let found: Vec<(&str, Vec<(u32, &str)>)> = analysis
            .documents
            .iter()
            .map(|document| {
                let findings = document.findings.iter().map(|f| (f.range.start.offset, f.symbol())).collect();
                (document.uri.as_str(), findings)
            })
            .collect();
        assert_eq!(
            found,
            vec![("cell:1", vec![(7, "imp")]), ("cell:2", vec![]), ("cell:3", vec![(12, "imp.reload")])]
        );
        let edits = fix_all(&snapshot, &Folders::new(Vec::new()), &HashMap::new(), Encoding::Utf16).unwrap();
        let cell1: Uri = "cell:1".parse().unwrap();
        assert_eq!(apply("import imp\n", &edits[&cell1][0], Encoding::Utf16), "import importlib\n");
    }
}
