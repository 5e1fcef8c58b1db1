//! pysunset finds Python code that uses standard-library APIs removed from CPython (3.12 and
//! later), and says what to use instead.
//!
//! The core is pure Rust: [`check`] takes source text and [`Options`] and returns
//! [`Finding`]s. The command-line interface (`crate/cli`) and the WebAssembly bindings
//! (`crate/wasm.rs`) are thin layers over it.
//!
//! ```
//! let findings = pysunset::check("import asyncore\n", &pysunset::Options::default()).unwrap();
//! assert_eq!(findings[0].symbol, "asyncore");
//! assert_eq!(findings[0].removed_in.to_string(), "3.12");
//! ```

pub mod catalogue;
mod checker;
pub mod finding;
pub mod lines;
pub mod prefilter;
mod rules;
pub mod semantic;
pub mod suppression;
pub mod syntax;
pub mod version;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use catalogue::{ApiKind, Entry};
pub use finding::{Finding, Position, Range, Rule, Severity};
pub use version::{InvalidTarget, PythonVersion};

use std::fmt;

/// The largest source text checked, in bytes. Larger inputs get [`CheckError::TooLarge`].
pub const MAX_SOURCE_BYTES: usize = 64 * 1024 * 1024;

/// How to check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// The Python version the code is moving to: APIs removed by then are errors, APIs
    /// deprecated by then and removed later are warnings.
    pub target: PythonVersion,
}

impl Default for Options {
    fn default() -> Self {
        Self { target: PythonVersion::DEFAULT_TARGET }
    }
}

/// Why a source text could not be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckError {
    /// The text is larger than [`MAX_SOURCE_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The text contains NUL characters, which Python source never does: it is binary data.
    Binary,
    /// The parser gave up on the text.
    Unparsable,
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::TooLarge { bytes } => write!(
                f,
                "the file is too large to check ({:.1} MiB; the limit is {} MiB)",
                *bytes as f64 / (1024.0 * 1024.0),
                MAX_SOURCE_BYTES / (1024 * 1024)
            ),
            CheckError::Binary => write!(f, "the file contains NUL bytes: it is binary, not Python source"),
            CheckError::Unparsable => write!(f, "the parser gave up on the file"),
        }
    }
}

impl std::error::Error for CheckError {}

/// Checks one Python source text and returns its findings in source order.
pub fn check(source: &str, options: &Options) -> Result<Vec<Finding>, CheckError> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(CheckError::TooLarge { bytes: source.len() });
    }
    if source.as_bytes().contains(&0) {
        return Err(CheckError::Binary);
    }
    if !prefilter::may_contain_findings(source) {
        return Ok(Vec::new());
    }
    let tree = syntax::parse(source).ok_or(CheckError::Unparsable)?;
    let root = tree.root_node();
    let model = semantic::SemanticModel::build(root, source);
    Ok(checker::Checker::run(root, &model, options.target))
}
