//! Which module each file of a run is: its dotted name, from the packages (directories holding
//! an `__init__.py` of the run) it sits in, where it lies, and which module an import names
//! ([`Modules`]: relative imports by directory, absolute ones by name).

use crate::hash::{HashMap, HashSet};

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
    /// Where it lies: its path's parts, `/`-joined, without the extension and without a
    /// package's `/__init__` (`src/mypkg/compat`, `src/mypkg`): what a relative import names.
    pub key: String,
    /// The directory its top-level package (or the module itself, outside any package) lies
    /// in, as `/`-joined parts (`src`): the entry of `sys.path` an absolute import of it is
    /// found through.
    pub root: String,
}

impl Module {
    /// Whether it is a package's `__init__`.
    pub fn is_package(&self) -> bool {
        self.package.as_deref() == Some(self.name.as_str())
    }

    /// The directory its relative imports start from (`from . import x`), as `/`-joined parts.
    fn directory(&self) -> &str {
        if self.is_package() {
            return &self.key;
        }
        self.key.rsplit_once('/').map_or("", |(directory, _)| directory)
    }
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
            let mut key = directories.join("/");
            if !is_package {
                if !key.is_empty() {
                    key.push('/');
                }
                key.push_str(stem);
            }
            Some(Module { name, package, key, root: directories[..depth].join("/") })
        })
        .collect()
}

/// The modules of a run, found by what imports name: by where they lie (relative imports,
/// resolved by directory, as Python 3 does also in a directory without an `__init__.py`: a
/// namespace package) and by dotted name (absolute imports, from the importing file's own
/// root first).
#[derive(Debug, Default)]
pub struct Modules {
    modules: Vec<Option<Module>>,
    /// By [`Module::key`] (`None`: two files lie there, `x.py` and `x.pyi`).
    by_key: HashMap<String, Option<usize>>,
    /// By dotted name, every module that has it (one in each root that holds it).
    by_name: HashMap<String, Vec<usize>>,
    /// The first names of the modules (`mypkg` for `mypkg.compat`).
    first_names: HashSet<String>,
}

impl Modules {
    /// The modules of the run's files, by path (`/` or `\` separated, as given), in order.
    pub fn new(paths: &[String]) -> Self {
        let modules = modules_of(paths);
        let mut by_key: HashMap<String, Option<usize>> = HashMap::default();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::default();
        for (index, module) in modules.iter().enumerate() {
            let Some(module) = module else { continue };
            by_key.entry(module.key.clone()).and_modify(|seen| *seen = None).or_insert(Some(index));
            by_name.entry(module.name.clone()).or_default().push(index);
        }
        // Two files at one key (`x.py` and `x.pyi`): an import of it is not known to be either.
        let unique =
            |index: &usize| modules[*index].as_ref().is_some_and(|module| by_key[&module.key].is_some());
        for found in by_name.values_mut() {
            found.retain(unique);
        }
        by_name.retain(|_, found| !found.is_empty());
        let first_names =
            by_name.keys().map(|name| name.split('.').next().unwrap_or_default().to_string()).collect();
        Modules { modules, by_key, by_name, first_names }
    }

    /// How many files the run has (modules or not).
    pub fn files(&self) -> usize {
        self.modules.len()
    }

    /// Whether a module of the run has the first name `name` (`mypkg` of `mypkg.compat`).
    pub fn has_first_name(&self, name: &str) -> bool {
        self.first_names.contains(name)
    }

    /// File `index` as a module (`None`: not a Python module).
    pub fn get(&self, index: usize) -> Option<&Module> {
        self.modules.get(index)?.as_ref()
    }

    /// How many of the run's files are modules.
    pub fn count(&self) -> usize {
        self.modules.iter().flatten().count()
    }

