//! What a check reports: findings, their rules, severities and positions.
//!
//! The shape is the same everywhere: Rust, the CLI's JSON, and the JavaScript objects of the
//! WebAssembly build (camelCase field names).

use crate::ancestry::Chain;
use crate::autofix::{self, FileFacts};
use crate::catalogue::{ApiKind, Detection, Entry, Status};
use crate::edit::{Fix, SharedTexts};
use crate::hash::HashMap;
use crate::lines::{LineIndex, TextRange};
pub use crate::lines::{Position, Range};
use crate::qualified_name::QualifiedName;
pub use crate::rule::{Rule, Severity, UnknownRule};
use crate::semantic::{ScopeId, SemanticModel};
use crate::version::PythonVersion;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::sync::Arc;
use tree_sitter::Node;

/// One use of a removed API.
///
/// Held compactly (a file can have a million): what its catalogue entry says (the rule's name,
/// the replacement, the link) is read from the entry when asked for or serialised
/// ([`Finding::rule`], [`Finding::replacement`], [`Finding::url`]), not copied into each finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule that reported it; serialised as its code (`SUN001`).
    pub code: Rule,
    /// `error`, `warning` or `info` for the chosen target.
    pub severity: Severity,
    /// One line saying what is wrong (shared by the findings of a file that say the same:
    /// [`FindingTexts`]).
    pub message: Arc<str>,
    /// Why the use is safe as written, for `info` findings (`except ImportError`).
    pub guard: Option<Box<str>>,
    /// Where the use is. In a notebook, relative to the source of cell [`Finding::cell`].
    pub range: Range,
    /// In a notebook: the 1-based index of the cell among all the notebook's cells (markdown
    /// and raw cells count too, as Jupyter and VS Code number them); `None` elsewhere.
    pub cell: Option<u32>,
    /// In a notebook: where the use is in the `.ipynb` file's own text (the JSON string that
    /// holds it, escapes counted: `\"` is two columns there), for editors that show the file as
    /// it is; `None` elsewhere (boxed: most findings are not in a notebook).
    pub file_range: Option<Box<Range>>,
    /// The change that migrates this use, where one is mechanical (never on `info` findings).
    pub fix: Option<Fix>,
    /// The catalogue entry used: its symbol, kind and versions are read from it
    /// ([`Finding::symbol`], [`Finding::kind`], ...).
    pub(crate) entry: EntryRef,
}

/// A catalogue entry as a finding refers to it: equal when it is the same entry.
#[derive(Clone, Copy)]
pub(crate) struct EntryRef(pub &'static Entry);

impl PartialEq for EntryRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for EntryRef {}

impl std::fmt::Debug for EntryRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.symbol)
    }
}

impl Serialize for Finding {
    /// The fields in this order, camelCase, the optional ones left out when `None` (`withdrawnIn`,
    /// `guard`, `cell`, `fileRange`, `fix`; `deprecatedIn` and `removedIn` are `null` then).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let optional = [
            self.withdrawn_in().is_some(),
            self.guard.is_some(),
            self.cell.is_some(),
            self.file_range.is_some(),
            self.fix.is_some(),
        ];
        let fields = 11 + optional.iter().filter(|present| **present).count();
        let mut out = serializer.serialize_struct("Finding", fields)?;
        out.serialize_field("code", &self.code)?;
        out.serialize_field("rule", self.rule())?;
        out.serialize_field("symbol", self.symbol())?;
        out.serialize_field("kind", &self.kind())?;
        out.serialize_field("severity", &self.severity)?;
        out.serialize_field("deprecatedIn", &self.deprecated_in())?;
        out.serialize_field("removedIn", &self.removed_in())?;
        serialize_if_some(&mut out, "withdrawnIn", &self.withdrawn_in())?;
        out.serialize_field("message", &self.message)?;
        out.serialize_field("replacement", self.replacement())?;
        serialize_if_some(&mut out, "guard", &self.guard)?;
        out.serialize_field("range", &self.range)?;
        serialize_if_some(&mut out, "cell", &self.cell)?;
        serialize_if_some(&mut out, "fileRange", &self.file_range)?;
        out.serialize_field("url", &self.url())?;
        serialize_if_some(&mut out, "fix", &self.fix)?;
        out.end()
    }
}

