//! What a check reports: findings, their rules, severities and positions.
//!
//! The shape is the same everywhere: Rust, the CLI's JSON, and the JavaScript objects of the
//! WebAssembly build (camelCase field names).

use crate::catalogue::{ApiKind, Detection, Entry};
use crate::fix::Fix;
use crate::version::PythonVersion;
use serde::{Deserialize, Deserializer, Serialize};

/// The rules, each with a stable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Rule {
    /// An import of a removed module or package.
    #[serde(rename = "SUN001")]
    RemovedModule,
    /// A removed function, class, constant, alias or namespace, imported or reached as an attribute.
    #[serde(rename = "SUN002")]
    RemovedName,
    /// A removed method, called or referenced through its class or a known instance.
    #[serde(rename = "SUN003")]
    RemovedMethod,
    /// A removed `unittest.TestCase` alias.
    #[serde(rename = "SUN004")]
    UnittestAlias,
    /// A finder or loader that implements only the legacy import-hook methods.
    #[serde(rename = "SUN005")]
    LegacyImportHook,
    /// A removed environment variable.
    #[serde(rename = "SUN006")]
    RemovedEnvVar,
    /// A removed keyword parameter, passed in a call.
    #[serde(rename = "SUN007")]
    RemovedParameter,
    /// A use of an API that CPython deprecated without a removal date.
    #[serde(rename = "SUN008")]
    DeprecatedApi,
}

impl Rule {
    /// Every rule, in code order.
    pub const ALL: [Rule; 8] = [
        Rule::RemovedModule,
        Rule::RemovedName,
        Rule::RemovedMethod,
        Rule::UnittestAlias,
        Rule::LegacyImportHook,
        Rule::RemovedEnvVar,
        Rule::RemovedParameter,
        Rule::DeprecatedApi,
    ];

    /// The stable code, such as `SUN001`.
    pub fn code(self) -> &'static str {
        match self {
            Rule::RemovedModule => "SUN001",
            Rule::RemovedName => "SUN002",
            Rule::RemovedMethod => "SUN003",
            Rule::UnittestAlias => "SUN004",
            Rule::LegacyImportHook => "SUN005",
            Rule::RemovedEnvVar => "SUN006",
            Rule::RemovedParameter => "SUN007",
            Rule::DeprecatedApi => "SUN008",
        }
    }

    /// The readable name, such as `removed-module`.
    pub fn name(self) -> &'static str {
        match self {
            Rule::RemovedModule => "removed-module",
            Rule::RemovedName => "removed-name",
            Rule::RemovedMethod => "removed-method",
            Rule::UnittestAlias => "unittest-alias",
            Rule::LegacyImportHook => "legacy-import-hook",
            Rule::RemovedEnvVar => "removed-env-var",
            Rule::RemovedParameter => "removed-parameter",
            Rule::DeprecatedApi => "deprecated-api",
        }
    }

    /// What the rule reports, in one line.
    pub fn summary(self) -> &'static str {
        match self {
            Rule::RemovedModule => "an import of a removed standard-library module or package",
            Rule::RemovedName => "a removed function, class, constant, alias or namespace, imported or used as an attribute",
            Rule::RemovedMethod => "a removed method, called or referenced through its class or a known instance",
            Rule::UnittestAlias => "a removed unittest.TestCase alias, such as assertEquals",
            Rule::LegacyImportHook => "a finder or loader that defines only the legacy import-hook methods, which the import system no longer calls",
            Rule::RemovedEnvVar => "a removed environment variable, named in code",
            Rule::RemovedParameter => "a removed keyword parameter, passed in a call",
            Rule::DeprecatedApi => "an API CPython deprecated without a removal date yet (a warning from the version that deprecated it)",
        }
    }

    /// The rule with this code or name.
    pub fn from_code(text: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|rule| rule.code().eq_ignore_ascii_case(text) || rule.name() == text)
    }
}

impl<'de> Deserialize<'de> for Rule {
    /// Reads a rule from its code (`SUN001`) or name (`removed-module`).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Rule::from_code(&text).ok_or_else(|| serde::de::Error::custom(UnknownRule(text)))
    }
}

