//! An independent cross-check of the catalogue: typeshed's standard-library stubs (bundled in
//! mypy's wheel) know what left each Python version. Every module or public name they say is
//! gone in 3.3 to 3.15 must be a catalogue row (under its public spelling), a documented
//! behaviour, or on [`EXCLUDED`] with the reason. So must every keyword parameter their gates
//! take away (present in an older branch, absent or positional-only in a newer one): a keyword
//! row of that callable naming it, or a row of the callable itself.
//!
//! The stubs come from `PYSUNSET_TYPESHED_STDLIB` (a `typeshed/stdlib` folder), or from the
//! wheel of mypy [`MYPY`], which the test downloads with `pip download` into `target/typeshed/`
//! when it is not there yet. Without either, the test is skipped with a message, except under CI,
//! where it fails. `tests/typeshed/gone.py` reads the stubs (`stdlib/VERSIONS` and the
//! `sys.version_info` gates, and the parameters of the functions defined under them).

use pysunset::catalogue::{self, behaviours::BEHAVIOURS, Detection, Entry, ENTRIES};
use pysunset::stdlib::canonical_path;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The mypy release whose typeshed is read (pinned, so the list below stays exact).
const MYPY: &str = "2.4.1";

/// Private modules through which typeshed spells public names, and the public module.
const SPELLED_THROUGH: &[(&str, &str)] = &[
    ("importlib._abc", "importlib.abc"),
    ("sqlite3.dbapi2", "sqlite3"),
    ("unittest.case", "unittest"),
    ("unittest.loader", "unittest"),
    ("unittest.main", "unittest"),
];

/// Modules through which typeshed spells callables whose keyword parameters are gone, and the
/// module user code calls them through (parameters only: `ntpath` has rows of its own).
const CALLABLES_SPELLED_THROUGH: &[(&str, &str)] = &[
    ("genericpath", "os.path"),
    ("importlib.resources._common", "importlib.resources"),
    ("ntpath", "os.path"),
    ("posixpath", "os.path"),
];

/// Parameter gates that must be found (`name(keyword=)`), so that a change of the stubs' layout
/// cannot silently stop the parameter check.
const PARAMETER_GATES_SEEN: &[&str] = &[
    "poplib.POP3_SSL.stls(keyfile=)",
    "sqlite3.Connection.create_function(name=)",
    "sqlite3.Connection.set_trace_callback(trace_callback=)",
    "urllib.request.urlopen(cafile=)",
];

