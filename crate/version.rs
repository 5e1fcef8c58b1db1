//! Python versions: the target a user migrates to, and the versions the catalogue speaks of.

use serde::{Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A CPython 3.x feature release, such as 3.12.
///
/// Only the minor number is stored: every version the catalogue names is a 3.x release.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PythonVersion {
    /// The minor number: 12 for Python 3.12.
    pub minor: u8,
}

impl PythonVersion {
    /// Python 3.`minor`.
    pub const fn new(minor: u8) -> Self {
        Self { minor }
    }

    /// The default target: the first release that removed the seed list.
    pub const DEFAULT_TARGET: Self = Self::new(12);
    /// The oldest version accepted as a target.
    pub const OLDEST_TARGET: Self = Self::new(12);
    /// The newest version accepted as a target: the last one with scheduled removals.
    pub const NEWEST_TARGET: Self = Self::new(21);

    /// Every version accepted as a target, oldest first.
    pub fn targets() -> impl Iterator<Item = Self> {
        (Self::OLDEST_TARGET.minor..=Self::NEWEST_TARGET.minor).map(Self::new)
    }
}

impl fmt::Display for PythonVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "3.{}", self.minor)
    }
}

impl Serialize for PythonVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Why a target version was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidTarget {
    /// The text the user gave.
    pub given: String,
}

impl fmt::Display for InvalidTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid target version `{}`: expected one of {} (or the form py312)",
            self.given,
            PythonVersion::targets().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")
        )
    }
}

impl std::error::Error for InvalidTarget {}

impl FromStr for PythonVersion {
    type Err = InvalidTarget;

    /// Accepts `3.12`, `py312` and `312`, for versions from 3.12 to 3.21.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidTarget { given: text.to_string() };
        let trimmed = text.trim();
        let digits = trimmed.strip_prefix("python").or_else(|| trimmed.strip_prefix("py")).unwrap_or(trimmed);
        let minor = if let Some(rest) = digits.strip_prefix("3.") {
            rest
        } else if let Some(rest) = digits.strip_prefix('3') {
            rest
        } else {
            return Err(invalid());
        };
        if minor.is_empty() || minor.len() > 2 || !minor.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        let version = Self::new(minor.parse().map_err(|_| invalid())?);
        if version < Self::OLDEST_TARGET || version > Self::NEWEST_TARGET {
            return Err(invalid());
        }
        Ok(version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_accepted_spellings() {
        for text in ["3.12", "py312", "312", " 3.12 ", "python3.12"] {
            assert_eq!(text.parse(), Ok(PythonVersion::new(12)), "{text}");
        }
        assert_eq!("3.21".parse(), Ok(PythonVersion::new(21)));
    }

    #[test]
    fn rejects_what_is_out_of_range_or_malformed() {
        for text in ["3.11", "3.22", "2.7", "4.0", "", "3.", "3.1x", "py3", "3.012"] {
            let error = text.parse::<PythonVersion>().unwrap_err();
            assert!(error.to_string().contains("3.12, 3.13"), "{error}");
        }
    }

    #[test]
    fn displays_and_orders() {
        assert_eq!(PythonVersion::new(13).to_string(), "3.13");
        assert!(PythonVersion::new(9) < PythonVersion::new(12));
    }
}
