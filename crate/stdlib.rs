//! What the rules need to know about the rest of the standard library to follow names:
//! private module paths that re-export public names, class hierarchies, and what calls return.

/// The methods unittest calls before each test of a class (or once before them all): a check
/// or skip made there holds in every test of the class.
///
/// Ex) `def setUp(self): if not HAS_X: self.skipTest("...")`.
pub static SET_UP_METHODS: &[&str] = &["setUp", "setUpClass", "asyncSetUp"];

/// Longer than any dotted path the catalogue or these tables name: a longer module path is
/// no standard-library path, and is not spelled out once per imported name (which would take
/// quadratic time on `from a.b.c... import x as y, ...`).
pub const MAX_PATH: usize = 512;

/// The methods that run before the other methods of a (test) class, in the order they run:
/// what they assign to the receiver's attributes is read by the others.
pub static CONSTRUCTION_METHODS: &[&str] = &["__init__", "setUpClass", "setUp", "asyncSetUp"];

/// Private or implementation module paths and the public path their names are known by (a
/// prefix rewrite: a longer path keeps its rest). `os.path` is `ntpath` only on Windows, so
/// only the name that `ntpath` alone had is mapped.
///
/// Ex) `from unittest.case import TestCase` is `unittest.TestCase`.
pub static CANONICAL_MODULES: &[(&str, &str)] = &[
    // What the catalogue names of these five is the same object as `asyncio`'s (CPython
    // 3.8-3.13, Pyodide 3.14); `asyncio.events` has rows of its own (3.14 moved names out).
    ("asyncio.locks", "asyncio"),
    ("asyncio.queues", "asyncio"),
    ("asyncio.streams", "asyncio"),
    ("asyncio.subprocess", "asyncio"),
    ("asyncio.tasks", "asyncio"),
    ("importlib._abc", "importlib.abc"),
    ("importlib._bootstrap", "importlib.machinery"),
    ("importlib._bootstrap_external", "importlib.machinery"),
    ("os.path.splitunc", "ntpath.splitunc"),
    ("pathlib._local", "pathlib"),
    ("sqlite3.dbapi2", "sqlite3"),
    // 3.14 moved the class to `annotationlib`, and `typing` re-exports the same object
    // (typeguard's and pydantic's `from typing import ForwardRef` then `ForwardRef._evaluate`).
    ("typing.ForwardRef", "annotationlib.ForwardRef"),
    ("unittest.async_case", "unittest"),
    ("unittest.case", "unittest"),
];

/// Names that third-party packages bind to a standard-library module, read from their sources
/// (facts about the package, as [`SIX_MOVES`] are): importing one binds that module.
///
/// Ex) gevent's `gevent/threading.py` does `import threading as __threading__`, so Logbook's
/// `from gevent.threading import __threading__` binds the stdlib `threading`.
pub static THIRD_PARTY_STDLIB: &[(&str, &str)] = &[("gevent.threading.__threading__", "threading")];

/// Names of `six.moves` that are standard-library modules (or names) on Python 3, and those.
///
/// Ex) `from six.moves import configparser` binds the stdlib `configparser`.
pub static SIX_MOVES: &[(&str, &str)] = &[
    ("six.moves.BaseHTTPServer", "http.server"),
    ("six.moves.CGIHTTPServer", "http.server"),
    ("six.moves.SimpleHTTPServer", "http.server"),
    ("six.moves._thread", "_thread"),
    ("six.moves.builtins", "builtins"),
    ("six.moves.cPickle", "pickle"),
    ("six.moves.configparser", "configparser"),
    ("six.moves.copyreg", "copyreg"),
    ("six.moves.email_mime_base", "email.mime.base"),
    ("six.moves.email_mime_multipart", "email.mime.multipart"),
    ("six.moves.email_mime_text", "email.mime.text"),
    ("six.moves.html_entities", "html.entities"),
    ("six.moves.html_parser", "html.parser"),
    ("six.moves.http_client", "http.client"),
    ("six.moves.http_cookiejar", "http.cookiejar"),
    ("six.moves.http_cookies", "http.cookies"),
    ("six.moves.queue", "queue"),
    ("six.moves.reprlib", "reprlib"),
    ("six.moves.socketserver", "socketserver"),
    ("six.moves.tkinter", "tkinter"),
    ("six.moves.urllib", "urllib"),
    ("six.moves.urllib_parse", "urllib.parse"),
    ("six.moves.urllib_robotparser", "urllib.robotparser"),
    ("six.moves.xmlrpc_client", "xmlrpc.client"),
];

/// Modules of Python 2's standard library that Python 3 does not have (renamed or gone): a
/// compatibility import that tries one of them first falls back to the Python 3 name.
///
/// Ex) `try: import ConfigParser as configparser` / `except ImportError: import configparser`.
pub static PYTHON2_MODULES: &[&str] = &[
    "BaseHTTPServer",
    "CGIHTTPServer",
    "ConfigParser",
    "Cookie",
    "HTMLParser",
    "Queue",
    "SimpleHTTPServer",
    "SocketServer",
    "StringIO",
    "Tkinter",
    "UserDict",
    "__builtin__",
    "anydbm",
    "commands",
    "cPickle",
    "cStringIO",
    "cookielib",
    "copy_reg",
    "dummy_thread",
    "htmlentitydefs",
    "httplib",
    "md5",
    "new",
    "repr",
    "robotparser",
    "sets",
    "sha",
    "thread",
    "urllib2",
    "urlparse",
    "xmlrpclib",
];

/// Names that only Python 2's version of a standard-library module had, sorted: importing one
/// fails on every Python 3 (Python 3's `urllib` is a package of submodules: any other name
/// imported from it is Python 2's, see [`is_python2_name`]).
///
/// Ex) `try: from itertools import izip` / `except ImportError: izip = zip`.
pub static PYTHON2_NAMES: &[(&str, &str)] = &[
    ("itertools", "ifilter"),
    ("itertools", "ifilterfalse"),
    ("itertools", "imap"),
    ("itertools", "izip"),
    ("itertools", "izip_longest"),
    ("os", "getcwdu"),
    ("string", "letters"),
    ("string", "lowercase"),
    ("string", "maketrans"),
    ("string", "uppercase"),
    ("sys", "maxint"),
];