/// What typeshed says is gone but the catalogue leaves out, and why.
const EXCLUDED: &[(&str, &str)] = &[
    ("_compression", "a private module (compression._common in 3.14); no public API left"),
    ("asyncio.events.get_child_watcher", "the function is the row asyncio.get_child_watcher (3.14); typeshed also lists the submodule that defined it"),
    ("asyncio.events.set_child_watcher", "the function is the row asyncio.set_child_watcher (3.14); typeshed also lists the submodule that defined it"),
    ("asyncio.windows_events.DefaultEventLoopPolicy", "Windows-only spelling of asyncio.DefaultEventLoopPolicy (a row); no interpreter here can confirm its version"),
    ("asyncio.windows_events.WindowsProactorEventLoopPolicy", "Windows-only spelling of asyncio.WindowsProactorEventLoopPolicy (a row); no interpreter here can confirm its version"),
    ("asyncio.windows_events.WindowsSelectorEventLoopPolicy", "Windows-only spelling of asyncio.WindowsSelectorEventLoopPolicy (a row); no interpreter here can confirm its version"),
    ("binascii.b2a_base64", "typeshed redefines it for a new keyword in 3.15: a change of signature, not a removal"),
    ("dis.Bytecode.show_offsets", "typeshed redeclares the attribute from 3.14 on; a stub artefact, not a removal"),
    ("importlib.abc.FileLoader.load_module", "inherited from importlib.abc.Loader.load_module, a row"),
    ("importlib.metadata.Deprecated", "a private helper of importlib.metadata's deprecation shims (not in __all__)"),
    ("importlib.metadata.DeprecatedList", "a private helper of importlib.metadata's deprecation shims (not in __all__)"),
    ("importlib.metadata.DeprecatedNonAbstract", "a private helper of importlib.metadata's deprecation shims (not in __all__)"),
    ("importlib.metadata.DeprecatedTuple", "a private helper of importlib.metadata's deprecation shims (not in __all__)"),
    ("importlib.readers.remove_duplicates", "an internal helper of the resource readers"),
    ("importlib.resources.simple.ResourceContainer.joinpath", "typeshed redeclares the method in 3.12; a stub artefact"),
    ("modulefinder.EXTENDED_ARG", "opcode numbers modulefinder computed for itself, never its API"),
    ("modulefinder.IMPORT_NAME", "opcode numbers modulefinder computed for itself, never its API"),
    ("modulefinder.LOAD_CONST", "opcode numbers modulefinder computed for itself, never its API"),
    ("modulefinder.STORE_GLOBAL", "opcode numbers modulefinder computed for itself, never its API"),
    ("modulefinder.STORE_NAME", "opcode numbers modulefinder computed for itself, never its API"),
    ("modulefinder.STORE_OPS", "opcode numbers modulefinder computed for itself, never its API"),
    ("opcode.hasnargs", "the list dis re-exports: the row dis.hasnargs (3.12)"),
    ("pdb.Pdb.execRcLines", "an internal method of pdb's start-up (renamed), not documented"),
    ("re.RegexFlag.T", "the flag is the row re.TEMPLATE (3.13); the enum member is the same object"),
    ("re.RegexFlag.TEMPLATE", "the flag is the row re.TEMPLATE (3.13); the enum member is the same object"),
    ("socket.CAN_RAW_ERR_FILTER", "a constant of the platform's kernel headers, defined where they define it; not a CPython removal"),
    ("sre_constants.CALL", "an internal opcode of the regular expression engine, in a module that is a row (3.15)"),
    ("sre_constants.SRE_FLAG_TEMPLATE", "the internal value of re.TEMPLATE, a row (3.13), in a module that is a row (3.15)"),
    ("sre_parse.Verbose", "an internal exception of the regular expression parser, in a module that is a row (3.15)"),
    ("tkinter.Tk.split", "typeshed gives Tk the Tcl interpreter's methods; the removal is the row _tkinter.TkappType.split (3.11)"),
    ("tokenize.EXACT_TOKEN_TYPES", "re-exported from token by tokenize's star import; token.EXACT_TOKEN_TYPES remains"),
    ("typing.AsyncContextManager", "typeshed redefines it in 3.13 as an alias of contextlib.AbstractAsyncContextManager; still present"),
    ("typing.ContextManager", "typeshed redefines it in 3.13 as an alias of contextlib.AbstractContextManager; still present"),
    ("typing_extensions.no_type_check_decorator", "typing_extensions is a PyPI package, not the standard library"),
    ("unittest.load_tests", "the package's own load_tests hook for its test discovery, not an API"),
    ("zipfile._path.glob.match_dirs", "a private module"),
    ("zipfile._path.glob.replace", "a private module"),
    ("zipfile._path.glob.translate", "a private module"),
    ("zipfile._path.glob.translate_core", "a private module"),
    ("importlib.resources._common.get_package", "a private module"),
    ("argparse.HelpFormatter(color=)", "added in 3.14 and no longer taken in 3.15.0rc1, where ArgumentParser sets the formatter's colour itself; not in What's New as a removal, so left until 3.15's release dates it"),
    ("asyncio.base_events.BaseEventLoop.create_datagram_endpoint(reuse_address=)", "the concrete loop's spelling of the row asyncio.AbstractEventLoop.create_datagram_endpoint(reuse_address=) (3.11), which finds calls on the loops get_event_loop() returns"),
    ("collections.ChainMap.fromkeys(iterable=)", "3.13 made the classmethod's signature dict.fromkeys's (iterable, value=None, /); passing the iterable by keyword is not a documented use"),
    ("importlib.readers.MultiplexedPath.joinpath(child=)", "3.12 made joinpath take *descendants, as the Traversable protocol (pathlib's joinpath(*pathsegments)) does; the reader class is what files() returns, never constructed or called by keyword in documented use"),
    ("pdb.Pdb.interaction(traceback=)", "pdb's own hook, called by pdb positionally; 3.13 renamed the parameter tb_or_exc when it began to take exceptions"),
    ("pydoc.HTMLDoc.heading(bgcol=)", "undocumented helpers of pydoc's HTML renderer; 3.11 moved their colours to CSS"),
    ("pydoc.HTMLDoc.heading(fgcol=)", "undocumented helpers of pydoc's HTML renderer; 3.11 moved their colours to CSS"),
    ("pydoc.HTMLDoc.multicolumn(cols=)", "undocumented helpers of pydoc's HTML renderer; 3.11 moved their layout to CSS"),
    ("pydoc.HTMLDoc.section(bgcol=)", "undocumented helpers of pydoc's HTML renderer; 3.11 moved their colours to CSS"),
    ("pydoc.HTMLDoc.section(fgcol=)", "undocumented helpers of pydoc's HTML renderer; 3.11 moved their colours to CSS"),
    ("sre_parse.Tokenizer.checkgroupname(nested=)", "an internal method of the regular expression parser, in a module that is a row (3.15)"),
    ("sre_parse.parse_template(state=)", "an internal function of the regular expression parser, in a module that is a row (3.15)"),
    ("urllib.request.pathname2url(p=)", "the Windows spelling (nturl2path's p); the POSIX function, the one the interpreters here run, keeps pathname, and 3.14 renamed only url2pathname's (a row)"),
    ("importlib.resources._common.package_to_anchor", "a private module"),
];

