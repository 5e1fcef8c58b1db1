//! The catalogue is complete and agrees with the fact table `shared/removals.json` (next to the
//! repository, as `../shared/` on the machines and in CI; `PYSUNSET_REMOVALS_JSON` names another
//! copy):
//! - every entry that is `removed` or `pending` is a catalogue row (by symbol or by one of its
//!   `also_known_as` names), a documented behaviour that code does not show, or on
//!   [`NOT_COVERED`] with the reason;
//! - the row or behaviour has the table's versions;
//! - entries that were announced and then kept (`not-removed`, `not-a-real-name`, and
//!   `postponed` without a new date) are in neither;
//! - every catalogue row comes from an entry of the table (directly, or through [`DERIVED`]).

use pysunset::catalogue::behaviours::BEHAVIOURS;
use pysunset::catalogue::ENTRIES;
use pysunset::PythonVersion;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A row of `removals.json` (the fields this test reads).
#[derive(Debug, Deserialize)]
struct Fact {
    name: String,
    kind: String,
    deprecated_in: Option<String>,
    removed_in: Option<String>,
    status: String,
}

/// Entries of the table that are removed or pending, but neither a row nor a behaviour, and why.
const NOT_COVERED: &[(&str, &str)] = &[
    (
        "asyncio.async",
        "`async` is a keyword since 3.7: `asyncio.async(...)` is a syntax error there, so such a file does not parse (pysunset reports it as unparsable code, not a use)",
    ),
    (
        "complex.__divmod__",
        "complex numbers never supported it: the slot always raised TypeError, so no working program called it; only the method object went",
    ),
    (
        "complex.__float__",
        "complex numbers never supported it: the slot always raised TypeError, so no working program called it; only the method object went",
    ),
    (
        "complex.__floordiv__",
        "complex numbers never supported it: the slot always raised TypeError, so no working program called it; only the method object went",
    ),
    (
        "complex.__int__",
        "complex numbers never supported it: the slot always raised TypeError, so no working program called it; only the method object went",
    ),
    (
        "complex.__mod__",
        "complex numbers never supported it: the slot always raised TypeError, so no working program called it; only the method object went",
    ),
    (
        "complex.__rdivmod__",
        "complex numbers never supported it: the slot always raised TypeError, so no working program called it; only the method object went",
    ),
    (
        "complex.__rfloordiv__",
        "complex numbers never supported it: the slot always raised TypeError, so no working program called it; only the method object went",
    ),
    (
        "complex.__rmod__",
        "complex numbers never supported it: the slot always raised TypeError, so no working program called it; only the method object went",
    ),
    (
        "distutils.command.bdist_msi",
        "inside distutils, a row (removed in 3.12, after this submodule): an import of it is reported as distutils",
    ),
    (
        "distutils.command.bdist_wininst",
        "inside distutils, a row (removed in 3.12, after this submodule): an import of it is reported as distutils",
    ),
    (
        "float.__setformat__",
        "a helper of CPython's own test suite on a builtin type, which programs never called",
    ),
    (
        "xml.dom.minidom.Document.async",
        "`async` is a keyword since 3.7: `document.async` is a syntax error there, so such a file does not parse",
    ),
];

