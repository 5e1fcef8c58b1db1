//! Removals that source code does not show: behaviour changes, command-line options, values the
//! interpreter sets. The engine cannot find their uses; the documentation lists them, each with
//! what changed, what to do, and why pysunset cannot see it.

use crate::version::PythonVersion;

const fn v(minor: u8) -> PythonVersion {
    PythonVersion::new(minor)
}

/// A removal pysunset documents but cannot detect.
#[derive(Clone, Copy, Debug)]
pub struct Behaviour {
    /// What changed, named as the CPython documentation names it.
    pub name: &'static str,
    /// Its name in the fact table (`shared/removals.json`), which a test checks it against.
    pub listed_as: &'static str,
    /// The module (or `python` for the interpreter itself) whose documentation page lists it.
    pub module: &'static str,
    /// The release that deprecated it, where one did.
    pub deprecated_in: Option<PythonVersion>,
    /// The release that removed it, or is scheduled to; `None` for a deprecation without a
    /// removal date.
    pub removed_in: Option<PythonVersion>,
    /// What the change means for a program, in one line.
    pub what: &'static str,
    /// What to do instead.
    pub instead: &'static str,
    /// Why a static reading of the source cannot find it.
    pub not_detectable: &'static str,
}

/// Every documented removal that is not detectable, sorted by `module` then `name`.
pub static BEHAVIOURS: &[Behaviour] = &[
    Behaviour {
        name: "Nested argument groups",
        listed_as: "argparse nested argument groups / groups inside mutually exclusive groups",
        module: "argparse",
        deprecated_in: Some(v(11)),
        removed_in: Some(v(14)),
        what: "calling add_argument_group() or add_mutually_exclusive_group() on a group, rather than on the parser, raises ValueError",
        instead: "add every group, and every mutually exclusive group, to the parser itself",
        not_detectable: "the same methods are valid on the parser; only the receiver's run-time type shows that it is a group",
    },
    Behaviour {
        name: "asyncio.get_event_loop() creating a loop",
        listed_as: "asyncio.get_event_loop() implicitly creating a loop",
        module: "asyncio",
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        what: "get_event_loop() no longer creates a loop when none is set; with no current loop it raises RuntimeError",
        instead: "start the program with asyncio.run() or asyncio.Runner, or call new_event_loop() then set_event_loop(); in coroutines use get_running_loop()",
        not_detectable: "the call stays valid while a loop is set or running; whether one is depends on run-time state",
    },
    Behaviour {
        name: "Chained classmethod descriptors",
        listed_as: "chained classmethod descriptors (classmethod wrapping property etc.)",
        module: "builtins",
        deprecated_in: Some(v(11)),
        removed_in: Some(v(13)),
        what: "classmethod no longer wraps other descriptors such as property: a @classmethod stacked on @property returns a method object instead of the computed value",
        instead: "use a property on a metaclass or call a plain classmethod; classmethod's __wrapped__ (3.10+) reaches the wrapped object",
        not_detectable: "@classmethod directly over @property can be seen, but whether what classmethod wraps is a descriptor (custom decorators, wrappers) is only known at run time",
    },
    Behaviour {
        name: "NotImplemented in a boolean context",
        listed_as: "NotImplemented in a boolean context",
        module: "builtins",
        deprecated_in: Some(v(9)),
        removed_in: Some(v(14)),
        what: "bool(NotImplemented), or using it in if, and, or, not, raises TypeError instead of being true",
        instead: "test identity: result is NotImplemented",
        not_detectable: "the value usually comes back from a call such as a.__eq__(b), and what a variable holds is only known at run time",
    },
    Behaviour {
        name: "__float__() and __complex__() returning a subclass",
        listed_as: "__float__()/__complex__() returning a strict subclass",
        module: "builtins",
        deprecated_in: None,
        removed_in: None,
        what: "returning a strict subclass of float or complex from __float__() or __complex__() warns; a future version will raise TypeError",
        instead: "return a plain float or complex: return float(value)",
        not_detectable: "what a method returns is known only when it runs",
    },
    Behaviour {
        name: "__index__() and __int__() returning a non-int",
        listed_as: "__index__()/__int__() returning a non-int",
        module: "builtins",
        deprecated_in: None,
        removed_in: None,
        what: "returning an instance of a strict subclass of int from __index__() or __int__() warns; a future version will raise TypeError",
        instead: "return a plain int: return int(value)",
        not_detectable: "what a method returns is known only when it runs",
    },
    Behaviour {
        name: "complex() with complex parts",
        listed_as: "complex() with a complex real or imag argument",
        module: "builtins",
        deprecated_in: Some(v(14)),
        removed_in: None,
        what: "complex(real, imag) warns when either argument is itself a complex number",
        instead: "pass a single complex (complex(z)), or build the value with arithmetic: real + imag * 1j",
        not_detectable: "whether an argument is a complex number is known only at run time, except for literals",
    },
    Behaviour {
        name: "int() falling back to __trunc__()",
        listed_as: "int() delegating to __trunc__()",
        module: "builtins",
        deprecated_in: Some(v(11)),
        removed_in: Some(v(14)),
        what: "int(x) no longer calls x.__trunc__(); an object that defines only __trunc__() makes int() raise TypeError",
        instead: "define __int__() or __index__() as well; math.trunc() still uses __trunc__()",
        not_detectable: "a class defining __trunc__() is visible, but whether int() is ever called on its instances depends on run-time types",
    },
    Behaviour {
        name: "throw() with a type, a value and a traceback",
        listed_as: "generator/coroutine throw(type, value, traceback) 3-argument form",
        module: "builtins",
        deprecated_in: Some(v(12)),
        removed_in: None,
        what: "generator.throw(), coroutine.throw() and their async generator forms warn when given the exception type, value and traceback as three arguments",
        instead: "pass one exception instance: gen.throw(error), with the traceback attached by error.with_traceback(tb) where it matters",
        not_detectable: "throw is called on generators and coroutines, whose type a static reading does not know; other objects define throw methods of their own",
    },
    Behaviour {
        name: "ctypes.Structure._pack_ without _layout_",
        listed_as: "ctypes.Structure._pack_ without _layout_ on non-Windows (implicit MSVC layout)",
        module: "ctypes",
        deprecated_in: Some(v(14)),
        removed_in: Some(v(19)),
        what: "setting _pack_ without _layout_ on a Structure or Union silently selects the MSVC-compatible layout on non-Windows platforms; that implicit switch warns and is to be removed",
        instead: "set _layout_ = 'ms' explicitly next to _pack_",
        not_detectable: "the class body is visible, but which platform runs it and whether a base class sets _layout_ are only known at run time",
    },
    Behaviour {
        name: "ctypes.Structure._use_broken_old_ctypes_structure_semantics_",
        listed_as: "ctypes.Structure._use_broken_old_ctypes_structure_semantics_",
        module: "ctypes",
        deprecated_in: None,
        removed_in: Some(v(12)),
        what: "the undocumented flag is ignored: a Structure subclass can no longer ask for the old, broken field layout",
        instead: "nothing: delete the flag and check the structure's field offsets",
        not_detectable: "it is a class attribute that ctypes read when the class was created; nothing imports or calls it, and the class's ctypes base is only certain at run time",
    },
    Behaviour {
        name: "Decimal format specifier 'N'",
        listed_as: "decimal.Decimal format specifier 'N'",
        module: "decimal",
        deprecated_in: Some(v(13)),
        removed_in: Some(v(18)),
        what: "format(d, 'N'), an undocumented spelling that only the C implementation accepted, warns since 3.13 and is to be rejected",
        instead: "use 'n' for locale-aware output, or another explicit presentation type",
        not_detectable: "format specs are often built at run time, and in an f-string whether the value is a Decimal is only known at run time",
    },
    Behaviour {
        name: "encodings.normalize_encoding() with a non-ASCII name",
        listed_as: "encodings.normalize_encoding() with non-ASCII names",
        module: "encodings",
        deprecated_in: None,
        removed_in: Some(v(17)),
        what: "the function is documented as ASCII-only; a str name with non-ASCII characters warns and is to raise an error, as non-ASCII bytes already do",
        instead: "pass ASCII encoding names; validate names from outside with codecs.lookup()",
        not_detectable: "the encoding name is almost always a run-time string (a header, a file, user input)",
    },
    Behaviour {
        name: "ensurepip and venv installing setuptools",
        listed_as: "ensurepip/venv installing setuptools by default",
        module: "ensurepip",
        deprecated_in: None,
        removed_in: Some(v(12)),
        what: "ensurepip no longer installs setuptools, so new virtual environments lack setuptools, pkg_resources, easy_install and distutils",
        instead: "declare setuptools as a dependency (pip install setuptools) where it is still needed",
        not_detectable: "it changes what a new environment contains; the import that then fails is of a third-party package, not a standard-library API",
    },
    Behaviour {
        name: "enum.EnumMeta.__getattr__",
        listed_as: "enum.EnumMeta.__getattr__",
        module: "enum",
        deprecated_in: None,
        removed_in: Some(v(12)),
        what: "the metaclass hook that looked members up is gone (members are plain class attributes); explicit calls such as super().__getattr__(name) in an EnumMeta subclass raise AttributeError",
        instead: "nothing for member access; drop explicit calls to the hook",
        not_detectable: "it is reached through super() or getattr() in a metaclass, and which class's method that resolves to is only known at run time",
    },
    Behaviour {
        name: "functools.reduce() with keyword arguments",
        listed_as: "functools.reduce() (Python version) with function/sequence as keywords",
        module: "functools",
        deprecated_in: Some(v(14)),
        removed_in: None,
        what: "the pure-Python functools.reduce() warns when function or sequence is passed by keyword (the C version never accepted them)",
        instead: "pass both positionally: reduce(function, items, initial)",
        not_detectable: "the C implementation, used by default, rejects the keywords already; only code running the pure-Python fallback sees the warning",
    },
    Behaviour {
        name: "gettext plural forms with a non-integer count",
        listed_as: "gettext plural forms with a non-integer n",
        module: "gettext",
        deprecated_in: None,
        removed_in: None,
        what: "ngettext() and the plural-form functions warn when n is not an int (a float such as 2.0)",
        instead: "pass an int: ngettext(singular, plural, int(n))",
        not_detectable: "the count is a value computed at run time",
    },
    Behaviour {
        name: "python -m http.server --cgi",
        listed_as: "python -m http.server --cgi",
        module: "http.server",
        deprecated_in: Some(v(13)),
        removed_in: Some(v(15)),
        what: "the --cgi option of the command-line server is removed together with CGIHTTPRequestHandler; the command stops with an argument error",
        instead: "serve CGI scripts from a real web server, or port them to WSGI",
        not_detectable: "it is a command-line option, used in shell scripts and service files, not in Python code",
    },
    Behaviour {
        name: "EntryPoints as a tuple",
        listed_as: "importlib.metadata.EntryPoints tuple interface",
        module: "importlib.metadata",
        deprecated_in: None,
        removed_in: None,
        what: "indexing the EntryPoints returned by entry_points(group=...) by position (eps[0]) warns",
        instead: "select by name: eps[\"name\"], eps.names, or iterate",
        not_detectable: "the result of entry_points() with arguments is indexed like any sequence; pysunset cannot tell which index is positional at run time",
    },
    Behaviour {
        name: "Copying and pickling itertools iterators",
        listed_as: "itertools iterators: copy/deepcopy/pickle support",
        module: "itertools",
        deprecated_in: Some(v(12)),
        removed_in: Some(v(14)),
        what: "copy.copy(), copy.deepcopy() and pickle no longer support itertools objects (count, cycle, chain, ...) and raise TypeError",
        instead: "materialise the values (list(...)) before copying or pickling, or rebuild the iterator from its inputs",
        not_detectable: "the failing call is copy() or pickle.dumps() on a value, and whether that value is an itertools iterator is only known at run time",
    },
    Behaviour {
        name: "Handler factories taking strm= in dictConfig()",
        listed_as: "logging handlers taking strm= (dictConfig)",
        module: "logging.config",
        deprecated_in: Some(v(14)),
        removed_in: Some(v(16)),
        what: "dictConfig() retries a handler factory that rejects stream= with strm=; that fallback warns and is to be removed",
        instead: "name the handler's parameter stream",
        not_detectable: "the handler class and its arguments are named in a configuration dict, often loaded from JSON or YAML at run time",
    },
    Behaviour {
        name: "mailbox with text-mode files",
        listed_as: "mailbox with StringIO input / text mode",
        module: "mailbox",
        deprecated_in: None,
        removed_in: None,
        what: "mailbox classes warn when given a StringIO or a file opened in text mode",
        instead: "open files in binary mode and pass BytesIO for in-memory messages",
        not_detectable: "the mode of a file object handed to mailbox is known only at run time",
    },
    Behaviour {
        name: "os functions accepting bytes-like paths",
        listed_as: "os functions accepting bytes-like paths (bytearray, memoryview)",
        module: "os",
        deprecated_in: None,
        removed_in: Some(v(12)),
        what: "os functions no longer accept bytearray, memoryview or other bytes-like objects as paths; they raise TypeError",
        instead: "pass str, bytes or a path-like object; convert with bytes(value)",
        not_detectable: "the path is a value whose type (bytes or bytearray) is only known at run time",
    },
    Behaviour {
        name: "os.register_at_fork() with threads running",
        listed_as: "os.register_at_fork() in a multi-threaded process",
        module: "os",
        deprecated_in: None,
        removed_in: None,
        what: "forking a process that runs other threads warns (a child may deadlock on a lock another thread held)",
        instead: "start processes with the spawn or forkserver method of multiprocessing, or subprocess",
        not_detectable: "whether other threads run when the process forks is run-time state",
    },
    Behaviour {
        name: "pydoc.ErrorDuringImport with an exc_info tuple",
        listed_as: "pydoc.ErrorDuringImport(exc_info=tuple)",
        module: "pydoc",
        deprecated_in: None,
        removed_in: None,
        what: "pydoc.ErrorDuringImport warns when its second argument is a sys.exc_info() tuple",
        instead: "pass the exception instance",
        not_detectable: "the argument's type (tuple or exception) is known only at run time",
    },
    Behaviour {
        name: "-b and -bb command-line options",
        listed_as: "python -b / -bb (BytesWarning options)",
        module: "python",
        deprecated_in: Some(v(15)),
        removed_in: Some(v(17)),
        what: "the BytesWarning options are to become no-ops: comparing bytes with str will no longer warn or raise",
        instead: "find bytes and str mix-ups with a type checker",
        not_detectable: "it is a command-line option of the interpreter, not code",
    },
    Behaviour {
        name: "Numeric literal followed by a keyword",
        listed_as: "numeric literal directly followed by a keyword (e.g. 0in x)",
        module: "python",
        deprecated_in: Some(v(12)),
        removed_in: None,
        what: "a number written right against a keyword (0in x, 1if y else z) warns when compiled; a future version makes it a syntax error",
        instead: "put a space between the number and the keyword: 0 in x",
        not_detectable: "the tree-sitter grammar reads the literal and the keyword as separate tokens, so the missing space is lost before the rules see it",
    },
    Behaviour {
        name: "module.__package__ set by the import system",
        listed_as: "module.__package__ set by the import system",
        module: "python",
        deprecated_in: Some(v(12)),
        removed_in: Some(v(15)),
        what: "the import system is to stop setting and consulting __package__ (planned for 3.14, then 3.15; 3.15.0rc1 still sets it)",
        instead: "read module.__spec__.parent",
        not_detectable: "a bare __package__ is visible, but module.__package__ needs the object's run-time type, and getattr() can use a run-time name",
    },
    Behaviour {
        name: "Format codes 'F' and 'D'",
        listed_as: "struct format codes 'F' and 'D'",
        module: "struct",
        deprecated_in: Some(v(16)),
        removed_in: Some(v(21)),
        what: "the one-letter complex type codes (float complex, double complex) are deprecated in favour of two-letter codes; the 3.16 development docs plan their removal, which may change",
        instead: "use 'Zf' and 'Zd'",
        not_detectable: "format strings are often built at run time, and an F or D in a literal is only a struct format once it reaches struct",
    },
    Behaviour {
        name: "Async test methods returning a value",
        listed_as: "unittest.IsolatedAsyncioTestCase test returning a non-None value",
        module: "unittest",
        deprecated_in: Some(v(11)),
        removed_in: None,
        what: "a test method of IsolatedAsyncioTestCase that returns something other than None warns: the value is ignored",
        instead: "return nothing from tests; assert on the value instead",
        not_detectable: "what a coroutine returns is known only when it runs",
    },
    Behaviour {
        name: "parse_qs() with false non-string values",
        listed_as: "urllib.parse.parse_qs/parse_qsl with false non-string values (0, [])",
        module: "urllib.parse",
        deprecated_in: Some(v(14)),
        removed_in: None,
        what: "parse_qs() and parse_qsl() warn when given a false value that is not a string or bytes (0, [], ...), which they took as empty",
        instead: "pass a str, bytes or None",
        not_detectable: "the argument's value is known only at run time",
    },
    Behaviour {
        name: "Obsolete browser controllers",
        listed_as: "webbrowser obsolete browser names (grail, mosaic, netscape, galeon, skipstone, iceape, firebird, firefox<=35)",
        module: "webbrowser",
        deprecated_in: None,
        removed_in: Some(v(12)),
        what: "webbrowser dropped Grail, Mosaic, Netscape, Galeon, Skipstone, Iceape, Firebird and Firefox 35 or older; naming them in get() or BROWSER no longer selects a dedicated controller",
        instead: "use a current browser, or the default: webbrowser.open(url)",
        not_detectable: "the browser name is a string, usually from the BROWSER environment variable or configuration",
    },
    Behaviour {
        name: "wsgiref partial writes",
        listed_as: "wsgiref SimpleHandler.stdout.write() doing partial writes",
        module: "wsgiref",
        deprecated_in: None,
        removed_in: None,
        what: "SimpleHandler warns when its stdout's write() writes only part of the data",
        instead: "give SimpleHandler a stdout whose write() writes everything (a buffered file)",
        not_detectable: "how much a stream's write() writes is run-time behaviour",
    },
    Behaviour {
        name: "xml.etree.ElementTree.Element.copy()",
        listed_as: "xml.etree.ElementTree.Element.copy",
        module: "xml.etree.ElementTree",
        deprecated_in: Some(v(10)),
        removed_in: Some(v(12)),
        what: "the pure-Python Element lost its copy() method; the C Element used by default never had it, so only code running without _elementtree breaks",
        instead: "copy.copy(element)",
        not_detectable: "it is a method call on an Element instance, and whether a value is an Element is only known at run time",
    },
];

