//! What a check reports: findings, their rules, severities and positions.
//!
//! The shape is the same everywhere: Rust, the CLI's JSON, and the JavaScript objects of the
//! WebAssembly build (camelCase field names).

use crate::catalogue::{ApiKind, Detection, Entry, Status};
use crate::edit::{Fix, SharedTexts};
use crate::hash::HashMap;
pub use crate::lines::{Position, Range};
use crate::qualified_name::QualifiedName;
pub use crate::rule::{Rule, Severity, UnknownRule};
use crate::version::PythonVersion;
use serde::{Deserialize, Deserializer, Serialize};
use std::sync::Arc;

/// One use of a removed API.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// The rule that reported it; serialised as its code (`SUN001`).
    pub code: Rule,
    /// The rule's readable name (`removed-module`).
    pub rule: &'static str,
    /// The qualified name of the removed API (`unittest.TestCase.assertEquals`).
    pub symbol: &'static str,
    /// What sort of API it is.
    pub kind: ApiKind,
    /// `error`, `warning` or `info` for the chosen target.
    pub severity: Severity,
    /// The release that deprecated the API, where one did.
    pub deprecated_in: Option<PythonVersion>,
    /// The release that removed (or will remove) the API; `None` (JSON `null`) for a
    /// deprecation without a removal date.
    pub removed_in: Option<PythonVersion>,
    /// The release that withdrew the deprecation, for an API that warns only before it; left
    /// out of the JSON for every other API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdrawn_in: Option<PythonVersion>,
    /// One line saying what is wrong (shared by the findings of a file that say the same:
    /// [`FindingTexts`]).
    pub message: Arc<str>,
    /// What to use instead.
    pub replacement: &'static str,
    /// Why the use is safe as written, for `info` findings (`except ImportError`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guard: Option<String>,
    /// Where the use is. In a notebook, relative to the source of cell [`Finding::cell`].
    pub range: Range,
    /// In a notebook: the 1-based index of the cell among all the notebook's cells (markdown
    /// and raw cells count too, as Jupyter and VS Code number them); `None` elsewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<u32>,
    /// In a notebook: where the use is in the `.ipynb` file's own text (the JSON string that
    /// holds it, escapes counted: `\"` is two columns there), for editors that show the file as
    /// it is; `None` elsewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_range: Option<Range>,
    /// A link to the entry's documentation (shared like [`Finding::message`]).
    pub url: Arc<str>,
    /// The change that migrates this use, where one is mechanical (never on `info` findings).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

/// What a finding read back (from JSON or JavaScript) must hold; the rest comes from the
/// catalogue entry its symbol names.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FindingData {
    code: Rule,
    symbol: String,
    severity: Severity,
    message: Arc<str>,
    #[serde(default)]
    guard: Option<String>,
    range: Range,
    #[serde(default)]
    cell: Option<u32>,
    #[serde(default)]
    file_range: Option<Range>,
    #[serde(default)]
    fix: Option<Fix>,
}

impl<'de> Deserialize<'de> for Finding {
    /// Reads a finding as [`Finding`] serialises it. The symbol must name a catalogue entry;
    /// its kind, versions, replacement and link are taken from the entry.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let data = FindingData::deserialize(deserializer)?;
        let entry = crate::catalogue::lookup(&data.symbol).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown symbol `{}`: a finding must come from check or checkFile",
                data.symbol
            ))
        })?;
        Ok(Finding {
            code: data.code,
            rule: data.code.name(),
            symbol: entry.symbol,
            kind: entry.kind,
            severity: data.severity,
            deprecated_in: entry.deprecated_in,
            removed_in: entry.removed_in,
            withdrawn_in: entry.withdrawn_in,
            message: data.message,
            replacement: entry.replacement,
            guard: data.guard,
            range: data.range,
            cell: data.cell,
            file_range: data.file_range,
            url: Arc::from(entry.docs_url()),
            fix: data.fix,
        })
    }
}