/// Catalogue rows that are not themselves in the table, with the entry they come from and why.
const DERIVED: &[(&str, &str, &str)] = &[
    (
        "ast.NodeVisitor.visit_Bytes",
        "ast.NodeVisitor visit_Num/visit_Str/visit_Bytes/visit_NameConstant/visit_Ellipsis dispatch",
        "one of the five methods NodeVisitor stopped dispatching to; the table lists them as one change (the row of visit_Num)",
    ),
    (
        "ast.NodeVisitor.visit_Ellipsis",
        "ast.NodeVisitor visit_Num/visit_Str/visit_Bytes/visit_NameConstant/visit_Ellipsis dispatch",
        "one of the five methods NodeVisitor stopped dispatching to; the table lists them as one change (the row of visit_Num)",
    ),
    (
        "ast.NodeVisitor.visit_NameConstant",
        "ast.NodeVisitor visit_Num/visit_Str/visit_Bytes/visit_NameConstant/visit_Ellipsis dispatch",
        "one of the five methods NodeVisitor stopped dispatching to; the table lists them as one change (the row of visit_Num)",
    ),
    (
        "ast.NodeVisitor.visit_Str",
        "ast.NodeVisitor visit_Num/visit_Str/visit_Bytes/visit_NameConstant/visit_Ellipsis dispatch",
        "one of the five methods NodeVisitor stopped dispatching to; the table lists them as one change (the row of visit_Num)",
    ),
    (
        "configparser.RawConfigParser.readfp",
        "configparser.ConfigParser.readfp",
        "readfp() was defined on RawConfigParser; the table lists it on ConfigParser, which inherits it",
    ),
    (
        "importlib.metadata.SelectableGroups.get",
        "importlib.metadata.entry_points() dict interface (SelectableGroups)",
        "a dict method of entry_points()' result, the part of that change a call shows (the row of __getitem__ carries the entry)",
    ),
    (
        "importlib.metadata.SelectableGroups.items",
        "importlib.metadata.entry_points() dict interface (SelectableGroups)",
        "a dict method of entry_points()' result, the part of that change a call shows (the row of __getitem__ carries the entry)",
    ),
    (
        "importlib.metadata.SelectableGroups.keys",
        "importlib.metadata.entry_points() dict interface (SelectableGroups)",
        "a dict method of entry_points()' result, the part of that change a call shows (the row of __getitem__ carries the entry)",
    ),
    (
        "importlib.metadata.SelectableGroups.values",
        "importlib.metadata.entry_points() dict interface (SelectableGroups)",
        "a dict method of entry_points()' result, the part of that change a call shows (the row of __getitem__ carries the entry)",
    ),
    (
        "importlib.metadata.SelectableGroups",
        "importlib.metadata.entry_points() dict interface (SelectableGroups)",
        "the class of the dict interface, the part of that change a name shows",
    ),
    (
        "json.dump(obj, fp, positional)",
        "json.dump()/dumps()/load()/loads() optional arguments passed positionally",
        "one of the four functions of that change (the row of json.dumps carries the entry)",
    ),
    (
        "json.load(fp, positional)",
        "json.dump()/dumps()/load()/loads() optional arguments passed positionally",
        "one of the four functions of that change (the row of json.dumps carries the entry)",
    ),
    (
        "json.loads(s, positional)",
        "json.dump()/dumps()/load()/loads() optional arguments passed positionally",
        "one of the four functions of that change (the row of json.dumps carries the entry)",
    ),
    (
        "re.split(pattern, string, maxsplit)",
        "re.split/sub/subn with maxsplit/count/flags passed positionally",
        "one of the three functions of that deprecation (the row of re.sub carries the entry)",
    ),
    (
        "re.subn(pattern, repl, string, count)",
        "re.split/sub/subn with maxsplit/count/flags passed positionally",
        "one of the three functions of that deprecation (the row of re.sub carries the entry)",
    ),
    (
        "sqlite3.Cursor.executemany(':name', sequences)",
        "sqlite3 named placeholders with a sequence of parameters",
        "executemany() binds each row as execute() binds its parameters: the same change, for rows",
    ),
    (
        "sys.last_traceback",
        "sys.last_type / sys.last_value / sys.last_traceback",
        "one of the three attributes of that deprecation (the row of sys.last_type carries the entry)",
    ),
    (
        "sys.last_value",
        "sys.last_type / sys.last_value / sys.last_traceback",
        "one of the three attributes of that deprecation (the row of sys.last_type carries the entry)",
    ),
    (
        "tkinter.Variable.trace_vdelete",
        "tkinter.Variable.trace_variable / trace_vdelete / trace_vinfo",
        "one of the three methods of that deprecation (the row of trace_variable carries the entry)",
    ),
    (
        "tkinter.Variable.trace_vinfo",
        "tkinter.Variable.trace_variable / trace_vdelete / trace_vinfo",
        "one of the three methods of that deprecation (the row of trace_variable carries the entry)",
    ),
    (
        "urllib.request.splitattr",
        "urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes",
        "one of the ten re-exports of that removal (the row of urllib.request.splittype carries the entry)",
    ),
    (
        "urllib.request.splithost",
        "urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes",
        "one of the ten re-exports of that removal (the row of urllib.request.splittype carries the entry)",
    ),
    (
        "urllib.request.splitpasswd",
        "urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes",
        "one of the ten re-exports of that removal (the row of urllib.request.splittype carries the entry)",
    ),
    (
        "urllib.request.splitport",
        "urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes",
        "one of the ten re-exports of that removal (the row of urllib.request.splittype carries the entry)",
    ),
    (
        "urllib.request.splitquery",
        "urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes",
        "one of the ten re-exports of that removal (the row of urllib.request.splittype carries the entry)",
    ),
    (
        "urllib.request.splittag",
        "urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes",
        "one of the ten re-exports of that removal (the row of urllib.request.splittype carries the entry)",
    ),
    (
        "urllib.request.splituser",
        "urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes",
        "one of the ten re-exports of that removal (the row of urllib.request.splittype carries the entry)",
    ),
    (
        "urllib.request.splitvalue",
        "urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes",
        "one of the ten re-exports of that removal (the row of urllib.request.splittype carries the entry)",
    ),
    (
        "urllib.request.to_bytes",
        "urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes",
        "one of the ten re-exports of that removal (the row of urllib.request.splittype carries the entry)",
    ),
    (
        "tkinter.Variable.trace",
        "tkinter.Variable.trace_variable / trace_vdelete / trace_vinfo",
        "trace is the same function as trace_variable (`trace = trace_variable`), so it warns and is deprecated with it",
    ),
    (
        "turtle.settiltangle",
        "turtle.RawTurtle.settiltangle",
        "turtle's module-level functions mirror the methods of its anonymous turtle; it went with the method",
    ),
];

