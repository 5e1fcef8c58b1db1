//! The `imp` rows of the catalogue (the page `docs/imp.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "imp",
        kind: ApiKind::Module,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib: importlib.reload, importlib.util.find_spec, importlib.util.spec_from_file_location, importlib.util.module_from_spec",
        why: "superseded by importlib since Python 3.4",
        detection: Detection::Import,
        fix: auto(Recipe::MigratedModule, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import imp

imp.reload(config)
"#,
        after: r#"import importlib

importlib.reload(config)
"#,
    },
    Entry {
        symbol: "imp.C_BUILTIN",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name): the spec's loader and origin say what kind of module it is",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

if kind == imp.C_BUILTIN:
    print("built in")
"#,
        after: r#"import sys

if "posix" in sys.builtin_module_names:
    print("built in")
"#,
    },
    Entry {
        symbol: "imp.C_EXTENSION",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name): the spec's loader and origin say what kind of module it is",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

if kind == imp.C_EXTENSION:
    print("extension")
"#,
        after: r#"import importlib.machinery

if isinstance(spec.loader, importlib.machinery.ExtensionFileLoader):
    print("extension")
"#,
    },
    Entry {
        symbol: "imp.IMP_HOOK",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name): the spec's loader and origin say what kind of module it is",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

if kind == imp.IMP_HOOK:
    print("hook")
"#,
        after: r#"import importlib.util

spec = importlib.util.find_spec("json")
"#,
    },
    Entry {
        symbol: "imp.NullImporter",
        kind: ApiKind::Class,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "store None in sys.path_importer_cache for the path entry",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

sys.path_importer_cache["/nowhere"] = imp.NullImporter("/nowhere")
"#,
        after: r#"import sys

sys.path_importer_cache["/nowhere"] = None
"#,
    },
    Entry {
        symbol: "imp.PKG_DIRECTORY",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name): the spec's loader and origin say what kind of module it is",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

if kind == imp.PKG_DIRECTORY:
    print("package")
"#,
        after: r#"import importlib.util

if importlib.util.find_spec("json").submodule_search_locations is not None:
    print("package")
"#,
    },
    Entry {
        symbol: "imp.PY_CODERESOURCE",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name): the spec's loader and origin say what kind of module it is",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

if kind == imp.PY_CODERESOURCE:
    print("resource")
"#,
        after: r#"import importlib.util

spec = importlib.util.find_spec("json")
"#,
    },
    Entry {
        symbol: "imp.PY_COMPILED",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name): the spec's loader and origin say what kind of module it is",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

if kind == imp.PY_COMPILED:
    print("bytecode")
"#,
        after: r#"import importlib.machinery

if spec.origin.endswith(tuple(importlib.machinery.BYTECODE_SUFFIXES)):
    print("bytecode")
"#,
    },
    Entry {
        symbol: "imp.PY_FROZEN",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name): the spec's loader and origin say what kind of module it is",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

if kind == imp.PY_FROZEN:
    print("frozen")
"#,
        after: r#"if spec.origin == "frozen":
    print("frozen")
"#,
    },
    Entry {
        symbol: "imp.PY_RESOURCE",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name): the spec's loader and origin say what kind of module it is",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

if kind == imp.PY_RESOURCE:
    print("resource")
"#,
        after: r#"import importlib.util

spec = importlib.util.find_spec("json")
"#,
    },
    Entry {
        symbol: "imp.PY_SOURCE",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name): the spec's loader and origin say what kind of module it is",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

if kind == imp.PY_SOURCE:
    print("source")
"#,
        after: r#"import importlib.machinery

if spec.origin.endswith(tuple(importlib.machinery.SOURCE_SUFFIXES)):
    print("source")
"#,
    },
    Entry {
        symbol: "imp.SEARCH_ERROR",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name): the spec's loader and origin say what kind of module it is",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

if kind == imp.SEARCH_ERROR:
    print("not found")
"#,
        after: r#"import importlib.util

if importlib.util.find_spec("plugin") is None:
    print("not found")
"#,
    },
    Entry {
        symbol: "imp.acquire_lock",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "nothing: imports take per-module locks since 3.3; use your own threading.Lock if you need one",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

imp.acquire_lock()
"#,
        after: r#"import threading

lock = threading.Lock()
lock.acquire()
"#,
    },
    Entry {
        symbol: "imp.cache_from_source",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.cache_from_source(path)",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: replace("importlib.util.cache_from_source", "importlib.util"),
        also_known_as: &[],
        before: r#"import imp

pyc = imp.cache_from_source("tool.py")
"#,
        after: r#"import importlib.util

pyc = importlib.util.cache_from_source("tool.py")
"#,
    },
    Entry {
        symbol: "imp.find_module",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name) (the file is spec.origin)",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("find_spec returns a spec, not a (file, path, description) tuple"),
        also_known_as: &[],
        before: r#"import imp

file, path, description = imp.find_module("tool")
"#,
        after: r#"import importlib.util

