//! A lexical prefilter: decides from the raw text, without parsing, whether a file can contain
//! any finding at all. Most files of a real code base cannot, and parsing is the expensive part.
//!
//! A small Python tokenizer reads the file once (comments skipped, strings kept apart from code)
//! and notes where the words of the catalogue occur:
//! - as the first segment of a module path in an import statement (`import imp`, `from distutils.core import`);
//! - after a dot or in the names a `from` import takes (`iu.set_loader`, `from typing import io`);
//! - after `def` (a legacy hook method's definition);
//! - anywhere in code, or inside strings;
//! - as the callee of a call, with how its arguments start ([`calls`]), or as a keyword argument.
//!
//! Each entry says which of these its uses must show (a removed module must be imported, a
//! removed name must be reached after a dot or imported by name, ...). A file is parsed only when
//! some entry's evidence is all there, and then only the top-level statements that may hold a
//! use in the form its entry needs (plus module-level code), and of their classes only the
//! methods that may (or that the rest calls); a class entered in `with` gets a
//! second look ([`with_statements`]). The rules never see a use the prefilter would have missed:
//! every fixture goes through it, and the real-world corpus checks the end result.
//!
//! The modules: `lexer` (the tokenizer) and `calls` record into `evidence` (where each word
//! occurred; which entries and statements that leaves) and `blocks` (the top-level statements
//! and their classes' members); `words` holds the catalogue's words and their tables;
//! `selection` picks what to parse of the statements, `code_words` reads the words of code for
//! it; `code` picks the statements of module-level code, `bodies` those of big function bodies,
//! `windows` splits a big module; `memory` bounds a scan's memory before it starts.

mod blocks;
mod bodies;
mod calls;
mod code;
mod code_words;
mod evidence;
mod lexer;
#[cfg(not(target_arch = "wasm32"))]
mod memory;
mod selection;
mod windows;
mod with_statements;
mod words;

use crate::catalogue::{Entry, ENTRIES};
use crate::detections::Needs;
use crate::version::PythonVersion;
use blocks::{BlockKind, Blocks};
#[cfg(test)]
pub(crate) use bodies::with_body_bytes;
pub use bodies::{body_bytes, BODY_BYTES};
pub(crate) use code::KEYWORDS;
pub(crate) use code_words::code_word_runs;
use evidence::{candidates, mentioned_in, needs_met, Evidence, Mention};
use lexer::scan;
pub(crate) use lexer::{is_word_byte, word_end};
#[cfg(not(target_arch = "wasm32"))]
pub use memory::scan_memory;
pub use windows::{window_bytes, Windows, WINDOW_BYTES};
use words::{words, Words};

/// What to parse of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Nothing: the file cannot contain a finding.
    Skip,
    /// The whole file.
    Whole,
    /// These byte ranges, each a run of whole statements: the module-level code, and the
    /// function and class definitions that mention a word of the catalogue (or are bases of
    /// such classes), without the methods of those classes that mention none and that nothing
    /// else in the file names, and without the plain statements of big function bodies that
    /// cannot matter ([`bodies`]). The rest cannot hold a finding nor change what one means.
    Ranges(Vec<std::ops::Range<usize>>),
    /// Several parses, each of the module's context and one window of its plain statements
    /// ([`Windows`]): the plan of a module whose kept module-level code is big.
    Windows(Windows),
}

/// Whether `text` may contain a use of some entry of the catalogue (and so must be parsed).
pub fn may_contain_findings(text: &str) -> bool {
    plan(text, PythonVersion::NEWEST_TARGET) != Plan::Skip
}

/// What to parse of `text` when checking for `target` (entries of no concern at the target,
/// such as deprecations that come later, need no evidence).
pub fn plan(text: &str, target: PythonVersion) -> Plan {
    plan_and_entries(text, target, window_bytes()).0
}

