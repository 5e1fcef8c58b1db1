//! The rows of the catalogue, sorted by symbol (a test checks the order).
//!
//! Facts (versions, replacements) were taken from `shared/removals.json`, which was checked
//! against real interpreters; `tests/interpreters.rs` checks this table against them again.

use super::{ApiKind, Detection, Entry};
use crate::version::PythonVersion;

const fn v(minor: u8) -> PythonVersion {
    PythonVersion::new(minor)
}

const FIND_SPEC: &str = "define find_spec(fullname, path, target=None) returning importlib.util.spec_from_loader(...); the import system ignores find_module since 3.12";
const FIND_SPEC_WHY: &str =
    "PEP 451 module specs replaced the finder protocol of PEP 302; 3.12 stopped falling back to it";
const MODULE_REPR: &str = "nothing: module reprs come from the module's __spec__; delete the method";
const MODULE_REPR_WHY: &str =
    "module reprs are built from __spec__ since 3.4; the loader hook is no longer called";

macro_rules! legacy_hook {
    ($symbol:literal, $replacement:expr, $why:expr) => {
        Entry {
            symbol: $symbol,
            kind: ApiKind::Method,
            deprecated_in: Some(v(4)),
            removed_in: v(12),
            replacement: $replacement,
            why: $why,
            detection: Detection::Method,
            also_known_as: &[],
        }
    };
}

macro_rules! unittest_alias {
    ($symbol:literal, $deprecated:expr, $replacement:literal) => {
        Entry {
            symbol: $symbol,
            kind: ApiKind::Alias,
            deprecated_in: Some(v($deprecated)),
            removed_in: v(12),
            replacement: $replacement,
            why: "a second spelling of an assertion; the aliases were deprecated since Python 3.1/3.2",
            detection: Detection::TestCaseAlias,
            also_known_as: &[],
        }
    };
}

