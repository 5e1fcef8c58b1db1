//! What a fix is: edits of the source and whether applying them keeps behaviour. A leaf module:
//! the catalogue names [`Applicability`] in its rows, the fix engine makes [`RawFix`]es, and
//! findings carry [`Fix`]es.

use crate::lines::{LineIndex, Range};
use serde::{Deserialize, Serialize};

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
    /// The new text.
    pub content: String,
}

/// The change that migrates one finding: edits that do not overlap, applied together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fix {
    /// Whether the change keeps behaviour.
    pub applicability: Applicability,
    /// What the change does, in one line (`replace \`assertEquals\` with \`assertEqual\``).
    pub message: String,
    /// The edits, in source order (an import the replacement needs is one of them).
    pub edits: Vec<Edit>,
}

/// A fix before positions are worked out: byte spans of the text it was computed on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawFix {
    pub applicability: Applicability,
    pub message: String,
    /// `(start, end, content)`, sorted, not overlapping.
    pub edits: Vec<(usize, usize, String)>,
}

impl RawFix {
    /// The fix with positions in `lines`' text.
    pub(crate) fn resolve(self, lines: &LineIndex<'_>) -> Fix {
        Fix {
            applicability: self.applicability,
            message: self.message,
            edits: self
                .edits
                .into_iter()
                .map(|(start, end, content)| Edit { range: lines.range(start, end), content })
                .collect(),
        }
    }
}