/// A rule code or name that names no rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownRule(pub String);

impl std::fmt::Display for UnknownRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let known: Vec<_> = Rule::ALL.iter().map(|rule| rule.code()).collect();
        write!(
            f,
            "unknown rule `{}`: expected one of {} (or their names, such as removed-module)",
            self.0,
            known.join(", ")
        )
    }
}

impl std::error::Error for UnknownRule {}

impl std::str::FromStr for Rule {
    type Err = UnknownRule;
    fn from_str(text: &str) -> Result<Self, UnknownRule> {
        Rule::from_code(text).ok_or_else(|| UnknownRule(text.to_string()))
    }
}

/// How serious a finding is for the chosen target version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The use is guarded (by `except ImportError`, a version check, ...) and safe as written.
    Info,
    /// Deprecated in the target, removed in a later version.
    Warning,
    /// Removed in the target or before it.
    Error,
}

impl Severity {
    /// The lowercase name used in text output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A place in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Position {
    /// 1-based line; lines end at `\n` (a `\r\n` pair ends one line).
    pub line: u32,
    /// 1-based column, counted in UTF-16 code units as JavaScript editors count.
    pub column: u32,
    /// 0-based byte offset into the UTF-8 text.
    pub offset: u32,
}

/// A span of source, end exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Range {
    /// Where the span starts.
    pub start: Position,
    /// Just past where the span ends.
    pub end: Position,
}

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
    /// One line saying what is wrong.
    pub message: String,
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
    /// A link to the entry's documentation.
    pub url: String,
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
    message: String,
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
            message: data.message,
            replacement: entry.replacement,
            guard: data.guard,
            range: data.range,
            cell: data.cell,
            file_range: data.file_range,
            url: entry.docs_url(),
            fix: data.fix,
        })
    }
}

impl Finding {
    /// Builds the finding for a use of `entry` found by `rule`.
    pub(crate) fn new(
        entry: &'static Entry,
        rule: Rule,
        severity: Severity,
        guard: Option<String>,
        range: Range,
        fix: Option<Fix>,
    ) -> Self {
        Finding {
            code: rule,
            rule: rule.name(),
            symbol: entry.symbol,
            kind: entry.kind,
            severity,
            deprecated_in: entry.deprecated_in,
            removed_in: entry.removed_in,
            message: message(entry, rule, severity, guard.as_deref()),
            replacement: entry.replacement,
            guard,
            range,
            cell: None,
            file_range: None,
            url: entry.docs_url(),
            fix,
        }
    }
}

fn message(entry: &Entry, rule: Rule, severity: Severity, guard: Option<&str>) -> String {
    let what = match rule {
        Rule::RemovedModule => format!("{} `{}`", entry.kind.noun(), entry.symbol),
        _ => format!("`{}`", entry.symbol),
    };
    let when = match (severity, entry.deprecated_in, entry.removed_in) {
        (_, Some(deprecated), None) => {
            format!("is deprecated since Python {deprecated}; no removal date yet")
        }
        (_, None, None) => "is deprecated; no removal date yet".to_string(),
        (Severity::Warning, Some(deprecated), Some(removed)) => {
            format!("is deprecated since Python {deprecated} and removed in Python {removed}")
        }
        (_, _, Some(removed)) => format!("was removed in Python {removed}"),
    };
    let consequence = match (rule, entry.detection) {
        (Rule::LegacyImportHook, _) => {
            format!(": the import system no longer calls `{}()`", entry.name())
        }
        (_, Detection::UncalledMethod { .. }) => {
            let class = entry.symbol.rsplit_once('.').map_or(entry.symbol, |(class, _)| class);
            format!(": `{class}` no longer calls `{}()`", entry.name())
        }
        _ => String::new(),
    };
    match guard {
        Some(guard) => format!("{what} {when}{consequence} (guarded by {guard})"),
        None => format!("{what} {when}{consequence}"),
    }
}