/// Every entry of the catalogue.
pub static ENTRIES: &[Entry] = &[
    Entry {
        symbol: "PYTHONTHREADDEBUG",
        kind: ApiKind::EnvVar,
        deprecated_in: Some(v(10)),
        removed_in: v(12),
        replacement: "nothing: the variable is ignored; use a debugger or faulthandler to inspect threads",
        why: "the threading debug output only ever worked on debug builds",
        detection: Detection::EnvVar,
        also_known_as: &[],
    },
    Entry {
        symbol: "asynchat",
        kind: ApiKind::Module,
        deprecated_in: Some(v(6)),
        removed_in: v(12),
        replacement: "asyncio streams (asyncio.start_server, StreamReader); PyPI copy: pyasynchat",
        why: "PEP 594: superseded by asyncio",
        detection: Detection::Import,
        also_known_as: &[],
    },
    Entry {
        symbol: "asyncore",
        kind: ApiKind::Module,
        deprecated_in: Some(v(6)),
        removed_in: v(12),
        replacement: "asyncio (protocols and transports, or streams); PyPI copy: pyasyncore",
        why: "PEP 594: superseded by asyncio",
        detection: Detection::Import,
        also_known_as: &[],
    },
    Entry {
        symbol: "cgi.log",
        kind: ApiKind::Function,
        deprecated_in: Some(v(10)),
        removed_in: v(13),
        replacement: "the logging module",
        why: "an undocumented logging helper of the cgi module, which PEP 594 removed in 3.13",
        detection: Detection::Name,
        also_known_as: &[],
    },
    Entry {
        symbol: "distutils",
        kind: ApiKind::Package,
        deprecated_in: Some(v(10)),
        removed_in: v(12),
        replacement: "setuptools (setup, Extension, commands), packaging (versions), sysconfig, shutil, subprocess: see PEP 632",
        why: "PEP 632: setuptools and packaging replaced it as the way to build and install packages",
        detection: Detection::Import,
        also_known_as: &[],
    },
    Entry {
        symbol: "imp",
        kind: ApiKind::Module,
        deprecated_in: Some(v(4)),
        removed_in: v(12),
        replacement: "importlib: importlib.reload, importlib.util.find_spec, importlib.util.spec_from_file_location, importlib.util.module_from_spec",
        why: "superseded by importlib since Python 3.4",
        detection: Detection::Import,
        also_known_as: &[],
    },
    legacy_hook!("importlib.abc.Loader.module_repr", MODULE_REPR, MODULE_REPR_WHY),
    legacy_hook!("importlib.abc.MetaPathFinder.find_module", FIND_SPEC, FIND_SPEC_WHY),
    legacy_hook!("importlib.abc.PathEntryFinder.find_loader", FIND_SPEC, FIND_SPEC_WHY),
    legacy_hook!("importlib.abc.PathEntryFinder.find_module", FIND_SPEC, FIND_SPEC_WHY),
    Entry {
        symbol: "importlib.find_loader",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: v(12),
        replacement: "importlib.util.find_spec(name) (the loader is spec.loader)",
        why: "PEP 451 module specs replaced loaders as the result of a module search",
        detection: Detection::Name,
        also_known_as: &[],
    },
    legacy_hook!("importlib.machinery.BuiltinImporter.find_module", "importlib.machinery.BuiltinImporter.find_spec(name)", FIND_SPEC_WHY),
    legacy_hook!("importlib.machinery.BuiltinImporter.module_repr", MODULE_REPR, MODULE_REPR_WHY),
    legacy_hook!("importlib.machinery.FileFinder.find_loader", "FileFinder.find_spec(name) (the loader is spec.loader)", FIND_SPEC_WHY),
    legacy_hook!("importlib.machinery.FileFinder.find_module", "FileFinder.find_spec(name)", FIND_SPEC_WHY),
    legacy_hook!("importlib.machinery.FrozenImporter.find_module", "importlib.machinery.FrozenImporter.find_spec(name)", FIND_SPEC_WHY),
    legacy_hook!("importlib.machinery.FrozenImporter.module_repr", MODULE_REPR, MODULE_REPR_WHY),
    legacy_hook!("importlib.machinery.PathFinder.find_module", "importlib.machinery.PathFinder.find_spec(name, path)", FIND_SPEC_WHY),
    legacy_hook!("importlib.machinery.WindowsRegistryFinder.find_module", "importlib.machinery.WindowsRegistryFinder.find_spec(name, path)", FIND_SPEC_WHY),
    Entry {
        symbol: "importlib.util.module_for_loader",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: v(12),
        replacement: "implement Loader.exec_module(module); the import system creates the module and handles sys.modules",
        why: "a helper for load_module(), which PEP 451's exec_module() replaced",
        detection: Detection::Name,
        also_known_as: &[],
    },
    Entry {
        symbol: "importlib.util.set_loader",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: v(12),
        replacement: "nothing: the import system sets __loader__ (from the module's spec)",
        why: "a helper for load_module(), which PEP 451's exec_module() replaced",
        detection: Detection::Name,
        also_known_as: &["importlib.util.set_loader_wrapper"],
    },
    Entry {
        symbol: "importlib.util.set_package",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: v(12),
        replacement: "nothing: the import system sets __package__ (from the module's spec)",
        why: "a helper for load_module(), which PEP 451's exec_module() replaced",
        detection: Detection::Name,
        also_known_as: &["importlib.util.set_package_wrapper"],
    },
    Entry {
        symbol: "pathlib.Path.link_to",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: v(12),
        replacement: "Path(target).hardlink_to(path): the new method is called on the link to create, so the arguments swap",
        why: "its argument order read backwards (a.link_to(b) made b a link to a); hardlink_to() fixed that in 3.10",
        detection: Detection::Method,
        also_known_as: &[],
    },
    Entry {
        symbol: "pkgutil.ImpImporter",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: v(12),
        replacement: "importlib.machinery.FileFinder, or importlib.util.find_spec() to locate a module",
        why: "a wrapper around the imp module's finder, which importlib replaced",
        detection: Detection::Name,
        also_known_as: &[],
    },
    Entry {
        symbol: "pkgutil.ImpLoader",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: v(12),
        replacement: "importlib.machinery.SourceFileLoader (or the loader of importlib.util.find_spec(name))",
        why: "a wrapper around the imp module's loader, which importlib replaced",
        detection: Detection::Name,
        also_known_as: &[],
    },
    Entry {
        symbol: "sqlite3.OptimizedUnicode",
        kind: ApiKind::Alias,
        deprecated_in: Some(v(10)),
        removed_in: v(12),
        replacement: "str (the default text_factory)",
        why: "an alias of str since Python 3.3",
        detection: Detection::Name,
        also_known_as: &[],
    },
    Entry {
        symbol: "sqlite3.enable_shared_cache",
        kind: ApiKind::Function,
        deprecated_in: Some(v(10)),
        removed_in: v(12),
        replacement: "open the database with a URI and cache=shared: sqlite3.connect(\"file:db?cache=shared\", uri=True)",
        why: "SQLite discourages the shared cache, and the process-wide switch is gone from its API",
        detection: Detection::Name,
        also_known_as: &[],
    },
    Entry {
        symbol: "typing.io",
        kind: ApiKind::Namespace,
        deprecated_in: Some(v(8)),
        removed_in: v(13),
        replacement: "import IO, TextIO and BinaryIO from typing itself",
        why: "a pseudo-module that type checkers never supported",
        detection: Detection::Name,
        also_known_as: &[],
    },
    Entry {
        symbol: "typing.re",
        kind: ApiKind::Namespace,
        deprecated_in: Some(v(8)),
        removed_in: v(13),
        replacement: "import Pattern and Match from typing itself, or use re.Pattern and re.Match",
        why: "a pseudo-module that type checkers never supported",
        detection: Detection::Name,
        also_known_as: &[],
    },
    unittest_alias!("unittest.TestCase.assertAlmostEquals", 2, "self.assertAlmostEqual"),
    unittest_alias!("unittest.TestCase.assertEquals", 2, "self.assertEqual"),
    unittest_alias!("unittest.TestCase.assertNotAlmostEquals", 2, "self.assertNotAlmostEqual"),
    unittest_alias!("unittest.TestCase.assertNotEquals", 2, "self.assertNotEqual"),
    unittest_alias!("unittest.TestCase.assertNotRegexpMatches", 5, "self.assertNotRegex"),
    unittest_alias!("unittest.TestCase.assertRaisesRegexp", 2, "self.assertRaisesRegex"),
    unittest_alias!("unittest.TestCase.assertRegexpMatches", 2, "self.assertRegex"),
    unittest_alias!("unittest.TestCase.assert_", 2, "self.assertTrue"),
    unittest_alias!("unittest.TestCase.failIf", 1, "self.assertFalse"),
    unittest_alias!("unittest.TestCase.failIfAlmostEqual", 1, "self.assertNotAlmostEqual"),
    unittest_alias!("unittest.TestCase.failIfEqual", 1, "self.assertNotEqual"),
    unittest_alias!("unittest.TestCase.failUnless", 1, "self.assertTrue"),
    unittest_alias!("unittest.TestCase.failUnlessAlmostEqual", 1, "self.assertAlmostEqual"),
    unittest_alias!("unittest.TestCase.failUnlessEqual", 1, "self.assertEqual"),
    unittest_alias!("unittest.TestCase.failUnlessRaises", 1, "self.assertRaises"),
];
