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
const NOT_COVERED: &[(&str, &str)] = &[];

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
        "turtle.settiltangle",
        "turtle.RawTurtle.settiltangle",
        "turtle's module-level functions mirror the methods of its anonymous turtle; it went with the method",
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

/// `removals-before-3.12.json`: every removal in 3.3 to 3.11 is covered, apart from those on
/// [`NOT_YET_BEFORE_312`].
#[test]
fn every_removal_before_312_is_covered_with_the_tables_versions() {
    let Some(facts) = read_facts(BEFORE_312) else {
        return;
    };
    check_coverage(&facts, NOT_YET_BEFORE_312);
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

/// Removals before 3.12 that are not catalogue rows or behaviours yet (issue 14 is adding them;
/// the list only shrinks: a covered name must leave it).
const NOT_YET_BEFORE_312: &[&str] = &[
    "email.parser.Parser(strict=)",
    "unittest.TestCase.assertSameElements",
    "time.accept2dyear",
    "decimal.Context._clamp",
    "smtplib.SSLFakeFile",
    "ast.__version__",
    "threading.Thread(verbose=)",
    "pydoc.serve",
    "pydoc.gui",
    "python -m pydoc -g",
    "sys.flags.division_warning",
    "python -Q",
    "__import__() with a negative level",
    "importlib.abc.PyLoader",
    "importlib.abc.PyPycLoader",
    "http.client.HTTPConnection(strict=)",
    "http.client.HTTPSConnection(strict=)",
    "urllib.request.Request.add_data",
    "urllib.request.Request.has_data",
    "urllib.request.Request.get_data",
    "urllib.request.Request.get_type",
    "urllib.request.Request.get_host",
    "urllib.request.Request.get_selector",
    "urllib.request.Request.get_origin_req_host",
    "urllib.request.Request.is_unverifiable",
    "object.__format__() with a non-empty format string",
    "difflib.SequenceMatcher.isbjunk",
    "difflib.SequenceMatcher.isbpopular",
    "pydoc.Scanner",
    "platform._mac_ver_lookup",
    "platform._mac_ver_gstalt",
    "platform._bcd2str",
    "_gestalt",
    "tarfile.S_IFLNK",
    "tarfile.S_IFREG",
    "tarfile.S_IFBLK",
    "tarfile.S_IFDIR",
    "tarfile.S_IFCHR",
    "tarfile.S_IFIFO",
    "tarfile.TSUID",
    "tarfile.TSGID",
    "tarfile.TSVTX",
    "tarfile.TUREAD",
    "tarfile.TUWRITE",
    "tarfile.TUEXEC",
    "tarfile.TGREAD",
    "tarfile.TGWRITE",
    "tarfile.TGEXEC",
    "tarfile.TOREAD",
    "tarfile.TOWRITE",
    "tarfile.TOEXEC",
    "email.__version__",
    "ftplib.Netrc",
    ".pyo files",
    "asyncio.JoinableQueue",
    "html.parser.HTMLParser(strict=)",
    "html.parser.HTMLParser.error",
    "html.parser.HTMLParseError",
    "datetime.time: midnight is false",
    "smtplib.stderr",
    "f(x for x in y, *args) (unparenthesized generator with more arguments)",
    "decimal.Decimal.quantize(watchexp=)",
    "asyncore.dispatcher attribute delegation to the socket (__getattr__)",
    "site-python directories on sys.path",
    "tkinter.Misc.colormodel",
    "tkinter.Button.tkButtonDown",
    "tkinter.Button.tkButtonEnter",
    "tkinter.Button.tkButtonInvoke",
    "tkinter.Button.tkButtonLeave",
    "tkinter.Button.tkButtonUp",
    "tkinter.Menu.tk_firstMenu",
    "tkinter.Menu.tk_getMenuButtons",
    "tkinter.Menu.tk_invokeMenu",
    "tkinter.Menu.tk_mbButtonDown",
    "tkinter.Menu.tk_mbPost",
    "tkinter.Menu.tk_mbUnpost",
    "tkinter.Menu.tk_nextMenu",
    "tkinter.Menu.tk_nextMenuEntry",
    "tkinter.Menu.tk_traverseToMenu",
    "tkinter.Menu.tk_traverseWithinMenu",
    "tkinter.Text.tk_textBackspace",
    "tkinter.Text.tk_textIndexCloser",
    "tkinter.Text.tk_textResetAnchor",
    "tkinter.Text.tk_textSelectTo",
    "tkinter.Studbutton",
    "tkinter.Tributton",
    "re: unknown escapes of ASCII letters in patterns (e.g. r'\\q')",
    "re.LOCALE with str patterns",
    "inspect.getmoduleinfo",
    "trace.Ignore",
    "trace.usage",
    "trace.modname",
    "trace.fullmodname",
    "trace.find_lines_from_code",
    "trace.find_lines",
    "trace.find_strings",
    "trace.find_executable_linenos",
    "tkinter.Misc.tk_menuBar",
    "tkinter.Menu.tk_bindForTraversal",
    "zipfile.ZipFile.open() mode 'U'",
    "IN",
    "CDROM",
    "DLFCN",
    "TYPES",
    "CDIO",
    "STROPTS",
    "asynchat.fifo",
    "open(): 'U' combined with '+'",
    "json.dump()/dumps()/load()/loads() optional arguments passed positionally",
    "distutils.command.sdist.sdist.default_format",
    "unittest.mock.DescriptorTypes",
    "import loaders defining exec_module() without create_module()",
    "os.stat_float_times",
    "re.sub(): unknown escapes of ASCII letters in the replacement (e.g. r'\\q')",
    "tarfile.TarFile.add(exclude=)",
    "ntpath.splitunc",
    "collections.namedtuple(verbose=)",
    "collections.namedtuple(...)._source",
    "bool(x=)",
    "float(x=)",
    "list(sequence=)",
    "tuple(sequence=)",
    "int(x=)",
    "plistlib.Plist",
    "plistlib.Dict",
    "plistlib._InternalDict",
    "asyncio.windows_utils.socketpair",
    "asyncio.selectors",
    "asyncio._overlapped",
    "ssl.SSLSocket() / ssl.SSLObject() direct instantiation",
    "distutils.cmd.install_misc",
    "fpectl",
    "async / await as identifiers",
    "StopIteration raised inside a generator (PEP 479)",
    "asynchronous __aiter__ (returning an awaitable)",
    "f(x for x in y,) and class C(x for x in y) (unparenthesized generator with a comma)",
    "string.Formatter.format(format_string=)",
    "http.cookies.Morsel.key / value / coded_value assignment",
    "http.cookies.Morsel.set(LegalChars=)",
    "os.errno",
    "ast.literal_eval() of arbitrary additions/subtractions (e.g. '2+3')",
    "asyncio.async",
    "subprocess.Popen.wait(endtime=)",
    "macurl2path",
    "re.Pattern.match/search/fullmatch/split/findall/finditer(pattern=)",
    "typing.GenericMeta",
    "typing.CallableMeta",
    "typing.TupleMeta",
    "typing.TypingMeta",
    "xml.dom.minidom.Document.async",
    "asyncio.compat",
    "macpath",
    "platform.popen",
    "time.clock",
    "pyvenv",
    "cgi.escape",
    "cgi.parse_qs",
    "cgi.parse_qsl",
    "tarfile.filemode",
    "xml.etree.ElementTree.XMLParser(html=)",
    "xml.etree.ElementTree.XMLParser.doctype",
    "'unicode_internal' codec",
    "codecs.unicode_internal_encode",
    "codecs.unicode_internal_decode",
    "sqlite3.Cache",
    "sqlite3.Statement",
    "fileinput.input(bufsize=)",
    "fileinput.FileInput(bufsize=)",
    "sys.set_coroutine_wrapper",
    "sys.get_coroutine_wrapper",
    "hmac.new() without digestmod (implicit MD5)",
    "yield / yield from inside comprehensions and generator expressions",
    "tkinter.ttk.Treeview.selection() with arguments",
    "dbm.dumb databases opened with 'r' are writable",
    "platform.linux_distribution",
    "platform.dist",
    "platform.DEV_NULL",
    "multiprocessing.semaphore_tracker",
    "multiprocessing.managers.DictProxy.has_key",
    "calendar.monthlen",
    "calendar.nextmonth",
    "calendar.prevmonth",
    "keyword.main",
    "urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes",
    "unittest.mock.__version__",
    "nntplib.NNTP.xpath",
    "nntplib.NNTP.xgtitle",
    "array.array.tostring",
    "array.array.fromstring",
    "sys.callstats",
    "sys.getcheckinterval",
    "sys.setcheckinterval",
    "_dummy_thread",
    "dummy_threading",
    "aifc.openfp",
    "sunau.openfp",
    "wave.openfp",
    "threading.Thread.isAlive",
    "xml.etree.ElementTree.Element.getchildren",
    "xml.etree.ElementTree.Element.getiterator",
    "xml.etree.ElementTree.ElementTree.getiterator",
    "plistlib.readPlist",
    "plistlib.writePlist",
    "plistlib.readPlistFromBytes",
    "plistlib.writePlistToBytes",
    "plistlib.Data",
    "plistlib.load(use_builtin_types=)",
    "plistlib.loads(use_builtin_types=)",
    "base64.encodestring",
    "base64.decodestring",
    "fractions.gcd",
    "bz2.BZ2File(buffering=)",
    "json.loads(encoding=)",
    "with (yield from lock) / with (await lock) for asyncio locks",
    "sys.getcounts",
    "python -X showalloccount",
    "typing.NamedTuple._field_types",
    "symtable.SymbolTable.has_exec",
    "asyncio.Task.current_task",
    "asyncio.Task.all_tasks",
    "html.parser.HTMLParser.unescape",
    "collections.namedtuple(...)._fields_defaults",
    "tempfile.SpooledTemporaryFile.softspace",
    "enum.Enum._convert",
    "typing.List.__args__ / __parameters__ on bare (unsubscripted) typing aliases",
    "uuid.getnode(getters=)",
    "xml.etree.ElementTree.TreeBuilder.start() without attrs",
    "pathlib.Path as a context manager closing the path",
    "concurrent.futures.Executor.submit(fn=)",
    "unittest.TestCase.addCleanup(function=)",
    "functools.partialmethod(func=)",
    "weakref.finalize(obj=, func=)",
    "contextlib.ExitStack.callback(callback=)",
    "profile.Profile.runcall(func=)",
    "cProfile.Profile.runcall(func=)",
    "bdb.Bdb.runcall(func=)",
    "trace.Trace.runfunc(func=)",
    "curses.wrapper(func=)",
    "multiprocessing.managers.Server.create(c=, typeid=)",
    "complex.__int__",
    "complex.__float__",
    "complex.__floordiv__",
    "complex.__mod__",
    "complex.__divmod__",
    "complex.__rfloordiv__",
    "complex.__rmod__",
    "complex.__rdivmod__",
    "_markupbase.ParserBase.error",
    "unicodedata.ucnhash_CAPI",
    "parser",
    "symbol",
    "formatter",
    "collections.Awaitable",
    "collections.Coroutine",
    "collections.AsyncIterable",
    "collections.AsyncIterator",
    "collections.AsyncGenerator",
    "collections.Hashable",
    "collections.Iterable",
    "collections.Iterator",
    "collections.Generator",
    "collections.Reversible",
    "collections.Sized",
    "collections.Container",
    "collections.Callable",
    "collections.Collection",
    "collections.Set",
    "collections.MutableSet",
    "collections.Mapping",
    "collections.MutableMapping",
    "collections.MappingView",
    "collections.KeysView",
    "collections.ItemsView",
    "collections.ValuesView",
    "collections.Sequence",
    "collections.MutableSequence",
    "collections.ByteString",
    "asyncio.sleep(loop=)",
    "asyncio.gather(loop=)",
    "asyncio.shield(loop=)",
    "asyncio.wait_for(loop=)",
    "asyncio.wait(loop=)",
    "asyncio.as_completed(loop=)",
    "asyncio.create_subprocess_exec(loop=)",
    "asyncio.create_subprocess_shell(loop=)",
    "asyncio.open_connection(loop=)",
    "asyncio.start_server(loop=)",
    "asyncio.open_unix_connection(loop=)",
    "asyncio.start_unix_server(loop=)",
    "asyncio.Lock(loop=)",
    "asyncio.Event(loop=)",
    "asyncio.Condition(loop=)",
    "asyncio.Semaphore(loop=)",
    "asyncio.BoundedSemaphore(loop=)",
    "asyncio.Queue(loop=)",
    "traceback.format_exception(etype=)",
    "traceback.format_exception_only(etype=)",
    "traceback.print_exception(etype=)",
    "distutils.command.bdist_wininst",
    "builtins taking integers accept objects with only __int__ (Decimal, Fraction)",
    "socket.htons() / ntohs() silently truncating values over 16 bits",
    "math.factorial() with an integral float (e.g. 5.0)",
    "grp.getgrgid() with a non-integer (e.g. 0.0)",
    "hmac.HMAC.digest_cons",
    "hmac.HMAC.inner",
    "hmac.HMAC.outer",
    "pathlib.supports_symlinks",
    "importlib.abc.FileLoader.open_resource",
    "importlib.abc.FileLoader.resource_path",
    "importlib.abc.FileLoader.is_resource",
    "importlib.abc.FileLoader.contents",
    "http.cookiejar.MozillaCookieJar.header",
    "python -X oldparser / PYTHONOLDPARSER",
    "_bootlocale",
    "asyncio.coroutine",
    "asyncio.coroutines.CoroWrapper",
    "asyncio.AbstractEventLoop.create_datagram_endpoint(reuse_address=)",
    "binhex",
    "binascii.a2b_hqx",
    "binascii.b2a_hqx",
    "binascii.rlecode_hqx",
    "binascii.rledecode_hqx",
    "distutils.command.bdist_msi",
    "xml.dom.pulldom.DOMEventStream.__getitem__",
    "wsgiref.util.FileWrapper.__getitem__",
    "fileinput.FileInput.__getitem__",
    "gettext.lgettext",
    "gettext.ldgettext",
    "gettext.lngettext",
    "gettext.ldngettext",
    "gettext.bind_textdomain_codeset",
    "gettext.NullTranslations.output_charset",
    "gettext.NullTranslations.set_output_charset",
    "gettext.NullTranslations.lgettext",
    "gettext.NullTranslations.lngettext",
    "gettext.translation(codeset=)",
    "gettext.install(codeset=)",
    "inspect.getargspec",
    "inspect.formatargspec",
    "inspect.Signature.from_builtin",
    "inspect.Signature.from_function",
    "inspect.ArgSpec",
    "pathlib.PurePath.__class_getitem__",
    "smtpd.MailmanProxy",
    "_tkinter.TkappType.split",
    "float.__setformat__",
    "open() / io.open() / codecs.open() / fileinput mode 'U'",
    "asyncio loop.set_default_executor() with a non-ThreadPoolExecutor",
    "random.sample() with a set population",
    "random.shuffle(random=)",
    "random.seed() with other hashable types (e.g. a tuple)",
    "re: global inline flags (e.g. (?i)) not at the start of the pattern",
    "asyncio.wait() with coroutine objects",
    "sysconfig.get_config_var('SO')",
    "asyncio.trsock.TransportSocket I/O methods (send, recv, sendall, connect, accept, bind, close, ...)",
    "re.sre_parse",
    "re.sre_compile",
    "urllib.parse.MAX_CACHE_SIZE",
    "pathlib._Accessor",
    "pathlib.Path._accessor",
];
