//! The rules, each with a stable code, and how serious a finding is: a leaf module that every
//! layer may name.

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
}

impl Rule {
    /// Every rule, in code order.
    pub const ALL: [Rule; 7] = [
        Rule::RemovedModule,
        Rule::RemovedName,
        Rule::RemovedMethod,
        Rule::UnittestAlias,
        Rule::LegacyImportHook,
        Rule::RemovedEnvVar,
        Rule::RemovedParameter,
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
