//! Which catalogue entries have an automatic fix, and how it is made: one row per entry, keyed
//! by the entry's symbol (a test checks that every key is an entry of the catalogue).
//!
//! Entries whose replacement looks like a one-to-one rename but that have no fix are listed in
//! [`MANUAL`] with the reason; a test checks that no such entry is forgotten.

use super::Applicability::{self, Safe, Unsafe};
use std::collections::HashMap;
use std::sync::OnceLock;

/// How a fix rewrites a use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recipe {
    /// The last segment is renamed, the receiver or module kept; keyword arguments of a call are
    /// renamed as listed. A `from` import takes the new name `as` the old one.
    /// Ex) `self.assertEquals(a, b)` -> `self.assertEqual(a, b)`,
    /// `parser.readfp(f, filename=n)` -> `parser.read_file(f, source=n)`.
    Rename {
        /// The new last segment.
        to: &'static str,
        /// Keyword arguments renamed in a call: `(old, new)`.
        keywords: &'static [(&'static str, &'static str)],
    },
    /// The reference is replaced by another expression, whose module is imported if needed.
    /// Ex) `imp.reload(m)` -> `importlib.reload(m)` (adding `import importlib`).
    Replace {
        /// The new expression (a dotted name, or a dotted name with a call in it).
        with: &'static str,
        /// The module `with` needs imported (empty for a builtin).
        import: &'static str,
    },
    /// A call without arguments is replaced by a value.
    /// Ex) `imp.get_magic()` -> `importlib.util.MAGIC_NUMBER`.
    CallToValue {
        /// The new expression.
        with: &'static str,
        /// The module it needs imported.
        import: &'static str,
    },
    /// A namespace whose members live in its parent: `typing.io.IO` -> `typing.IO`,
    /// `from typing.io import IO` -> `from typing import IO`.
    Namespace {
        /// The parent module.
        parent: &'static str,
        /// The names the namespace held.
        members: &'static [&'static str],
    },
    /// A loader lookup whose result is only tested (for `None` or truth) becomes a spec lookup,
    /// which finds the same modules. Ex) `if importlib.find_loader(name) is None:` ->
    /// `if importlib.util.find_spec(name) is None:`.
    LoaderTest {
        /// The new function.
        with: &'static str,
        /// The module it needs imported.
        import: &'static str,
    },
    /// `p.link_to(t)` -> `pathlib.Path(t).hardlink_to(p)`: the new method is called on the
    /// link to create, so receiver and argument swap.
    SwapToHardlink,
    /// A keyword argument that is ignored is dropped. Ex) `is_python_build(check_home=True)`.
    DropKeyword,
    /// A keyword argument is renamed. Ex) `ParsingError(filename=f)` -> `ParsingError(source=f)`.
    RenameKeyword {
        /// The new keyword.
        to: &'static str,
    },
    /// The only argument, passed by a removed keyword, is passed by position instead.
    /// Ex) `files(package="pkg")` -> `files("pkg")`.
    KeywordToPositional,
    /// A removed module whose names other recipes migrate: `from imp import reload` is
    /// rewritten to `from importlib import reload`, and `import imp` is deleted once nothing
    /// in the file spells its name any more.
    MigratedModule,
    /// A getter method called without arguments becomes the attribute it reads, the receiver
    /// kept. Ex) `t.getName()` -> `t.name`, `t.isDaemon()` -> `t.daemon`.
    CallToAttribute {
        /// The attribute.
        attribute: &'static str,
    },
    /// A setter method called with one positional argument, as a statement of its own, becomes
    /// an assignment to the attribute it sets. Ex) `t.setDaemon(True)` -> `t.daemon = True`.
    /// Unsafe unless the receiver is a plain name or attribute: the assignment evaluates the
    /// value before the receiver, the call the other way round.
    CallToAssignment {
        /// The attribute.
        attribute: &'static str,
    },
}

/// Which uses a recipe applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Any reference: calls, attribute reads, bases, decorators (not assignments to it).
    Any,
    /// Only a call of it (arguments as they are).
    Called,
    /// Only a call with exactly one positional argument and nothing else.
    CalledWithOne,
}

/// One row: the fix of one catalogue entry.
#[derive(Clone, Copy, Debug)]
pub struct FixRecipe {
    /// The entry's symbol, as in the catalogue.
    pub symbol: &'static str,
    /// How the use is rewritten.
    pub recipe: Recipe,
    /// Which uses it applies to.
    pub shape: Shape,
    /// Whether the rewrite keeps behaviour. The engine may lower a safe recipe to unsafe at a
    /// use where it cannot tell (a distinctive method on an unknown receiver, a receiver with
    /// side effects, ...).
    pub applicability: Applicability,
}

