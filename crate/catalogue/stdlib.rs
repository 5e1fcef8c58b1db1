//! What the rules need to know about the rest of the standard library to follow names:
//! private module paths that re-export public names, class hierarchies, and what calls return.

/// Private or implementation module paths and the public path their names are known by.
///
/// Ex) `from unittest.case import TestCase` is `unittest.TestCase`.
pub static CANONICAL_MODULES: &[(&str, &str)] = &[
    ("importlib._abc", "importlib.abc"),
    ("importlib._bootstrap", "importlib.machinery"),
    ("importlib._bootstrap_external", "importlib.machinery"),
    ("pathlib._local", "pathlib"),
    ("sqlite3.dbapi2", "sqlite3"),
    ("unittest.async_case", "unittest"),
    ("unittest.case", "unittest"),
];

/// Standard-library classes and one of their bases, where a removed member is inherited.
///
/// Ex) `PosixPath(p).link_to(t)` is `pathlib.Path.link_to`.
pub static CLASS_BASES: &[(&str, &str)] = &[
    ("asyncio.DefaultEventLoopPolicy", "asyncio.AbstractEventLoopPolicy"),
    ("configparser.ConfigParser", "configparser.RawConfigParser"),
    ("configparser.SafeConfigParser", "configparser.ConfigParser"),
    ("http.cookies.SimpleCookie", "http.cookies.BaseCookie"),
    ("importlib.abc.ExecutionLoader", "importlib.abc.InspectLoader"),
    ("importlib.abc.FileLoader", "importlib.abc.ResourceLoader"),
    ("importlib.abc.InspectLoader", "importlib.abc.Loader"),
    ("importlib.abc.ResourceLoader", "importlib.abc.Loader"),
    ("importlib.abc.SourceLoader", "importlib.abc.ResourceLoader"),
    ("importlib.machinery.ExtensionFileLoader", "importlib.abc.ExecutionLoader"),
    ("importlib.machinery.SourceFileLoader", "importlib.abc.SourceLoader"),
    ("importlib.machinery.SourcelessFileLoader", "importlib.abc.FileLoader"),
    ("pathlib.PosixPath", "pathlib.Path"),
    ("pathlib.PurePosixPath", "pathlib.PurePath"),
    ("pathlib.PureWindowsPath", "pathlib.PurePath"),
    ("pathlib.WindowsPath", "pathlib.Path"),
    ("smtplib.LMTP", "smtplib.SMTP"),
    ("smtplib.SMTP_SSL", "smtplib.SMTP"),
    ("turtle.Pen", "turtle.RawTurtle"),
    ("turtle.RawPen", "turtle.RawTurtle"),
    ("turtle.Turtle", "turtle.RawTurtle"),
    ("unittest.FunctionTestCase", "unittest.TestCase"),
    ("unittest.IsolatedAsyncioTestCase", "unittest.TestCase"),
];

/// The bases of a standard-library class, as listed in [`CLASS_BASES`].
pub fn bases_of(class: &str) -> impl Iterator<Item = &'static str> + '_ {
    CLASS_BASES.iter().filter(move |(derived, _)| *derived == class).map(|(_, base)| *base)
}

/// What an expression of the standard library evaluates to, where the rules need it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Produces {
    /// An instance of the named class.
    Instance(&'static str),
    /// A list (or mapping) whose items are instances of the named class.
    ItemsOf(&'static str),
}

/// Calls, attributes and operators whose result has a known class.
///
/// A name ending in `()` is a call; any other name is an attribute read. `__truediv__` stands for
/// the `/` operator; `sys.path_hooks[]` names the items of `sys.path_hooks` (callables that make
/// path entry finders).
pub static PRODUCES: &[(&str, Produces)] = &[
    ("asyncio.get_event_loop_policy()", Produces::Instance("asyncio.AbstractEventLoopPolicy")),
    ("gzip.open()", Produces::Instance("gzip.GzipFile")),
    ("pathlib.Path()", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.__truediv__", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.absolute()", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.cwd()", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.expanduser()", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.home()", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.joinpath()", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.parent", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.readlink()", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.relative_to()", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.resolve()", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.with_name()", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.with_stem()", Produces::Instance("pathlib.Path")),
    ("pathlib.Path.with_suffix()", Produces::Instance("pathlib.Path")),
    ("pathlib.PosixPath()", Produces::Instance("pathlib.PosixPath")),
    ("pathlib.WindowsPath()", Produces::Instance("pathlib.WindowsPath")),
    ("pkgutil.get_importer()", Produces::Instance("importlib.abc.PathEntryFinder")),
    ("sys.meta_path", Produces::ItemsOf("importlib.abc.MetaPathFinder")),
    ("sys.path_hooks", Produces::ItemsOf("sys.path_hooks[]")),
    ("sys.path_hooks[]()", Produces::Instance("importlib.abc.PathEntryFinder")),
    ("sys.path_importer_cache", Produces::ItemsOf("importlib.abc.PathEntryFinder")),
    ("unittest.defaultTestLoader", Produces::Instance("unittest.TestLoader")),
    ("unittest.main()", Produces::Instance("unittest.TestProgram")),
    ("wave.open()", Produces::Instance("wave.Wave_read")),
    ("zipimport.zipimporter()", Produces::Instance("zipimport.zipimporter")),
];

/// What the expression named `key` (in the notation of [`PRODUCES`]) evaluates to.
pub fn produces(key: &str) -> Option<Produces> {
    PRODUCES.iter().find(|(name, _)| *name == key).map(|(_, produced)| *produced)
}

/// Rewrites a dotted path through [`CANONICAL_MODULES`]: `unittest.case.TestCase` becomes
/// `unittest.TestCase`. Paths that need no rewrite come back unchanged.
pub fn canonical_path(path: &str) -> std::borrow::Cow<'_, str> {
    let best = CANONICAL_MODULES
        .iter()
        .filter(|(private, _)| {
            path.strip_prefix(private).is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
        .max_by_key(|(private, _)| private.len());
    match best {
        Some((private, public)) => format!("{public}{}", &path[private.len()..]).into(),
        None => path.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for pair in CANONICAL_MODULES.windows(2) {
            assert!(pair[0].0 < pair[1].0);
        }
        for pair in CLASS_BASES.windows(2) {
            assert!(pair[0] < pair[1]);
        }
        for pair in PRODUCES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{}", pair[1].0);
        }
    }

    #[test]
    fn canonical_paths() {
        assert_eq!(canonical_path("unittest.case.TestCase"), "unittest.TestCase");
        assert_eq!(canonical_path("unittest.case"), "unittest");
        assert_eq!(canonical_path("unittest.cases"), "unittest.cases");
        assert_eq!(
            canonical_path("importlib._bootstrap_external.PathFinder"),
            "importlib.machinery.PathFinder"
        );
        assert_eq!(canonical_path("os.path"), "os.path");
    }
}