/// Rows that come from neither table but from the cross-checks: names typeshed's stubs say are
/// gone and keyword parameters their gates take away (tests/typeshed.rs), whose removal version
/// tests/interpreters/ confirms (the 3.15 ones against Pyodide 315.0.0-alpha.2, CPython
/// 3.15.0rc1, by hand: no 3.15 column runs there); and `sysconfig.expand_makefile_vars`, from
/// its own DeprecationWarning ("will be removed in Python 3.16") in 3.14.2 and 3.15.0rc1.
const FOUND_BY_CROSS_CHECKS: &[&str] = &[
    "_msi",
    "asyncio.coroutines.coroutine",
    "cProfile.label",
    "asyncio.events.AbstractEventLoopPolicy",
    "asyncio.events.BaseDefaultEventLoopPolicy",
    "asyncio.unix_events.AbstractChildWatcher",
    "asyncio.unix_events.BaseChildWatcher",
    "asyncio.unix_events.DefaultEventLoopPolicy",
    "asyncio.unix_events.FastChildWatcher",
    "asyncio.unix_events.MultiLoopChildWatcher",
    "asyncio.unix_events.PidfdChildWatcher",
    "asyncio.unix_events.SafeChildWatcher",
    "asyncio.unix_events.ThreadedChildWatcher",
    "ftplib.FTP_TLS.certfile",
    "ftplib.FTP_TLS.keyfile",
    "http.client.HTTPSConnection.cert_file",
    "http.client.HTTPSConnection.key_file",
    "imaplib.IMAP4_SSL.certfile",
    "imaplib.IMAP4_SSL.keyfile",
    "importlib.resources.Resource",
    "multiprocessing.reduction.ACKNOWLEDGE",
    "os.path.<function>(p=, filename=, ...)",
    "poplib.POP3_SSL.certfile",
    "poplib.POP3_SSL.keyfile",
    "poplib.POP3_SSL.stls(keyfile=, certfile=)",
    "smtplib.SMTP_SSL.certfile",
    "smtplib.SMTP_SSL.keyfile",
    "sqlite3.Connection.create_aggregate(name=, n_arg=, aggregate_class=)",
    "sqlite3.Connection.create_function(name=, narg=, func=)",
    "sqlite3.Connection.set_authorizer(authorizer_callback=)",
    "sqlite3.Connection.set_progress_handler(progress_handler=)",
    "sqlite3.Connection.set_trace_callback(trace_callback=)",
    "sre_parse.expand_template",
    "sysconfig.expand_makefile_vars",
    "tokenize.StopTokenizing",
    "urllib.request.url2pathname(pathname=)",
];

