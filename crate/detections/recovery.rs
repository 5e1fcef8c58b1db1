//! Imports inside the parser's error recovery. When a file has a syntax error that tree-sitter
//! cannot contain (an unclosed bracket, say), the statements after it end up as loose tokens
//! in an `ERROR` node. Import statements there are read again from the text of their line, so
//! a broken file still reports every import of a removed module.

use super::imports::{importable_entry, imported_name_entry};
use super::Context;
use super::{Detector, Visit};
use crate::lines::TextRange;
use crate::semantic::guards::Failure;
use crate::syntax::{Kind, NodeExt};
use tree_sitter::Node;

/// A dotted name in the text, with its byte span in the file.
#[derive(Debug, PartialEq, Eq)]
struct Dotted {
    path: String,
    span: TextRange,
}

/// An import statement read from text.
#[derive(Debug, PartialEq, Eq)]
enum TextImport {
    /// `import a.b as c, d`: the modules.
    Import(Vec<Dotted>),
    /// `from a.b import c as d, e`: the module and the names.
    From(Dotted, Vec<Dotted>),
}

/// This module's detector: imports the parser could not make sense of (inside syntax errors).
pub(super) const DETECTOR: Detector =
    Detector { rows: None, visit: Some(Visit { nodes: &[Kind::Error], check, own_rows_only: false }) };

fn check<'t>(context: &mut Context<'_, 't>, _kind: Kind, node: Node<'t>, _ancestors: &[Node<'t>]) {
    error(context, node);
}

/// Checks the loose `import`/`from` keywords directly inside an `ERROR` node.
pub fn error<'t>(checker: &mut Context<'_, 't>, node: Node<'t>) {
    let source = checker.source;
    let mut cursor = node.walk();
    let keywords: Vec<Node<'t>> = node
        .children(&mut cursor)
        .filter(|child| !child.is_named() && matches!(child.kind_name(), "import" | "from"))
        .collect();
    for keyword in keywords {
        let start = keyword.start_byte();
        if !starts_its_line(source, start) {
            continue;
        }
        match read_import(source, start) {
            Some(TextImport::Import(modules)) => {
                let mut reported = Vec::new();
                for module in modules {
                    if let Some(entry) = importable_entry(&module.path) {
                        if !reported.contains(&entry.symbol) {
                            reported.push(entry.symbol);
                            checker.report_range(entry, entry.rule(), module.span, Failure::Import);
                        }
                    }
                }
            }
            Some(TextImport::From(module, names)) => {
                if let Some(entry) = importable_entry(&module.path) {
                    checker.report_range(entry, entry.rule(), module.span, Failure::Import);
                    continue;
                }
                for name in names {
                    if let Some(entry) = imported_name_entry(&module.path, &name.path) {
                        checker.report_range(entry, entry.rule(), name.span, Failure::Import);
                    }
                }
            }
            None => {}
        }
    }
}

/// Whether only blanks stand before `at` on its line. Looks back over those blanks only: a
/// line may hold thousands of keywords.
fn starts_its_line(source: &str, at: usize) -> bool {
    let before = &source.as_bytes()[..at];
    let blanks = before.iter().rev().take_while(|&&b| matches!(b, b' ' | b'\t' | b'\x0c')).count();
    matches!(before[..at - blanks].last(), None | Some(b'\n' | b'\r'))
}

/// A tiny tokenizer over one logical line: names, dots, commas and parentheses.
struct Tokens<'s> {
    source: &'s str,
    at: usize,
    depth: usize,
}