/// Whether `from module import name` imports what only Python 2 has: a name of
/// [`PYTHON2_NAMES`], or a name of `urllib` that is none of its Python 3 submodules.
/// Ex) `from urllib import quote`, `from itertools import izip`; not `from urllib import parse`.
pub fn is_python2_name(module: &str, name: &str) -> bool {
    if module == "urllib" {
        return !matches!(name, "error" | "parse" | "request" | "response" | "robotparser");
    }
    PYTHON2_NAMES.binary_search(&(module, name)).is_ok()
}

/// The builtin functions and classes every Python 3 a target can be has (the `site` module's
/// `exit`, `help`, ... left out), sorted: reading one never raises `NameError`.
///
/// Ex) `try: callable = callable` / `except NameError: from collections import Callable`
/// (distlib): the handler never runs.
pub static PYTHON3_BUILTINS: &[&str] = &[
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// The builtins only Python 2 had, sorted: reading one raises `NameError` on every Python 3.
///
/// Ex) `try: xrange` / `except NameError: IS_PY2 = False` / `else: IS_PY2 = True` (boltons).
pub static PYTHON2_BUILTINS: &[&str] = &[
    "apply",
    "basestring",
    "buffer",
    "cmp",
    "coerce",
    "execfile",
    "file",
    "intern",
    "long",
    "raw_input",
    "reduce",
    "reload",
    "unichr",
    "unicode",
    "xrange",
];

/// Whether reading the unbound name `name` succeeds on every Python 3 (`Some(true)`: a builtin
/// of [`PYTHON3_BUILTINS`]), fails on every one (`Some(false)`: [`PYTHON2_BUILTINS`]), or
/// neither is known (`None`).
pub fn builtin_on_python3(name: &str) -> Option<bool> {
    if PYTHON3_BUILTINS.binary_search(&name).is_ok() {
        Some(true)
    } else if PYTHON2_BUILTINS.binary_search(&name).is_ok() {
        Some(false)
    } else {
        None
    }
}

/// Backports of standard-library modules published under another name: a compatibility
/// import that tries the standard module first falls back to them only where it is missing.
///
/// Ex) `try: import pathlib` / `except ImportError: import pathlib2 as pathlib`.
pub static BACKPORTS: &[(&str, &str)] = &[("mock", "unittest.mock"), ("pathlib2", "pathlib")];

/// Whether `module` (a dotted path) lies in a backport of [`BACKPORTS`].
pub fn is_backport(module: &str) -> bool {
    let root = module.split('.').next().unwrap_or(module);
    BACKPORTS.iter().any(|(backport, _)| *backport == root)
}

/// Whether `module` (a dotted path) lies in a module of [`PYTHON2_MODULES`].
pub fn is_python2_module(module: &str) -> bool {
    let root = module.split('.').next().unwrap_or(module);
    PYTHON2_MODULES.contains(&root)
}

/// Attributes that a `hasattr` feature test looks for, distinctive to one standard-library API,
/// and the Python 3 minor version that added them: code under `not hasattr(x, NAME)` never runs on a
/// later version.
///
/// Ex) `if not hasattr(context, "check_hostname"): ssl.match_hostname(...)` (added in 3.4);
/// `if not hasattr(ssl, "SSLContext"): ssl.wrap_socket(...)` (3.2, distlib);
/// `hasattr(ssl, "PROTOCOL_TLSv1_2")` (3.4, docker; deprecated in 3.10, no removal planned);
/// `if hasattr(inspect, "markcoroutinefunction"): ...` / `else: asyncio.iscoroutinefunction`
/// (3.12, asgiref); `try: dis.get_instructions` / `except AttributeError:` (3.4, executing).
/// A newer API that code tests before falling back to one the catalogue deprecates:
/// `typing.evaluate_forward_ref` (3.14) before `ForwardRef._evaluate`. Not `sys.last_exc`: it
/// is set only after an uncaught exception, so testing for it tests no version.
pub static FEATURES_SINCE: &[(&str, u8)] = &[
    ("SSLContext", 2),
    ("check_hostname", 4),
    ("PROTOCOL_TLSv1_2", 4),
    ("get_instructions", 4),
    ("markcoroutinefunction", 12),
    ("evaluate_forward_ref", 14),
];

/// The Python 3 minor version that added the feature attribute `name` ([`FEATURES_SINCE`]).
pub fn feature_since(name: &str) -> Option<u8> {
    FEATURES_SINCE.iter().find(|(feature, _)| *feature == name).map(|(_, version)| *version)
}

/// Standard-library classes and one of their bases, where a removed member is inherited: every
/// public class that inherits one is listed (a class of the file whose bases are all standard
/// classes has a distinctive removed method only through this table).
///
/// Ex) `PosixPath(p).link_to(t)` is `pathlib.Path.link_to`.
pub static CLASS_BASES: &[(&str, &str)] = &[
    ("ast.NodeTransformer", "ast.NodeVisitor"),
    ("asyncio.DefaultEventLoopPolicy", "asyncio.AbstractEventLoopPolicy"),
    ("concurrent.futures.ProcessPoolExecutor", "concurrent.futures.Executor"),
    ("concurrent.futures.ThreadPoolExecutor", "concurrent.futures.Executor"),
    ("configparser.ConfigParser", "configparser.RawConfigParser"),
    ("configparser.SafeConfigParser", "configparser.ConfigParser"),
    ("enum.Flag", "enum.Enum"),
    ("enum.IntEnum", "enum.Enum"),
    ("enum.IntFlag", "enum.Flag"),
    ("enum.StrEnum", "enum.Enum"),
    ("http.cookies.SimpleCookie", "http.cookies.BaseCookie"),
    ("imaplib.IMAP4_SSL", "imaplib.IMAP4"),
    ("imaplib.IMAP4_stream", "imaplib.IMAP4"),
    ("importlib.abc.ExecutionLoader", "importlib.abc.InspectLoader"),
    ("importlib.abc.FileLoader", "importlib.abc.ResourceLoader"),
    ("importlib.abc.InspectLoader", "importlib.abc.Loader"),
    ("importlib.abc.ResourceLoader", "importlib.abc.Loader"),
    ("importlib.abc.SourceLoader", "importlib.abc.ResourceLoader"),
    ("importlib.machinery.ExtensionFileLoader", "importlib.abc.ExecutionLoader"),
    ("importlib.machinery.SourceFileLoader", "importlib.abc.SourceLoader"),
    ("importlib.machinery.SourcelessFileLoader", "importlib.abc.FileLoader"),
    ("logging.RootLogger", "logging.Logger"),
    ("multiprocessing.dummy.DummyProcess", "threading.Thread"),
    ("multiprocessing.dummy.Process", "threading.Thread"),
    ("pathlib.Path", "pathlib.PurePath"),
    ("pathlib.PosixPath", "pathlib.Path"),
    ("pathlib.PurePosixPath", "pathlib.PurePath"),
    ("pathlib.PureWindowsPath", "pathlib.PurePath"),
    ("pathlib.WindowsPath", "pathlib.Path"),
    ("smtplib.LMTP", "smtplib.SMTP"),
    ("smtplib.SMTP_SSL", "smtplib.SMTP"),
    ("threading.Timer", "threading.Thread"),
    ("tkinter.BaseWidget", "tkinter.Misc"),
    ("tkinter.BooleanVar", "tkinter.Variable"),
    ("tkinter.Button", "tkinter.Widget"),
    ("tkinter.Canvas", "tkinter.Widget"),
    ("tkinter.DoubleVar", "tkinter.Variable"),
    ("tkinter.Entry", "tkinter.Widget"),
    ("tkinter.Frame", "tkinter.Widget"),
    ("tkinter.IntVar", "tkinter.Variable"),
    ("tkinter.Label", "tkinter.Widget"),
    ("tkinter.Menu", "tkinter.Widget"),
    ("tkinter.StringVar", "tkinter.Variable"),
    ("tkinter.Text", "tkinter.Widget"),
    ("tkinter.Tk", "tkinter.Misc"),
    ("tkinter.Toplevel", "tkinter.BaseWidget"),
    ("tkinter.Widget", "tkinter.BaseWidget"),
    ("turtle.Pen", "turtle.RawTurtle"),
    ("turtle.RawPen", "turtle.RawTurtle"),
    ("turtle.Turtle", "turtle.RawTurtle"),
    ("unittest.FunctionTestCase", "unittest.TestCase"),
    ("unittest.IsolatedAsyncioTestCase", "unittest.TestCase"),
];

/// Members a class of [`CLASS_BASES`] defines itself, so that the removal of its base's member
/// does not reach it: the walk up the bases stops there.
///
/// Ex) `PurePath.as_uri` is deprecated, but `Path` overrides it: `Path(p).as_uri()` stays valid.
pub static OVERRIDES: &[(&str, &str)] = &[("pathlib.Path", "as_uri")];

/// Members that, of a standard-library class's subclasses, only one has: reading one from an
/// instance of the class reads it from that subclass (or fails).
///
/// Ex) of the `ast.expr` classes only `ast.Constant` has `s` and `n` (since 3.8), so
/// `ast.parse(text).body[0].value.s` is `ast.Constant.s`.
pub static SUBCLASS_MEMBERS: &[(&str, &str, &str)] =
    &[("ast.expr", "n", "ast.Constant"), ("ast.expr", "s", "ast.Constant")];

/// A method that a standard-library base class calls with an object of a known class, as long
/// as the subclass defines none of the methods called instead.
#[derive(Debug)]
pub struct DispatchedMethod {
    /// The base class that calls it.
    pub base: &'static str,
    /// The method's name.
    pub method: &'static str,
    /// The method the base calls instead when the subclass defines it.
    pub instead: &'static str,
    /// The class of the object it gets as its first parameter after the receiver.
    pub argument: &'static str,
}

/// The methods `ast.NodeVisitor`'s `visit_Constant` forwarded a literal to from 3.8 to 3.13:
/// they get an `ast.Constant` (whose `s` and `n` are the aliases removed in 3.14).
///
/// Ex) `def visit_Str(self, node): node.s` in a `NodeVisitor` without `visit_Constant`.
pub static DISPATCHED_METHODS: &[DispatchedMethod] = &[
    DispatchedMethod {
        base: "ast.NodeVisitor",
        method: "visit_Bytes",
        instead: "visit_Constant",
        argument: "ast.Constant",
    },
    DispatchedMethod {
        base: "ast.NodeVisitor",
        method: "visit_Ellipsis",
        instead: "visit_Constant",
        argument: "ast.Constant",
    },
    DispatchedMethod {
        base: "ast.NodeVisitor",
        method: "visit_NameConstant",
        instead: "visit_Constant",
        argument: "ast.Constant",
    },
    DispatchedMethod {
        base: "ast.NodeVisitor",
        method: "visit_Num",
        instead: "visit_Constant",
        argument: "ast.Constant",
    },
    DispatchedMethod {
        base: "ast.NodeVisitor",
        method: "visit_Str",
        instead: "visit_Constant",
        argument: "ast.Constant",
    },
];

/// The [`DISPATCHED_METHODS`] row of a method name.
pub fn dispatched_method(name: &str) -> Option<&'static DispatchedMethod> {
    DISPATCHED_METHODS.iter().find(|row| row.method == name)
}