/// Rows that come from neither table but from real code the project read, with where: removals
/// from a private module the tables do not cover, each confirmed by tests/interpreters (present in
/// the native 3.6 and 3.7, gone from the release the row names on).
const FOUND_IN_REAL_CODE: &[(&str, &str)] = &[
    (
        "_ast.AugLoad",
        "the slice and context classes of the private _ast: logilab-astng 0.24.3 and ruamel.yaml 0.15.80 import them from `_ast` (accuracy spot checks of sessions 31 and 34)",
    ),
    (
        "_ast.AugStore",
        "the slice and context classes of the private _ast: logilab-astng 0.24.3 and ruamel.yaml 0.15.80 import them from `_ast` (accuracy spot checks of sessions 31 and 34)",
    ),
    (
        "_ast.Bytes",
        "the per-literal classes of the private _ast: logilab-astng 0.24.3 and ruamel.yaml 0.15.80 import them from `_ast` (accuracy spot checks of sessions 31 and 34)",
    ),
    (
        "_ast.Ellipsis",
        "the per-literal classes of the private _ast: logilab-astng 0.24.3 and ruamel.yaml 0.15.80 import them from `_ast` (accuracy spot checks of sessions 31 and 34)",
    ),
    (
        "_ast.ExtSlice",
        "the slice and context classes of the private _ast: logilab-astng 0.24.3 and ruamel.yaml 0.15.80 import them from `_ast` (accuracy spot checks of sessions 31 and 34)",
    ),
    (
        "_ast.Index",
        "the slice and context classes of the private _ast: logilab-astng 0.24.3 and ruamel.yaml 0.15.80 import them from `_ast` (accuracy spot checks of sessions 31 and 34)",
    ),
    (
        "_ast.NameConstant",
        "the per-literal classes of the private _ast: logilab-astng 0.24.3 and ruamel.yaml 0.15.80 import them from `_ast` (accuracy spot checks of sessions 31 and 34)",
    ),
    (
        "_ast.Num",
        "the per-literal classes of the private _ast: logilab-astng 0.24.3 and ruamel.yaml 0.15.80 import them from `_ast` (accuracy spot checks of sessions 31 and 34)",
    ),
    (
        "_ast.Param",
        "the slice and context classes of the private _ast: logilab-astng 0.24.3 and ruamel.yaml 0.15.80 import them from `_ast` (accuracy spot checks of sessions 31 and 34)",
    ),
    (
        "_ast.Str",
        "the per-literal classes of the private _ast: logilab-astng 0.24.3 and ruamel.yaml 0.15.80 import them from `_ast` (accuracy spot checks of sessions 31 and 34)",
    ),
    (
        "_ast.Suite",
        "the slice and context classes of the private _ast: logilab-astng 0.24.3 and ruamel.yaml 0.15.80 import them from `_ast` (accuracy spot checks of sessions 31 and 34)",
    ),
];

/// Rows that come from neither table but from CPython's own documentation, with the place that
/// says so: deprecations the tables left out, which both peers report (ruff's UP023 and pylint's
/// deprecated-module for `xml.etree.cElementTree`, pylint's deprecated-attribute for
/// `typing.AnyStr`). A row here may stand for a fact the tables call `not-removed` only while
/// it has no removal version: the removal was taken back, the deprecation was not.
const FOUND_IN_CPYTHON_DOCS: &[(&str, &str)] = &[
    (
        "importlib.resources.contents",
        "Doc/library/importlib.resources.rst (3.13 and later) keeps `deprecated:: 3.11` on contents() \
         (\"prefer iterdir()\") while the other legacy functions were un-deprecated (the table's \
         not-removed); 3.13, 3.14 and 3.15.0rc1 still warn when it is called (tests/interpreters)",
    ),
    (
        "typing.AnyStr",
        "Doc/library/typing.rst `deprecated-removed:: 3.13 3.18` (gh-105578, What's New 3.13); gh-150190 \
         (merged 2026-11-05) moved the removal to 3.21 (Doc/deprecations/pending-removal-in-3.21.rst) \
         and warns from 3.16",
    ),
    (
        "xml.etree.cElementTree",
        "Doc/library/xml.etree.elementtree.rst `deprecated:: 3.3`: the module is deprecated; its \
         3.9.0a1 removal was reverted (the table's not-removed), no removal date since",
    ),
];

