//! The rows of APIs CPython removed in 3.3 to 3.11 (`shared/removals-before-3.12.json`), sorted
//! by symbol. At every target they are errors.

use super::Entry;

/// The rows, sorted by symbol.
pub(super) static ROWS: &[Entry] = &[];