impl Finding {
    /// Builds the finding for a use of `entry` found by `rule`; `status` is what the entry is on
    /// the target (removed, or deprecated and still there), `guard` why the use is safe as
    /// written: a guarded use is info, else a removed API's is an error and a deprecated one's
    /// a warning. Its texts are shared with the file's other findings through `texts`.
    pub(crate) fn new(
        entry: &'static Entry,
        rule: Rule,
        status: Status,
        guard: Option<String>,
        range: Range,
        fix: Option<Fix>,
        texts: &mut FindingTexts,
    ) -> Self {
        let severity = match (&guard, status) {
            (Some(_), _) => Severity::Info,
            (None, Status::Removed) => Severity::Error,
            (None, Status::Deprecated) => Severity::Warning,
        };
        Finding {
            code: rule,
            rule: rule.name(),
            symbol: entry.symbol,
            kind: entry.kind,
            severity,
            deprecated_in: entry.deprecated_in,
            removed_in: entry.removed_in,
            withdrawn_in: entry.withdrawn_in,
            message: texts.message(entry, rule, status, guard.as_deref()),
            replacement: entry.replacement,
            guard,
            range,
            cell: None,
            file_range: None,
            url: texts.url(entry),
            fix,
        }
    }
}

/// The texts the findings of one file share, each held once however many findings say it: a
/// finding keeps a reference. A file of a million findings of one API held a million copies of
/// its message, link and fix (about 300 bytes a finding).
#[derive(Default)]
pub(crate) struct FindingTexts {
    /// The texts of fixes (messages, edits).
    pub fixes: SharedTexts,
    /// The messages of unguarded uses, by entry (its address), rule and status.
    messages: HashMap<(usize, Rule, Status), Arc<str>>,
    /// The links, by entry (its address).
    urls: HashMap<usize, Arc<str>>,
}

impl FindingTexts {
    fn message(
        &mut self,
        entry: &'static Entry,
        rule: Rule,
        status: Status,
        guard: Option<&str>,
    ) -> Arc<str> {
        if guard.is_some() {
            return Arc::from(message(entry, rule, status, guard));
        }
        let key = (std::ptr::from_ref(entry) as usize, rule, status);
        Arc::clone(self.messages.entry(key).or_insert_with(|| Arc::from(message(entry, rule, status, None))))
    }

    fn url(&mut self, entry: &'static Entry) -> Arc<str> {
        let key = std::ptr::from_ref(entry) as usize;
        Arc::clone(self.urls.entry(key).or_insert_with(|| Arc::from(entry.docs_url())))
    }
}

fn message(entry: &Entry, rule: Rule, status: Status, guard: Option<&str>) -> String {
    let what = match rule {
        Rule::RemovedModule => format!("{} `{}`", entry.kind.noun(), entry.symbol),
        _ => format!("`{}`", entry.symbol),
    };
    // What the API is on the target, whatever the severity (a guarded use is info either way).
    let when = match (status, entry.deprecated_in, entry.removed_in) {
        (_, Some(deprecated), None) => {
            match entry.withdrawn_in {
                Some(withdrawn) => {
                    format!("is deprecated since Python {deprecated} (Python {withdrawn} withdrew the deprecation)")
                }
                None => format!("is deprecated since Python {deprecated}; no removal date yet"),
            }
        }
        (_, None, None) => "is deprecated; no removal date yet".to_string(),
        (Status::Deprecated, Some(deprecated), Some(removed)) => {
            format!("is deprecated since Python {deprecated} and removed in Python {removed}")
        }
        (Status::Deprecated, None, Some(removed)) => format!("is to be removed in Python {removed}"),
        (Status::Removed, _, Some(removed)) => format!("was removed in Python {removed}"),
    };
    let consequence = match (rule, entry.detection) {
        (Rule::LegacyImportHook, _) => {
            format!(": the import system no longer calls `{}()`", entry.name())
        }
        (_, Detection::UncalledMethod { .. }) => {
            let class = QualifiedName::new(entry.symbol).parent_or_self();
            format!(": `{class}` no longer calls `{}()`", entry.name())
        }
        _ => String::new(),
    };
    match guard {
        Some(guard) => format!("{what} {when}{consequence} (guarded by {guard})"),
        None => format!("{what} {when}{consequence}"),
    }
}