const fn row(symbol: &'static str, recipe: Recipe, shape: Shape, applicability: Applicability) -> FixRecipe {
    FixRecipe { symbol, recipe, shape, applicability }
}

const fn rename(symbol: &'static str, to: &'static str) -> FixRecipe {
    row(symbol, Recipe::Rename { to, keywords: &[] }, Shape::Any, Safe)
}

const fn replace(symbol: &'static str, with: &'static str, import: &'static str) -> FixRecipe {
    row(symbol, Recipe::Replace { with, import }, Shape::Any, Safe)
}

const fn constructor(symbol: &'static str, keywords: &'static [(&'static str, &'static str)]) -> FixRecipe {
    row(symbol, Recipe::Rename { to: "Constant", keywords }, Shape::Called, Safe)
}

/// The members of `typing.io`.
const TYPING_IO: &[&str] = &["BinaryIO", "IO", "TextIO"];
/// The members of `typing.re`.
const TYPING_RE: &[&str] = &["Match", "Pattern"];

/// Every fix, by symbol.
pub static RECIPES: &[FixRecipe] = &[
    row("_pyio.OpenWrapper", Recipe::Rename { to: "open", keywords: &[] }, Shape::Called, Safe),
    row("argparse.BooleanOptionalAction(type=, choices=, metavar=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    constructor("ast.Bytes", &[("s", "value")]),
    rename("ast.Constant.n", "value"),
    rename("ast.Constant.s", "value"),
    constructor("ast.NameConstant", &[]),
    constructor("ast.Num", &[("n", "value")]),
    constructor("ast.Str", &[("s", "value")]),
    rename("ast.Tuple.dims", "elts"),
    row(
        "asyncio.iscoroutinefunction",
        Recipe::Replace { with: "inspect.iscoroutinefunction", import: "inspect" },
        Shape::Any,
        Unsafe,
    ),
    row(
        "configparser.ConfigParser.readfp",
        Recipe::Rename { to: "read_file", keywords: &[("filename", "source")] },
        Shape::Any,
        Safe,
    ),
    row("configparser.ParsingError(filename=)", Recipe::RenameKeyword { to: "source" }, Shape::Any, Safe),
    rename("configparser.ParsingError.filename", "source"),
    row(
        "configparser.RawConfigParser.readfp",
        Recipe::Rename { to: "read_file", keywords: &[("filename", "source")] },
        Shape::Any,
        Safe,
    ),
    rename("configparser.SafeConfigParser", "ConfigParser"),
    row("email.utils.localtime(isdst=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    rename("gzip.GzipFile.filename", "name"),
    row("imp", Recipe::MigratedModule, Shape::Any, Safe),
    replace("imp.cache_from_source", "importlib.util.cache_from_source", "importlib.util"),
    row(
        "imp.get_magic",
        Recipe::CallToValue { with: "importlib.util.MAGIC_NUMBER", import: "importlib.util" },
        Shape::Called,
        Safe,
    ),
    row(
        "imp.get_tag",
        Recipe::CallToValue { with: "sys.implementation.cache_tag", import: "sys" },
        Shape::Called,
        Safe,
    ),
    replace("imp.new_module", "types.ModuleType", "types"),
    replace("imp.reload", "importlib.reload", "importlib"),
    replace("imp.source_from_cache", "importlib.util.source_from_cache", "importlib.util"),
    replace("importlib.abc.Traversable", "importlib.resources.abc.Traversable", "importlib.resources.abc"),
    replace(
        "importlib.abc.TraversableResources",
        "importlib.resources.abc.TraversableResources",
        "importlib.resources.abc",
    ),
    row(
        "importlib.find_loader",
        Recipe::LoaderTest { with: "importlib.util.find_spec", import: "importlib.util" },
        Shape::CalledWithOne,
        Safe,
    ),
    row("importlib.resources.files(package=)", Recipe::KeywordToPositional, Shape::Any, Safe),
    rename("io.OpenWrapper", "open"),
    rename("locale.format", "format_string"),
    row("pathlib.Path.link_to", Recipe::SwapToHardlink, Shape::Called, Safe),
    row(
        "pkgutil.find_loader",
        Recipe::LoaderTest { with: "importlib.util.find_spec", import: "importlib.util" },
        Shape::CalledWithOne,
        Safe,
    ),
    row(
        "pkgutil.get_loader",
        Recipe::LoaderTest { with: "importlib.util.find_spec", import: "importlib.util" },
        Shape::CalledWithOne,
        Safe,
    ),
    row("shutil.ExecError", Recipe::Replace { with: "RuntimeError", import: "" }, Shape::Any, Unsafe),
    replace("sqlite3.OptimizedUnicode", "str", ""),
    row("sysconfig.is_python_build(check_home=)", Recipe::DropKeyword, Shape::Any, Safe),
    row(
        "tempfile._TemporaryFileWrapper",
        Recipe::Rename { to: "TemporaryFileWrapper", keywords: &[] },
        Shape::Any,
        Unsafe,
    ),
    row(
        "turtle.RawTurtle.settiltangle",
        Recipe::Rename { to: "tiltangle", keywords: &[] },
        Shape::Called,
        Safe,
    ),
    row("turtle.settiltangle", Recipe::Rename { to: "tiltangle", keywords: &[] }, Shape::Called, Safe),
    row("typing.io", Recipe::Namespace { parent: "typing", members: TYPING_IO }, Shape::Any, Safe),
    row("typing.re", Recipe::Namespace { parent: "typing", members: TYPING_RE }, Shape::Any, Safe),
    rename("unittest.TestCase.assertAlmostEquals", "assertAlmostEqual"),
    rename("unittest.TestCase.assertEquals", "assertEqual"),
    rename("unittest.TestCase.assertNotAlmostEquals", "assertNotAlmostEqual"),
    rename("unittest.TestCase.assertNotEquals", "assertNotEqual"),
    rename("unittest.TestCase.assertNotRegexpMatches", "assertNotRegex"),
    rename("unittest.TestCase.assertRaisesRegexp", "assertRaisesRegex"),
    rename("unittest.TestCase.assertRegexpMatches", "assertRegex"),
    rename("unittest.TestCase.assert_", "assertTrue"),
    rename("unittest.TestCase.failIf", "assertFalse"),
    rename("unittest.TestCase.failIfAlmostEqual", "assertNotAlmostEqual"),
    rename("unittest.TestCase.failIfEqual", "assertNotEqual"),
    rename("unittest.TestCase.failUnless", "assertTrue"),
    rename("unittest.TestCase.failUnlessAlmostEqual", "assertAlmostEqual"),
    rename("unittest.TestCase.failUnlessEqual", "assertEqual"),
    rename("unittest.TestCase.failUnlessRaises", "assertRaises"),
    row("unittest.TestLoader.loadTestsFromModule(use_load_tests=)", Recipe::DropKeyword, Shape::Any, Safe),
    rename("unittest._TextTestResult", "TextTestResult"),
    row(
        "unittest.findTestCases",
        Recipe::Replace { with: "unittest.TestLoader().loadTestsFromModule", import: "unittest" },
        Shape::CalledWithOne,
        Safe,
    ),
    row(
        "unittest.getTestCaseNames",
        Recipe::Replace { with: "unittest.TestLoader().getTestCaseNames", import: "unittest" },
        Shape::CalledWithOne,
        Safe,
    ),
    row(
        "unittest.makeSuite",
        Recipe::Replace { with: "unittest.TestLoader().loadTestsFromTestCase", import: "unittest" },
        Shape::CalledWithOne,
        Safe,
    ),
];

// ---- Issue 14: fixes of the undated deprecations and of the removals before 3.12 ----------
// Kept apart from RECIPES (each block sorted) while the catalogue's layout is being reworked.

/// The fixes of rows added by issue 14 (undated deprecations, removals before 3.12), by symbol.
pub static ISSUE14_RECIPES: &[FixRecipe] = &[
    row("aifc.openfp", Recipe::Rename { to: "open", keywords: &[] }, Shape::Any, Safe),
    rename("array.array.fromstring", "frombytes"),
    rename("array.array.tostring", "tobytes"),
    row("asyncio.BoundedSemaphore(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.Condition(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.Event(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    rename("asyncio.JoinableQueue", "Queue"),
    row("asyncio.Lock(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.Queue(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.Semaphore(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.as_completed(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.create_subprocess_exec(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.create_subprocess_shell(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.gather(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.open_connection(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.open_unix_connection(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    replace("asyncio.selectors", "selectors", "selectors"),
    row("asyncio.shield(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.sleep(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.start_server(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.start_unix_server(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.wait(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    row("asyncio.wait_for(loop=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    replace("asyncio.windows_utils.socketpair", "socket.socketpair", "socket"),
    rename("base64.decodestring", "decodebytes"),
    rename("base64.encodestring", "encodebytes"),
    row("bz2.BZ2File(buffering=)", Recipe::DropKeyword, Shape::Any, Safe),
    rename("calendar.February", "FEBRUARY"),
    rename("calendar.January", "JANUARY"),
    replace("cgi.parse_qs", "urllib.parse.parse_qs", "urllib.parse"),
    replace("cgi.parse_qsl", "urllib.parse.parse_qsl", "urllib.parse"),
    replace("collections.AsyncGenerator", "collections.abc.AsyncGenerator", "collections.abc"),
    replace("collections.AsyncIterable", "collections.abc.AsyncIterable", "collections.abc"),
    replace("collections.AsyncIterator", "collections.abc.AsyncIterator", "collections.abc"),
    replace("collections.Awaitable", "collections.abc.Awaitable", "collections.abc"),
    replace("collections.ByteString", "collections.abc.ByteString", "collections.abc"),
    replace("collections.Callable", "collections.abc.Callable", "collections.abc"),
    replace("collections.Collection", "collections.abc.Collection", "collections.abc"),
    replace("collections.Container", "collections.abc.Container", "collections.abc"),
    replace("collections.Coroutine", "collections.abc.Coroutine", "collections.abc"),
    replace("collections.Generator", "collections.abc.Generator", "collections.abc"),
    replace("collections.Hashable", "collections.abc.Hashable", "collections.abc"),
    replace("collections.ItemsView", "collections.abc.ItemsView", "collections.abc"),
    replace("collections.Iterable", "collections.abc.Iterable", "collections.abc"),
    replace("collections.Iterator", "collections.abc.Iterator", "collections.abc"),
    replace("collections.KeysView", "collections.abc.KeysView", "collections.abc"),
    replace("collections.Mapping", "collections.abc.Mapping", "collections.abc"),
    replace("collections.MappingView", "collections.abc.MappingView", "collections.abc"),
    replace("collections.MutableMapping", "collections.abc.MutableMapping", "collections.abc"),
    replace("collections.MutableSequence", "collections.abc.MutableSequence", "collections.abc"),
    replace("collections.MutableSet", "collections.abc.MutableSet", "collections.abc"),
    replace("collections.Reversible", "collections.abc.Reversible", "collections.abc"),
    replace("collections.Sequence", "collections.abc.Sequence", "collections.abc"),
    replace("collections.Set", "collections.abc.Set", "collections.abc"),
    replace("collections.Sized", "collections.abc.Sized", "collections.abc"),
    replace("collections.ValuesView", "collections.abc.ValuesView", "collections.abc"),
    row("collections.namedtuple(verbose=)", Recipe::DropKeyword, Shape::Any, Unsafe),
    rename("decimal.Context._clamp", "clamp"),
    rename("enum.Enum._convert", "_convert_"),
    row("fileinput.FileInput(bufsize=)", Recipe::DropKeyword, Shape::Any, Safe),
    row("fileinput.input(bufsize=)", Recipe::DropKeyword, Shape::Any, Safe),
    row("gettext.install(codeset=)", Recipe::DropKeyword, Shape::Any, Safe),
    row("gettext.translation(codeset=)", Recipe::DropKeyword, Shape::Any, Safe),
    row(
        "inspect.Signature.from_builtin",
        Recipe::Rename { to: "from_callable", keywords: &[] },
        Shape::Any,
        Unsafe,
    ),
    row(
        "inspect.Signature.from_function",
        Recipe::Rename { to: "from_callable", keywords: &[] },
        Shape::Any,
        Unsafe,
    ),
    row("inspect.getargspec", Recipe::Rename { to: "getfullargspec", keywords: &[] }, Shape::Any, Unsafe),
    row("json.loads(encoding=)", Recipe::DropKeyword, Shape::Any, Safe),
    rename("logging.Logger.warn", "warning"),
    rename("logging.LoggerAdapter.warn", "warning"),
    rename("logging.warn", "warning"),
    replace("os.errno", "errno", "errno"),
    replace("platform.DEV_NULL", "os.devnull", "os"),
    replace("platform.popen", "os.popen", "os"),
    replace("smtplib.stderr", "sys.stderr", "sys"),
    row("sunau.openfp", Recipe::Rename { to: "open", keywords: &[] }, Shape::Any, Safe),
    rename("sys._clear_type_cache", "_clear_internal_caches"),
    replace("tarfile.S_IFBLK", "stat.S_IFBLK", "stat"),
    replace("tarfile.S_IFCHR", "stat.S_IFCHR", "stat"),
    replace("tarfile.S_IFDIR", "stat.S_IFDIR", "stat"),
    replace("tarfile.S_IFIFO", "stat.S_IFIFO", "stat"),
    replace("tarfile.S_IFLNK", "stat.S_IFLNK", "stat"),
    replace("tarfile.S_IFREG", "stat.S_IFREG", "stat"),
    replace("tarfile.TGEXEC", "stat.S_IXGRP", "stat"),
    replace("tarfile.TGREAD", "stat.S_IRGRP", "stat"),
    replace("tarfile.TGWRITE", "stat.S_IWGRP", "stat"),
    replace("tarfile.TOEXEC", "stat.S_IXOTH", "stat"),
    replace("tarfile.TOREAD", "stat.S_IROTH", "stat"),
    replace("tarfile.TOWRITE", "stat.S_IWOTH", "stat"),
    replace("tarfile.TSGID", "stat.S_ISGID", "stat"),
    replace("tarfile.TSUID", "stat.S_ISUID", "stat"),
    replace("tarfile.TSVTX", "stat.S_ISVTX", "stat"),
    replace("tarfile.TUEXEC", "stat.S_IXUSR", "stat"),
    replace("tarfile.TUREAD", "stat.S_IRUSR", "stat"),
    replace("tarfile.TUWRITE", "stat.S_IWUSR", "stat"),
    replace("tarfile.filemode", "stat.filemode", "stat"),
    rename("threading.Condition.notifyAll", "notify_all"),
    rename("threading.Event.isSet", "is_set"),
    row("threading.Thread(verbose=)", Recipe::DropKeyword, Shape::Any, Safe),
    row("threading.Thread.getName", Recipe::CallToAttribute { attribute: "name" }, Shape::Called, Safe),
    rename("threading.Thread.isAlive", "is_alive"),
    row("threading.Thread.isDaemon", Recipe::CallToAttribute { attribute: "daemon" }, Shape::Called, Safe),
    row("threading.Thread.setDaemon", Recipe::CallToAssignment { attribute: "daemon" }, Shape::Called, Safe),
    row("threading.Thread.setName", Recipe::CallToAssignment { attribute: "name" }, Shape::Called, Safe),
    rename("threading.activeCount", "active_count"),
    rename("threading.currentThread", "current_thread"),
    replace("typing.Hashable", "collections.abc.Hashable", "collections.abc"),
    replace("typing.Sized", "collections.abc.Sized", "collections.abc"),
    replace("typing.Text", "str", ""),
    row(
        "unittest.TestCase.assertSameElements",
        Recipe::Rename { to: "assertCountEqual", keywords: &[] },
        Shape::Any,
        Unsafe,
    ),
    row("uuid.getnode(getters=)", Recipe::DropKeyword, Shape::Any, Safe),
    row("wave.openfp", Recipe::Rename { to: "open", keywords: &[] }, Shape::Any, Safe),
    rename("xml.etree.ElementTree.Element.getiterator", "iter"),
    row(
        "xml.etree.ElementTree.ElementTree.getiterator",
        Recipe::Rename { to: "iter", keywords: &[] },
        Shape::Any,
        Unsafe,
    ),
];

/// Rows added by issue 14 whose replacement reads like a rename but that get no fix, and why.
pub static ISSUE14_MANUAL: &[(&str, &str)] = &[
    ("asynchat.fifo", "deque has append/popleft where fifo had push/pop"),
    ("sysconfig.get_config_var('SO')", "the argument changes, not a name: EXT_SUFFIX may include the ABI tag"),
    ("_tkinter.TkappType.split", "splitlist splits one level as Tcl does; split guessed at nested lists"),
    ("asyncio.Task.all_tasks", "asyncio.all_tasks() leaves out finished tasks and needs a running loop"),
    ("asyncio.Task.current_task", "asyncio.current_task() raises RuntimeError where no loop runs; Task.current_task() returned None"),
    ("cgi.escape", "html.escape also escapes quotes unless quote=False is passed"),
    ("codecs.unicode_internal_decode", "the internal layout was UCS-2 or UCS-4 by build: the right codec depends on the data"),
    ("codecs.unicode_internal_encode", "the internal layout was UCS-2 or UCS-4 by build: the right codec depends on the data"),
    ("fractions.gcd", "math.gcd is never negative; fractions.gcd took the sign of its second argument"),
    ("gettext.NullTranslations.lgettext", "gettext() returns str, lgettext() returned encoded bytes"),
    ("gettext.NullTranslations.lngettext", "ngettext() returns str, lngettext() returned encoded bytes"),
    ("gettext.ldgettext", "dgettext() returns str, ldgettext() returned encoded bytes"),
    ("gettext.ldngettext", "dngettext() returns str, ldngettext() returned encoded bytes"),
    ("gettext.lgettext", "gettext() returns str, lgettext() returned encoded bytes"),
    ("gettext.lngettext", "ngettext() returns str, lngettext() returned encoded bytes"),
    ("html.parser.HTMLParser.unescape", "the call moves from the parser to the html module: a different receiver"),
    ("importlib.abc.FileLoader.open_resource", "files() needs the package's name, which the loader method did not take"),
    ("importlib.abc.PyLoader", "SourceLoader has different abstract methods (get_data, get_filename)"),
    ("importlib.abc.PyPycLoader", "SourceLoader has different abstract methods (get_data, get_filename)"),
    ("platform._bcd2str", "a private helper with no public twin; mac_ver() returns the whole version"),
    ("platform._mac_ver_gstalt", "a private helper with no public twin; mac_ver() returns the whole version"),
    ("platform._mac_ver_lookup", "a private helper with no public twin; mac_ver() returns the whole version"),
    ("plistlib.readPlist", "load() takes an open binary file where readPlist took a path or file"),
    ("plistlib.readPlistFromBytes", "loads() returns dicts and bytes where readPlistFromBytes returned Plist and Data objects"),
    ("plistlib.writePlist", "dump() takes an open binary file where writePlist took a path or file"),
    ("plistlib.writePlistToBytes", "dumps() rejects Data objects that writePlistToBytes took"),
    ("smtplib.SSLFakeFile", "makefile() is called on the socket; SSLFakeFile wrapped it"),
    ("sys.get_coroutine_wrapper", "origin tracking depth is a number, not a wrapper function"),
    ("sys.getcheckinterval", "the switch interval is in seconds, the check interval was in bytecodes"),
    ("sys.setcheckinterval", "the switch interval is in seconds, the check interval was in bytecodes"),
    ("tkinter.Studbutton", "Button is a different widget with other options"),
    ("tkinter.Tributton", "Button is a different widget with other options"),
    ("trace.modname", "getmodulename() returns None for files that are not modules, modname the base name"),
    (
        "codecs.open",
        "with an encoding, codecs.open opens the file in binary mode underneath and does not translate newlines; open() does",
    ),
    (
        "datetime.datetime.utcfromtimestamp",
        "fromtimestamp(ts, tz=datetime.UTC) returns an aware datetime, utcfromtimestamp a naive one: comparisons and arithmetic with naive values then fail",
    ),
    (
        "datetime.datetime.utcnow",
        "now(tz=datetime.UTC) returns an aware datetime, utcnow() a naive one: comparisons and arithmetic with naive values then fail, and isoformat() gains +00:00",
    ),
    ("pdb.Pdb.curframe_locals", "curframe.f_locals is a live view (3.13+), curframe_locals a snapshot"),
    (
        "ssl.SSLContext.set_npn_protocols",
        "ALPN is a different protocol extension; the peer must support it",
    ),
    (
        "ssl.SSLSocket.selected_npn_protocol",
        "ALPN is a different protocol extension; the peer must support it",
    ),
    ("sys.last_traceback", "sys.last_exc holds the exception; its traceback is last_exc.__traceback__"),
    ("sys.last_type", "sys.last_exc holds the exception; its type is type(sys.last_exc)"),
    ("sys.last_value", "sys.last_exc is set only where the interpreter sets it (3.12+); code that sets last_value must set last_exc too"),
    (
        "tkinter.Variable.trace_variable",
        "trace_add takes mode names (\"write\") where trace_variable took letters (\"w\")",
    ),
    ("tkinter.Variable.trace_vdelete", "trace_remove takes mode names (\"write\") where trace_vdelete took letters"),
    ("tkinter.Variable.trace_vinfo", "trace_info returns (modes tuple, callback name) pairs, not (letters, name)"),
    (
        "traceback.TracebackException.exc_type",
        "exc_type_str is the type's name as a string, not the class",
    ),
    ("urllib.parse.splittag", "urldefrag returns '' for a missing fragment where splittag returned None"),
    ("urllib.parse.splitvalue", "partition returns '' for a missing value where splitvalue returned None"),
];

/// Entries whose replacement reads like a rename but that get no automatic fix, with the reason
/// (the documentation gives the manual step).
pub static MANUAL: &[(&str, &str)] = &[
    (
        "ast.Ellipsis",
        "`ast.Ellipsis()` takes no value; the call becomes `ast.Constant(...)`, and isinstance tests differ",
    ),
    ("ast.Index", "the index expression itself replaces the node: a structural change"),
    (
        "cgi.parse",
        "parse reads the query from the environment or standard input itself; parse_qs takes the string",
    ),
    (
        "collections.abc.ByteString",
        "collections.abc.Buffer is a different protocol (it also accepts memoryview and arrays)",
    ),
    (
        "configparser.LegacyInterpolation",
        "BasicInterpolation substitutes `%(name)s` only: the values may differ",
    ),
    ("decimal.__version__", "the specification version is a different string"),
    ("glob.glob0", "glob0 and glob1 do not expand patterns in the directory and return names, not paths"),
    ("glob.glob1", "glob0 and glob1 do not expand patterns in the directory and return names, not paths"),
    ("imp.find_module", "find_spec returns a spec, not a (file, path, description) tuple"),
    ("imp.init_builtin", "import_module does not re-initialise a module that is already imported"),
    (
        "importlib.abc.Finder",
        "the finder must choose MetaPathFinder or PathEntryFinder and implement find_spec",
    ),
    ("importlib.abc.Loader.module_repr", "the method is dropped, not renamed"),
    (
        "importlib.abc.ResourceReader",
        "TraversableResources is a different protocol (files() instead of open_resource())",
    ),
    ("importlib.machinery.BuiltinImporter.find_module", "find_spec returns a spec, not a loader"),
    (
        "importlib.machinery.FileFinder.find_loader",
        "find_spec returns a spec, not a (loader, portions) tuple",
    ),
    ("importlib.machinery.FileFinder.find_module", "find_spec returns a spec, not a loader"),
    ("importlib.machinery.FrozenImporter.find_module", "find_spec returns a spec, not a loader"),
    ("importlib.machinery.FrozenImporter.module_repr", "the method is dropped, not renamed"),
    ("importlib.machinery.PathFinder.find_module", "find_spec returns a spec, not a loader"),
    ("importlib.machinery.WindowsRegistryFinder.find_module", "find_spec returns a spec, not a loader"),
    (
        "importlib.util.cache_from_source(debug_override=)",
        "optimization= takes a different value than debug_override=",
    ),
    (
        "locale.resetlocale",
        "setlocale(LC_ALL, \"\") uses the environment's locale, resetlocale the default one",
    ),
    (
        "module.__cached__",
        "`__spec__` is None in `__main__` and in modules made by hand, and the two may differ",
    ),
    (
        "module.__loader__",
        "`__spec__` is None in `__main__` and in modules made by hand, and the two may differ",
    ),
    ("pathlib.PurePath.as_uri", "the receiver must become a concrete Path, which needs the path's flavour"),
    ("pathlib.PurePath.is_reserved", "os.path.isreserved exists from 3.13 only and takes a string"),
    ("pkgutil.ImpImporter", "FileFinder takes loader details, not a path only"),
    ("pkgutil.ImpLoader", "SourceFileLoader takes different arguments"),
    ("pty.master_open", "openpty() returns both descriptors, and opens them differently"),
    ("pty.slave_open", "openpty() returns both descriptors, and opens them differently"),
    ("re.template", "re.compile without the TEMPLATE flag may backtrack where template did not"),
    ("sqlite3.version", "the SQLite library's version is a different value than the module's"),
    ("sqlite3.version_info", "the SQLite library's version is a different value than the module's"),
    ("ssl.RAND_pseudo_bytes", "it returned a (bytes, is_cryptographic) pair"),
    ("token.ASYNC", "token.NAME is a different token number"),
    ("token.AWAIT", "token.NAME is a different token number"),
    ("tokenize.ASYNC", "token.NAME is a different token number"),
    ("tokenize.AWAIT", "token.NAME is a different token number"),
    (
        "typing.ByteString",
        "collections.abc.Buffer is a different protocol (it also accepts memoryview and arrays)",
    ),
    (
        "unittest.TestCase.assertDictContainsSubset",
        "the arguments become a dict union or a comprehension: a rewrite, not a rename",
    ),
    ("unittest.TestProgram.usageExit", "the method is dropped: print the usage and exit yourself"),
    ("types.CodeType.co_lnotab", "co_lines() yields (start, end, line) triples, not the packed byte string"),
    ("urllib.parse.Quoter", "quote() is a function, not a mapping class"),
    ("webbrowser.MacOSX", "MacOSXOSAScript runs the browser through AppleScript: a different class"),
    ("webbrowser.MacOSXOSAScript._name", "the public name is read-only in some versions"),
    ("zipimport.zipimporter.find_loader", "find_spec returns a spec, not a (loader, portions) tuple"),
    ("zipimport.zipimporter.find_module", "find_spec returns a spec, not a loader"),
    ("zipimport.zipimporter.load_module", "exec_module needs a module created from a spec"),
    ("zlib.__version__", "ZLIB_VERSION is the library's version, a different value"),
];

impl FixRecipe {
    /// What the fix does, in words, for the documentation.
    pub fn describe(&self) -> String {
        let name = self.symbol.rsplit('.').next().unwrap_or(self.symbol);
        let what = match self.recipe {
            Recipe::Rename { to, keywords } => {
                let mut text = format!("`{name}` is renamed to `{to}`, the receiver or module kept");
                for (old, new) in keywords {
                    text.push_str(&format!(", and a `{old}=` argument becomes `{new}=`"));
                }
                text
            }
            Recipe::Replace { with, import: "" } => format!("`{}` becomes `{with}`", self.symbol),
            Recipe::Replace { with, import } => {
                format!("`{}` becomes `{with}`, adding `import {import}` when the file lacks it", self.symbol)
            }
            Recipe::CallToValue { with, import } => {
                format!("`{}()` becomes `{with}`, adding `import {import}` when the file lacks it", self.symbol)
            }
            Recipe::Namespace { parent, .. } => {
                format!("`{0}.X` becomes `{parent}.X`, and imports from `{0}` import from `{parent}`", self.symbol)
            }
            Recipe::LoaderTest { with, import } => format!(
                "where the result is only tested (`if {name}(name) is None:`, `if not ...`), the call becomes `{with}(name)`, adding `import {import}`; a result used as a loader is left to you (use `spec.loader`)"
            ),
            Recipe::SwapToHardlink => {
                "`p.link_to(t)` becomes `Path(t).hardlink_to(p)` (unsafe when evaluating `p` or `t` may have side effects, as their order swaps)".to_string()
            }
            Recipe::DropKeyword => "the argument is dropped".to_string(),
            Recipe::RenameKeyword { to } => format!("the argument is passed as `{to}=`"),
            Recipe::KeywordToPositional => "the argument is passed by position".to_string(),
            Recipe::MigratedModule => {
                "`from imp import X` is rewritten to import each name from its replacement when every name has one, and `import imp` is deleted once nothing in the file spells `imp`".to_string()
            }
            Recipe::CallToAttribute { attribute } => {
                format!("`x.{name}()` becomes `x.{attribute}`")
            }
            Recipe::CallToAssignment { attribute } => format!(
                "`x.{name}(value)` as a statement of its own becomes `x.{attribute} = value` (unsafe when `x` is not a plain name or attribute: the order of evaluation changes)"
            ),
        };
        let shape = match self.shape {
            Shape::Any => "",
            Shape::Called => " (in calls)",
            Shape::CalledWithOne => " (in calls with one argument)",
        };
        format!("{what}{shape}")
    }
}

/// The reason an entry has no fix, when [`MANUAL`] gives one.
pub fn manual_reason(symbol: &str) -> Option<&'static str> {
    MANUAL.iter().chain(ISSUE14_MANUAL).find(|(listed, _)| *listed == symbol).map(|(_, reason)| *reason)
}

/// The fix of the entry with this symbol, if it has one.
pub fn lookup(symbol: &str) -> Option<&'static FixRecipe> {
    static INDEX: OnceLock<HashMap<&'static str, &'static FixRecipe>> = OnceLock::new();
    INDEX
        .get_or_init(|| RECIPES.iter().chain(ISSUE14_RECIPES).map(|recipe| (recipe.symbol, recipe)).collect())
        .get(symbol)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{self, ApiKind, ENTRIES};

    #[test]
    fn every_recipe_is_an_entry_of_the_catalogue_and_sorted() {
        for recipe in RECIPES.iter().chain(ISSUE14_RECIPES) {
            assert!(catalogue::lookup(recipe.symbol).is_some(), "no catalogue entry {}", recipe.symbol);
        }
        for table in [RECIPES, ISSUE14_RECIPES] {
            for pair in table.windows(2) {
                assert!(
                    pair[0].symbol < pair[1].symbol,
                    "{} must sort before {}",
                    pair[0].symbol,
                    pair[1].symbol
                );
            }
        }
        for recipe in ISSUE14_RECIPES {
            assert!(!RECIPES.iter().any(|other| other.symbol == recipe.symbol), "{} twice", recipe.symbol);
        }
        for (symbol, _) in MANUAL.iter().chain(ISSUE14_MANUAL) {
            assert!(catalogue::lookup(symbol).is_some(), "no catalogue entry {symbol}");
        }
    }

    /// A replacement that starts with one dotted name (and perhaps a call) reads like a rename:
    /// such an entry has a fix, or says in [`MANUAL`] why not.
    #[test]
    fn every_one_to_one_replacement_has_a_fix_or_a_reason() {
        // `a.b.c`, `a.b.c(args)`, either followed by ` (a remark)`.
        let reads_like_a_rename = |replacement: &str| {
            let (head, remark) = match replacement.find(" (") {
                Some(at) => (&replacement[..at], &replacement[at..]),
                None => (replacement, ""),
            };
            let name_end = head.find('(').unwrap_or(head.len());
            let (name, call) = head.split_at(name_end);
            let plain_call =
                call.is_empty() || (call.ends_with(')') && !call[1..call.len() - 1].contains(['(', ')']));
            name.contains('.')
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
                && plain_call
                && (remark.is_empty() || remark.ends_with(')'))
        };
        let mut missing = Vec::new();
        for entry in ENTRIES {
            let version_string =
                entry.symbol.ends_with("__version__") || entry.replacement == "sys.version_info";
            if version_string || matches!(entry.kind, ApiKind::Module | ApiKind::Package) {
                // A module's version string is not `sys.version_info`; modules are not renames.
                continue;
            }
            if reads_like_a_rename(entry.replacement)
                && lookup(entry.symbol).is_none()
                && manual_reason(entry.symbol).is_none()
            {
                missing.push(entry.symbol);
            }
        }
        assert!(missing.is_empty(), "give these a fix or a reason in MANUAL: {missing:?}");
    }

    #[test]
    fn an_entry_is_either_fixed_or_manual() {
        for (symbol, _) in MANUAL.iter().chain(ISSUE14_MANUAL) {
            assert!(lookup(symbol).is_none(), "{symbol} has a fix and a reason not to have one");
        }
    }
}