impl<'s> Tokens<'s> {
    /// The next token and its start, skipping blanks, continuations and (in parentheses) newlines.
    fn next(&mut self) -> Option<(&'s str, usize)> {
        let bytes = self.source.as_bytes();
        loop {
            match bytes.get(self.at)? {
                b' ' | b'\t' | b'\x0c' | b'\r' => self.at += 1,
                b'\\' if bytes.get(self.at + 1) == Some(&b'\n') => self.at += 2,
                b'\\' if bytes.get(self.at + 1) == Some(&b'\r') => self.at += 3,
                b'\n' if self.depth > 0 => self.at += 1,
                b'#' if self.depth > 0 => {
                    while bytes.get(self.at).is_some_and(|&b| b != b'\n') {
                        self.at += 1;
                    }
                }
                _ => break,
            }
        }
        let start = self.at;
        let first = *bytes.get(start)?;
        if first == b'_' || first.is_ascii_alphabetic() || first >= 0x80 {
            while bytes.get(self.at).is_some_and(|&b| b == b'_' || b.is_ascii_alphanumeric() || b >= 0x80) {
                self.at += 1;
            }
        } else if matches!(first, b'.' | b',' | b'(' | b')' | b'*') {
            self.at += 1;
            match first {
                b'(' => self.depth += 1,
                b')' => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
        } else {
            return None;
        }
        self.source.get(start..self.at).map(|token| (token, start))
    }
}

fn is_name(token: &str) -> bool {
    token.starts_with(|c: char| c == '_' || c.is_alphabetic())
}

/// Reads `a.b.c` (and, when `relative`, leading dots) from the tokens; returns it and the next token.
fn read_dotted<'s>(tokens: &mut Tokens<'s>, relative: bool) -> (Option<Dotted>, Option<(&'s str, usize)>) {
    let mut path = String::new();
    let mut span = TextRange::new(usize::MAX, 0);
    let mut expect_name = true;
    let mut token = tokens.next();
    while let Some((text, start)) = token {
        let accepted = if text == "." {
            (relative && path.chars().all(|c| c == '.')) || !expect_name
        } else {
            expect_name && is_name(text) && (text != "import" || path.is_empty())
        };
        if !accepted {
            break;
        }
        expect_name = text == ".";
        path.push_str(text);
        span = TextRange::new(span.start.min(start), start + text.len());
        token = tokens.next();
    }
    let dotted = (!path.is_empty()).then_some(Dotted { path, span });
    (dotted, token)
}

/// Reads the import statement that starts at `start` (at its `import` or `from` keyword).
fn read_import(source: &str, start: usize) -> Option<TextImport> {
    let mut tokens = Tokens { source, at: start, depth: 0 };
    let (keyword, _) = tokens.next()?;
    match keyword {
        "import" => {
            let mut modules = Vec::new();
            loop {
                let (dotted, mut next) = read_dotted(&mut tokens, false);
                modules.push(dotted?);
                if next.is_some_and(|(text, _)| text == "as") {
                    tokens.next();
                    next = tokens.next();
                }
                match next {
                    Some((",", _)) => continue,
                    _ => return Some(TextImport::Import(modules)),
                }
            }
        }
        "from" => {
            let (module, next) = read_dotted(&mut tokens, true);
            let module = module?;
            if next?.0 != "import" {
                return None;
            }
            let before_parenthesis = (tokens.at, tokens.depth);
            if tokens.next().is_none_or(|(text, _)| text != "(") {
                (tokens.at, tokens.depth) = before_parenthesis;
            }
            let mut names = Vec::new();
            loop {
                let (dotted, mut next) = read_dotted(&mut tokens, false);
                let Some(dotted) = dotted else { break };
                names.push(dotted);
                if next.is_some_and(|(text, _)| text == "as") {
                    tokens.next();
                    next = tokens.next();
                }
                if next.is_none_or(|(text, _)| text != ",") {
                    break;
                }
            }
            Some(TextImport::From(module, names))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(import: TextImport) -> Vec<String> {
        match import {
            TextImport::Import(modules) => modules.into_iter().map(|m| m.path).collect(),
            TextImport::From(module, names) => {
                std::iter::once(module.path).chain(names.into_iter().map(|n| n.path)).collect()
            }
        }
    }

    #[test]
    fn reads_import_statements_from_text() {
        let read = |text: &str| read_import(text, 0).map(paths);
        assert_eq!(read("import a.b as c, d\n"), Some(vec!["a.b".into(), "d".into()]));
        assert_eq!(read("import a \\\n  , b\n"), Some(vec!["a".into(), "b".into()]));
        assert_eq!(
            read("from a.b import (c as d,\n  e)\n"),
            Some(vec!["a.b".into(), "c".into(), "e".into()])
        );
        assert_eq!(read("from ..x import y\n"), Some(vec!["..x".into(), "y".into()]));
        assert_eq!(read("from . import y\n"), Some(vec![".".into(), "y".into()]));
        assert_eq!(read("from x\n"), None);
        assert_eq!(read("import\n"), None);
    }

    #[test]
    fn spans_point_at_the_names() {
        let text = "from  distutils.core import setup";
        let Some(TextImport::From(module, names)) = read_import(text, 0) else { panic!() };
        assert_eq!(&text[module.span.start..module.span.end], "distutils.core");
        assert_eq!(&text[names[0].span.start..names[0].span.end], "setup");
    }
}
