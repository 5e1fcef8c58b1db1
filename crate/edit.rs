//! What a fix is: edits of the source and whether applying them keeps behaviour. A leaf module:
//! the catalogue names [`Applicability`] in its rows, the fix engine makes [`RawFix`]es, and
//! findings carry [`Fix`]es.

use crate::hash::HashSet;
use crate::lines::{LineIndex, Range, TextRange};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Whether applying a fix keeps the program's behaviour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// The new code does what the old code did (on the versions that have the replacement).
    Safe,
    /// Behaviour may differ: review the change. Applied only with `unsafe_fixes`.
    Unsafe,
}

impl Applicability {
    /// The lowercase name, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// One replacement of a span of the source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Edit {
    /// The span replaced (empty for an insertion).
    pub range: Range,
    /// The new text (shared by the equal edits of a file's findings: [`SharedTexts`]).
    pub content: Arc<str>,
}

/// The change that migrates one finding: edits that do not overlap, applied together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fix {
    /// Whether the change keeps behaviour.
    pub applicability: Applicability,
    /// What the change does, in one line (`replace \`assertEquals\` with \`assertEqual\``);
    /// shared by the equal messages of a file's fixes ([`SharedTexts`]).
    pub message: Arc<str>,
    /// The edits, in source order (an import the replacement needs is one of them); a slice of
    /// their exact length (a file can have a million fixes).
    pub edits: Box<[Edit]>,
}

/// A fix before positions are worked out: byte spans of the text it was computed on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawFix {
    pub applicability: Applicability,
    pub message: String,
    /// Sorted, not overlapping.
    pub edits: Vec<TextEdit>,
}

/// One replacement of a byte range of the text a fix is computed on (sorted by range, then
/// content).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct TextEdit {
    /// The range replaced (empty for an insertion).
    pub range: TextRange,
    /// The new text (empty for a deletion).
    pub content: String,
}

impl TextEdit {
    /// Replaces `range` with `content`.
    pub(crate) fn replacement(range: TextRange, content: impl Into<String>) -> Self {
        Self { range, content: content.into() }
    }

    /// Inserts `content` at `offset`.
    pub(crate) fn insertion(offset: usize, content: impl Into<String>) -> Self {
        Self::replacement(TextRange::empty(offset), content)
    }

    /// Deletes `range`.
    pub(crate) fn deletion(range: TextRange) -> Self {
        Self::replacement(range, String::new())
    }
}

impl RawFix {
    /// The fix with positions in `lines`' text, its texts shared through `texts`.
    ///
    /// The edits get a slice of their own, of their exact length: collected from the raw
    /// edits' vector, they would reuse its buffer (the same size of element), with the room it
    /// had grown to (4 edits for 2 made 80 bytes more a finding).
    pub(crate) fn resolve(self, lines: &LineIndex<'_>, texts: &mut SharedTexts) -> Fix {
        let mut edits = Vec::with_capacity(self.edits.len());
        edits.extend(
            self.edits
                .iter()
                .map(|edit| Edit { range: lines.range_of(edit.range), content: texts.share(&edit.content) }),
        );
        let edits = edits.into_boxed_slice();
        Fix { applicability: self.applicability, message: texts.share(&self.message), edits }
    }
}

/// One copy of each text the findings of a file repeat: their fixes' messages and edits (a
/// hundred uses of `imp.reload` have one `import importlib` edit between them), their messages
/// and links. A finding keeps a reference, so a file of many findings holds each text once.
#[derive(Default)]
pub struct SharedTexts {
    texts: HashSet<Arc<str>>,
}

impl SharedTexts {
    /// The shared copy of `text` (made on its first use).
    pub fn share(&mut self, text: &str) -> Arc<str> {
        if let Some(shared) = self.texts.get(text) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(text);
        self.texts.insert(Arc::clone(&shared));
        shared
    }
}