/// [`plan`], and the entries whose evidence `text` shows that are of concern at `target` (the
/// only ones a check of the planned parse can find: none when the plan is to skip).
/// `window_bytes`: the threshold past which module-level code is checked in windows
/// ([`windows`]).
fn plan_and_entries(text: &str, target: PythonVersion, window_bytes: usize) -> (Plan, Vec<&'static Entry>) {
    let words = words();
    let (blocks, evidence) = scan_text(text, words);
    let met: Vec<usize> = candidates(words, &evidence)
        .into_iter()
        .filter(|&index| {
            ENTRIES[index].status_at(target).is_some() && needs_met(words, &evidence, &words.needs[index])
        })
        .collect();
    if met.is_empty() {
        return (Plan::Skip, Vec::new());
    }
    let entries = met.iter().map(|&index| &ENTRIES[index]).collect();
    let met: Vec<&Needs> = met.iter().map(|&index| &words.needs[index]).collect();
    // A definition is worth parsing when it may hold a use of an entry whose evidence the
    // file shows, or mentions a context word.
    let relevant = |block: usize, span: std::ops::Range<usize>, mentions: &[Mention]| {
        mentions.iter().any(|mention| words.context.contains(&mention.id))
            || met.iter().any(|needs| mentioned_in(needs, block, &span, mentions, &evidence))
    };
    // Where the calls the prefilter noted in module-level code are: a statement that holds
    // one may hold a use.
    let mut calls: Vec<usize> = evidence.calls.iter().map(|call| call.at).collect();
    calls.sort_unstable();
    let mut parts = Vec::new();
    let is_word = |word: &[u8]| words.lookup(word).is_some() || words.takes_over.contains(&word);
    blocks.parts(text.len(), relevant, is_word, false, |kind, range| parts.push((kind, range)));
    let ranges = blocks.code_kept(&parts, &calls, body_bytes());
    if let Some(windows) = windows::split(&blocks, &parts, &ranges, window_bytes) {
        return (Plan::Windows(windows), entries);
    }
    let covered: usize = ranges.iter().map(|range| range.len()).sum();
    // Only what is worth parsing is parsed, however much of the file that is: tree-sitter's
    // ranges cost next to nothing, its parse about a thousand instructions a byte.
    let plan = if covered >= text.len() { Plan::Whole } else { Plan::Ranges(ranges) };
    (plan, entries)
}

/// [`plan`] for a file of a project: `prelude` holds import statements that stand for what the
/// file imports from the project's other modules (`import configparser as configparser` for
/// `from .compat import configparser`, where the compat module binds the standard library's
/// `configparser`), so that the evidence they give counts as if the file spelled them. The
/// ranges are the file's (the prelude is never parsed). With the plan come the entries whose
/// evidence the file shows, of concern at `target`: the only ones a check of the planned parse
/// can find (the checker runs no detection whose kind has none of them).
pub fn plan_with_prelude(text: &str, target: PythonVersion, prelude: &str) -> (Plan, Vec<&'static Entry>) {
    plan_in_windows(text, target, prelude, window_bytes())
}

/// [`plan_with_prelude`] with the threshold past which module-level code is checked in windows
/// given ([`window_bytes`]: 0 puts every windowed statement in a window of its own).
pub fn plan_in_windows(
    text: &str,
    target: PythonVersion,
    prelude: &str,
    window_bytes: usize,
) -> (Plan, Vec<&'static Entry>) {
    if prelude.is_empty() {
        return plan_and_entries(text, target, window_bytes);
    }
    debug_assert!(prelude.ends_with('\n'));
    let joined = format!("{prelude}{text}");
    let shift = prelude.len();
    match plan_and_entries(&joined, target, window_bytes) {
        (Plan::Ranges(ranges), entries) => (
            Plan::Ranges(
                ranges
                    .into_iter()
                    .filter(|range| range.end > shift)
                    .map(|range| range.start.max(shift) - shift..range.end - shift)
                    .collect(),
            ),
            entries,
        ),
        (Plan::Windows(windows), entries) => (Plan::Windows(windows.shifted(shift)), entries),
        other => other,
    }
}

