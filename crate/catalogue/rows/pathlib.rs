//! The `pathlib` rows of the catalogue (the page `docs/pathlib.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "pathlib.Path(*pathsegments, **kwargs)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "drop the keyword arguments: they were ignored (a subclass may define its own __init__ since 3.12)",
        why: "Path() accepted and ignored any keyword argument; 3.12 warned and 3.14 raises TypeError",
        detection: Detection::CallShape { callables: &["pathlib.Path", "pathlib.PosixPath", "pathlib.PurePath", "pathlib.PurePosixPath", "pathlib.PureWindowsPath", "pathlib.WindowsPath"], shape: CallShape::KeywordOtherThan(&[]) },
        fix: Remedy::Manual,
        also_known_as: &["pathlib.Path(..., **kwargs) extra keyword arguments"],
        before: r#"from pathlib import Path

config = Path("etc", "app.toml", strict=True)
"#,
        after: r#"from pathlib import Path

config = Path("etc", "app.toml")
"#,
    },
    Entry {
        symbol: "pathlib.Path.__enter__",
        kind: ApiKind::Method,
        deprecated_in: Some(v(9)),
        removed_in: Some(v(13)),
        withdrawn_in: None,
        replacement: "drop the with statement: it did nothing since 3.9 (the path stays usable)",
        why: "a with block used to mark the path object closed afterwards; since 3.9 it was a no-op, and 3.13 removed __enter__/__exit__",
        detection: Detection::ContextManager,
        fix: Remedy::Manual,
        also_known_as: &["pathlib.Path as a context manager (__enter__/__exit__)", "pathlib.Path.__exit__"],
        before: r#"from pathlib import Path

with Path("build") as build:
    build.mkdir(exist_ok=True)
"#,
        after: r#"from pathlib import Path

build = Path("build")
build.mkdir(exist_ok=True)
"#,
    },
    Entry {
        symbol: "pathlib.Path._accessor",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "override the Path methods themselves",
        why: "pathlib calls os functions directly since 3.11",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import pathlib

print(pathlib.Path(".")._accessor)
"#,
        after: r#"import pathlib

print(pathlib.Path(".").stat())
"#,
    },
    Entry {
        symbol: "pathlib.Path.link_to",
        kind: ApiKind::Method,
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        withdrawn_in: None,
        replacement: "Path(target).hardlink_to(path): the new method is called on the link to create, so the arguments swap",
        why: "its argument order read backwards (a.link_to(b) made b a link to a); hardlink_to() fixed that in 3.10",
        detection: Detection::Method,
        fix: auto(Recipe::SwapToHardlink, Shape::Called, Safe),
        also_known_as: &[],
        before: r#"from pathlib import Path

Path("data.txt").link_to("backup.txt")
"#,
        after: r#"from pathlib import Path

Path("backup.txt").hardlink_to("data.txt")
"#,
    },
    Entry {
        symbol: "pathlib.PurePath.__class_getitem__",
        kind: ApiKind::Method,
        deprecated_in: None,
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "nothing: PurePath is not generic",
        why: "added by mistake in 3.9 and taken back",
        detection: Detection::Method,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import pathlib

alias = pathlib.PurePath.__class_getitem__(str)
"#,
        after: r#"import pathlib

alias = pathlib.PurePath
"#,
    },
    Entry {
        symbol: "pathlib.PurePath.as_uri",
        kind: ApiKind::Method,
        deprecated_in: Some(v(14)),
        removed_in: Some(v(19)),
        withdrawn_in: None,
        replacement: "pathlib.Path(path).as_uri() (Path.as_uri stays)",
        why: "a pure path does not know the current directory or file system, which a file: URI needs",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("the receiver must become a concrete Path, which needs the path's flavour"),
        also_known_as: &[],
        before: r#"from pathlib import PurePosixPath

uri = PurePosixPath("/srv/data.txt").as_uri()
"#,
        after: r#"from pathlib import Path

uri = Path("/srv/data.txt").as_uri()
"#,
    },
    Entry {
        symbol: "pathlib.PurePath.is_reserved",
        kind: ApiKind::Method,
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        withdrawn_in: None,
        replacement: "os.path.isreserved(path) (Windows, 3.13+)",
        why: "its notion of reserved names was incomplete and varied across Windows versions; os.path.isreserved() replaced it",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("os.path.isreserved exists from 3.13 only and takes a string"),
        also_known_as: &[],
        before: r#"from pathlib import PureWindowsPath

if PureWindowsPath("nul").is_reserved():
    print("reserved")
"#,
        after: r#"import os.path

if os.path.isreserved("nul"):
    print("reserved")
"#,
    },
    Entry {
        symbol: "pathlib.PurePath.relative_to(*other)",
        kind: ApiKind::Parameter,
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        withdrawn_in: None,
        replacement: "join the other paths first: p.relative_to(PurePath(a, b))",
        why: "several arguments were joined into one path, a surprise next to the walk_up= keyword added in 3.12",
        detection: Detection::CallShape { callables: &["pathlib.PurePath.is_relative_to", "pathlib.PurePath.relative_to"], shape: CallShape::PositionalMoreThan(1) },
        fix: Remedy::Manual,
        also_known_as: &["pathlib.PurePath.relative_to()/is_relative_to() extra positional arguments"],
        before: r#"from pathlib import Path

name = Path("/srv/app/static/logo.png").relative_to("/srv", "app")
"#,
        after: r#"from pathlib import Path

name = Path("/srv/app/static/logo.png").relative_to(Path("/srv", "app"))
"#,
    },
    Entry {
        symbol: "pathlib._Accessor",
        kind: ApiKind::Class,
        deprecated_in: None,
        removed_in: Some(v(11)),
        withdrawn_in: None,
        replacement: "override the Path methods themselves",
        why: "pathlib calls os functions directly since 3.11",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import pathlib

class Accessor(pathlib._Accessor):
    pass
"#,
        after: r#"import pathlib

class Path(type(pathlib.Path())):
    pass
"#,
    },
    Entry {
        symbol: "pathlib.supports_symlinks",
        kind: ApiKind::Constant,
        deprecated_in: None,
        removed_in: Some(v(10)),
        withdrawn_in: None,
        replacement: "try Path.symlink_to() and catch OSError",
        why: "whether a symlink can be made depends on the file system and privileges, not the platform",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import pathlib

if pathlib.supports_symlinks:
    pathlib.Path("link").symlink_to("target")
"#,
        after: r#"import pathlib

try:
    pathlib.Path("link").symlink_to("target")
except OSError:
    pass
"#,
    },
];