/// The subclass of `class` that alone has `member` ([`SUBCLASS_MEMBERS`]).
pub fn only_subclass_with(class: &str, member: &str) -> Option<&'static str> {
    SUBCLASS_MEMBERS.iter().find(|(base, name, _)| *base == class && *name == member).map(|(_, _, sub)| *sub)
}

/// The bases of a standard-library class, as listed in [`CLASS_BASES`].
pub fn bases_of(class: &str) -> impl Iterator<Item = &'static str> + '_ {
    CLASS_BASES.iter().filter(move |(derived, _)| *derived == class).map(|(_, base)| *base)
}

/// Whether `class` is `ancestor` or derives from it (through [`CLASS_BASES`]).
pub fn is_subclass(class: &str, ancestor: &str) -> bool {
    let mut queue = vec![class.to_string()];
    let mut steps = 0;
    while let Some(current) = queue.pop() {
        if current == ancestor {
            return true;
        }
        steps += 1;
        if steps > 64 {
            return false;
        }
        queue.extend(bases_of(&current).map(str::to_string));
    }
    false
}

/// The classes whose instances reach `class.member`: `class` and the classes of [`CLASS_BASES`]
/// that derive from it, without those that override the member (and their subclasses), and the
/// classes that override it.
pub fn inheriting_classes(class: &'static str, member: &str) -> (Vec<&'static str>, Vec<&'static str>) {
    let mut inheriting = vec![class];
    let mut overriding = Vec::new();
    let mut index = 0;
    while index < inheriting.len() && inheriting.len() < 64 {
        let base = inheriting[index];
        for (derived, _) in CLASS_BASES.iter().filter(|(_, of)| *of == base) {
            if overrides(derived, member) {
                overriding.push(*derived);
            } else if !inheriting.contains(derived) {
                inheriting.push(derived);
            }
        }
        index += 1;
    }
    (inheriting, overriding)
}