/// Prefixes of names covered by one documented behaviour or fact of the tables.
const COVERED_AS_A_GROUP: &[(&str, &str)] = &[(
    "asyncio.trsock.TransportSocket.",
    "asyncio.trsock.TransportSocket I/O methods (send, recv, sendall, connect, accept, bind, close, ...)",
)];

#[derive(Debug, Deserialize)]
struct Gone {
    name: String,
    removed_in: String,
    kind: String,
    /// For a parameter: the callable that took it, and the keyword.
    callable: Option<String>,
    keyword: Option<String>,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The typeshed `stdlib` folder: given, already extracted, or downloaded now.
fn stdlib() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PYSUNSET_TYPESHED_STDLIB") {
        return Some(PathBuf::from(path));
    }
    let folder = root().join("target/typeshed").join(format!("mypy-{MYPY}"));
    let stdlib = folder.join("mypy/typeshed/stdlib");
    if stdlib.join("VERSIONS").is_file() {
        return Some(stdlib);
    }
    let download = Command::new("python3")
        .args(["-m", "pip", "download", "--no-deps", "--only-binary", ":all:", "-q", "-d"])
        .arg(&folder)
        .arg(format!("mypy=={MYPY}"))
        .status();
    if !download.is_ok_and(|status| status.success()) {
        return None;
    }
    let extract = Command::new("python3")
        .arg("-c")
        .arg("import glob, sys, zipfile\nfor wheel in glob.glob(sys.argv[1] + '/mypy-*.whl'):\n    z = zipfile.ZipFile(wheel)\n    z.extractall(sys.argv[1], [n for n in z.namelist() if n.startswith('mypy/typeshed/stdlib/')])\n")
        .arg(&folder)
        .status();
    (extract.is_ok_and(|status| status.success()) && stdlib.join("VERSIONS").is_file()).then_some(stdlib)
}

/// The public spelling of a name typeshed gives.
fn public(name: &str) -> String {
    let name = SPELLED_THROUGH
        .iter()
        .find_map(|(private, public)| {
            name.strip_prefix(private)
                .filter(|rest| rest.starts_with('.'))
                .map(|rest| format!("{public}{rest}"))
        })
        .unwrap_or_else(|| name.to_string());
    canonical_path(&name).into_owned()
}