fn fact_path(file: &str) -> Option<PathBuf> {
    let variable = match file {
        REMOVALS => "PYSUNSET_REMOVALS_JSON",
        _ => "PYSUNSET_REMOVALS_BEFORE_312_JSON",
    };
    if let Some(path) = std::env::var_os(variable) {
        return Some(PathBuf::from(path));
    }
    // `../shared/<file>`, or that of a folder further up (a worktree inside the checkout).
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .skip(1)
        .map(|folder| folder.join("shared").join(file))
        .find(|path| path.is_file())
}

/// The fact table of removals from 3.12 on, scheduled removals and undated deprecations.
const REMOVALS: &str = "removals.json";
/// The fact table of removals in 3.3 to 3.11.
const BEFORE_312: &str = "removals-before-3.12.json";

fn read_facts(file: &str) -> Option<Vec<Fact>> {
    let Some(path) = fact_path(file) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "shared/{file} was not found next to the repository: CI must have it (set PYSUNSET_REMOVALS_JSON / PYSUNSET_REMOVALS_BEFORE_312_JSON to its path)"
        );
        eprintln!("skipped: shared/{file} was not found next to the repository");
        return None;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    Some(serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display())))
}

/// Both tables, when both are there.
fn facts() -> Option<Vec<Fact>> {
    let mut facts = read_facts(REMOVALS)?;
    facts.extend(read_facts(BEFORE_312)?);
    Some(facts)
}

/// A version of the table. Python 2 deprecations (`gzip.GzipFile.filename`, 2.6) read as none:
/// the catalogue's versions are Python 3's. A patch release (3.4.4) reads as its feature
/// release: the catalogue speaks of feature releases.
fn version(text: &Option<String>) -> Option<PythonVersion> {
    text.as_deref().filter(|text| !text.starts_with("2.")).map(|text| {
        let minor = text.strip_prefix("3.").and_then(|minor| minor.split('.').next()?.parse().ok());
        PythonVersion::new(minor.unwrap_or_else(|| panic!("not a Python 3 version: {text}")))
    })
}

/// Whether the catalogue must cover the fact: removed (at any version since 3.3), pending,
/// postponed to a new date, or deprecated without a date. `restored` APIs (removed, then back
/// before 3.12, the oldest target), `not-removed` and `not-a-real-name` ones must not be.
fn is_scheduled(fact: &Fact) -> bool {
    matches!(fact.status.as_str(), "removed" | "pending" | "unscheduled")
        || (fact.status == "postponed" && fact.removed_in.is_some())
}