spec = importlib.util.find_spec("tool")
"#,
    },
    Entry {
        symbol: "imp.get_magic",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.MAGIC_NUMBER",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: auto(Recipe::CallToValue { with: "importlib.util.MAGIC_NUMBER", import: "importlib.util" }, Shape::Called, Safe),
        also_known_as: &[],
        before: r#"import imp

magic = imp.get_magic()
"#,
        after: r#"import importlib.util

magic = importlib.util.MAGIC_NUMBER
"#,
    },
    Entry {
        symbol: "imp.get_suffixes",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.machinery.SOURCE_SUFFIXES, EXTENSION_SUFFIXES and BYTECODE_SUFFIXES (or all_suffixes())",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

suffixes = [suffix for suffix, mode, kind in imp.get_suffixes()]
"#,
        after: r#"import importlib.machinery

suffixes = importlib.machinery.all_suffixes()
"#,
    },
    Entry {
        symbol: "imp.get_tag",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "sys.implementation.cache_tag",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: auto(Recipe::CallToValue { with: "sys.implementation.cache_tag", import: "sys" }, Shape::Called, Safe),
        also_known_as: &[],
        before: r#"import imp

tag = imp.get_tag()
"#,
        after: r#"import sys

tag = sys.implementation.cache_tag
"#,
    },
    Entry {
        symbol: "imp.init_builtin",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.import_module(name): built-in modules import like any other",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("import_module does not re-initialise a module that is already imported"),
        also_known_as: &[],
        before: r#"import imp

module = imp.init_builtin("posix")
"#,
        after: r#"import importlib

module = importlib.import_module("posix")
"#,
    },
    Entry {
        symbol: "imp.load_compiled",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.spec_from_file_location(name, path), importlib.util.module_from_spec(spec), spec.loader.exec_module(module) (a .pyc path picks SourcelessFileLoader)",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

module = imp.load_compiled("tool", "tool.pyc")
"#,
        after: r#"import importlib.util

spec = importlib.util.spec_from_file_location("tool", "tool.pyc")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
"#,
    },
    Entry {
        symbol: "imp.load_dynamic",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.spec_from_file_location(name, path), importlib.util.module_from_spec(spec), spec.loader.exec_module(module) (an extension path picks ExtensionFileLoader)",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

module = imp.load_dynamic("fast", "fast.so")
"#,
        after: r#"import importlib.util

spec = importlib.util.spec_from_file_location("fast", "fast.so")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
"#,
    },
    Entry {
        symbol: "imp.load_module",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.import_module(name), or importlib.util.spec_from_file_location(name, path), importlib.util.module_from_spec(spec), spec.loader.exec_module(module)",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

module = imp.load_module("tool", *imp.find_module("tool"))
"#,
        after: r#"import importlib

module = importlib.import_module("tool")
"#,
    },
    Entry {
        symbol: "imp.load_package",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.spec_from_file_location(name, path + \"/__init__.py\"), then module_from_spec and exec_module",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

package = imp.load_package("plugins", "plugins")
"#,
        after: r#"import importlib.util

spec = importlib.util.spec_from_file_location("plugins", "plugins/__init__.py")
package = importlib.util.module_from_spec(spec)
spec.loader.exec_module(package)
"#,
    },
    Entry {
        symbol: "imp.load_source",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.spec_from_file_location(name, path), importlib.util.module_from_spec(spec), spec.loader.exec_module(module)",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

settings = imp.load_source("settings", "settings.py")
"#,
        after: r#"import importlib.util

spec = importlib.util.spec_from_file_location("settings", "settings.py")
settings = importlib.util.module_from_spec(spec)
spec.loader.exec_module(settings)
"#,
    },
    Entry {
        symbol: "imp.lock_held",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "nothing: imports take per-module locks since 3.3; use your own threading.Lock if you need one",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

busy = imp.lock_held()
"#,
        after: r#"import threading

lock = threading.Lock()
busy = lock.locked()
"#,
    },
    Entry {
        symbol: "imp.new_module",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "types.ModuleType(name)",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: replace("types.ModuleType", "types"),
        also_known_as: &[],
        before: r#"import imp

module = imp.new_module("generated")
"#,
        after: r#"import types

module = types.ModuleType("generated")
"#,
    },
    Entry {
        symbol: "imp.release_lock",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "nothing: imports take per-module locks since 3.3; use your own threading.Lock if you need one",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import imp

imp.release_lock()
"#,
        after: r#"import threading

lock = threading.Lock()
lock.release()
"#,
    },
    Entry {
        symbol: "imp.reload",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.reload(module)",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: replace("importlib.reload", "importlib"),
        also_known_as: &[],
        before: r#"import imp

imp.reload(config)
"#,
        after: r#"import importlib

importlib.reload(config)
"#,
    },
    Entry {
        symbol: "imp.source_from_cache",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.source_from_cache(path)",
        why: "part of the imp module, which importlib superseded in 3.4; removed with it in 3.12",
        detection: Detection::Name,
        fix: replace("importlib.util.source_from_cache", "importlib.util"),
        also_known_as: &[],
        before: r#"import imp

source = imp.source_from_cache("__pycache__/tool.cpython-311.pyc")
"#,
        after: r#"import importlib.util

source = importlib.util.source_from_cache("__pycache__/tool.cpython-311.pyc")
"#,
    },
];