/// Adds `range` to `ranges` (in order), merged with the last one when they touch.
pub(super) fn merge(ranges: &mut Vec<std::ops::Range<usize>>, range: std::ops::Range<usize>) {
    match ranges.last_mut() {
        Some(last) if last.end == range.start => last.end = range.end,
        _ if range.is_empty() => {}
        _ => ranges.push(range),
    }
}

/// What a summary of a module may parse ([`module_parts`]): its runs of module-level code apart,
/// and the parts of the definitions it includes.
#[derive(Debug, Default)]
pub struct ModuleParts {
    /// Each run of module-level statements (to the next definition's start), in order.
    pub code: Vec<std::ops::Range<usize>>,
    /// The parts of the definitions included, in order, merged where they touch.
    pub definitions: Vec<std::ops::Range<usize>>,
    /// Whether a class was included.
    pub classes: bool,
}

/// What another module can import from `text`, for the project index: its module-level
/// statements (all but its function and class definitions), each run of them apart (a summary
/// parses only the statements that bind the names asked of it), and the top-level classes whose names
/// `wanted` says and that mention a catalogue word (in their bases or body: a class that
/// mentions none inherits nothing removed that the file can show, and defines no removed
/// name), with their bases in the file, but without the methods that nothing else names and
/// that are named like no catalogue word. The classes whose names `derived_wanted` says are
/// included even when they mention no catalogue word (they derive from a class of another
/// module of the run). The top-level functions whose names `function_wanted` says are
/// included whole (a predicate another module calls).
pub fn module_parts(
    text: &str,
    wanted: impl Fn(&str) -> bool,
    derived_wanted: impl Fn(&str) -> bool,
    function_wanted: impl Fn(&str) -> bool,
) -> ModuleParts {
    let words = words();
    let (blocks, _) = scan_text(text, words);
    let included = std::cell::Cell::new(false);
    let class = |index: usize, span: &std::ops::Range<usize>, mentions: &[Mention]| {
        let block = &blocks.list[index];
        let wanted = span.start == block.start()
            && block.class_name().is_some_and(|name| {
                let name = &text[name.start..name.end];
                (!mentions.is_empty() && wanted(name)) || derived_wanted(name)
            });
        included.set(included.get() || wanted);
        wanted
            || (span.start == block.start()
                && block.function_name().is_some_and(|name| function_wanted(&text[name.start..name.end])))
    };
    let mut parts = ModuleParts::default();
    blocks.parts(
        text.len(),
        |index, span, mentions| class(index, &span, mentions),
        |word| words.lookup(word).is_some(),
        true,
        |kind, range| match kind {
            BlockKind::Other => parts.code.push(range),
            _ => merge(&mut parts.definitions, range),
        },
    );
    parts.classes = included.get();
    parts
}

/// The entries whose evidence `text` shows (what makes the prefilter parse a file).
pub fn possible_entries(text: &str) -> Vec<&'static Entry> {
    let words = words();
    let (_, evidence) = scan_text(text, words);
    candidates(words, &evidence)
        .into_iter()
        .filter(|&index| needs_met(words, &evidence, &words.needs[index]))
        .map(|index| &ENTRIES[index])
        .collect()
}

/// [`scan`] of `text`, whose offsets must fit the `u32` of a [`blocks::Span`].
fn scan_text<'b>(text: &'b str, words: &Words) -> (Blocks<'b>, Evidence<'b>) {
    assert!(u32::try_from(text.len()).is_ok(), "the prefilter reads texts of at most 4 GiB (checks: 64 MiB)");
    scan(text.as_bytes(), words)
}

// The recorded scans read the fixtures from disk: native targets only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod scans;
#[cfg(test)]
mod tests;