#[cfg(test)]
mod tests {
    use super::BEHAVIOURS;

    #[test]
    fn behaviours_are_sorted_by_module_then_name() {
        for pair in BEHAVIOURS.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(
                (a.module, a.name) < (b.module, b.name),
                "out of order or duplicated: {}/{} before {}/{}",
                a.module,
                a.name,
                b.module,
                b.name
            );
        }
    }

    #[test]
    fn no_text_field_is_empty() {
        for behaviour in BEHAVIOURS {
            for (field, text) in [
                ("name", behaviour.name),
                ("module", behaviour.module),
                ("what", behaviour.what),
                ("instead", behaviour.instead),
                ("not_detectable", behaviour.not_detectable),
            ] {
                assert!(!text.trim().is_empty(), "{}: {field} is empty", behaviour.name);
            }
        }
    }

    #[test]
    fn deprecation_comes_before_removal() {
        for behaviour in BEHAVIOURS {
            if let (Some(deprecated), Some(removed)) = (behaviour.deprecated_in, behaviour.removed_in) {
                assert!(
                    deprecated < removed,
                    "{}: deprecated in {deprecated}, removed in {}",
                    behaviour.name,
                    removed
                );
            }
        }
    }

    /// The docs generator puts these into Markdown tables and appends its own full stop.
    #[test]
    fn text_fits_the_generated_docs() {
        for behaviour in BEHAVIOURS {
            for text in [behaviour.name, behaviour.what, behaviour.instead, behaviour.not_detectable] {
                assert!(!text.contains('|'), "{}: a pipe breaks the index table", behaviour.name);
                assert!(!text.ends_with('.'), "{}: the generator adds the full stop", behaviour.name);
            }
        }
    }
}
