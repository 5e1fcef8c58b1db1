"""Probe which catalogue symbols exist in the running Python interpreter.

Input: a JSON list of {"symbol": ..., "kind": ...}, read from stdin, or from the
global PROBE_INPUT when the script runs inside Pyodide (pyodide.runPython).

Output: {"python": "3.12.7", "implementation": ..., "platform": ...,
         "results": {symbol: true | false | null}, "reasons": {symbol: why null}}
printed to stdout as JSON, or stored in the global PROBE_OUTPUT under Pyodide.

true = the name is there, false = it is gone, null = this interpreter cannot
tell (the reason says why, e.g. the build leaves the module out).

Run natively with `python3 -I -S -W ignore probe.py`: -I -S keep site-packages
(and setuptools' distutils shim) out of the picture.
"""

import importlib
import inspect
import json
import re
import sys
import warnings

warnings.simplefilter("ignore")

IMPORT_KINDS = {"module", "package"}
ATTRIBUTE_KINDS = {"namespace", "function", "class", "method", "attribute", "constant", "alias"}
NO_PROBE = {
    "env-var": "environment variables have no runtime trace to probe",
    "envvar": "environment variables have no runtime trace to probe",
}
STDLIB = set(getattr(sys, "stdlib_module_names", ()))


class Unknown(Exception):
    """The interpreter cannot answer for this symbol."""


def _import(name, symbol):
    """Import `name`. Return the module, or None when `name` itself does not exist.

    Raises Unknown when the answer says nothing about CPython (a dependency is
    missing, the module is in the stdlib list but this build leaves it out, or
    the import came from outside the stdlib)."""
    top = name.split(".")[0]
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as e:
        missing = e.name or ""
        if not missing:  # Pyodide's unvendored modules ("unvendored from the Python standard library")
            raise Unknown(f"importing {name} failed: {str(e).splitlines()[0]}") from None
        if missing != name and not name.startswith(missing + "."):
            raise Unknown(f"importing {name} needs {missing}, which this build does not ship") from None
        if missing == top and top in STDLIB:
            raise Unknown(f"{top} is in this version's stdlib (sys.stdlib_module_names) but this build does not ship it") from None
        return None
    except ImportError as e:
        raise Unknown(f"importing {name} failed: {type(e).__name__}: {e}") from None
    except Exception as e:  # a module that fails at import time (platform checks...)
        raise Unknown(f"importing {name} raised {type(e).__name__}: {e}") from None
    origin = getattr(sys.modules.get(top), "__file__", None) or ""
    if "site-packages" in origin or "dist-packages" in origin:
        raise Unknown(f"{top} resolved outside the stdlib ({origin})")
    return module


# A removed keyword parameter spelled as the catalogue spells it: `ftplib.FTP_TLS(keyfile=, certfile=)`.
PARAMETER = re.compile(r"^([A-Za-z_][\w.]*)\(((?:\w+=)(?:, \w+=)*)\)$")