/// The rows that cover a gone keyword parameter: a keyword row of the callable (under its public
/// spelling) naming the keyword, or a row of the callable itself.
fn parameter_rows(callable: &str, keyword: &str) -> Vec<&'static Entry> {
    let callable = CALLABLES_SPELLED_THROUGH
        .iter()
        .find_map(|(spelled, public)| {
            callable
                .strip_prefix(spelled)
                .filter(|rest| rest.starts_with('.'))
                .map(|rest| format!("{public}{rest}"))
        })
        .unwrap_or_else(|| public(callable));
    let keyword_rows = ENTRIES.iter().filter(|entry| match entry.detection {
        Detection::Keyword { callables, keywords } => {
            keywords.contains(&keyword) && callables.iter().any(|listed| canonical_path(listed) == callable)
        }
        _ => false,
    });
    keyword_rows.chain(catalogue::lookup(&callable)).collect()
}

fn covered(gone: &Gone) -> bool {
    if let (Some(callable), Some(keyword)) = (&gone.callable, &gone.keyword) {
        return !parameter_rows(callable, keyword).is_empty();
    }
    let name = public(&gone.name);
    let row = catalogue::lookup(&name).is_some()
        || ENTRIES.iter().any(|entry| entry.also_known_as.contains(&name.as_str()))
        || (gone.kind == "module" && catalogue::lookup_name_or_parent(&name).is_some());
    let behaviour = BEHAVIOURS.iter().any(|behaviour| behaviour.listed_as == name);
    let group = COVERED_AS_A_GROUP.iter().any(|(prefix, _)| gone.name.starts_with(prefix));
    row || behaviour || group
}

#[test]
fn everything_typeshed_says_is_gone_is_covered() {
    let Some(stdlib) = stdlib() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "typeshed could not be found or downloaded (mypy {MYPY}): CI must have it (set PYSUNSET_TYPESHED_STDLIB)"
        );
        eprintln!("skipped: typeshed could not be found or downloaded (pip download mypy=={MYPY}; or set PYSUNSET_TYPESHED_STDLIB)");
        return;
    };
    let output = Command::new("python3")
        .arg(root().join("tests/typeshed/gone.py"))
        .arg(&stdlib)
        .output()
        .expect("python3 runs tests/typeshed/gone.py");
    assert!(output.status.success(), "gone.py: {}", String::from_utf8_lossy(&output.stderr));
    let gone: Vec<Gone> = serde_json::from_slice(&output.stdout).expect("gone.py prints JSON");
    assert!(gone.len() > 100, "typeshed at {} lists only {} removals", stdlib.display(), gone.len());
    let mut problems = Vec::new();
    for name in PARAMETER_GATES_SEEN {
        if !gone.iter().any(|item| item.kind == "parameter" && item.name == *name) {
            problems.push(format!("{name}: gone.py no longer reads this parameter gate of the stubs"));
        }
    }
    let mut versions_differ = Vec::new();
    for item in &gone {
        let excluded = EXCLUDED.iter().any(|(name, _)| *name == item.name);
        if covered(item) {
            if excluded {
                problems.push(format!("{}: covered now, take it off EXCLUDED", item.name));
            }
            let entry = match (&item.callable, &item.keyword) {
                (Some(callable), Some(keyword)) => parameter_rows(callable, keyword).first().copied(),
                _ => catalogue::lookup(&public(&item.name)),
            };
            if let Some(entry) = entry {
                let said = entry.removed_in.map(|version| version.to_string()).unwrap_or_default();
                if said != item.removed_in {
                    versions_differ
                        .push(format!("{} ({} here, {} in typeshed)", item.name, said, item.removed_in));
                }
            }
        } else if !excluded {
            problems.push(format!(
                "{} (gone in {}, {}): not a row, a behaviour or EXCLUDED",
                item.name, item.removed_in, item.kind
            ));
        }
    }
    for (name, reason) in EXCLUDED {
        assert!(!reason.is_empty(), "{name} needs a reason");
        if !gone.iter().any(|item| item.name == *name) {
            problems.push(format!("EXCLUDED {name}: typeshed does not say it is gone"));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    eprintln!(
        "typeshed (mypy {MYPY}): {} removals, {} excluded; versions that differ (typeshed gates what its stubs model, not always the removal): {}",
        gone.len(),
        EXCLUDED.len(),
        versions_differ.join(", ")
    );
}
