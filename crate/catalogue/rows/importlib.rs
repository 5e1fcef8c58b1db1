//! The `importlib` rows of the catalogue (the page `docs/importlib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "importlib.abc.FileLoader.contents",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "importlib.resources.files(package).iterdir()",
        why: "the resource reader API moved to importlib.resources (TraversableResources)",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import importlib.abc

class Loader(importlib.abc.FileLoader):
    def names(self):
        return list(self.contents())
"#,
        after: r#"import importlib.resources

def names():
    return [item.name for item in importlib.resources.files("pkg").iterdir()]
"#,
    },
    Entry {
        symbol: "importlib.abc.FileLoader.is_resource",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "importlib.resources.files(package).joinpath(name).is_file()",
        why: "the resource reader API moved to importlib.resources (TraversableResources)",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import importlib.abc

class Loader(importlib.abc.FileLoader):
    def has(self):
        return self.is_resource("data.txt")
"#,
        after: r#"import importlib.resources

def has():
    return importlib.resources.files("pkg").joinpath("data.txt").is_file()
"#,
    },
    Entry {
        symbol: "importlib.abc.FileLoader.open_resource",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "importlib.resources.files(package)",
        why: "the resource reader API moved to importlib.resources (TraversableResources)",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("files() needs the package's name, which the loader method did not take"),
        also_known_as: &[],
        before: r#"import importlib.abc

class Loader(importlib.abc.FileLoader):
    def read(self):
        return self.open_resource("data.txt").read()
"#,
        after: r#"import importlib.resources

def read():
    return importlib.resources.files("pkg").joinpath("data.txt").read_bytes()
"#,
    },
    Entry {
        symbol: "importlib.abc.FileLoader.resource_path",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "importlib.resources.files(package) and as_file()",
        why: "the resource reader API moved to importlib.resources (TraversableResources)",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import importlib.abc

class Loader(importlib.abc.FileLoader):
    def where(self):
        return self.resource_path("data.txt")
"#,
        after: r#"import importlib.resources

def where():
    return importlib.resources.files("pkg").joinpath("data.txt")
"#,
    },
    Entry {
        symbol: "importlib.abc.Finder",
        kind: ApiKind::Class,
        deprecated_in: Some(v(3)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.abc.MetaPathFinder or importlib.abc.PathEntryFinder, with find_spec()",
        why: "an abstract base of the PEP 302 finder protocol; PEP 451's find_spec() split finders into two kinds",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the finder must choose MetaPathFinder or PathEntryFinder and implement find_spec"),
        also_known_as: &[],
        before: r#"import importlib.abc

class PluginFinder(importlib.abc.Finder):
    pass
"#,
        after: r#"import importlib.abc

class PluginFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        return None
"#,
    },
    Entry {
        symbol: "importlib.abc.InspectLoader.load_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "importlib.import_module(name), or implement exec_module(module) (with create_module(spec)) in a loader",
        why: "PEP 451: the import system calls create_module() and exec_module(); load_module() was the PEP 302 protocol",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import importlib.abc

module = importlib.abc.InspectLoader.load_module(loader, "tool")
"#,
        after: r#"import importlib

module = importlib.import_module("tool")
"#,
    },
    Entry {
        symbol: "importlib.abc.Loader.load_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "importlib.import_module(name), or implement exec_module(module) (with create_module(spec)) in a loader",
        why: "PEP 451: the import system calls create_module() and exec_module(); load_module() was the PEP 302 protocol",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import importlib.abc

module = importlib.abc.Loader.load_module(loader, "tool")
"#,
        after: r#"import importlib

module = importlib.import_module("tool")
"#,
    },
    Entry {
        symbol: "importlib.abc.Loader.module_repr",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: MODULE_REPR,
        why: MODULE_REPR_WHY,
        detection: Detection::HookMethod(Hook { modern: "exec_module", parameters: ParameterCount::between(1, 1), finder: HookFinder::Either, role: HookRole::Loader }),
        fix: Remedy::ManualBecause("the method is dropped, not renamed"),
        also_known_as: &[],
        before: r#"import importlib.abc
import json

text = importlib.abc.Loader.module_repr(loader, json)
"#,
        after: r#"import json

text = repr(json)
"#,
    },
    Entry {
        symbol: "importlib.abc.MetaPathFinder.find_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: FIND_SPEC,
        why: FIND_SPEC_WHY,
        detection: Detection::HookMethod(Hook { modern: "find_spec", parameters: ParameterCount::between(1, 2), finder: HookFinder::MetaPath, role: HookRole::Finder }),
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sys

for finder in sys.meta_path:
    loader = finder.find_module("json")
"#,
        after: r#"import sys

for finder in sys.meta_path:
    spec = finder.find_spec("json", None)
"#,
    },
    Entry {
        symbol: "importlib.abc.PathEntryFinder.find_loader",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: FIND_SPEC,
        why: FIND_SPEC_WHY,
        detection: Detection::HookMethod(Hook { modern: "find_spec", parameters: ParameterCount::between(1, 1), finder: HookFinder::Either, role: HookRole::Finder }),
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import pkgutil

finder = pkgutil.get_importer("plugins")
loader, portions = finder.find_loader("json")
"#,
        after: r#"import pkgutil

finder = pkgutil.get_importer("plugins")
spec = finder.find_spec("json")
"#,
    },
    Entry {
        symbol: "importlib.abc.PathEntryFinder.find_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: FIND_SPEC,
        why: FIND_SPEC_WHY,
        detection: Detection::HookMethod(Hook { modern: "find_spec", parameters: ParameterCount::between(1, 2), finder: HookFinder::PathEntry, role: HookRole::Finder }),
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import pkgutil

finder = pkgutil.get_importer("plugins")
loader = finder.find_module("json")
"#,
        after: r#"import pkgutil

finder = pkgutil.get_importer("plugins")
spec = finder.find_spec("json")
"#,
    },
    Entry {
        symbol: "importlib.abc.PyLoader",
        kind: ApiKind::Class,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "importlib.abc.SourceLoader",
        why: "SourceLoader (3.2) covers source and bytecode loading",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("SourceLoader has different abstract methods (get_data, get_filename)"),
        also_known_as: &[],
        before: r#"import importlib.abc

class Loader(importlib.abc.PyLoader):
    pass
"#,
        after: r#"import importlib.abc

class Loader(importlib.abc.SourceLoader):
    pass
"#,
    },
    Entry {
        symbol: "importlib.abc.PyPycLoader",
        kind: ApiKind::Class,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(4)),
        withdrawn_in: None,
        replacement: "importlib.abc.SourceLoader",
        why: "SourceLoader (3.2) covers source and bytecode loading",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("SourceLoader has different abstract methods (get_data, get_filename)"),
        also_known_as: &[],
        before: r#"import importlib.abc

class Loader(importlib.abc.PyPycLoader):
    pass
"#,
        after: r#"import importlib.abc

class Loader(importlib.abc.SourceLoader):
    pass
"#,
    },
    Entry {
        symbol: "importlib.abc.ResourceReader",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "importlib.resources.abc.TraversableResources",
        why: "moved to importlib.resources.abc in 3.11, where the resource API lives",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("TraversableResources is a different protocol (files() instead of open_resource())"),
        also_known_as: &[],
        before: r#"import importlib.abc

class Reader(importlib.abc.ResourceReader):
    pass
"#,
        after: r#"import importlib.resources.abc

class Reader(importlib.resources.abc.TraversableResources):
    pass
"#,
    },
    Entry {
        symbol: "importlib.abc.Traversable",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "importlib.resources.abc.Traversable",
        why: "moved to importlib.resources.abc in 3.11, where the resource API lives",
        detection: Detection::Name,
        fix: replace("importlib.resources.abc.Traversable", "importlib.resources.abc"),
        also_known_as: &[],
        before: r#"from importlib.abc import Traversable

def read(path: Traversable) -> bytes:
    return path.read_bytes()
"#,
        after: r#"from importlib.resources.abc import Traversable

def read(path: Traversable) -> bytes:
    return path.read_bytes()
"#,
    },
    Entry {
        symbol: "importlib.abc.TraversableResources",
        kind: ApiKind::Class,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "importlib.resources.abc.TraversableResources",
        why: "moved to importlib.resources.abc in 3.11, where the resource API lives",
        detection: Detection::Name,
        fix: replace("importlib.resources.abc.TraversableResources", "importlib.resources.abc"),
        also_known_as: &[],
        before: r#"import importlib.abc

class Reader(importlib.abc.TraversableResources):
    pass
"#,
        after: r#"import importlib.resources.abc

class Reader(importlib.resources.abc.TraversableResources):
    pass
"#,
    },
    Entry {
        symbol: "importlib.find_loader",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.util.find_spec(name) (the loader is spec.loader)",
        why: "PEP 451 module specs replaced loaders as the result of a module search",
        detection: Detection::Name,
        fix: auto(Recipe::LoaderTest { with: "importlib.util.find_spec", import: "importlib.util" }, Shape::CalledWithOne, Safe),
        also_known_as: &[],
        before: r#"import importlib

loader = importlib.find_loader("json")
"#,
        after: r#"import importlib.util

loader = importlib.util.find_spec("json").loader
"#,
    },
    Entry {
        symbol: "importlib.machinery.BuiltinImporter.find_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.machinery.BuiltinImporter.find_spec(name)",
        why: FIND_SPEC_WHY,
        detection: Detection::Method,
        fix: Remedy::ManualBecause("find_spec returns a spec, not a loader"),
        also_known_as: &[],
        before: r#"from importlib.machinery import BuiltinImporter

loader = BuiltinImporter.find_module("sys")
"#,
        after: r#"from importlib.machinery import BuiltinImporter

spec = BuiltinImporter.find_spec("sys")
"#,
    },
    Entry {
        symbol: "importlib.machinery.BuiltinImporter.load_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "importlib.import_module(name), or implement exec_module(module) (with create_module(spec)) in a loader",
        why: "PEP 451: the import system calls create_module() and exec_module(); load_module() was the PEP 302 protocol",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from importlib.machinery import BuiltinImporter

module = BuiltinImporter.load_module("posix")
"#,
        after: r#"import importlib

module = importlib.import_module("posix")
"#,
    },
    Entry {
        symbol: "importlib.machinery.BuiltinImporter.module_repr",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: MODULE_REPR,
        why: MODULE_REPR_WHY,
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sys
from importlib.machinery import BuiltinImporter

text = BuiltinImporter.module_repr(sys)
"#,
        after: r#"import sys

text = repr(sys)
"#,
    },
    Entry {
        symbol: "importlib.machinery.ExtensionFileLoader.load_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "importlib.import_module(name), or implement exec_module(module) (with create_module(spec)) in a loader",
        why: "PEP 451: the import system calls create_module() and exec_module(); load_module() was the PEP 302 protocol",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from importlib.machinery import ExtensionFileLoader

module = ExtensionFileLoader("fast", "fast.so").load_module("fast")
"#,
        after: r#"import importlib.util

spec = importlib.util.spec_from_file_location("fast", "fast.so")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
"#,
    },
    Entry {
        symbol: "importlib.machinery.FileFinder.find_loader",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "FileFinder.find_spec(name) (the loader is spec.loader)",
        why: FIND_SPEC_WHY,
        detection: Detection::Method,
        fix: Remedy::ManualBecause("find_spec returns a spec, not a (loader, portions) tuple"),
        also_known_as: &[],
        before: r#"from importlib.machinery import FileFinder

finder = FileFinder("plugins")
loader, portions = finder.find_loader("json")
"#,
        after: r#"from importlib.machinery import FileFinder

finder = FileFinder("plugins")
spec = finder.find_spec("json")
"#,
    },
    Entry {
        symbol: "importlib.machinery.FileFinder.find_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "FileFinder.find_spec(name)",
        why: FIND_SPEC_WHY,
        detection: Detection::Method,
        fix: Remedy::ManualBecause("find_spec returns a spec, not a loader"),
        also_known_as: &[],
        before: r#"from importlib.machinery import FileFinder

finder = FileFinder("plugins")
loader = finder.find_module("json")
"#,
        after: r#"from importlib.machinery import FileFinder

finder = FileFinder("plugins")
spec = finder.find_spec("json")
"#,
    },
    Entry {
        symbol: "importlib.machinery.FrozenImporter.find_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.machinery.FrozenImporter.find_spec(name)",
        why: FIND_SPEC_WHY,
        detection: Detection::Method,
        fix: Remedy::ManualBecause("find_spec returns a spec, not a loader"),
        also_known_as: &[],
        before: r#"from importlib.machinery import FrozenImporter

loader = FrozenImporter.find_module("zipimport")
"#,
        after: r#"from importlib.machinery import FrozenImporter

spec = FrozenImporter.find_spec("zipimport")
"#,
    },
    Entry {
        symbol: "importlib.machinery.FrozenImporter.load_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "importlib.import_module(name), or implement exec_module(module) (with create_module(spec)) in a loader",
        why: "PEP 451: the import system calls create_module() and exec_module(); load_module() was the PEP 302 protocol",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from importlib.machinery import FrozenImporter

module = FrozenImporter.load_module("zipimport")
"#,
        after: r#"import importlib

module = importlib.import_module("zipimport")
"#,
    },
    Entry {
        symbol: "importlib.machinery.FrozenImporter.module_repr",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: MODULE_REPR,
        why: MODULE_REPR_WHY,
        detection: Detection::Method,
        fix: Remedy::ManualBecause("the method is dropped, not renamed"),
        also_known_as: &[],
        before: r#"import zipimport
from importlib.machinery import FrozenImporter

text = FrozenImporter.module_repr(zipimport)
"#,
        after: r#"import zipimport

text = repr(zipimport)
"#,
    },
    Entry {
        symbol: "importlib.machinery.PathFinder.find_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.machinery.PathFinder.find_spec(name, path)",
        why: FIND_SPEC_WHY,
        detection: Detection::Method,
        fix: Remedy::ManualBecause("find_spec returns a spec, not a loader"),
        also_known_as: &[],
        before: r#"from importlib.machinery import PathFinder

loader = PathFinder.find_module("json")
"#,
        after: r#"from importlib.machinery import PathFinder

spec = PathFinder.find_spec("json")
"#,
    },
    Entry {
        symbol: "importlib.machinery.SourceFileLoader.load_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "importlib.import_module(name), or implement exec_module(module) (with create_module(spec)) in a loader",
        why: "PEP 451: the import system calls create_module() and exec_module(); load_module() was the PEP 302 protocol",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from importlib.machinery import SourceFileLoader

settings = SourceFileLoader("settings", "settings.py").load_module()
"#,
        after: r#"import importlib.util

spec = importlib.util.spec_from_file_location("settings", "settings.py")
settings = importlib.util.module_from_spec(spec)
spec.loader.exec_module(settings)
"#,
    },
    Entry {
        symbol: "importlib.machinery.SourcelessFileLoader.load_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "importlib.import_module(name), or implement exec_module(module) (with create_module(spec)) in a loader",
        why: "PEP 451: the import system calls create_module() and exec_module(); load_module() was the PEP 302 protocol",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from importlib.machinery import SourcelessFileLoader

module = SourcelessFileLoader("tool", "tool.pyc").load_module()
"#,
        after: r#"import importlib.util

spec = importlib.util.spec_from_file_location("tool", "tool.pyc")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
"#,
    },
    Entry {
        symbol: "importlib.machinery.WindowsRegistryFinder.find_module",
        kind: ApiKind::Method,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "importlib.machinery.WindowsRegistryFinder.find_spec(name, path)",
        why: FIND_SPEC_WHY,
        detection: Detection::Method,
        fix: Remedy::ManualBecause("find_spec returns a spec, not a loader"),
        also_known_as: &[],
        before: r#"from importlib.machinery import WindowsRegistryFinder

loader = WindowsRegistryFinder.find_module("winreg")
"#,
        after: r#"from importlib.machinery import WindowsRegistryFinder

spec = WindowsRegistryFinder.find_spec("winreg")
"#,
    },
    Entry {
        symbol: "importlib.metadata.EntryPoint.__getitem__",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "read entry_point.name, entry_point.value and entry_point.group",
        why: "EntryPoint stopped being a tuple in 3.11 (a shim kept indexing working with a warning); the shim is gone",
        detection: Detection::Subscript { raises: Failure::Call },
        fix: Remedy::Manual,
        also_known_as: &["importlib.metadata.EntryPoint.__getitem__ (tuple-style access)"],
        before: r#"from importlib.metadata import entry_points

for entry_point in entry_points(group="console_scripts"):
    print(entry_point[0], entry_point[1])
"#,
        after: r#"from importlib.metadata import entry_points

for entry_point in entry_points(group="console_scripts"):
    print(entry_point.name, entry_point.value)
"#,
    },
    Entry {
        symbol: "importlib.metadata.SelectableGroups",
        kind: ApiKind::Class,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "entry_points(group=\"...\") or entry_points().select(group=\"...\") (an EntryPoints)",
        why: "the dict interface of entry_points()' result was a transition shim; entry_points() returns EntryPoints since 3.12",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from importlib.metadata import SelectableGroups, entry_points

groups: SelectableGroups = entry_points()
scripts = groups["console_scripts"]
"#,
        after: r#"from importlib.metadata import entry_points

scripts = entry_points(group="console_scripts")
"#,
    },
    Entry {
        symbol: "importlib.metadata.SelectableGroups.__getitem__",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "entry_points(group=\"...\") or entry_points().select(group=\"...\")",
        why: "the dict interface of entry_points()' result was a transition shim; entry_points() returns EntryPoints since 3.12",
        detection: Detection::Subscript { raises: Failure::Lookup },
        fix: Remedy::Manual,
        also_known_as: &["importlib.metadata.entry_points() dict interface (SelectableGroups)"],
        before: r#"from importlib.metadata import entry_points

scripts = entry_points()["console_scripts"]
"#,
        after: r#"from importlib.metadata import entry_points

scripts = entry_points(group="console_scripts")
"#,
    },
    Entry {
        symbol: "importlib.metadata.SelectableGroups.get",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "entry_points(group=\"...\") (empty when no entry point is in the group)",
        why: "the dict interface of entry_points()' result was a transition shim; entry_points() returns EntryPoints since 3.12",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import importlib.metadata

plugins = importlib.metadata.entry_points().get("myapp.plugins", [])
"#,
        after: r#"import importlib.metadata

plugins = importlib.metadata.entry_points(group="myapp.plugins")
"#,
    },
    Entry {
        symbol: "importlib.metadata.SelectableGroups.items",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "iterate over entry_points().groups and select(group=...) each",
        why: "the dict interface of entry_points()' result was a transition shim; entry_points() returns EntryPoints since 3.12",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from importlib.metadata import entry_points

for group, found in entry_points().items():
    print(group, len(found))
"#,
        after: r#"from importlib.metadata import entry_points

found = entry_points()
for group in found.groups:
    print(group, len(found.select(group=group)))
"#,
    },
    Entry {
        symbol: "importlib.metadata.SelectableGroups.keys",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "entry_points().groups (a set of group names)",
        why: "the dict interface of entry_points()' result was a transition shim; entry_points() returns EntryPoints since 3.12",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from importlib.metadata import entry_points

groups = sorted(entry_points().keys())
"#,
        after: r#"from importlib.metadata import entry_points

groups = sorted(entry_points().groups)
"#,
    },
    Entry {
        symbol: "importlib.metadata.SelectableGroups.values",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "iterate over entry_points() itself (every entry point of every group)",
        why: "the dict interface of entry_points()' result was a transition shim; entry_points() returns EntryPoints since 3.12",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from importlib.metadata import entry_points

for found in entry_points().values():
    for entry_point in found:
        print(entry_point.name)
"#,
        after: r#"from importlib.metadata import entry_points

for entry_point in entry_points():
    print(entry_point.name)
"#,
    },
    Entry {
        symbol: "importlib.resources.Resource",
        kind: ApiKind::Alias,
        deprecated_in: None,
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "str (a resource name), or importlib.resources.abc.Traversable for files()",
        why: "a type alias of the legacy resource functions, which 3.13 rewrote",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from importlib.resources import Resource

def load(name: Resource) -> bytes:
    return b""
"#,
        after: r#"def load(name: str) -> bytes:
    return b""
"#,
    },
    Entry {
        symbol: "importlib.resources.contents",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "[item.name for item in importlib.resources.files(package).iterdir()]",
        why: "deprecated in 3.11 in favour of files() and Traversable.iterdir(); unlike the other legacy functions it is still deprecated in 3.15, with no removal date",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("iterdir() yields Traversable objects, not names"),
        also_known_as: &[],
        before: r#"import importlib.resources

names = list(importlib.resources.contents("app.data"))
"#,
        after: r#"import importlib.resources

names = [item.name for item in importlib.resources.files("app.data").iterdir()]
"#,
    },
    Entry {
        symbol: "importlib.resources.files(package=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "pass the anchor positionally: files(\"mypackage\")",
        why: "renamed anchor= in 3.12, as it may name any module, not only a package",
        detection: Detection::Keyword { callables: &["importlib.resources.files"], keywords: &["package"] },
        fix: auto(Recipe::KeywordToPositional, Shape::Any, Safe),
        also_known_as: &[],
        before: r#"import importlib.resources

data = importlib.resources.files(package="app").joinpath("data.json")
"#,
        after: r#"import importlib.resources

data = importlib.resources.files("app").joinpath("data.json")
"#,
    },
    Entry {
        symbol: "importlib.resources.is_resource",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: None,
        withdrawn_in: Some(v(13)),
        replacement: "importlib.resources.files(package).joinpath(name).is_file()",
        why: "deprecated in 3.11 in favour of files(); 3.13 kept the functions (taking any number of path names) and withdrew the deprecation",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("from Python 3.13 on the call is fine as it is; files() needs a Python that code may not target yet"),
        also_known_as: &[],
        before: r#"import importlib.resources

if importlib.resources.is_resource("app", "data.json"):
    print("found")
"#,
        after: r#"import importlib.resources

if importlib.resources.files("app").joinpath("data.json").is_file():
    print("found")
"#,
    },
    Entry {
        symbol: "importlib.resources.open_binary",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: None,
        withdrawn_in: Some(v(13)),
        replacement: "importlib.resources.files(package).joinpath(name).open(\"rb\")",
        why: "deprecated in 3.11 in favour of files(); 3.13 kept the functions (taking any number of path names) and withdrew the deprecation",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("from Python 3.13 on the call is fine as it is; files() needs a Python that code may not target yet"),
        also_known_as: &[],
        before: r#"import importlib.resources

with importlib.resources.open_binary("app", "logo.png") as f:
    logo = f.read()
"#,
        after: r#"import importlib.resources

with importlib.resources.files("app").joinpath("logo.png").open("rb") as f:
    logo = f.read()
"#,
    },
    Entry {
        symbol: "importlib.resources.open_text",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: None,
        withdrawn_in: Some(v(13)),
        replacement: "importlib.resources.files(package).joinpath(name).open(\"r\", encoding=\"utf-8\")",
        why: "deprecated in 3.11 in favour of files(); 3.13 kept the functions (taking any number of path names) and withdrew the deprecation",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("from Python 3.13 on the call is fine as it is; files() needs a Python that code may not target yet"),
        also_known_as: &[],
        before: r#"import importlib.resources

with importlib.resources.open_text("app", "words.txt") as f:
    words = f.read().split()
"#,
        after: r#"import importlib.resources

with importlib.resources.files("app").joinpath("words.txt").open("r", encoding="utf-8") as f:
    words = f.read().split()
"#,
    },
    Entry {
        symbol: "importlib.resources.path",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: None,
        withdrawn_in: Some(v(13)),
        replacement: "importlib.resources.as_file(importlib.resources.files(package).joinpath(name))",
        why: "deprecated in 3.11 in favour of files(); 3.13 kept the functions (taking any number of path names) and withdrew the deprecation",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("from Python 3.13 on the call is fine as it is; files() needs a Python that code may not target yet"),
        also_known_as: &[],
        before: r#"import importlib.resources

with importlib.resources.path("app", "model.bin") as model:
    print(model.stat().st_size)
"#,
        after: r#"import importlib.resources

with importlib.resources.as_file(importlib.resources.files("app").joinpath("model.bin")) as model:
    print(model.stat().st_size)
"#,
    },
    Entry {
        symbol: "importlib.resources.read_binary",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: None,
        withdrawn_in: Some(v(13)),
        replacement: "importlib.resources.files(package).joinpath(name).read_bytes()",
        why: "deprecated in 3.11 in favour of files(); 3.13 kept the functions (taking any number of path names) and withdrew the deprecation",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("from Python 3.13 on the call is fine as it is; files() needs a Python that code may not target yet"),
        also_known_as: &[],
        before: r#"import importlib.resources

logo = importlib.resources.read_binary("app", "logo.png")
"#,
        after: r#"import importlib.resources

logo = importlib.resources.files("app").joinpath("logo.png").read_bytes()
"#,
    },
    Entry {
        symbol: "importlib.resources.read_text",
        kind: ApiKind::Function,
        deprecated_in: Some(v(11)),
        removed_in: None,
        withdrawn_in: Some(v(13)),
        replacement: "importlib.resources.files(package).joinpath(name).read_text(encoding=\"utf-8\")",
        why: "deprecated in 3.11 in favour of files(); 3.13 kept the functions (taking any number of path names) and withdrew the deprecation",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("from Python 3.13 on the call is fine as it is; files() needs a Python that code may not target yet"),
        also_known_as: &[],
        before: r#"import importlib.resources

schema = importlib.resources.read_text("app", "schema.sql")
"#,
        after: r#"import importlib.resources

schema = importlib.resources.files("app").joinpath("schema.sql").read_text(encoding="utf-8")
"#,
    },
    Entry {
        symbol: "importlib.util.cache_from_source(debug_override=)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(5)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "optimization= (\"\" for a plain .pyc, 1 or 2 for -O / -OO)",
        why: "replaced by optimization= in 3.5 (PEP 488), when .pyo files went away",
        detection: Detection::Keyword { callables: &["importlib.util.cache_from_source"], keywords: &["debug_override"] },
        fix: Remedy::ManualBecause("optimization= takes a different value than debug_override="),
        also_known_as: &[],
        before: r#"import importlib.util

pyc = importlib.util.cache_from_source("tool.py", debug_override=False)
"#,
        after: r#"import importlib.util

pyc = importlib.util.cache_from_source("tool.py", optimization=1)
"#,
    },
    Entry {
        symbol: "importlib.util.module_for_loader",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "implement Loader.exec_module(module); the import system creates the module and handles sys.modules",
        why: "a helper for load_module(), which PEP 451's exec_module() replaced",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"from importlib.util import module_for_loader

@module_for_loader
def load_module(self, module):
    exec(self.code, module.__dict__)
"#,
        after: r#"class Loader:
    def exec_module(self, module):
        exec(self.code, module.__dict__)
"#,
    },
    Entry {
        symbol: "importlib.util.set_loader",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "nothing: the import system sets __loader__ (from the module's spec)",
        why: "a helper for load_module(), which PEP 451's exec_module() replaced",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &["importlib.util.set_loader_wrapper"],
        before: r#"import importlib.util

@importlib.util.set_loader
def load_module(self, name):
    return self.create(name)
"#,
        after: r#"class Loader:
    def exec_module(self, module):
        exec(self.code, module.__dict__)
"#,
    },
    Entry {
        symbol: "importlib.util.set_package",
        kind: ApiKind::Function,
        deprecated_in: Some(v(4)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "nothing: the import system sets __package__ (from the module's spec)",
        why: "a helper for load_module(), which PEP 451's exec_module() replaced",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &["importlib.util.set_package_wrapper"],
        before: r#"import importlib.util

@importlib.util.set_package
def load_module(self, name):
    return self.create(name)
"#,
        after: r#"class Loader:
    def exec_module(self, module):
        exec(self.code, module.__dict__)
"#,
    },
];
