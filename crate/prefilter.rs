//! A literal prefilter: decides from the raw text, without parsing, whether a file can contain
//! any finding at all. Most files of a real code base cannot, and parsing is the expensive part.
//!
//! Every entry names the words a use of it must spell out somewhere in the file (as whole
//! identifiers, inside code or strings): a module's root and last segment, a method's name, an
//! environment variable's name. A file is parsed only when all the words of some entry occur.

use crate::catalogue::{Detection, Entry, ENTRIES};
use std::collections::HashMap;
use std::sync::OnceLock;

struct Words {
    ids: HashMap<&'static [u8], usize>,
    /// For each entry, the ids of the words it needs.
    needs: Vec<Vec<usize>>,
    shortest: usize,
    longest: usize,
}

fn needed_words(entry: &Entry) -> Vec<&'static str> {
    let name = entry.name();
    match entry.detection {
        Detection::Import | Detection::Name => {
            let root = entry.symbol.split('.').next().unwrap_or(entry.symbol);
            if root == name {
                vec![root]
            } else {
                vec![root, name]
            }
        }
        Detection::Method | Detection::TestCaseAlias | Detection::EnvVar => vec![name],
    }
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut ids: HashMap<&'static [u8], usize> = HashMap::new();
        let needs = ENTRIES
            .iter()
            .map(|entry| {
                needed_words(entry)
                    .into_iter()
                    .map(|word| {
                        let next = ids.len();
                        *ids.entry(word.as_bytes()).or_insert(next)
                    })
                    .collect()
            })
            .collect();
        let shortest = ids.keys().map(|word| word.len()).min().unwrap_or(0);
        let longest = ids.keys().map(|word| word.len()).max().unwrap_or(0);
        Words { ids, needs, shortest, longest }
    })
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80
}

/// Whether `text` may contain a use of some entry of the catalogue (and so must be parsed).
pub fn may_contain_findings(text: &str) -> bool {
    let words = words();
    let mut present = vec![false; words.ids.len()];
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        if !is_word_byte(bytes[index]) {
            index += 1;
            continue;
        }
        let start = index;
        while index < bytes.len() && is_word_byte(bytes[index]) {
            index += 1;
        }
        let length = index - start;
        if length < words.shortest || length > words.longest {
            continue;
        }
        if let Some(&id) = words.ids.get(&bytes[start..index]) {
            present[id] = true;
        }
    }
    words.needs.iter().any(|needed| needed.iter().all(|&id| present[id]))
}

#[cfg(test)]
mod tests {
    use super::may_contain_findings;

    #[test]
    fn passes_files_that_name_an_entry() {
        assert!(may_contain_findings("import asyncore\n"));
        assert!(may_contain_findings("x = __import__('imp')"));
        assert!(may_contain_findings("self.assertEquals(1, 1)"));
        assert!(may_contain_findings("from typing import io"));
        assert!(may_contain_findings("env['PYTHONTHREADDEBUG'] = '1'"));
    }

    #[test]
    fn skips_files_that_cannot_contain_findings() {
        assert!(!may_contain_findings("import os\nimport importlib\n"));
        assert!(!may_contain_findings("important = impish = 1"));
        assert!(!may_contain_findings("import io\n"));
        assert!(!may_contain_findings("self.assertEqual(a, b)"));
        assert!(!may_contain_findings(""));
    }
}