/// The calls, attributes and operators of [`PRODUCES`] and [`MODE_DEPENDENT`] that make
/// instances of one of `classes`, in words (for the documentation).
pub fn producers_of(classes: &[&str]) -> Vec<String> {
    let mut producers = Vec::new();
    for (key, produced) in PRODUCES {
        let (Produces::Instance(made) | Produces::ItemsOf(made)) = *produced;
        if !classes.contains(&made) {
            continue;
        }
        let items = matches!(produced, Produces::ItemsOf(_));
        let described = if let Some(class) = key.strip_suffix(".__truediv__") {
            format!("`{class} / ...`")
        } else if let Some(class) = key.strip_suffix(".__iter__") {
            format!("`for ... in` a `{class}`")
        } else if items {
            format!("items of `{key}`")
        } else {
            format!("`{key}`")
        };
        // A constructor call is said once, with the class.
        if key.strip_suffix("()").is_some_and(|called| called == made) {
            continue;
        }
        producers.push(described);
    }
    for (function, made) in BARE_CALL_PRODUCES {
        if classes.contains(made) {
            producers.push(format!("`{function}()` called with no argument"));
        }
    }
    for rule in MODE_DEPENDENT {
        let modes: Vec<String> = rule
            .modes
            .iter()
            .filter(|(_, made)| classes.contains(made))
            .map(|(mode, _)| format!("`{mode:?}`"))
            .collect();
        let by_default = rule.default.is_some_and(|made| classes.contains(&made));
        if modes.is_empty() && !by_default {
            continue;
        }
        let default = if by_default { ", or no mode" } else { "" };
        producers.push(format!("`{}()` with mode {}{default}", rule.function, modes.join(", ")));
    }
    producers
}

/// Whether `class` defines `member` itself, overriding its bases' (see [`OVERRIDES`]).
pub fn overrides(class: &str, member: &str) -> bool {
    OVERRIDES.iter().any(|(owner, name)| *owner == class && *name == member)
}

/// Whether `path` names a class of [`CLASS_BASES`]: `import path` fails, as it names no module.
///
/// Ex) `import importlib.abc.Loader as imp`.
pub fn is_listed_class(path: &str) -> bool {
    CLASS_BASES.iter().any(|(derived, base)| *derived == path || *base == path)
}

/// Standard-library classes whose `__enter__` returns the instance itself, so that the target of
/// `with make() as target:` has the class of `make()`. Subclasses (see [`CLASS_BASES`]) inherit it.
///
/// Ex) `with gzip.open(f) as g: g.filename` reads `gzip.GzipFile.filename`.
pub static ENTERS_AS_ITSELF: &[&str] = &[
    "concurrent.futures.Executor",
    "contextlib.ExitStack",
    "ftplib.FTP",
    "ftplib.FTP_TLS",
    "gzip.GzipFile",
    "imaplib.IMAP4",
    "pathlib.Path",
    "smtplib.SMTP",
    "sqlite3.Connection",
    "tarfile.TarFile",
    "wave.Wave_read",
    "wave.Wave_write",
    "zipfile.ZipFile",
];

/// Whether entering an instance of `class` in a `with` statement gives the instance itself.
pub fn enters_as_itself(class: &str) -> bool {
    if ENTERS_AS_ITSELF.contains(&class) {
        return true;
    }
    let mut queue: Vec<&'static str> = bases_of(class).collect();
    let mut steps = 0;
    while let Some(current) = queue.pop() {
        if ENTERS_AS_ITSELF.contains(&current) {
            return true;
        }
        steps += 1;
        if steps > 64 {
            return false;
        }
        queue.extend(bases_of(current));
    }
    false
}

/// Methods that hand their other keyword arguments to the class passed as one of them, by the
/// method's name and that keyword (any receiver: the class passed is the evidence).
///
/// Ex) `parser.add_argument("--x", action=argparse.BooleanOptionalAction, type=int)` calls
/// `argparse.BooleanOptionalAction(..., type=int)`.
pub static KEYWORD_FORWARDERS: &[(&str, &str)] = &[("add_argument", "action")];

/// Functions whose result's class depends on a literal `mode` argument.
pub struct ModeDependent {
    /// The qualified name of the function.
    pub function: &'static str,
    /// The position of the mode among the positional arguments (it may also be `mode=`).
    pub position: usize,
    /// The class made when no mode is passed.
    pub default: Option<&'static str>,
    /// The class made for each mode; a mode not listed (or not a literal) makes an unknown value.
    pub modes: &'static [(&'static str, &'static str)],
}