    /// The dotted names of the run's modules, each once.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.by_name.keys().map(String::as_str)
    }

    /// The module that lies at `key` (see [`Module::key`]), if one file does.
    pub fn at_key(&self, key: &str) -> Option<usize> {
        *self.by_key.get(key)?
    }

    /// The key a relative import of file `from` names: `level` leading dots and `module` after
    /// them (`from ..compat import x`), from the file's own directory up. `None` when the
    /// file is no module, or the dots climb above its path's first directory.
    pub fn relative(&self, from: usize, level: usize, module: &str) -> Option<String> {
        let mut base = self.get(from)?.directory();
        for _ in 1..level {
            base = match base.rsplit_once('/') {
                Some((parent, _)) => parent,
                None if !base.is_empty() => "",
                None => return None,
            };
        }
        let mut key = base.to_string();
        for part in module.split('.').filter(|part| !part.is_empty()) {
            if !key.is_empty() {
                key.push('/');
            }
            key.push_str(part);
        }
        Some(key)
    }

    /// The module named `name` in a package or namespace package that lies at `key` (its
    /// submodule `from pkg import name` imports), if the run holds it. A module that is no
    /// package has none.
    pub fn submodule(&self, key: &str, name: &str) -> Option<usize> {
        let found = self.at_key(&format!("{key}/{name}"))?;
        let plain_module =
            self.at_key(key).and_then(|index| self.get(index)).is_some_and(|module| !module.is_package());
        (!plain_module).then_some(found)
    }

    /// The module an absolute import of `name` in file `from` reaches: the one in the file's
    /// own root, else the run's only module of that name. `None` when no module of the run
    /// has it, or several do in other roots (which one is meant depends on `sys.path`).
    pub fn absolute(&self, from: usize, name: &str) -> Option<usize> {
        let found = self.by_name.get(name)?;
        if let [only] = found.as_slice() {
            return Some(*only);
        }
        let root = &self.get(from)?.root;
        found.iter().copied().find(|&index| self.get(index).is_some_and(|module| module.root == *root))
    }
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
    fn keys_and_roots() {
        let paths: Vec<String> = ["src/mypkg/__init__.py", "src/mypkg/compat.py", "scripts/run.py", "top.py"]
            .map(String::from)
            .to_vec();
        let modules = modules_of(&paths);
        let shown =
            |index: usize| modules[index].as_ref().map(|m| (m.key.as_str(), m.root.as_str(), m.directory()));
        assert_eq!(shown(0), Some(("src/mypkg", "src", "src/mypkg")));
        assert_eq!(shown(1), Some(("src/mypkg/compat", "src", "src/mypkg")));
        assert_eq!(shown(2), Some(("scripts/run", "scripts", "scripts")));
        assert_eq!(shown(3), Some(("top", "", "")));
    }

    #[test]
    fn relative_imports_resolve_by_directory() {
        let paths: Vec<String> = [
            "a/b/__init__.py",
            "a/b/use.py",
            "a/b/compat.py",
            "ns/data/use.py",
            "ns/data/compat.py",
            "ns/data/sub/x.py",
            "ns/data/mod.py",
            "ns/data/mod/inner.py",
        ]
        .map(String::from)
        .to_vec();
        let modules = Modules::new(&paths);
        assert_eq!(modules.relative(1, 1, "compat").as_deref(), Some("a/b/compat"));
        assert_eq!(modules.relative(0, 1, "compat").as_deref(), Some("a/b/compat"));
        assert_eq!(modules.relative(1, 2, "x.y").as_deref(), Some("a/x/y"));
        assert_eq!(modules.relative(1, 1, "").as_deref(), Some("a/b"));
        assert_eq!(modules.relative(1, 3, "top").as_deref(), Some("top"));
        assert_eq!(modules.relative(1, 4, "x"), None);
        // A namespace package: no `__init__.py`, the directory still holds the module.
        assert_eq!(modules.relative(3, 1, "compat").and_then(|key| modules.at_key(&key)), Some(4));
        assert_eq!(modules.relative(5, 2, "compat").and_then(|key| modules.at_key(&key)), Some(4));
        assert_eq!(modules.submodule("ns/data", "compat"), Some(4));
        assert_eq!(modules.submodule("a/b", "compat"), Some(2));
        assert_eq!(modules.submodule("a/b", "use"), Some(1));
        // `mod.py` is a module, not a package: `mod/inner.py` is none of its submodules.
        assert_eq!(modules.submodule("ns/data/mod", "inner"), None);
        assert_eq!(modules.relative(3, 1, "mod.inner").and_then(|key| modules.at_key(&key)), Some(7));
    }

    #[test]
    fn absolute_imports_prefer_the_file_s_own_root() {
        let paths: Vec<String> = [
            "a/compat.py",
            "b/compat.py",
            "a/run.py",
            "b/run.py",
            "c/run.py",
            "c/util.py",
            "a/x.py",
            "a/x.pyi",
        ]
        .map(String::from)
        .to_vec();
        let modules = Modules::new(&paths);
        assert_eq!(modules.absolute(2, "compat"), Some(0));
        assert_eq!(modules.absolute(3, "compat"), Some(1));
        // Neither is in c's root: which one is meant is not known.
        assert_eq!(modules.absolute(4, "compat"), None);
        // The run's only module of that name, wherever it lies.
        assert_eq!(modules.absolute(2, "util"), Some(5));
        assert_eq!(modules.absolute(2, "missing"), None);
        // Two files at one key: neither.
        assert_eq!((modules.at_key("a/x"), modules.absolute(6, "x")), (None, None));
        assert_eq!(modules.count(), 8);
    }
}
