//! What a summary parses of a module: the definitions the prefilter includes
//! ([`crate::prefilter::module_parts`]), and of its module-level code only the statements that
//! can change what the names asked of it are bound to.
//!
//! A statement binds a name only where it spells it in code (`import`, `=`, `for`, `with`,
//! `global`, `del`, a walrus: each spells the name it binds), but for a star import, which the
//! summary then reads whole. What a kept statement's value reads (`configparser =
//! ConfigParser`, `if PY3:`, `sys.version_info`) is bound by the statements that spell those
//! words in turn, and what the definitions kept read (a class's bases) likewise: the kept
//! statements grow to a fixed point. A statement that shares no word with them cannot change
//! what the model says of the names asked for, and is not parsed: most of a big module's
//! module-level code (tables, constants, registrations) when an importer asks for one name.

use crate::hash::HashSet;
use crate::prefilter::{code_word_runs, word_end, ModuleParts, KEYWORDS};
use crate::syntax::string_literal_end;
use std::ops::Range;

/// The ranges to parse of `text` (merged, in order): the definitions of `parts`, and those of
/// its module-level statements that spell a name of `names` or, to a fixed point, a word that
/// what is kept spells. `names: None`: every statement (the summary takes every name).
pub fn needed(text: &str, parts: &ModuleParts, names: Option<&HashSet<String>>) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let (statements, keep) = match names {
        Some(names) => {
            let mut statements = Vec::new();
            for range in &parts.code {
                split_statements(bytes, range.clone(), &mut statements);
            }
            let keep = kept_statements(bytes, &statements, &parts.definitions, names);
            (statements, keep)
        }
        None => (parts.code.clone(), vec![true; parts.code.len()]),
    };
    let statements = statements.iter().zip(&keep).filter(|(_, &kept)| kept).map(|(range, _)| range);
    let mut all: Vec<&Range<usize>> = statements.chain(&parts.definitions).collect();
    all.sort_unstable_by_key(|range| range.start);
    let mut ranges: Vec<Range<usize>> = Vec::with_capacity(all.len());
    for range in all {
        match ranges.last_mut() {
            Some(last) if last.end == range.start => last.end = range.end,
            _ if range.is_empty() => {}
            _ => ranges.push(range.clone()),
        }
    }
    ranges
}

/// Which of the module-level `statements` [`needed`] keeps for `names`, with the `definitions`
/// it keeps.
fn kept_statements(
    bytes: &[u8],
    statements: &[Range<usize>],
    definitions: &[Range<usize>],
    names: &HashSet<String>,
) -> Vec<bool> {
    let mut wanted: HashSet<&[u8]> = names.iter().map(String::as_bytes).collect();
    for range in definitions {
        wanted.extend(code_word_runs(&bytes[range.clone()]).map(|word| &bytes[range.start..][word]));
    }
    // Each statement's code words, one list for the module: statement `i`'s are
    // `words[ends[i - 1]..ends[i]]`.
    let mut words: Vec<&[u8]> = Vec::new();
    let mut ends: Vec<usize> = Vec::with_capacity(statements.len());
    for range in statements {
        let code = &bytes[range.clone()];
        words.extend(code_word_runs(code).map(|word| &code[word]).filter(|word| !KEYWORDS.contains(word)));
        ends.push(words.len());
    }
    let mut keep = vec![false; statements.len()];
    // A pass keeps what spells a wanted word, and wants what it keeps spells: passes until
    // one keeps nothing more (a chain of names, a pass a link at worst; most modules need two).
    loop {
        let mut grew = false;
        let mut start = 0;
        for (statement, &end) in ends.iter().enumerate() {
            let spelled = &words[start..end];
            start = end;
            if keep[statement] || !spelled.iter().any(|word| wanted.contains(word)) {
                continue;
            }
            keep[statement] = true;
            grew = true;
            wanted.extend(spelled);
        }
        if !grew {
            return keep;
        }
    }
}