/// What covers a fact: a row, a behaviour, or nothing.
enum Cover {
    Row(&'static pysunset::Entry),
    Behaviour(&'static pysunset::catalogue::behaviours::Behaviour),
    None,
}

fn cover(fact: &Fact) -> Cover {
    let rows = ENTRIES
        .iter()
        .filter(|row| row.symbol == fact.name || row.also_known_as.contains(&fact.name.as_str()));
    let behaviours = BEHAVIOURS.iter().filter(|behaviour| behaviour.listed_as == fact.name);
    assert!(
        rows.count() + behaviours.count() <= 1,
        "{} is covered twice (by rows or behaviours): a detected change needs no second, undetectable entry",
        fact.name
    );
    if let Some(row) =
        ENTRIES.iter().find(|row| row.symbol == fact.name || row.also_known_as.contains(&fact.name.as_str()))
    {
        return Cover::Row(row);
    }
    if let Some(behaviour) = BEHAVIOURS.iter().find(|behaviour| behaviour.listed_as == fact.name) {
        return Cover::Behaviour(behaviour);
    }
    Cover::None
}

/// Checks that every fact of `facts` the catalogue must cover is a row or a behaviour with the
/// table's versions, or is listed in `not_yet` (which must hold only uncovered facts).
fn check_coverage(facts: &[Fact], not_yet: &[&str]) {
    let mut problems = Vec::new();
    let mut counts = [0usize; 4];
    for fact in facts.iter().filter(|fact| is_scheduled(fact)) {
        let (removed, deprecated) = (version(&fact.removed_in), version(&fact.deprecated_in));
        let (name, got_removed, got_deprecated) = match cover(fact) {
            Cover::Row(row) => {
                counts[0] += 1;
                (row.symbol, row.removed_in, row.deprecated_in)
            }
            Cover::Behaviour(behaviour) => {
                counts[1] += 1;
                (behaviour.name, behaviour.removed_in, behaviour.deprecated_in)
            }
            Cover::None => {
                if NOT_COVERED.iter().any(|(name, _)| *name == fact.name) {
                    counts[2] += 1;
                } else if not_yet.contains(&fact.name.as_str()) {
                    counts[3] += 1;
                } else {
                    problems.push(format!(
                        "{} ({}, {}): not in the catalogue, the behaviours or NOT_COVERED",
                        fact.name, fact.kind, fact.status
                    ));
                }
                continue;
            }
        };
        if not_yet.contains(&fact.name.as_str()) {
            problems
                .push(format!("{}: covered now, take it off the list of those not yet covered", fact.name));
        }
        if got_removed != removed {
            problems.push(format!(
                "{name}: removed in {got_removed:?}, the table says {removed:?} ({})",
                fact.name
            ));
        }
        // The table leaves some deprecations undated; a row may know the version then.
        let python2 = fact.deprecated_in.as_deref().is_some_and(|text| text.starts_with("2."));
        if (deprecated.is_some() || python2) && got_deprecated != deprecated {
            problems.push(format!(
                "{name}: deprecated in {got_deprecated:?}, the table says {deprecated:?} ({})",
                fact.name
            ));
        }
    }
    for name in not_yet {
        if !facts.iter().any(|fact| fact.name == *name && is_scheduled(fact)) {
            problems.push(format!("{name}: listed as not yet covered, but not a removal of the table"));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    eprintln!(
        "covered: {} by catalogue rows, {} by documented behaviours, {} excluded, {} not yet covered",
        counts[0], counts[1], counts[2], counts[3]
    );
}

/// `removals.json`: every removal since 3.12, every scheduled one and every deprecation without
/// a date is covered.
#[test]
fn every_scheduled_removal_is_covered_with_the_tables_versions() {
    let Some(facts) = read_facts(REMOVALS) else {
        return;
    };
    check_coverage(&facts, &[]);
}

/// `removals-before-3.12.json`: every removal in 3.3 to 3.11 is covered.
#[test]
fn every_removal_before_312_is_covered_with_the_tables_versions() {
    let Some(facts) = read_facts(BEFORE_312) else {
        return;
    };
    check_coverage(&facts, &[]);
}

#[test]
fn what_was_kept_is_not_reported() {
    let Some(facts) = facts() else {
        return;
    };
    let kept: Vec<String> = facts
        .iter()
        .filter(|fact| !is_scheduled(fact))
        .filter_map(|fact| match cover(fact) {
            // A spelling that never existed may lead readers to the real row (`also_known_as`).
            Cover::Row(row) if row.symbol != fact.name && fact.status == "not-a-real-name" => None,
            // A removal taken back while the deprecation stands: reported with no removal date.
            // A deprecation taken back too: reported only before the withdrawal (`withdrawn_in`).
            Cover::Row(row)
                if fact.status == "not-removed"
                    && row.removed_in.is_none()
                    && (row.withdrawn_in.is_some()
                        || FOUND_IN_CPYTHON_DOCS.iter().any(|(symbol, _)| *symbol == row.symbol)) =>
            {
                None
            }
            Cover::Row(row) => {
                Some(format!("{} ({}) is the catalogue row {}", fact.name, fact.status, row.symbol))
            }
            Cover::Behaviour(behaviour) => {
                Some(format!("{} ({}) is the behaviour {}", fact.name, fact.status, behaviour.name))
            }
            Cover::None => None,
        })
        .collect();
    assert!(kept.is_empty(), "announced, then kept or never real:\n{}", kept.join("\n"));
}

#[test]
fn every_row_comes_from_the_table() {
    let Some(facts) = facts() else {
        return;
    };
    let scheduled =
        |name: &str| facts.iter().find(|fact| fact.name == name).filter(|fact| is_scheduled(fact));
    let mut problems = Vec::new();
    for row in ENTRIES {
        let listed =
            scheduled(row.symbol).is_some() || row.also_known_as.iter().any(|name| scheduled(name).is_some());
        if listed {
            continue;
        }
        // A withdrawn deprecation is the table's not-removed fact with the deprecation it had;
        // tests/interpreters shows the window (the call warns before `withdrawn_in`, not after).
        if row.withdrawn_in.is_some() {
            let withdrawn = facts.iter().any(|fact| {
                fact.name == row.symbol
                    && fact.status == "not-removed"
                    && version(&fact.deprecated_in) == row.deprecated_in
            });
            if !withdrawn {
                problems.push(format!("{}: withdrawn, but not the table's not-removed fact", row.symbol));
            }
            continue;
        }
        if FOUND_BY_CROSS_CHECKS.contains(&row.symbol) {
            if facts.iter().any(|fact| fact.name == row.symbol) {
                problems.push(format!("{}: in the table now, take it off FOUND_BY_CROSS_CHECKS", row.symbol));
            }
            continue;
        }
        if FOUND_IN_REAL_CODE.iter().any(|(symbol, _)| *symbol == row.symbol) {
            if scheduled(row.symbol).is_some() {
                problems.push(format!("{}: in the table now, take it off FOUND_IN_REAL_CODE", row.symbol));
            }
            continue;
        }
        if FOUND_IN_CPYTHON_DOCS.iter().any(|(symbol, _)| *symbol == row.symbol) {
            if scheduled(row.symbol).is_some() {
                problems.push(format!("{}: in the table now, take it off FOUND_IN_CPYTHON_DOCS", row.symbol));
            }
            continue;
        }
        match DERIVED.iter().find(|(symbol, _, _)| *symbol == row.symbol) {
            Some((_, from, _)) => match scheduled(from) {
                Some(fact) if version(&fact.removed_in) == row.removed_in => {}
                Some(fact) => problems.push(format!(
                    "{}: removed in {:?}, but {from} in {:?}",
                    row.symbol, row.removed_in, fact.removed_in
                )),
                None => problems
                    .push(format!("{}: derived from {from}, which the table does not schedule", row.symbol)),
            },
            None => problems
                .push(format!("{}: not in the table (list it in DERIVED with the reason)", row.symbol)),
        }
    }
    for name in FOUND_BY_CROSS_CHECKS {
        if !ENTRIES.iter().any(|row| row.symbol == *name) {
            problems.push(format!("FOUND_BY_CROSS_CHECKS {name}: not a catalogue row"));
        }
    }
    for (name, source) in FOUND_IN_REAL_CODE {
        assert!(!source.is_empty(), "{name} needs its source");
        if !ENTRIES.iter().any(|row| row.symbol == *name) {
            problems.push(format!("FOUND_IN_REAL_CODE {name}: not a catalogue row"));
        }
    }
    for (name, source) in FOUND_IN_CPYTHON_DOCS {
        assert!(!source.is_empty(), "{name} needs its source");
        if !ENTRIES.iter().any(|row| row.symbol == *name) {
            problems.push(format!("FOUND_IN_CPYTHON_DOCS {name}: not a catalogue row"));
        }
    }
    for behaviour in BEHAVIOURS {
        if scheduled(behaviour.listed_as).is_none() {
            problems.push(format!(
                "behaviour {}: listed_as {:?} is not scheduled in the table",
                behaviour.name, behaviour.listed_as
            ));
        }
    }
    for (name, reason) in NOT_COVERED {
        assert!(!reason.is_empty(), "{name} needs a reason");
        if scheduled(name).is_none() {
            problems.push(format!("NOT_COVERED {name}: not scheduled in the table"));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// What `from M import *` binds, asked of one interpreter: for each `M.name` given, `true` or
/// `false` where the interpreter has it (with `callables`, has it as a class or function),
/// nothing where it does not. Its input is `[callables, symbols]`.
const STAR_PROBE: &str = r#"
import builtins, importlib, json, sys, warnings
warnings.simplefilter("ignore")
out = {}
callables, symbols = json.load(sys.stdin)
for symbol in symbols:
    module, _, name = symbol.rpartition(".")
    if not module:
        continue
    try:
        found = importlib.import_module(module)
    except BaseException:
        continue
    if not hasattr(found, name):
        continue
    if callables and not callable(getattr(found, name)):
        continue
    bound = {}
    try:
        exec("from %s import *" % module, bound)
    except BaseException:
        continue
    out[symbol] = name in bound and not hasattr(builtins, name)
json.dump(out, sys.stdout)
"#;

/// The native CPythons from 3.6 on installed with pyenv (none on a machine without it).
fn native_pythons() -> Vec<PathBuf> {
    let root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".pyenv")));
    let Some(Ok(versions)) = root.map(|root| std::fs::read_dir(root.join("versions"))) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = versions
        .filter_map(Result::ok)
        .filter(|version| {
            let name = version.file_name().to_string_lossy().into_owned();
            let minor = name.strip_prefix("3.").and_then(|rest| rest.split('.').next()?.parse::<u32>().ok());
            minor.is_some_and(|minor| minor >= 6)
        })
        .map(|version| version.path().join("bin").join("python3"))
        .filter(|python| python.exists())
        .collect();
    found.sort();
    found
}

/// Whether `from M import *` binds each of `symbols` (`M.name`; with `callables`, only those
/// that are classes or functions) in some native CPython installed: `None` when none is
/// installed.
fn star_bound(symbols: &[&str], callables: bool) -> Option<std::collections::BTreeMap<String, bool>> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let pythons = native_pythons();
    if pythons.is_empty() {
        eprintln!("no native CPython under pyenv: star exports not probed");
        return None;
    }
    let input = serde_json::to_string(&(callables, symbols)).expect("JSON");
    let mut bound: std::collections::BTreeMap<String, bool> = Default::default();
    for python in &pythons {
        let mut child = Command::new(python)
            .args(["-I", "-S", "-c", STAR_PROBE])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("run the interpreter");
        child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write");
        let output = child.wait_with_output().expect("interpreter output");
        let answers: std::collections::BTreeMap<String, bool> = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|_| panic!("{} answered no JSON", python.display()));
        for (symbol, star) in answers {
            *bound.entry(symbol).or_default() |= star;
        }
    }
    Some(bound)
}

/// Checks a list of star-export facts against what the interpreters bind: each listed symbol is
/// bound by `from M import *` in some installed CPython that has it, and every probed symbol
/// that some installed CPython binds so (and that is no builtin) is listed.
fn assert_star_facts(listed: &[&str], bound: &std::collections::BTreeMap<String, bool>) {
    for symbol in listed {
        assert_ne!(
            bound.get(*symbol),
            Some(&false),
            "{symbol}: no installed interpreter's star import binds it"
        );
    }
    for (symbol, star) in bound {
        assert!(!star || listed.contains(&symbol.as_str()), "{symbol}: a star import binds it; list it");
    }
}

/// The star-export facts (`crate/catalogue/star_exports.rs`) agree with the interpreters: each
/// listed name is bound by `from M import *` in some installed CPython that has it, and every
/// removed name some installed CPython binds so (and that is no builtin) is listed.
#[test]
fn star_exports_match_the_interpreters() {
    use pysunset::catalogue::star_exports::STAR_EXPORTED;
    let names: Vec<&str> = ENTRIES
        .iter()
        .filter(|entry| entry.detection == pysunset::catalogue::Detection::Name)
        .map(|entry| entry.symbol)
        .filter(|symbol| !symbol.contains('('))
        .collect();
    if let Some(bound) = star_bound(&names, false) {
        assert_star_facts(STAR_EXPORTED, &bound);
    }
}

/// The classes and functions a star import binds that the model follows
/// (`pysunset::stdlib::STAR_EXPORTED_KNOWN`) agree with the interpreters, among the classes the
/// catalogue's rows are members of (the parents of their symbols that are classes) and the
/// callables whose results `pysunset::stdlib::PRODUCES` knows.
#[test]
fn star_exported_known_match_the_interpreters() {
    use pysunset::stdlib::{PRODUCES, STAR_EXPORTED_KNOWN};
    let mut candidates: Vec<&str> = ENTRIES
        .iter()
        .filter(|entry| !entry.symbol.contains('('))
        .filter_map(|entry| entry.symbol.rsplit_once('.').map(|(parent, _)| parent))
        .chain(PRODUCES.iter().filter_map(|(key, _)| key.strip_suffix("()")))
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    if let Some(bound) = star_bound(&candidates, true) {
        assert!(bound.contains_key("datetime.datetime"), "the probe found no class");
        assert_star_facts(STAR_EXPORTED_KNOWN, &bound);
    }
}