/// What [`ModeDependent`] functions make, by mode.
///
/// Ex) `wave.open(f, "wb")` is a `wave.Wave_write`; `gzip.open(f, "rt")` is a text wrapper, not a
/// `gzip.GzipFile`.
pub static MODE_DEPENDENT: &[ModeDependent] = &[
    ModeDependent {
        function: "gzip.open",
        position: 1,
        default: Some("gzip.GzipFile"),
        modes: &[
            ("a", "gzip.GzipFile"),
            ("ab", "gzip.GzipFile"),
            ("r", "gzip.GzipFile"),
            ("rb", "gzip.GzipFile"),
            ("w", "gzip.GzipFile"),
            ("wb", "gzip.GzipFile"),
            ("x", "gzip.GzipFile"),
            ("xb", "gzip.GzipFile"),
        ],
    },
    ModeDependent {
        function: "wave.open",
        position: 1,
        default: Some("wave.Wave_read"),
        modes: &[
            ("r", "wave.Wave_read"),
            ("rb", "wave.Wave_read"),
            ("w", "wave.Wave_write"),
            ("wb", "wave.Wave_write"),
        ],
    },
];

/// The [`ModeDependent`] facts of `function`, if its result depends on a mode.
pub fn mode_dependent(function: &str) -> Option<&'static ModeDependent> {
    MODE_DEPENDENT.iter().find(|rule| rule.function == function)
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
/// the `/` operator, `__iter__` for what a `for` loop over an instance gives; `sys.path_hooks[]` names the items of `sys.path_hooks` (callables that make
/// path entry finders).
pub static PRODUCES: &[(&str, Produces)] = &[
    ("array.array()", Produces::Instance("array.array")),
    // Since 3.8 the parser makes `ast.Constant` for every literal, the old node classes make
    // one too, and `isinstance(node, ast.Str)` holds for a `Constant` holding a `str`.
    ("ast.Bytes()", Produces::Instance("ast.Constant")),
    ("ast.Ellipsis()", Produces::Instance("ast.Constant")),
    // `ast.parse(text).body[0].value`: an expression statement's (or assignment's) expression.
    ("ast.Module.body", Produces::ItemsOf("ast.stmt")),
    ("ast.NameConstant()", Produces::Instance("ast.Constant")),
    ("ast.Num()", Produces::Instance("ast.Constant")),
    ("ast.Str()", Produces::Instance("ast.Constant")),
    ("ast.parse()", Produces::Instance("ast.Module")),
    ("ast.stmt.value", Produces::Instance("ast.expr")),
    ("asyncio.get_event_loop()", Produces::Instance("asyncio.AbstractEventLoop")),
    ("asyncio.get_event_loop_policy()", Produces::Instance("asyncio.AbstractEventLoopPolicy")),
    ("asyncio.get_running_loop()", Produces::Instance("asyncio.AbstractEventLoop")),
    ("asyncio.new_event_loop()", Produces::Instance("asyncio.AbstractEventLoop")),
    // A code object (with `ast.PyCF_ONLY_AST` in its flags an AST, which has no `co_` names).
    ("builtins.compile()", Produces::Instance("types.CodeType")),
    ("importlib.abc.MetaPathFinder.find_module()", Produces::Instance("importlib.abc.Loader")),
    ("importlib.abc.PathEntryFinder.find_module()", Produces::Instance("importlib.abc.Loader")),
    // A spec's loader: the loader a file location picks (`SourceFileLoader` for a `.py` path).
    ("importlib.machinery.ModuleSpec.loader", Produces::Instance("importlib.abc.Loader")),
    ("importlib.metadata.Distribution.entry_points", Produces::ItemsOf("importlib.metadata.EntryPoint")),
    ("importlib.metadata.SelectableGroups.select()", Produces::ItemsOf("importlib.metadata.EntryPoint")),
    ("importlib.metadata.distribution()", Produces::Instance("importlib.metadata.Distribution")),
    ("importlib.metadata.distributions()", Produces::ItemsOf("importlib.metadata.Distribution")),
    ("importlib.util.spec_from_file_location()", Produces::Instance("importlib.machinery.ModuleSpec")),
    ("logging.getLogger()", Produces::Instance("logging.Logger")),
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
    ("re.compile()", Produces::Instance("re.Pattern")),
    ("sqlite3.Connection.cursor()", Produces::Instance("sqlite3.Cursor")),
    ("sqlite3.connect()", Produces::Instance("sqlite3.Connection")),
    ("ssl.SSLContext.wrap_socket()", Produces::Instance("ssl.SSLSocket")),
    ("ssl.create_default_context()", Produces::Instance("ssl.SSLContext")),
    ("symtable.symtable()", Produces::Instance("symtable.SymbolTable")),
    ("sys.meta_path", Produces::ItemsOf("importlib.abc.MetaPathFinder")),
    ("sys.path_hooks", Produces::ItemsOf("sys.path_hooks[]")),
    ("sys.path_hooks[]()", Produces::Instance("importlib.abc.PathEntryFinder")),
    ("sys.path_importer_cache", Produces::ItemsOf("importlib.abc.PathEntryFinder")),
    ("tarfile.TarFile.__iter__", Produces::Instance("tarfile.TarInfo")),
    ("tarfile.TarFile.getmember()", Produces::Instance("tarfile.TarInfo")),
    ("tarfile.TarFile.getmembers()", Produces::ItemsOf("tarfile.TarInfo")),
    ("tarfile.TarFile.gettarinfo()", Produces::Instance("tarfile.TarInfo")),
    ("tarfile.TarFile.next()", Produces::Instance("tarfile.TarInfo")),
    ("tarfile.TarFile.open()", Produces::Instance("tarfile.TarFile")),
    ("tarfile.open()", Produces::Instance("tarfile.TarFile")),
    ("threading.currentThread()", Produces::Instance("threading.Thread")),
    ("threading.current_thread()", Produces::Instance("threading.Thread")),
    ("threading.enumerate()", Produces::ItemsOf("threading.Thread")),
    ("threading.main_thread()", Produces::Instance("threading.Thread")),
    ("traceback.TracebackException.from_exception()", Produces::Instance("traceback.TracebackException")),
    ("unittest.defaultTestLoader", Produces::Instance("unittest.TestLoader")),
    ("unittest.main()", Produces::Instance("unittest.TestProgram")),
    // ElementTree's trees and elements (with a custom parser's `target`, `fromstring` and
    // `ElementTree.parse` return what it builds: taken to be elements, as the default builder's
    // are). `getiterator()` and `getchildren()` gave lists of elements where they existed.
    ("xml.etree.ElementTree.Element.__iter__", Produces::Instance("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.Element.find()", Produces::Instance("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.Element.findall()", Produces::ItemsOf("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.Element.getchildren()", Produces::ItemsOf("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.Element.getiterator()", Produces::ItemsOf("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.Element.iter()", Produces::ItemsOf("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.Element.iterfind()", Produces::ItemsOf("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.Element.makeelement()", Produces::Instance("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.ElementTree.find()", Produces::Instance("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.ElementTree.findall()", Produces::ItemsOf("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.ElementTree.getiterator()", Produces::ItemsOf("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.ElementTree.getroot()", Produces::Instance("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.ElementTree.iter()", Produces::ItemsOf("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.ElementTree.iterfind()", Produces::ItemsOf("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.ElementTree.parse()", Produces::Instance("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.SubElement()", Produces::Instance("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.XML()", Produces::Instance("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.fromstring()", Produces::Instance("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.fromstringlist()", Produces::Instance("xml.etree.ElementTree.Element")),
    ("xml.etree.ElementTree.parse()", Produces::Instance("xml.etree.ElementTree.ElementTree")),
    ("zipimport.zipimporter()", Produces::Instance("zipimport.zipimporter")),
];

/// Builtins whose calls always return a `bool` (unless the file binds the name itself).
///
/// Ex) `~isinstance(x, int)` inverts a bool.
pub static BOOL_RESULTS: &[&str] =
    &["builtins.bool", "builtins.callable", "builtins.hasattr", "builtins.isinstance", "builtins.issubclass"];

/// Functions whose result has a known class only when they are called with no argument at
/// all, and that class: arguments select something else.
///
/// Ex) `entry_points()` was a `SelectableGroups` (a dict of groups) until 3.12, while
/// `entry_points(group="console_scripts")` is an `EntryPoints`.
pub static BARE_CALL_PRODUCES: &[(&str, &str)] =
    &[("importlib.metadata.entry_points", "importlib.metadata.SelectableGroups")];

/// What calls of functions of [`BARE_CALL_PRODUCES`] make when they do pass arguments.
///
/// Ex) `entry_points(group="console_scripts")` is an `EntryPoints`, a tuple of `EntryPoint`s.
pub static ARGUMENT_CALL_PRODUCES: &[(&str, Produces)] =
    &[("importlib.metadata.entry_points", Produces::ItemsOf("importlib.metadata.EntryPoint"))];

/// What a call of `function` with arguments makes (see [`ARGUMENT_CALL_PRODUCES`]).
pub fn argument_call_product(function: &str) -> Option<Produces> {
    ARGUMENT_CALL_PRODUCES.iter().find(|(name, _)| *name == function).map(|(_, produced)| *produced)
}

/// The class a call of `function` with no argument makes (see [`BARE_CALL_PRODUCES`]).
pub fn bare_call_product(function: &str) -> Option<&'static str> {
    BARE_CALL_PRODUCES.iter().find(|(name, _)| *name == function).map(|(_, class)| *class)
}

/// The functions whose calls with no argument make instances of `class`.
pub fn bare_call_producers(class: &str) -> impl Iterator<Item = &'static str> + '_ {
    BARE_CALL_PRODUCES.iter().filter(move |(_, made)| *made == class).map(|(function, _)| *function)
}

/// Whether `function` (a qualified name) shares its name with a function of [`PRODUCES`] from
/// another package: a backport or a look-alike whose result is not the standard library's.
///
/// Ex) `trollius.get_event_loop_policy` (trollius's own policy), but not
/// `asyncio.events.get_event_loop_policy` (the same function by its defining module).
pub fn is_lookalike_producer(function: &str) -> bool {
    let (package, name) = match function.rsplit_once('.') {
        Some((module, name)) => (module.split('.').next().unwrap_or(module), name),
        None => ("", function),
    };
    let mut producers = PRODUCES.iter().filter_map(|(key, _)| {
        let producer = key.strip_suffix("()")?;
        let (module, last) = producer.rsplit_once('.')?;
        (last == name).then(|| module.split('.').next().unwrap_or(module))
    });
    let mut any = false;
    let foreign = producers.all(|producer_package| {
        any = true;
        producer_package != package
    });
    any && foreign
}

/// Classes and functions that `from module import *` binds whose uses the semantic model
/// follows: classes whose members the catalogue has rows for, and functions (or classes) whose
/// calls make an instance of a known class ([`PRODUCES`]). After `from datetime import *` (and
/// no other star import), a bare `datetime` the file does not bind is the class
/// `datetime.datetime`; after `from logging import *`, `getLogger()` makes a `logging.Logger`.
/// Sorted by (module, name).
///
/// A fact of the interpreters: `tests/removals.rs` (`star_exported_known_match_the_interpreters`)
/// runs `from M import *` in every native CPython from 3.6 on that is installed and checks this
/// list against what it binds (a name is listed when some probed version binds it). Names that
/// are builtins too are left out (`tarfile.open`, `re.compile`).
pub static STAR_EXPORTED_KNOWN: &[&str] = &[
    "_markupbase.ParserBase",
    "_tkinter.TkappType",
    "array.array",
    "ast.Bytes",
    "ast.Constant",
    "ast.NameConstant",
    "ast.NodeVisitor",
    "ast.Num",
    "ast.Str",
    "ast.Tuple",
    "ast.parse",
    "asyncio.AbstractEventLoopPolicy",
    "asyncio.Task",
    "asyncio.get_event_loop",
    "asyncio.get_event_loop_policy",
    "asyncio.get_running_loop",
    "asyncio.new_event_loop",
    "configparser.ConfigParser",
    "configparser.ParsingError",
    "configparser.RawConfigParser",
    "datetime.datetime",
    "decimal.Context",
    "difflib.SequenceMatcher",
    "distutils.command.sdist.sdist",
    "enum.Enum",
    "ftplib.FTP_TLS",
    "gettext.NullTranslations",
    "gzip.GzipFile",
    "hmac.HMAC",
    "html.parser.HTMLParser",
    "http.client.HTTPSConnection",
    "http.cookiejar.MozillaCookieJar",
    "http.cookies.BaseCookie",
    "imaplib.IMAP4",
    "imaplib.IMAP4_SSL",
    "importlib.abc.FileLoader",
    "importlib.abc.InspectLoader",
    "importlib.abc.Loader",
    "importlib.abc.MetaPathFinder",
    "importlib.abc.PathEntryFinder",
    "importlib.machinery.BuiltinImporter",
    "importlib.machinery.ExtensionFileLoader",
    "importlib.machinery.FileFinder",
    "importlib.machinery.FrozenImporter",
    "importlib.machinery.PathFinder",
    "importlib.machinery.SourceFileLoader",
    "importlib.machinery.SourcelessFileLoader",
    "importlib.machinery.WindowsRegistryFinder",
    "importlib.metadata.distribution",
    "importlib.metadata.distributions",
    "importlib.util.spec_from_file_location",
    "inspect.Signature",
    "logging.Logger",
    "logging.LoggerAdapter",
    "logging.getLogger",
    "nntplib.NNTP",
    "pathlib.Path",
    "pathlib.PosixPath",
    "pathlib.PurePath",
    "pathlib.WindowsPath",
    "pdb.Pdb",
    "pkgutil.get_importer",
    "poplib.POP3_SSL",
    "smtplib.SMTP_SSL",
    "sqlite3.connect",
    "ssl.SSLContext",
    "ssl.SSLSocket",
    "ssl.TLSVersion",
    "ssl.create_default_context",
    "symtable.Class",
    "symtable.SymbolTable",
    "symtable.symtable",
    "tarfile.TarInfo",
    "tempfile.SpooledTemporaryFile",
    "threading.Condition",
    "threading.Event",
    "threading.Thread",
    "threading.current_thread",
    "threading.main_thread",
    "tkinter.Button",
    "tkinter.Menu",
    "tkinter.Misc",
    "tkinter.Text",
    "tkinter.Variable",
    "traceback.TracebackException",
    "turtle.RawTurtle",
    "types.CodeType",
    "unittest.TestCase",
    "unittest.main",
    "urllib.request.Request",
    "wave.Wave_read",
    "wave.Wave_write",
    "xml.etree.ElementTree.Element",
    "xml.etree.ElementTree.ElementTree",
    "xml.etree.ElementTree.SubElement",
    "xml.etree.ElementTree.XML",
    "xml.etree.ElementTree.XMLParser",
    "xml.etree.ElementTree.fromstring",
    "xml.etree.ElementTree.fromstringlist",
    "xml.etree.ElementTree.parse",
    "zipimport.zipimporter",
];

/// Whether `from module import *` binds `module.name` of [`STAR_EXPORTED_KNOWN`].
pub fn star_exported_known(module: &str, name: &str) -> bool {
    STAR_EXPORTED_KNOWN
        .binary_search_by(|known| {
            let (listed_module, listed_name) = known.rsplit_once('.').unwrap_or(("", known));
            listed_module.cmp(module).then_with(|| listed_name.cmp(name))
        })
        .is_ok()
}

/// Classes whose slices (`x[i:j]`, `x[::n]`) are instances of the class again.
pub static SLICED_AS_ITSELF: &[&str] = &["array.array"];

/// What the expression named `key` (in the notation of [`PRODUCES`]) evaluates to.
pub fn produces(key: &str) -> Option<Produces> {
    PRODUCES.iter().find(|(name, _)| *name == key).map(|(_, produced)| *produced)
}

/// Rewrites a dotted path through [`CANONICAL_MODULES`]: `unittest.case.TestCase` becomes
/// `unittest.TestCase`. Paths that need no rewrite come back unchanged.
pub fn canonical_path(path: &str) -> std::borrow::Cow<'_, str> {
    let best = CANONICAL_MODULES
        .iter()
        .chain(SIX_MOVES)
        .chain(THIRD_PARTY_STDLIB)
        .filter(|(private, _)| crate::qualified_name::QualifiedName::new(path).starts_with(private))
        .max_by_key(|(private, _)| private.len());
    match best {
        Some((private, public)) => format!("{public}{}", &path[private.len()..]).into(),
        None => path.into(),
    }
}

/// The other spellings of the public dotted `path` that [`CANONICAL_MODULES`] rewrites to it,
/// each as the private prefix and the rest of `path` after the public one.
///
/// Ex) `ntpath.splitunc` is also spelled `os.path.splitunc` (with nothing after).
pub fn private_spellings(path: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    CANONICAL_MODULES.iter().filter_map(move |(private, public)| {
        let rest = path.strip_prefix(public)?;
        (rest.is_empty() || rest.starts_with('.')).then_some((*private, rest))
    })
}

/// Submodules of the standard library whose functions keyword or call-shape rows judge
/// (`os.path.join`), sorted: a function of one is no class's method, whatever its name (what
/// the project index asks of a module's classes, crate/project/classes.rs). A submodule
/// missing here only makes the index parse more.
pub static SUBMODULES: &[&str] = &[
    "email.parser",
    "email.utils",
    "html.parser",
    "http.client",
    "importlib.resources",
    "importlib.util",
    "os.path",
    "urllib.request",
    "xml.etree.ElementTree",
];

/// Whether `path` is a module of [`MODULES`] or [`SUBMODULES`] (not a class).
pub fn is_module(path: &str) -> bool {
    MODULES.binary_search(&path).is_ok() || SUBMODULES.binary_search(&path).is_ok()
}

/// The public top-level modules of the standard library of Python 3.11 to 3.13 (removed ones
/// included), sorted: what tells a standard-library object from a look-alike when an attribute
/// may hold either (`self.pathlib = pathlib`, or a fake of it in a test double).
pub static MODULES: &[&str] = &[
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

/// What a function that imports the module named by its first argument returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportResult {
    /// The module named (`importlib.import_module("a.b")` is `a.b`).
    Named,
    /// The top-level package of the name, unless a `fromlist` asks for the module itself
    /// (`__import__("a.b")` is `a`).
    TopLevel,
}

/// The functions that import the module named by their first argument, and what they return
/// (the last three are the helpers CPython's own test suite imports modules with).
pub const IMPORT_FUNCTIONS: &[(&str, ImportResult)] = &[
    ("builtins.__import__", ImportResult::TopLevel),
    ("importlib.__import__", ImportResult::TopLevel),
    ("importlib.import_module", ImportResult::Named),
    ("test.support.import_helper.import_module", ImportResult::Named),
    ("test.support.import_module", ImportResult::Named),
    ("test.support.warnings_helper.import_deprecated", ImportResult::Named),
];

/// What `function` returns if it imports the module its first argument names.
pub fn import_function(function: &str) -> Option<ImportResult> {
    IMPORT_FUNCTIONS.iter().find(|(name, _)| *name == function).map(|(_, result)| *result)
}
/// Ex) `pathlib.Path` yes, `pyfakefs.fake_pathlib` no.
/// Whether the dotted path `path` lies in a standard-library module of [`MODULES`].
pub fn is_stdlib_path(path: &str) -> bool {
    let root = path.split('.').next().unwrap_or(path);
    MODULES.binary_search(&root).is_ok()
}

/// The standard library's private top-level modules that every CPython from 3.7 to 3.15 has on
/// every platform, sorted: built into the interpreter (`_imp`, `_thread`, `_io`, ...) or pure
/// Python in `Lib/` (`_collections_abc`, `_pyio`, ...). Optional accelerators (`_json`, `_ssl`,
/// `_decimal`), platform modules (`_posixsubprocess`, `_winapi`) and ones CPython removed or
/// added within that span (`_bootlocale`, `_dummy_thread`, `_pydatetime`) are left out: an
/// import of one of these never fails, so a fallback for it never runs.
/// Ex) setuptools' `try: import _imp` / `except ImportError: import imp as _imp` (Python 3.2
/// compatibility): `_imp.acquire_lock()` is the private module's, which 3.12 kept.
/// Checked by importing each one in CPython 3.7 to 3.13 and Pyodide's 3.12 to 3.15
/// (`tests/stdlib_modules.rs` imports them again in every CPython it finds).
pub static PRIVATE_MODULES: &[&str] = &[
    "_abc",
    "_ast",
    "_codecs",
    "_collections",
    "_collections_abc",
    "_compat_pickle",
    "_functools",
    "_imp",
    "_io",
    "_markupbase",
    "_operator",
    "_py_abc",
    "_pyio",
    "_signal",
    "_sitebuiltins",
    "_sre",
    "_stat",
    "_string",
    "_strptime",
    "_thread",
    "_threading_local",
    "_tracemalloc",
    "_warnings",
    "_weakref",
    "_weakrefset",
];

/// Whether the dotted path `path` lies in a standard-library module every Python 3 imports
/// without fail: one of [`MODULES`] or of [`PRIVATE_MODULES`] (removed modules are the
/// caller's to exclude, with the catalogue).
pub fn is_importable_stdlib_path(path: &str) -> bool {
    let root = path.split('.').next().unwrap_or(path);
    is_stdlib_path(root) || PRIVATE_MODULES.binary_search(&root).is_ok()
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
        for pair in OVERRIDES.windows(2) {
            assert!(pair[0] < pair[1]);
        }
        for pair in ENTERS_AS_ITSELF.windows(2) {
            assert!(pair[0] < pair[1]);
        }
        for pair in MODE_DEPENDENT.windows(2) {
            assert!(pair[0].function < pair[1].function);
        }
        for pair in PYTHON2_NAMES.windows(2) {
            assert!(pair[0] < pair[1]);
        }
        for pair in PYTHON3_BUILTINS.windows(2).chain(PYTHON2_BUILTINS.windows(2)) {
            assert!(pair[0] < pair[1]);
        }
        for pair in BACKPORTS.windows(2) {
            assert!(pair[0] < pair[1]);
        }
        for pair in SUBCLASS_MEMBERS.windows(2) {
            assert!(pair[0] < pair[1]);
        }
        for pair in SUBMODULES.windows(2) {
            assert!(pair[0] < pair[1]);
        }
        for pair in MODULES.windows(2).chain(PRIVATE_MODULES.windows(2)) {
            assert!(pair[0] < pair[1], "{}", pair[1]);
        }
        for pair in PRODUCES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{}", pair[1].0);
        }
        let key = |class: &&str| {
            class.rsplit_once('.').map(|(module, name)| (module.to_string(), name.to_string()))
        };
        for pair in STAR_EXPORTED_KNOWN.windows(2) {
            assert!(key(&pair[0]) < key(&pair[1]), "{}", pair[1]);
        }
        assert!(star_exported_known("datetime", "datetime"));
        assert!(star_exported_known("xml.etree.ElementTree", "Element"));
        assert!(star_exported_known("logging", "getLogger"));
        assert!(!star_exported_known("datetime", "timedelta"));
        assert!(!star_exported_known("tarfile", "open"));
    }

    #[test]
    fn canonical_paths() {
        assert_eq!(canonical_path("unittest.case.TestCase"), "unittest.TestCase");
        assert_eq!(canonical_path("unittest.case"), "unittest");
        assert_eq!(canonical_path("unittest.cases"), "unittest.cases");
        assert_eq!(canonical_path("os.path.splitunc"), "ntpath.splitunc");
        assert_eq!(canonical_path("os.path.splitdrive"), "os.path.splitdrive");
        let spellings: Vec<_> = private_spellings("ntpath.splitunc").collect();
        assert_eq!(spellings, [("os.path.splitunc", "")]);
        let spellings: Vec<_> = private_spellings("asyncio.Lock").collect();
        assert!(spellings.contains(&("asyncio.locks", ".Lock")));
        assert_eq!(
            canonical_path("importlib._bootstrap_external.PathFinder"),
            "importlib.machinery.PathFinder"
        );
        assert_eq!(canonical_path("os.path"), "os.path");
    }
}
