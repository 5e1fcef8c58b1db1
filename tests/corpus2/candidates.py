#!/usr/bin/env python3
"""Lists every plain-text hit of a catalogue name in a corpus, for labelling (tests/corpus2/README.md).

Usage: candidates.py SRC CATALOGUE.json TARGET [--prefix DIR ...] [--labels FILE ...]

CATALOGUE.json is `pysunset --catalogue`. For every entry in scope at TARGET (deprecated in or
before it), the name is searched in every Python file under SRC: the module name for modules,
the last component of the dotted name when it is distinctive, and `parent.leaf` (or the leaf in a
file that names the parent module) when it is a common word (`format`, `version`, `s`, `file`).
Keyword parameters are searched as `name=`. Prints one JSON object per hit:
{"path", "line", "symbol", "text"}; with --labels, only the hits no label file covers (same path,
line and symbol), so a labeller can see what is still to judge.
"""
import argparse
import json
import re
import sys
from pathlib import Path

# Leaves too common to search alone: searched as `parent.leaf`, or as `.leaf` in files naming parent.
COMMON = {
    "s", "n", "format", "parse", "log", "main", "slice", "Index", "Param", "Suite", "template", "T",
    "TEMPLATE", "version", "version_info", "file", "filename", "_name", "get", "items", "keys",
    "values", "__getitem__", "__enter__", "dims", "tarfile", "ASYNC", "AWAIT", "Ellipsis", "Bytes",
    "Str", "Num", "Finder", "Quoter", "MacOSX", "ssl_version", "__version__", "__date__", "VERSION",
    "__invert__", "_evaluate", "get_methods", "reload", "get_tag", "get_magic", "lock_held",
    "acquire_lock", "release_lock", "new_module", "OpenWrapper", "ExecError", "AugLoad", "AugStore",
    "ExtSlice", "NameConstant", "Traversable", "ResourceReader", "TraversableResources",
    "get_loader", "find_loader", "is_reserved", "as_uri",
}
# Parameter entries: the keyword names (and call shapes) to search for.
PARAMETERS = {
    "argparse.BooleanOptionalAction(type=, choices=, metavar=)": [r"BooleanOptionalAction"],
    "configparser.ParsingError(filename=)": [r"ParsingError\("],
    "email.utils.localtime(isdst=)": [r"\bisdst\s*="],
    "ftplib.FTP_TLS(keyfile=, certfile=)": [r"FTP_TLS\("],
    "http.client.HTTPSConnection(key_file=, cert_file=, check_hostname=)": [r"\bkey_file\s*=", r"\bcert_file\s*=", r"\bcheck_hostname\s*="],
    "imaplib.IMAP4_SSL(keyfile=, certfile=)": [r"IMAP4_SSL\("],
    "poplib.POP3_SSL(keyfile=, certfile=)": [r"POP3_SSL\("],
    "smtplib.SMTP.starttls(keyfile=, certfile=)": [r"\.starttls\("],
    "smtplib.SMTP_SSL(keyfile=, certfile=)": [r"SMTP_SSL\("],
    "importlib.util.cache_from_source(debug_override=)": [r"\bdebug_override\s*="],
    "pathlib.Path(*pathsegments, **kwargs)": [],
    "pathlib.PurePath.relative_to(*other)": [r"\.relative_to\(", r"\.is_relative_to\("],
    "random.randrange(float)": [r"\brandrange\("],
    "shlex.split(None)": [r"shlex\.split\("],
    "sqlite3.Cursor.execute(':name', sequence)": [r"\.execute\(\s*['\"].*:\w"],
    "sqlite3.Cursor.executemany(':name', sequences)": [r"\.executemany\(\s*['\"].*:\w"],
    "typing.NamedTuple(typename, **fields)": [r"\bNamedTuple\("],
    "typing.TypedDict(typename, **fields)": [r"\bTypedDict\("],
    "unittest.TestLoader.loadTestsFromModule(use_load_tests=)": [r"\buse_load_tests\b"],
    "urllib.request.urlopen(cafile=, capath=, cadefault=)": [r"\bcafile\s*=", r"\bcapath\s*=", r"\bcadefault\s*="],
    "array.array('u')": [r"array\(\s*['\"]u['\"]"],
    "ctypes.POINTER(str)": [r"POINTER\(\s*['\"]"],
    "mimetypes.MimeTypes.add_type(type, \"ext\")": [r"\badd_type\("],
    "threading.RLock(*args, **kwargs)": [r"RLock\(\s*[^)\s]"],
    "sqlite3.connect(database, timeout, ...)": [r"sqlite3\.connect\([^)]*,"],
    "typing.TypedDict(typename)": [r"\bTypedDict\("],
}
SPECIAL = {
    "builtins.bool.__invert__": [r"~\s*\(?\s*(True|False|not\b)"],
    "PYTHONTHREADDEBUG": [r"PYTHONTHREADDEBUG"],
    "module.__cached__": [r"__cached__"],
    "module.__loader__": [r"__loader__"],
    "importlib.metadata.EntryPoint.__getitem__": [],
    "ast.Constant.s": [r"\.s\b(?!\s*=[^=])"],
    "ast.Constant.n": [r"\.n\b(?!\s*=[^=])"],
    "typing.io": [r"typing\.io\b", r"from\s+typing\s+import\s+.*\bio\b"],
    "typing.re": [r"typing\.re\b", r"from\s+typing\s+import\s+.*\bre\b"],
    "lib2to3.main.main": [r"lib2to3\.main"],
    "tkinter.tix": [r"\btix\b"],
    "pathlib.Path.__enter__": [r"with\s+[^:#]*Path\("],
}