/// Adds the top-level statements of `range`, a run of module-level code of `bytes` that starts
/// one, to `statements`: as the prefilter's tokenizer splits a file, a statement starts on a
/// line outside brackets and strings, in column 0, with anything but a comment, a blank or the
/// clause of a compound statement (`else`, `elif`, `except`, `finally`). A statement runs to the
/// next one's start, with the comments and blank lines before it.
fn split_statements(bytes: &[u8], range: Range<usize>, statements: &mut Vec<Range<usize>>) {
    let end = range.end;
    let (mut start, mut at, mut depth) = (range.start, range.start, 0usize);
    while at < end {
        match bytes[at] {
            b'#' => at = memchr::memchr(b'\n', &bytes[at..end]).map_or(end, |newline| at + newline),
            b'"' | b'\'' => at = string_literal_end(bytes, at),
            b'(' | b'[' | b'{' => (depth, at) = (depth + 1, at + 1),
            b')' | b']' | b'}' => (depth, at) = (depth.saturating_sub(1), at + 1),
            // A line's continuation (outside strings, nothing else).
            b'\\' => at += 2,
            b'\n' => {
                at += 1;
                if depth == 0 && at < end && starts_statement(&bytes[at..end]) {
                    statements.push(start..at);
                    start = at;
                }
            }
            _ => at += 1,
        }
    }
    statements.push(start..end);
}

/// Whether a line that starts `rest` (outside brackets) starts a top-level statement.
fn starts_statement(rest: &[u8]) -> bool {
    if matches!(rest[0], b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'#' | b'\\') {
        return false;
    }
    !matches!(&rest[..word_end(rest, 0)], b"else" | b"elif" | b"except" | b"finally")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statements(text: &str) -> Vec<&str> {
        let mut found = Vec::new();
        split_statements(text.as_bytes(), 0..text.len(), &mut found);
        found.into_iter().map(|range| &text[range]).collect()
    }

    #[test]
    fn module_level_code_is_split_where_top_level_statements_start() {
        let text = "import os\nx = (\n1)\ns = '''\ny = 2\n'''\nif x:\n    y = 1\nelse:\n    y = 2\n# c\n\
            z = 1 \\\n+ 2\nw = f\"{x}\" # )\n";
        assert_eq!(
            statements(text),
            [
                "import os\n",
                "x = (\n1)\n",
                "s = '''\ny = 2\n'''\n",
                "if x:\n    y = 1\nelse:\n    y = 2\n# c\n",
                "z = 1 \\\n+ 2\n",
                "w = f\"{x}\" # )\n"
            ]
        );
    }

    #[test]
    fn a_summary_parses_the_statements_that_bind_the_names_asked_for_and_what_they_read() {
        let text =
            "import sys\nimport os\nPY3 = sys.version_info[0] == 3\nif PY3:\n    import configparser\n\
            else:\n    import ConfigParser as configparser\nTABLE = {1: 2}\nos.environ['x'] = 'sys'\n";
        let parts = crate::prefilter::module_parts(text, |_| false, |_| false, |_| false);
        let names: HashSet<String> = ["configparser".to_string()].into_iter().collect();
        let kept: Vec<&str> =
            needed(text, &parts, Some(&names)).into_iter().map(|range| &text[range]).collect();
        assert_eq!(
            kept,
            [
                "import sys\n",
                "PY3 = sys.version_info[0] == 3\nif PY3:\n    import configparser\nelse:\n    \
                import ConfigParser as configparser\n"
            ]
        );
        let whole: Range<usize> = 0..text.len();
        assert_eq!(needed(text, &parts, None), [whole]);
    }

    #[test]
    fn a_summary_parses_of_a_class_what_another_module_sees_of_it() {
        let text = "import configparser\nclass P(configparser.RawConfigParser):\n    def readfp(self, f):\n        \
            self.helper(self.other())\n    def helper(self):\n        return 1\n    def other(self):\n        global G\n        \
            G = 1\nG = 0\n";
        let parts = crate::prefilter::module_parts(text, |name| name == "P", |_| false, |_| false);
        assert!(parts.classes);
        let parsed: String = parts.definitions.iter().map(|range| &text[range.clone()]).collect();
        assert!(parsed.starts_with("class P(configparser.RawConfigParser):\n    def readfp"), "{parsed}");
        assert!(parsed.contains("global G") && !parsed.contains("def helper"), "{parsed}");
        // The class's bases read `configparser`: its import is parsed, `G = 0` too (`other` spells it).
        let names: HashSet<String> = ["P".to_string()].into_iter().collect();
        let kept: String = needed(text, &parts, Some(&names)).into_iter().map(|range| &text[range]).collect();
        assert!(kept.starts_with("import configparser\n") && kept.ends_with("G = 0\n"), "{kept}");
    }
}