def probe_parameter(symbol):
    """Whether the callable still takes the keyword parameters (all of them), by its signature."""
    match = PARAMETER.match(symbol)
    if not match:
        raise Unknown("an argument shape or a family of callables: its symbol names no single keyword parameter")
    callable_path, keywords = match.group(1), [k.rstrip("=") for k in match.group(2).split(", ")]
    found = probe(callable_path, "function", want_object=True)
    if found is False:
        return False  # the callable itself is gone, and its parameters with it
    try:
        # The wrapper's own signature: deprecation shims are often decorators over the new one.
        parameters = inspect.signature(found, follow_wrapped=False).parameters
    except (TypeError, ValueError) as e:
        raise Unknown(f"{callable_path} has no signature to read ({e})") from None
    named = [k for k in keywords if k in parameters and parameters[k].kind != inspect.Parameter.POSITIONAL_ONLY]
    if len(named) == len(keywords):
        return True
    if any(p.kind == inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        raise Unknown(f"{callable_path} takes **kwargs, which may still accept {keywords}")
    if not named:
        return False
    raise Unknown(f"{callable_path} takes {named} but not all of {keywords}")


def _visitor_probe(method, literal):
    """Whether NodeVisitor still dispatches a parsed literal to `method`."""
    return (
        "import ast\n"
        "class Visitor(ast.NodeVisitor):\n"
        "    called = False\n"
        f"    def {method}(self, node):\n"
        "        Visitor.called = True\n"
        f"Visitor().visit(ast.parse({literal!r}))\n"
        "ok = Visitor.called\n"
    )


# Changes of behaviour, shown by running code: symbol -> (modules it needs, source setting `ok`
# to whether the old behaviour is still there).
BEHAVIOUR_PROBES = {
    **{
        f"ast.NodeVisitor.{method}": ((), _visitor_probe(method, literal))
        for method, literal in [
            ("visit_Bytes", "b'bytes'"),
            ("visit_Ellipsis", "..."),
            ("visit_NameConstant", "None"),
            ("visit_Num", "1"),
            ("visit_Str", "'text'"),
        ]
    },
    "builtins.bool.__invert__": (
        (),
        "try:\n    ok = eval('~True') == -2\nexcept TypeError:\n    ok = False\n",
    ),
    # The asyncio primitives kept `loop=` in their signatures in 3.10 only to reject it.
    **{
        f"asyncio.{name}(loop=)": (
            ("asyncio",),
            "import asyncio\n"
            "loop = asyncio.new_event_loop()\n"
            "try:\n"
            f"    asyncio.{name}({'2, ' if 'Semaphore' in name else ''}loop=loop)\n"
            "    ok = True\n"
            "except TypeError:\n"
            "    ok = False\n"
            "finally:\n"
            "    loop.close()\n",
        )
        for name in ["BoundedSemaphore", "Condition", "Event", "Lock", "Queue", "Semaphore"]
    },
    # Instance attributes set by constructors (some of which connect): read from the source.
    **{
        f"{module}.{cls}.{attribute}": (
            (module,),
            "import importlib, inspect\n"
            f"cls = getattr(importlib.import_module({module!r}), {cls!r})\n"
            f"ok = 'self.{attribute} =' in inspect.getsource(cls.__init__)\n",
        )
        for module, cls, attribute in [
            ("ftplib", "FTP_TLS", "certfile"),
            ("ftplib", "FTP_TLS", "keyfile"),
            ("http.client", "HTTPSConnection", "cert_file"),
            ("http.client", "HTTPSConnection", "key_file"),
            ("imaplib", "IMAP4_SSL", "certfile"),
            ("imaplib", "IMAP4_SSL", "keyfile"),
            ("poplib", "POP3_SSL", "certfile"),
            ("poplib", "POP3_SSL", "keyfile"),
            ("smtplib", "SMTP_SSL", "certfile"),
            ("smtplib", "SMTP_SSL", "keyfile"),
        ]
    },
    # The abstract loop's signature kept reuse_address= until 3.12; the loop that runs is the
    # base event loop, which dropped it in 3.11.
    "asyncio.AbstractEventLoop.create_datagram_endpoint(reuse_address=)": (
        ("asyncio",),
        "import asyncio.base_events, inspect\n"
        "ok = 'reuse_address' in inspect.signature("
        "asyncio.base_events.BaseEventLoop.create_datagram_endpoint).parameters\n",
    ),
    # 3.15 made the os.path functions' parameters positional-only: present while every one of
    # them can still be passed by keyword (os.path is posixpath here: these are its names).
    "os.path.<function>(p=, filename=, ...)": (
        (),
        "import inspect, os.path\n"
        "named = [('basename', 'p'), ('commonprefix', 'm'), ('dirname', 'p'), ('getatime', 'filename'),\n"
        "         ('getctime', 'filename'), ('getmtime', 'filename'), ('getsize', 'filename'), ('isabs', 's'),\n"
        "         ('join', 'a'), ('normcase', 's'), ('realpath', 'filename'), ('samefile', 'f1'),\n"
        "         ('samestat', 's1'), ('split', 'p'), ('splitdrive', 'p'), ('splitext', 'p')]\n"
        "kinds = [inspect.signature(getattr(os.path, f)).parameters[p].kind for f, p in named]\n"
        "ok = all(kind == inspect.Parameter.POSITIONAL_OR_KEYWORD for kind in kinds)\n",
    ),
    # Removed in 3.5, but the name resolved to _markupbase.ParserBase.error until 3.10.
    "html.parser.HTMLParser.error": (
        ("html.parser",),
        "import html.parser\nok = 'error' in vars(html.parser.HTMLParser)\n",
    ),
    "sqlite3.Cursor.execute(':name', sequence)": (
        ("sqlite3",),
        "import sqlite3\n"
        "cursor = sqlite3.connect(':memory:').cursor()\n"
        "try:\n"
        "    ok = cursor.execute('SELECT :a', (1,)).fetchone() == (1,)\n"
        "except sqlite3.ProgrammingError:\n"
        "    ok = False\n",
    ),
    "sqlite3.Cursor.executemany(':name', sequences)": (
        ("sqlite3",),
        "import sqlite3\n"
        "connection = sqlite3.connect(':memory:')\n"
        "connection.execute('CREATE TABLE t (a)')\n"
        "try:\n"
        "    connection.executemany('INSERT INTO t VALUES (:a)', [(1,), (2,)])\n"
        "    ok = connection.execute('SELECT count(*) FROM t').fetchone() == (2,)\n"
        "except sqlite3.ProgrammingError:\n"
        "    ok = False\n",
    ),
}


def probe_behaviour(symbol):
    """Run the symbol's code probe: whether the old behaviour is still there."""
    needs, source = BEHAVIOUR_PROBES[symbol]
    for module in needs:
        if _import(module, symbol) is None:
            return False
    scope = {}
    try:
        exec(source, scope)
    except Exception as e:
        raise Unknown(f"the probe raised {type(e).__name__}: {e}") from None
    return bool(scope["ok"])


# Deprecations the interpreter shows only by warning when the API is called: a few lines that
# call it (`needs`: modules to import first). The answer is whether a DeprecationWarning was
# raised. Rows whose deprecation was withdrawn (`withdrawnIn`) must have one here.
_RESOURCE_CALLS = {
    "contents": "list(r.contents('json'))",
    "is_resource": "r.is_resource('json', '__init__.py')",
    "open_binary": "r.open_binary('json', '__init__.py').close()",
    "open_text": "r.open_text('json', '__init__.py').close()",
    "path": "r.path('json', '__init__.py').__enter__()",
    "read_binary": "r.read_binary('json', '__init__.py')",
    "read_text": "r.read_text('json', '__init__.py')",
}
WARNING_PROBES = {
    "locale.getdefaultlocale": (("locale",), "import locale\nlocale.getdefaultlocale()\n"),
    **{
        f"importlib.resources.{name}": (("importlib.resources",), f"import importlib.resources as r\n{call}\n")
        for name, call in _RESOURCE_CALLS.items()
    },
}


def probe_warning(symbol):
    """True when calling the API raises a DeprecationWarning, False when it does not, None
    when this build cannot run the call."""
    needs, source = WARNING_PROBES[symbol]
    for module in needs:
        try:
            importlib.import_module(module)
        except Exception:
            return None
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        try:
            exec(source, {})
        except DeprecationWarning:
            return True
        except Exception:
            return None
    return False


# Classes a module defines only when another module imports (`ftplib` defines FTP_TLS only when
# `ssl` imports): without it, their absence says nothing about CPython.
DEFINED_IF = {
    "ftplib.FTP_TLS": "ssl",
    "http.client.HTTPSConnection": "ssl",
    "imaplib.IMAP4_SSL": "ssl",
    "poplib.POP3_SSL": "ssl",
    "smtplib.SMTP_SSL": "ssl",
}
# Modules Pyodide replaces with its own implementation: its answers are not CPython's.
PYODIDE_REPLACES = {"webbrowser"}


def check_conditions(symbol):
    """Raises Unknown when this build cannot show the symbol (see DEFINED_IF, PYODIDE_REPLACES)."""
    if sys.platform == "emscripten" and symbol.split(".")[0].split("(")[0] in PYODIDE_REPLACES:
        raise Unknown(f"Pyodide replaces {symbol.split('.')[0]} with its own module")
    for prefix, needed in DEFINED_IF.items():
        if symbol == prefix or symbol.startswith((prefix + ".", prefix + "(")):
            try:
                importlib.import_module(needed)
            except ImportError:
                raise Unknown(f"{prefix} is defined only where {needed} imports, and this build does not ship {needed}") from None


def probe(symbol, kind, want_object=False):
    check_conditions(symbol)
    if symbol in BEHAVIOUR_PROBES:
        return probe_behaviour(symbol)
    if kind in NO_PROBE:
        raise Unknown(NO_PROBE[kind])
    if kind == "parameter":
        return probe_parameter(symbol)
    parts = symbol.split(".")
    if kind in IMPORT_KINDS:
        return _import(symbol, symbol) is not None
    if kind not in ATTRIBUTE_KINDS:
        raise Unknown(f"no probe for kind {kind!r}")
    if len(parts) < 2:
        raise Unknown(f"{symbol} has no module prefix")
    if parts[0] == "module" and len(parts) == 2:
        # An attribute the import system sets on modules: look at a freshly imported one.
        sys.modules.pop("json", None)
        return parts[1] in vars(importlib.import_module("json"))
    # Longest importable module prefix; the rest is resolved with getattr
    # (not dir(): many deprecated names live behind a module __getattr__).
    module = _import(parts[0], symbol)
    if module is None:
        return False  # the whole module is gone, so is everything in it
    used = 1
    for i in range(2, len(parts)):
        name = ".".join(parts[:i])
        try:
            sub = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise Unknown(f"importing {name} needs {e.name}, which this build does not ship") from None
            break  # not a module: the rest are attributes
        except ImportError as e:
            raise Unknown(f"importing {name} failed: {e}") from None
        except Exception as e:
            raise Unknown(f"importing {name} raised {type(e).__name__}: {e}") from None
        module, used = sub, i
    obj = module
    for attr in parts[used:]:
        try:
            obj = getattr(obj, attr)
        except AttributeError:
            return False
        except Exception as e:
            raise Unknown(f"getattr(..., {attr!r}) raised {type(e).__name__}: {e}") from None
    return obj if want_object else True


def main(entries):
    results, reasons = {}, {}
    for entry in entries:
        symbol, kind = entry["symbol"], entry["kind"]
        try:
            results[symbol] = probe(symbol, kind)
        except Unknown as e:
            results[symbol] = None
            reasons[symbol] = str(e)
    warns = {entry["symbol"]: probe_warning(entry["symbol"]) for entry in entries if entry["symbol"] in WARNING_PROBES}
    return {
        "warns": warns,
        # 3.15.0rc1 for a release candidate: the column is the minor version, the label says which.
        "python": "%d.%d.%d" % sys.version_info[:3]
        + {"alpha": "a", "beta": "b", "candidate": "rc"}.get(sys.version_info.releaselevel, "")
        + ("" if sys.version_info.releaselevel == "final" else str(sys.version_info.serial)),
        "implementation": sys.implementation.name,
        "platform": sys.platform,
        "results": results,
        "reasons": reasons,
    }


if "PROBE_INPUT" in globals():
    PROBE_OUTPUT = json.dumps(main(json.loads(PROBE_INPUT)))  # noqa: F821 (set by the caller)
else:
    json.dump(main(json.load(sys.stdin)), sys.stdout)
    sys.stdout.write("\n")
