//! Removals that source code does not show: behaviour changes, command-line options, values the
//! interpreter sets. The engine cannot find their uses; the documentation lists them, each with
//! what changed, what to do, and why pysunset cannot see it.

use crate::version::PythonVersion;

/// A removal pysunset documents but cannot detect.
#[derive(Clone, Copy, Debug)]
pub struct Behaviour {
    /// What changed, named as the CPython documentation names it.
    pub name: &'static str,
    /// The module (or `python` for the interpreter itself) whose documentation page lists it.
    pub module: &'static str,
    /// The release that deprecated it, where one did.
    pub deprecated_in: Option<PythonVersion>,
    /// The release that removed it, or is scheduled to.
    pub removed_in: PythonVersion,
    /// What the change means for a program, in one line.
    pub what: &'static str,
    /// What to do instead.
    pub instead: &'static str,
    /// Why a static reading of the source cannot find it.
    pub not_detectable: &'static str,
}

/// Every documented removal that is not detectable, sorted by `module` then `name`.
pub static BEHAVIOURS: &[Behaviour] = &[];
