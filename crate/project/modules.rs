//! Which module each file of a run is: its dotted name, from the packages (directories holding
//! an `__init__.py` of the run) it sits in, and what a `from ... import` of it names.

use std::collections::{HashMap, HashSet};

/// Top-level standard-library modules removed before the Pythons [`crate::stdlib::MODULES`]
/// lists. With those and Python 2's, an absolute import of one of them is the standard
/// library's, even where the run holds a file of that name (CPython's own `Lib/`, a script
/// called `email.py`).
const REMOVED_EARLIER: &[&str] = &["binhex", "dummy_threading", "formatter", "macpath", "parser", "symbol"];

/// Whether `module` (a dotted name) is in the standard library: its first name is one of
/// [`crate::stdlib::MODULES`], [`REMOVED_EARLIER`] or of Python 2's.
pub fn is_stdlib(module: &str) -> bool {
    let root = module.split('.').next().unwrap_or(module);
    crate::stdlib::is_stdlib_path(root)
        || REMOVED_EARLIER.contains(&root)
        || crate::stdlib::is_python2_module(root)
}

/// A file of the run as a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Module {
    /// Its dotted name. Ex) `mypkg.compat` for `src/mypkg/compat.py` when `src/mypkg` holds an
    /// `__init__.py` and `src` does not; `mypkg` for `src/mypkg/__init__.py`.
    pub name: String,
    /// The package its relative imports start from: the module's own name for an
    /// `__init__.py`, its parent's otherwise (`None` outside any package).
    pub package: Option<String>,
}

/// The parts of a path, `/` or `\` separated, with `.` left out and `..` applied.
fn parts(path: &str) -> Vec<&str> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    parts.push("..");
                }
            }
            part => parts.push(part),
        }
    }
    parts
}

/// Whether `part` can be a name in a dotted module name.
fn is_identifier(part: &str) -> bool {
    part.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && part.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// The module each path is (`None` for files that are not Python modules: notebooks, env text,
/// names that are not identifiers).
pub fn modules_of(paths: &[String]) -> Vec<Option<Module>> {
    let split: Vec<Vec<&str>> = paths.iter().map(|path| parts(path)).collect();
    // Directories holding an `__init__.py` (or `.pyi`) of the run, as joined parts.
    let packages: HashSet<String> = split
        .iter()
        .filter(|parts| parts.last().is_some_and(|name| matches!(*name, "__init__.py" | "__init__.pyi")))
        .map(|parts| parts[..parts.len() - 1].join("/"))
        .collect();
    split
        .iter()
        .map(|parts| {
            let (file, directories) = parts.split_last()?;
            let stem = file.strip_suffix(".py").or_else(|| file.strip_suffix(".pyi"))?;
            let mut names: Vec<&str> = Vec::new();
            let mut depth = directories.len();
            while depth > 0 && packages.contains(&directories[..depth].join("/")) {
                names.push(directories[depth - 1]);
                depth -= 1;
            }
            names.reverse();
            let is_package = stem == "__init__";
            if !is_package {
                names.push(stem);
            }
            if names.is_empty() || !names.iter().all(|name| is_identifier(name)) {
                return None;
            }
            let name = names.join(".");
            let package = if is_package {
                Some(name.clone())
            } else {
                (names.len() > 1).then(|| names[..names.len() - 1].join("."))
            };
            Some(Module { name, package })
        })
        .collect()
}

/// The run's modules by dotted name (a name two files claim is left out: an import of it is not
/// known to be the run's). Modules named like the standard library's (CPython's own `Lib/`) are
/// in: a relative import reaches them, an absolute one never does (see [`is_stdlib`]).
pub fn by_name(modules: &[Option<Module>]) -> HashMap<String, usize> {
    let mut found: HashMap<String, Option<usize>> = HashMap::new();
    for (index, module) in modules.iter().enumerate() {
        let Some(module) = module else { continue };
        found.entry(module.name.clone()).and_modify(|seen| *seen = None).or_insert(Some(index));
    }
    found.into_iter().filter_map(|(name, index)| Some((name, index?))).collect()
}

/// The absolute name of the module a `from` import names: `level` leading dots and `module`
/// after them, in a file whose package is `package`. `None` for a relative import outside a
/// package or above its top.
pub fn absolute(package: Option<&str>, level: usize, module: &str) -> Option<String> {
    if level == 0 {
        return Some(module.to_string());
    }
    let mut base: Vec<&str> = package?.split('.').collect();
    for _ in 1..level {
        base.pop()?;
    }
    if base.is_empty() {
        return None;
    }
    if !module.is_empty() {
        base.push(module);
    }
    Some(base.join("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_library_is_told_from_the_project() {
        assert!(REMOVED_EARLIER.iter().all(|name| !crate::stdlib::is_stdlib_path(name) && is_stdlib(name)));
        assert!(is_stdlib("configparser") && is_stdlib("os.path") && is_stdlib("ConfigParser"));
        assert!(!is_stdlib("mypkg") && !is_stdlib("test_compat"));
    }

    #[test]
    fn modules_from_paths_and_packages() {
        let paths: Vec<String> = [
            "src/mypkg/__init__.py",
            "src/mypkg/compat.py",
            "src/mypkg/sub/__init__.py",
            "src/mypkg/sub/x.py",
            "src/mypkg/nopkg/y.py",
            "scripts/run.py",
            "./a/../tool.py",
            "notes.ipynb",
            "bad-name.py",
        ]
        .map(String::from)
        .to_vec();
        let modules = modules_of(&paths);
        let name = |index: usize| modules[index].as_ref().map(|m| (m.name.as_str(), m.package.as_deref()));
        assert_eq!(name(0), Some(("mypkg", Some("mypkg"))));
        assert_eq!(name(1), Some(("mypkg.compat", Some("mypkg"))));
        assert_eq!(name(2), Some(("mypkg.sub", Some("mypkg.sub"))));
        assert_eq!(name(3), Some(("mypkg.sub.x", Some("mypkg.sub"))));
        assert_eq!(name(4), Some(("y", None)));
        assert_eq!(name(5), Some(("run", None)));
        assert_eq!(name(6), Some(("tool", None)));
        assert_eq!((name(7), name(8)), (None, None));
    }

    #[test]
    fn relative_imports_resolve_against_the_package() {
        assert_eq!(absolute(Some("a.b"), 1, "compat").as_deref(), Some("a.b.compat"));
        assert_eq!(absolute(Some("a.b"), 2, "compat").as_deref(), Some("a.compat"));
        assert_eq!(absolute(Some("a.b"), 1, "").as_deref(), Some("a.b"));
        assert_eq!(absolute(Some("a"), 2, "x"), None);
        assert_eq!(absolute(None, 1, "x"), None);
        assert_eq!(absolute(None, 0, "x.y").as_deref(), Some("x.y"));
    }

    #[test]
    fn names_two_files_claim_are_left_out() {
        let paths: Vec<String> =
            ["a/compat.py", "b/compat.py", "c/os.py", "c/util.py"].map(String::from).to_vec();
        let names = by_name(&modules_of(&paths));
        assert_eq!(names.get("util"), Some(&3));
        assert!(!names.contains_key("compat"));
        // Named like the standard library's: a relative import reaches it (`absolute` decides).
        assert_eq!(names.get("os"), Some(&2));
    }
}