/// Serialises `value` as the field `key` when it is `Some`; skips the field otherwise.
fn serialize_if_some<S: SerializeStruct, T: Serialize>(
    out: &mut S,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), S::Error> {
    match value {
        Some(_) => out.serialize_field(key, value),
        None => out.skip_field(key),
    }
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
    guard: Option<Box<str>>,
    range: Range,
    #[serde(default)]
    cell: Option<u32>,
    #[serde(default)]
    file_range: Option<Box<Range>>,
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
            severity: data.severity,
            message: data.message,
            guard: data.guard,
            range: data.range,
            cell: data.cell,
            file_range: data.file_range,
            fix: data.fix,
            entry: EntryRef(entry),
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
        guard: Option<Box<str>>,
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
            severity,
            message: texts.message(entry, rule, status, guard.as_deref()),
            guard,
            range,
            cell: None,
            file_range: None,
            fix,
            entry: EntryRef(entry),
        }
    }

    /// The qualified name of the removed API (`unittest.TestCase.assertEquals`).
    pub fn symbol(&self) -> &'static str {
        self.entry.0.symbol
    }

    /// What sort of API it is.
    pub fn kind(&self) -> ApiKind {
        self.entry.0.kind
    }

    /// The release that deprecated the API, where one did.
    pub fn deprecated_in(&self) -> Option<PythonVersion> {
        self.entry.0.deprecated_in
    }

    /// The release that removed (or will remove) the API; `None` (JSON `null`) for a
    /// deprecation without a removal date.
    pub fn removed_in(&self) -> Option<PythonVersion> {
        self.entry.0.removed_in
    }

    /// The release that withdrew the deprecation, for an API that warns only before it; left
    /// out of the JSON for every other API.
    pub fn withdrawn_in(&self) -> Option<PythonVersion> {
        self.entry.0.withdrawn_in
    }

    /// The rule's readable name (`removed-module`).
    pub fn rule(&self) -> &'static str {
        self.code.name()
    }

    /// What to use instead.
    pub fn replacement(&self) -> &'static str {
        self.entry.0.replacement
    }

    /// A link to the entry's documentation (`docs/imp.md#imp-reload`), made when asked for.
    pub fn url(&self) -> String {
        self.entry.0.docs_url()
    }

    /// The catalogue entry the finding is a use of.
    pub fn entry(&self) -> &'static Entry {
        self.entry.0
    }
}

/// A use of an entry as a detection reports it, before its position and fix are worked out.
pub(crate) struct Use {
    /// The entry used.
    pub entry: &'static Entry,
    /// The rule that reports it.
    pub rule: Rule,
    /// Its byte span.
    pub range: TextRange,
    /// What the entry is on the target.
    pub status: Status,
    /// Why the use is safe as written.
    pub guard: Option<Box<str>>,
}

/// Where the fix of a use is made: the node being checked, its ancestors, and its scope.
pub(crate) struct FixSite<'a, 't> {
    /// The node being checked when the use was reported.
    pub node: Node<'t>,
    /// Its ancestors, from its parent outward.
    pub ancestors: Chain<'a, 't>,
    /// The scope it is evaluated in.
    pub scope: ScopeId,
}

/// The findings of one file, each made (its position, its fix) when the walk reports its use:
/// nothing about a use is held for later but the finding itself (the walk's reports and the
/// links to their ancestors, held to the end of the walk, took 176 bytes a finding).
pub(crate) struct Found<'t> {
    source: &'t str,
    /// What fixes ask about the file's imports, worked out once for all of them.
    facts: FileFacts<'t>,
    /// Made with the first finding (most files have none).
    lines: Option<LineIndex<'t>>,
    texts: FindingTexts,
    findings: Vec<Finding>,
}

impl<'t> Found<'t> {
    /// No findings yet in the file `source`, parsed as `root`.
    pub(crate) fn new(root: Node<'t>, source: &'t str) -> Self {
        Found {
            source,
            facts: FileFacts::new(root, source),
            lines: None,
            texts: FindingTexts::default(),
            findings: Vec::new(),
        }
    }

    /// Makes the finding of `used` in the file `model` describes, with its fix made at `site`
    /// (none without one).
    pub(crate) fn add(&mut self, model: &SemanticModel<'t>, used: Use, site: Option<FixSite<'_, 't>>) {
        let source = self.source;
        let lines = self.lines.get_or_insert_with(|| LineIndex::new(source));
        let fix = site.and_then(|site| {
            let site = autofix::Site {
                model,
                node: site.node,
                ancestors: site.ancestors,
                scope: site.scope,
                span: used.range,
                facts: &self.facts,
            };
            autofix::compute(&site, used.entry)
        });
        let fix = fix.map(|fix| fix.resolve(lines, &mut self.texts.fixes));
        let range = lines.range_of(used.range);
        // The vector grows by a quarter, not double: it is held to the end of the check, and a
        // file of many findings would keep up to twice their size.
        if self.findings.len() == self.findings.capacity() {
            self.findings.reserve_exact((self.findings.len() / 4).max(16));
        }
        let finding =
            Finding::new(used.entry, used.rule, used.status, used.guard, range, fix, &mut self.texts);
        self.findings.push(finding);
    }

    /// The findings in the order they were reported, and the index of the file's lines
    /// (`None` when there is no finding).
    pub(crate) fn into_parts(self) -> (Vec<Finding>, Option<LineIndex<'t>>) {
        (self.findings, self.lines)
    }
}

/// The texts the findings of one file share, each held once however many findings say it: a
/// finding keeps a reference. A file of a million findings of one API held a million copies of
/// its message, link and fix (about 300 bytes a finding); links are now made when a finding is
/// rendered ([`Finding::url`]).
#[derive(Default)]
pub(crate) struct FindingTexts {
    /// The texts of fixes (messages, edits).
    pub fixes: SharedTexts,
    /// The messages of unguarded uses, by entry (its address), rule and status.
    messages: HashMap<(usize, Rule, Status), Arc<str>>,
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