def in_scope(entry, target):
    withdrawn = entry.get("withdrawnIn")
    if withdrawn and tuple(map(int, withdrawn.split("."))) <= target:
        return False  # its deprecation was withdrawn: nothing to report at the target
    deprecated = entry.get("deprecatedIn")
    if not deprecated:
        return True
    return tuple(map(int, deprecated.split("."))) <= target


def patterns(entry):
    symbol = entry["symbol"]
    if symbol in SPECIAL:
        return [(re.compile(p), None) for p in SPECIAL[symbol]]
    if entry["kind"] == "parameter":
        return [(re.compile(p), None) for p in PARAMETERS.get(symbol, [])]
    parts = symbol.split(".")
    if entry["kind"] in ("module", "package"):
        # An import naming the module, or an attribute read on the name.
        name = re.escape(parts[-1])
        return [(re.compile(rf"(\b(import|from)\b.*(?<![\w]){name}\b|(?<![\w.]){name}\.\w)"), None)]
    leaf = parts[-1]
    module = parts[0]
    if leaf in COMMON:
        # `parent.leaf`, or `.leaf` / `import ... leaf` in files that name the module at all.
        parent = parts[-2]
        return [
            (re.compile(rf"\b{re.escape(parent)}\.{re.escape(leaf)}\b"), None),
            (re.compile(rf"(?<![\w.])(import\s.*\b{re.escape(leaf)}\b|\.{re.escape(leaf)}\b)"), module),
        ]
    return [(re.compile(rf"\b{re.escape(leaf)}\b"), None)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("src", type=Path)
    parser.add_argument("catalogue", type=Path)
    parser.add_argument("target")
    parser.add_argument("--prefix", action="append", default=[])
    parser.add_argument("--labels", action="append", type=Path, default=[])
    args = parser.parse_args()
    target = tuple(map(int, args.target.split(".")))
    entries = [e for e in json.loads(args.catalogue.read_text()) if in_scope(e, target)]
    compiled = [(e["symbol"], patterns(e)) for e in entries]
    same_leaf = {}
    for entry in entries:
        if "(" not in entry["symbol"]:
            same_leaf.setdefault(entry["symbol"].rsplit(".", 1)[-1], []).append(entry["symbol"])
    same_leaf = {s: same_leaf[s.rsplit(".", 1)[-1]] for s in [e["symbol"] for e in entries] if "(" not in s}
    labelled = set()
    for label_file in args.labels:
        for line in label_file.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                labelled.add((row["path"], row["line"], row["symbol"]))
    files = sorted(p for p in args.src.rglob("*") if p.suffix in (".py", ".pyi", ".pyw") and p.is_file())
    seen = set()
    for path in files:
        rel = path.relative_to(args.src).as_posix()
        if args.prefix and not any(rel.startswith(prefix.rstrip("/") + "/") for prefix in args.prefix):
            continue
        text = path.read_bytes().decode("utf-8", "replace")
        names_module = {m: bool(re.search(rf"(?m)^\s*(import|from)\s.*\b{re.escape(m)}\b", text)) for m in ("ast", "gzip", "imaplib", "webbrowser", "tarfile", "ftplib", "configparser", "ConfigParser", "importlib", "imp", "symtable", "annotationlib", "typing", "token", "tokenize", "sqlite3", "pkgutil", "pathlib", "urllib", "shutil", "sys", "io", "_pyio", "locale", "cgi", "re", "opcode", "dis", "asyncio", "abc", "turtle", "wave", "unittest", "platform", "sre_compile")}
        for number, line in enumerate(text.splitlines(), 1):
            for symbol, pats in compiled:
                for pattern, needs in pats:
                    if needs and not (names_module.get(needs, False) or (needs == "configparser" and names_module["ConfigParser"])):
                        continue
                    if pattern.search(line):
                        # Entries sharing a last name (`load_module`) are one hit: the label names the right one.
                        key = (rel, number, symbol if "(" in symbol else symbol.rsplit(".", 1)[-1])
                        if key in seen:
                            break
                        seen.add(key)
                        if not any((rel, number, other) in labelled for other in same_leaf.get(symbol, [symbol])):
                            print(json.dumps({"path": rel, "line": number, "symbol": symbol, "text": line.strip()[:160]}))
                        break
    return 0


if __name__ == "__main__":
    sys.exit(main())
