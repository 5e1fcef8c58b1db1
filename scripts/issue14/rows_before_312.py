#!/usr/bin/env python3
"""Writes crate/catalogue/entries_before_312.rs: the catalogue rows of APIs CPython removed in
3.3 to 3.11.

The facts (kind, versions) come from shared/removals-before-3.12.json, which was checked against
real interpreters; this script adds how each API is detected, what to use instead, why it went,
and a before/after example (tests/docs.rs runs every example). Entries that are not here are
listed in tests/removals.rs (NOT_YET_BEFORE_312, NOT_COVERED) or are documented behaviours.

Usage: python3 scripts/issue14/rows_before_312.py [path/to/removals-before-3.12.json]
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FACTS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "removals-before-3.12.json")

NAME = "Detection::Name"
METHOD = "Detection::Method"
DISTINCT = "Detection::DistinctiveMethod"
IMPORT = "Detection::Import"
ALIAS = "Detection::TestCaseAlias"


def keyword(callables, keywords):
    quoted = ", ".join('"%s"' % c for c in callables)
    kws = ", ".join('"%s"' % k for k in keywords)
    return "Detection::Keyword { callables: &[%s], keywords: &[%s] }" % (quoted, kws)


ROWS = {}


def row(name, detection, replacement, why, before, after, aka=()):
    assert name not in ROWS, name
    ROWS[name] = dict(detection=detection, replacement=replacement, why=why, before=before, after=after, aka=aka)


# ---- collections ABC aliases (3.10) ------------------------------------------------------
ABC_WHY = "the abstract base classes moved to collections.abc in 3.3; the aliases in collections warned since"
for abc in ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Hashable", "Iterable",
            "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable", "Collection", "Set",
            "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
            "Sequence", "MutableSequence", "ByteString"]:
    row("collections." + abc, NAME, "collections.abc." + abc, ABC_WHY,
        "import collections\n\ndef check(value):\n    return isinstance(value, collections.%s)\n" % abc,
        "import collections.abc\n\ndef check(value):\n    return isinstance(value, collections.abc.%s)\n" % abc)

# ---- asyncio loop= (3.10) ----------------------------------------------------------------
LOOP_WHY = "asyncio takes the running loop itself since 3.7; passing a loop invited using one from another thread"
LOOP_CALLS = {
    "sleep": ("await asyncio.sleep(1, loop=loop)", "await asyncio.sleep(1)"),
    "gather": ("await asyncio.gather(job(), loop=loop)", "await asyncio.gather(job())"),
    "shield": ("await asyncio.shield(job(), loop=loop)", "await asyncio.shield(job())"),
    "wait_for": ("await asyncio.wait_for(job(), 5, loop=loop)", "await asyncio.wait_for(job(), 5)"),
    "wait": ("await asyncio.wait([task], loop=loop)", "await asyncio.wait([task])"),
    "as_completed": ("asyncio.as_completed([task], loop=loop)", "asyncio.as_completed([task])"),
    "create_subprocess_exec": ("await asyncio.create_subprocess_exec(\"ls\", loop=loop)", "await asyncio.create_subprocess_exec(\"ls\")"),
    "create_subprocess_shell": ("await asyncio.create_subprocess_shell(\"ls\", loop=loop)", "await asyncio.create_subprocess_shell(\"ls\")"),
    "open_connection": ("await asyncio.open_connection(\"example.com\", 80, loop=loop)", "await asyncio.open_connection(\"example.com\", 80)"),
    "start_server": ("await asyncio.start_server(handle, port=8000, loop=loop)", "await asyncio.start_server(handle, port=8000)"),
    "open_unix_connection": ("await asyncio.open_unix_connection(\"/tmp/s\", loop=loop)", "await asyncio.open_unix_connection(\"/tmp/s\")"),
    "start_unix_server": ("await asyncio.start_unix_server(handle, \"/tmp/s\", loop=loop)", "await asyncio.start_unix_server(handle, \"/tmp/s\")"),
    "Lock": ("lock = asyncio.Lock(loop=loop)", "lock = asyncio.Lock()"),
    "Event": ("event = asyncio.Event(loop=loop)", "event = asyncio.Event()"),
    "Condition": ("condition = asyncio.Condition(loop=loop)", "condition = asyncio.Condition()"),
    "Semaphore": ("semaphore = asyncio.Semaphore(2, loop=loop)", "semaphore = asyncio.Semaphore(2)"),
    "BoundedSemaphore": ("semaphore = asyncio.BoundedSemaphore(2, loop=loop)", "semaphore = asyncio.BoundedSemaphore(2)"),
    "Queue": ("queue = asyncio.Queue(loop=loop)", "queue = asyncio.Queue()"),
}
for function, (before, after) in LOOP_CALLS.items():
    row("asyncio.%s(loop=)" % function, keyword(["asyncio." + function], ["loop"]),
        "leave loop= out: the running loop is used", LOOP_WHY,
        "import asyncio\n\nasync def main(loop):\n    %s\n" % before,
        "import asyncio\n\nasync def main():\n    %s\n" % after)

# ---- the most common removals of 3.8 to 3.11 --------------------------------------------
row("asyncio.coroutine", NAME, "async def (native coroutines)",
    "generator-based coroutines were superseded by async def (PEP 492, 3.5)",
    "import asyncio\n\n@asyncio.coroutine\ndef fetch():\n    yield from asyncio.sleep(1)\n",
    "import asyncio\n\nasync def fetch():\n    await asyncio.sleep(1)\n")
row("asyncio.coroutines.CoroWrapper", NAME, "nothing: debug mode tracks coroutines without a wrapper",
    "the wrapper of generator-based coroutines in debug mode went with asyncio.coroutine",
    "from asyncio.coroutines import CoroWrapper\n\nprint(CoroWrapper)\n",
    "import asyncio\n\nprint(asyncio.iscoroutine)\n")
row("inspect.getargspec", NAME, "inspect.signature(), or inspect.getfullargspec() (its result has varkw where ArgSpec had keywords, and three more fields)",
    "getargspec cannot describe keyword-only arguments or annotations; it was deprecated since 3.0",
    "import inspect\n\ndef area(width, height=1):\n    return width * height\n\nprint(inspect.getargspec(area).args)\n",
    "import inspect\n\ndef area(width, height=1):\n    return width * height\n\nprint(inspect.getfullargspec(area).args)\n")
row("inspect.formatargspec", NAME, "str(inspect.signature(function))",
    "it formatted getargspec()'s tuples; Signature objects print themselves",
    "import inspect\n\ndef area(width, height=1):\n    return width * height\n\nprint(inspect.formatargspec(*inspect.getfullargspec(area)))\n",
    "import inspect\n\ndef area(width, height=1):\n    return width * height\n\nprint(inspect.signature(area))\n")
row("inspect.ArgSpec", NAME, "inspect.FullArgSpec, or inspect.Signature",
    "the named tuple getargspec() returned went with it",
    "import inspect\n\nspec = inspect.ArgSpec([\"x\"], None, None, None)\n",
    "import inspect\n\nspec = inspect.FullArgSpec([\"x\"], None, None, None, [], None, {})\n")
row("inspect.Signature.from_builtin", METHOD, "inspect.Signature.from_callable()",
    "from_callable() (3.5) handles every kind of callable",
    "import inspect\n\nsignature = inspect.Signature.from_builtin(len)\n",
    "import inspect\n\nsignature = inspect.Signature.from_callable(len)\n")
row("inspect.Signature.from_function", METHOD, "inspect.Signature.from_callable()",
    "from_callable() (3.5) handles every kind of callable",
    "import inspect\n\ndef area(width):\n    return width\n\nsignature = inspect.Signature.from_function(area)\n",
    "import inspect\n\ndef area(width):\n    return width\n\nsignature = inspect.Signature.from_callable(area)\n")
row("base64.encodestring", NAME, "base64.encodebytes()",
    "named for Python 2's str; encodebytes (3.1) is the same function under its right name",
    "import base64\n\ntext = base64.encodestring(b\"data\")\n", "import base64\n\ntext = base64.encodebytes(b\"data\")\n")
row("base64.decodestring", NAME, "base64.decodebytes()",
    "named for Python 2's str; decodebytes (3.1) is the same function under its right name",
    "import base64\n\ndata = base64.decodestring(b\"ZGF0YQ==\\n\")\n", "import base64\n\ndata = base64.decodebytes(b\"ZGF0YQ==\\n\")\n")
row("threading.Thread.isAlive", DISTINCT, "Thread.is_alive()",
    "the camelCase spelling predates PEP 8; is_alive() exists since 2.6",
    "import threading\n\nworker = threading.Thread(target=print)\nprint(worker.isAlive())\n",
    "import threading\n\nworker = threading.Thread(target=print)\nprint(worker.is_alive())\n")
row("time.clock", NAME, "time.perf_counter() to measure elapsed time, or time.process_time() for CPU time",
    "it meant CPU time on Unix and wall-clock time on Windows",
    "import time\n\nstart = time.clock()\n", "import time\n\nstart = time.perf_counter()\n")
row("platform.linux_distribution", NAME, "platform.freedesktop_os_release() (3.10), or the distro package from PyPI",
    "distributions describe themselves in too many ways for the stdlib to keep up; /etc/os-release is the standard now",
    "import platform\n\nname, version, codename = platform.linux_distribution()\n",
    "import platform\n\nrelease = platform.freedesktop_os_release()\nname, version = release[\"NAME\"], release.get(\"VERSION_ID\")\n")
row("platform.dist", NAME, "platform.freedesktop_os_release() (3.10), or the distro package from PyPI",
    "distributions describe themselves in too many ways for the stdlib to keep up; /etc/os-release is the standard now",
    "import platform\n\nname, version, codename = platform.dist()\n",
    "import platform\n\nrelease = platform.freedesktop_os_release()\nname, version = release[\"ID\"], release.get(\"VERSION_ID\")\n")
row("platform.popen", NAME, "os.popen(), or subprocess", "a copy of os.popen for old Windows versions",
    "import platform\n\nlisting = platform.popen(\"ls\").read()\n", "import os\n\nlisting = os.popen(\"ls\").read()\n")
row("platform.DEV_NULL", NAME, "os.devnull", "os.devnull has named the null device on every platform since 2.4",
    "import platform\n\nsink = open(platform.DEV_NULL, \"w\")\n", "import os\n\nsink = open(os.devnull, \"w\")\n")
row("cgi.escape", NAME, "html.escape(s, quote=False) (html.escape quotes \" and ' by default)",
    "HTML escaping belongs to the html module (3.2), which also escapes quotes",
    "import cgi\n\nsafe = cgi.escape(\"<b>\")\n", "import html\n\nsafe = html.escape(\"<b>\", quote=False)\n")
row("cgi.parse_qs", NAME, "urllib.parse.parse_qs()", "query strings are parsed by urllib.parse since 2.6",
    "import cgi\n\nquery = cgi.parse_qs(\"a=1&b=2\")\n", "import urllib.parse\n\nquery = urllib.parse.parse_qs(\"a=1&b=2\")\n")
row("cgi.parse_qsl", NAME, "urllib.parse.parse_qsl()", "query strings are parsed by urllib.parse since 2.6",
    "import cgi\n\npairs = cgi.parse_qsl(\"a=1&b=2\")\n", "import urllib.parse\n\npairs = urllib.parse.parse_qsl(\"a=1&b=2\")\n")
row("array.array.tostring", METHOD, "array.tobytes()", "named for Python 2's str; tobytes (3.2) is the same method",
    "import array\n\ndata = array.array(\"b\", [1, 2]).tostring()\n", "import array\n\ndata = array.array(\"b\", [1, 2]).tobytes()\n")
row("array.array.fromstring", METHOD, "array.frombytes()", "named for Python 2's str; frombytes (3.2) is the same method",
    "import array\n\nvalues = array.array(\"b\")\nvalues.fromstring(b\"\\x01\\x02\")\n",
    "import array\n\nvalues = array.array(\"b\")\nvalues.frombytes(b\"\\x01\\x02\")\n")
row("fractions.gcd", NAME, "math.gcd() (always non-negative; fractions.gcd took the sign of its second argument)",
    "math.gcd (3.5) is faster and is the one place for it",
    "import fractions\n\ndivisor = fractions.gcd(12, 18)\n", "import math\n\ndivisor = math.gcd(12, 18)\n")
row("sys.getcheckinterval", NAME, "sys.getswitchinterval() (seconds, not bytecodes)",
    "the GIL switches threads by time since 3.2, so an instruction count means nothing",
    "import sys\n\nprint(sys.getcheckinterval())\n", "import sys\n\nprint(sys.getswitchinterval())\n")
row("sys.setcheckinterval", NAME, "sys.setswitchinterval(seconds)",
    "the GIL switches threads by time since 3.2, so an instruction count means nothing",
    "import sys\n\nsys.setcheckinterval(1000)\n", "import sys\n\nsys.setswitchinterval(0.005)\n")
row("sys.callstats", NAME, "sys.setprofile() or cProfile", "the counters only existed in builds with CALL_PROFILE",
    "import sys\n\nprint(sys.callstats())\n", "import cProfile\n\ncProfile.run(\"sum(range(10))\")\n")
row("plistlib.readPlist", NAME, "plistlib.load(file)", "the 3.4 API reads and writes any plist format with dicts and bytes",
    "import plistlib\n\nsettings = plistlib.readPlist(\"Info.plist\")\n",
    "import plistlib\n\nwith open(\"Info.plist\", \"rb\") as f:\n    settings = plistlib.load(f)\n")
row("plistlib.writePlist", NAME, "plistlib.dump(value, file)", "the 3.4 API reads and writes any plist format with dicts and bytes",
    "import plistlib\n\nplistlib.writePlist({\"a\": 1}, \"Info.plist\")\n",
    "import plistlib\n\nwith open(\"Info.plist\", \"wb\") as f:\n    plistlib.dump({\"a\": 1}, f)\n")
row("plistlib.readPlistFromBytes", NAME, "plistlib.loads(data)", "the 3.4 API reads and writes any plist format with dicts and bytes",
    "import plistlib\n\nsettings = plistlib.readPlistFromBytes(data)\n", "import plistlib\n\nsettings = plistlib.loads(data)\n")
row("plistlib.writePlistToBytes", NAME, "plistlib.dumps(value)", "the 3.4 API reads and writes any plist format with dicts and bytes",
    "import plistlib\n\ndata = plistlib.writePlistToBytes({\"a\": 1})\n", "import plistlib\n\ndata = plistlib.dumps({\"a\": 1})\n")
row("plistlib.Data", NAME, "bytes", "the 3.4 API stores binary data as bytes",
    "import plistlib\n\nblob = plistlib.Data(b\"\\x00\")\n", "blob = b\"\\x00\"\n")
row("json.loads(encoding=)", keyword(["json.loads"], ["encoding"]), "leave it out: json.loads decodes bytes by detecting UTF-8, -16 or -32",
    "ignored since 3.1", "import json\n\nvalue = json.loads(data, encoding=\"utf-8\")\n", "import json\n\nvalue = json.loads(data)\n")
row("asyncio.Task.current_task", METHOD, "asyncio.current_task()", "module-level functions (3.7) replaced the class methods",
    "import asyncio\n\nasync def main():\n    task = asyncio.Task.current_task()\n",
    "import asyncio\n\nasync def main():\n    task = asyncio.current_task()\n")
row("asyncio.Task.all_tasks", METHOD, "asyncio.all_tasks()", "module-level functions (3.7) replaced the class methods",
    "import asyncio\n\nasync def main():\n    tasks = asyncio.Task.all_tasks()\n",
    "import asyncio\n\nasync def main():\n    tasks = asyncio.all_tasks()\n")
row("html.parser.HTMLParser.unescape", METHOD, "html.unescape()", "html.unescape (3.4) handles every HTML5 character reference",
    "from html.parser import HTMLParser\n\nclass Parser(HTMLParser):\n    def handle_data(self, data):\n        print(self.unescape(data))\n",
    "import html\nfrom html.parser import HTMLParser\n\nclass Parser(HTMLParser):\n    def handle_data(self, data):\n        print(html.unescape(data))\n")
row("xml.etree.ElementTree.Element.getchildren", METHOD, "list(element), or iterate over the element",
    "an Element is a sequence of its children since 1.3 (Python 2.7)",
    "import xml.etree.ElementTree as ET\n\nchildren = ET.Element(\"root\").getchildren()\n",
    "import xml.etree.ElementTree as ET\n\nchildren = list(ET.Element(\"root\"))\n")
row("xml.etree.ElementTree.Element.getiterator", METHOD, "Element.iter()", "iter() (2.7) is the same walk under the standard name",
    "import xml.etree.ElementTree as ET\n\nnodes = ET.Element(\"root\").getiterator(\"item\")\n",
    "import xml.etree.ElementTree as ET\n\nnodes = ET.Element(\"root\").iter(\"item\")\n")
row("xml.etree.ElementTree.ElementTree.getiterator", METHOD, "ElementTree.iter()", "iter() (2.7) is the same walk under the standard name",
    "import xml.etree.ElementTree as ET\n\nnodes = ET.ElementTree(ET.Element(\"root\")).getiterator(\"item\")\n",
    "import xml.etree.ElementTree as ET\n\nnodes = ET.ElementTree(ET.Element(\"root\")).iter(\"item\")\n")
row("os.errno", NAME, "import errno", "os imported errno for its own use; it was never part of os's API",
    "import os\n\nif error.errno == os.errno.ENOENT:\n    print(\"missing\")\n",
    "import errno\n\nif error.errno == errno.ENOENT:\n    print(\"missing\")\n")
row("asyncio.JoinableQueue", NAME, "asyncio.Queue (it has join() and task_done())", "an alias of Queue since 3.4.4",
    "import asyncio\n\nqueue = asyncio.JoinableQueue()\n", "import asyncio\n\nqueue = asyncio.Queue()\n")
row("tarfile.filemode", NAME, "stat.filemode()", "the function moved to stat in 3.3",
    "import tarfile\n\nprint(tarfile.filemode(0o644))\n", "import stat\n\nprint(stat.filemode(0o644))\n")
row("wave.openfp", NAME, "wave.open()", "an alias of open() kept from Python 2",
    "import wave\n\naudio = wave.openfp(\"sound.wav\")\n", "import wave\n\naudio = wave.open(\"sound.wav\")\n")
row("unittest.TestCase.assertSameElements", ALIAS, "TestCase.assertCountEqual()", "assertCountEqual (3.2) also counts duplicates",
    "import unittest\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertSameElements([1, 2], [2, 1])\n",
    "import unittest\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertCountEqual([1, 2], [2, 1])\n")
row("gettext.lgettext", NAME, "gettext.gettext()", "the l*() functions returned bytes in the locale's encoding, which Python 3 code never wants",
    "import gettext\n\nprint(gettext.lgettext(\"Hello\"))\n", "import gettext\n\nprint(gettext.gettext(\"Hello\"))\n")
row("gettext.ldgettext", NAME, "gettext.dgettext()", "the l*() functions returned bytes in the locale's encoding, which Python 3 code never wants",
    "import gettext\n\nprint(gettext.ldgettext(\"app\", \"Hello\"))\n", "import gettext\n\nprint(gettext.dgettext(\"app\", \"Hello\"))\n")
row("gettext.lngettext", NAME, "gettext.ngettext()", "the l*() functions returned bytes in the locale's encoding, which Python 3 code never wants",
    "import gettext\n\nprint(gettext.lngettext(\"file\", \"files\", 2))\n", "import gettext\n\nprint(gettext.ngettext(\"file\", \"files\", 2))\n")
row("gettext.ldngettext", NAME, "gettext.dngettext()", "the l*() functions returned bytes in the locale's encoding, which Python 3 code never wants",
    "import gettext\n\nprint(gettext.ldngettext(\"app\", \"file\", \"files\", 2))\n", "import gettext\n\nprint(gettext.dngettext(\"app\", \"file\", \"files\", 2))\n")
row("gettext.bind_textdomain_codeset", NAME, "nothing: translations are str", "a codeset only mattered for the l*() functions",
    "import gettext\n\ngettext.bind_textdomain_codeset(\"app\", \"utf-8\")\n", "import gettext\n\ngettext.bindtextdomain(\"app\", \"locale\")\n")
row("gettext.translation(codeset=)", keyword(["gettext.translation"], ["codeset"]), "leave it out", "a codeset only mattered for the l*() functions",
    "import gettext\n\nt = gettext.translation(\"app\", \"locale\", codeset=\"utf-8\")\n", "import gettext\n\nt = gettext.translation(\"app\", \"locale\")\n")
row("gettext.install(codeset=)", keyword(["gettext.install"], ["codeset"]), "leave it out", "a codeset only mattered for the l*() functions",
    "import gettext\n\ngettext.install(\"app\", \"locale\", codeset=\"utf-8\")\n", "import gettext\n\ngettext.install(\"app\", \"locale\")\n")
row("binascii.a2b_hqx", NAME, "nothing in the stdlib: binhex4 is obsolete (binascii.crc_hqx remains)", "the binhex4 format went with the binhex module",
    "import binascii\n\ndata = binascii.a2b_hqx(text)\n", "import binascii\n\ndata = binascii.a2b_base64(text)\n")
row("binascii.b2a_hqx", NAME, "nothing in the stdlib: binhex4 is obsolete (binascii.crc_hqx remains)", "the binhex4 format went with the binhex module",
    "import binascii\n\ntext = binascii.b2a_hqx(data)\n", "import binascii\n\ntext = binascii.b2a_base64(data)\n")
row("binascii.rlecode_hqx", NAME, "nothing in the stdlib: binhex4 is obsolete (binascii.crc_hqx remains)", "the binhex4 format went with the binhex module",
    "import binascii\n\npacked = binascii.rlecode_hqx(data)\n", "import zlib\n\npacked = zlib.compress(data)\n")
row("binascii.rledecode_hqx", NAME, "nothing in the stdlib: binhex4 is obsolete (binascii.crc_hqx remains)", "the binhex4 format went with the binhex module",
    "import binascii\n\ndata = binascii.rledecode_hqx(packed)\n", "import zlib\n\ndata = zlib.decompress(packed)\n")
row("random.shuffle(random=)", keyword(["random.shuffle"], ["random"]), "leave it out, or call shuffle() on a random.Random instance",
    "a random() function of floats could not shuffle large lists fairly",
    "import random\n\nitems = [1, 2, 3]\nrandom.shuffle(items, random=lambda: 0.5)\n",
    "import random\n\nitems = [1, 2, 3]\nrandom.Random(5).shuffle(items)\n")
row("re.sre_parse", NAME, "nothing public: the parser is private (re._parser)", "re imported its internal modules, which leaked as attributes",
    "import re\n\ntree = re.sre_parse.parse(\"a+\")\n", "import re\n\npattern = re.compile(\"a+\")\n")
row("re.sre_compile", NAME, "nothing public: re.compile()", "re imported its internal modules, which leaked as attributes",
    "import re\n\ncode = re.sre_compile.compile(\"a+\")\n", "import re\n\ncode = re.compile(\"a+\")\n")
row("urllib.parse.MAX_CACHE_SIZE", NAME, "nothing: the cache is a functools.lru_cache", "urlsplit's cache became an lru_cache",
    "import urllib.parse\n\nprint(urllib.parse.MAX_CACHE_SIZE)\n", "import urllib.parse\n\nprint(urllib.parse.urlsplit.cache_info())\n")
row("pathlib.supports_symlinks", NAME, "try Path.symlink_to() and catch OSError", "whether a symlink can be made depends on the file system and privileges, not the platform",
    "import pathlib\n\nif pathlib.supports_symlinks:\n    pathlib.Path(\"link\").symlink_to(\"target\")\n",
    "import pathlib\n\ntry:\n    pathlib.Path(\"link\").symlink_to(\"target\")\nexcept OSError:\n    pass\n")
row("os.stat_float_times", NAME, "nothing: st_mtime and friends are floats; st_mtime_ns gives integers", "stat times are floats since 2.5",
    "import os\n\nos.stat_float_times(False)\n", "import os\n\nmodified = os.stat(\"notes.txt\").st_mtime_ns\n")
row("ntpath.splitunc", NAME, "os.path.splitdrive(), which splits UNC paths since 3.1", "splitdrive learnt UNC paths",
    "import ntpath\n\nshare, rest = ntpath.splitunc(r\"\\\\server\\share\\file\")\n",
    "import ntpath\n\nshare, rest = ntpath.splitdrive(r\"\\\\server\\share\\file\")\n")
row("inspect.getmoduleinfo", NAME, "inspect.getmodulename(), or importlib.machinery's suffix lists", "it returned imp's module type codes, which went with imp",
    "import inspect\n\ninfo = inspect.getmoduleinfo(\"tool.py\")\n", "import inspect\n\nname = inspect.getmodulename(\"tool.py\")\n")
row("sys.set_coroutine_wrapper", NAME, "sys.set_coroutine_origin_tracking_depth() or sys.set_asyncgen_hooks()", "the wrapper hook could break coroutines; origin tracking (3.7) gives debuggers what they used it for",
    "import sys\n\nsys.set_coroutine_wrapper(None)\n", "import sys\n\nsys.set_coroutine_origin_tracking_depth(10)\n")
row("sys.get_coroutine_wrapper", NAME, "sys.get_coroutine_origin_tracking_depth()", "the wrapper hook could break coroutines; origin tracking (3.7) gives debuggers what they used it for",
    "import sys\n\nwrapper = sys.get_coroutine_wrapper()\n", "import sys\n\ndepth = sys.get_coroutine_origin_tracking_depth()\n")
row("codecs.unicode_internal_encode", NAME, "str.encode(\"utf-32\") (or \"utf-16\")", "the codec exposed CPython's internal string layout, which PEP 393 (3.3) changed",
    "import codecs\n\ndata, size = codecs.unicode_internal_encode(\"text\")\n", "data = \"text\".encode(\"utf-32\")\n")
row("codecs.unicode_internal_decode", NAME, "bytes.decode(\"utf-32\") (or \"utf-16\")", "the codec exposed CPython's internal string layout, which PEP 393 (3.3) changed",
    "import codecs\n\ntext, size = codecs.unicode_internal_decode(data)\n", "text = data.decode(\"utf-32\")\n")
row("fileinput.input(bufsize=)", keyword(["fileinput.input"], ["bufsize"]), "leave it out", "ignored since 3.6",
    "import fileinput\n\nfor line in fileinput.input(bufsize=8192):\n    print(line)\n", "import fileinput\n\nfor line in fileinput.input():\n    print(line)\n")
row("fileinput.FileInput(bufsize=)", keyword(["fileinput.FileInput"], ["bufsize"]), "leave it out", "ignored since 3.6",
    "import fileinput\n\nlines = fileinput.FileInput(bufsize=8192)\n", "import fileinput\n\nlines = fileinput.FileInput()\n")
row("threading.Thread(verbose=)", keyword(["threading.Thread"], ["verbose"]), "leave it out: the debug output is gone", "the undocumented debugging machinery of threading went in 3.3",
    "import threading\n\nworker = threading.Thread(target=print, verbose=True)\n", "import threading\n\nworker = threading.Thread(target=print)\n")
row("email.parser.Parser(strict=)", keyword(["email.parser.Parser"], ["strict"]), "policy= (an email.policy, such as email.policy.strict)", "policies (3.3) replaced the single strictness switch",
    "from email.parser import Parser\n\nparser = Parser(strict=True)\n", "from email import policy\nfrom email.parser import Parser\n\nparser = Parser(policy=policy.strict)\n")
row("http.client.HTTPConnection(strict=)", keyword(["http.client.HTTPConnection"], ["strict"]), "leave it out: HTTP/0.9 responses are never accepted", "HTTP/0.9 simple responses are no longer supported",
    "import http.client\n\nconnection = http.client.HTTPConnection(\"example.com\", strict=True)\n", "import http.client\n\nconnection = http.client.HTTPConnection(\"example.com\")\n")
row("http.client.HTTPSConnection(strict=)", keyword(["http.client.HTTPSConnection"], ["strict"]), "leave it out: HTTP/0.9 responses are never accepted", "HTTP/0.9 simple responses are no longer supported",
    "import http.client\n\nconnection = http.client.HTTPSConnection(\"example.com\", strict=True)\n", "import http.client\n\nconnection = http.client.HTTPSConnection(\"example.com\")\n")
row("html.parser.HTMLParser(strict=)", keyword(["html.parser.HTMLParser"], ["strict"]), "leave it out: the parser is always lenient", "strict mode was deprecated once the lenient parser handled everything",
    "from html.parser import HTMLParser\n\nparser = HTMLParser(strict=False)\n", "from html.parser import HTMLParser\n\nparser = HTMLParser()\n")
row("html.parser.HTMLParseError", NAME, "nothing: the parser never raises it", "the lenient parser does not raise on bad markup",
    "from html.parser import HTMLParseError\n\ntry:\n    parser.feed(text)\nexcept HTMLParseError:\n    pass\n",
    "parser.feed(text)\n")
row("tarfile.TarFile.add(exclude=)", keyword(["tarfile.TarFile.add"], ["exclude"]), "filter= (a function that returns None to leave a member out)", "filter= (3.2) can also change members, not just skip them",
    "import tarfile\n\nwith tarfile.open(\"out.tar\", \"w\") as archive:\n    archive.add(\"src\", exclude=lambda name: name.endswith(\".pyc\"))\n",
    "import tarfile\n\nwith tarfile.open(\"out.tar\", \"w\") as archive:\n    archive.add(\"src\", filter=lambda info: None if info.name.endswith(\".pyc\") else info)\n")
row("collections.namedtuple(verbose=)", keyword(["collections.namedtuple"], ["verbose"]), "leave it out; print the class's fields with cls._fields if needed", "namedtuple no longer builds classes from source text",
    "import collections\n\nPoint = collections.namedtuple(\"Point\", \"x y\", verbose=True)\n", "import collections\n\nPoint = collections.namedtuple(\"Point\", \"x y\")\n")
row("subprocess.Popen.wait(endtime=)", keyword(["subprocess.Popen.wait"], ["endtime"]), "timeout= (seconds from now)", "an undocumented parameter; timeout= is the documented one",
    "import subprocess\nimport time\n\nprocess = subprocess.Popen([\"sleep\", \"1\"])\nprocess.wait(endtime=time.monotonic() + 5)\n",
    "import subprocess\n\nprocess = subprocess.Popen([\"sleep\", \"1\"])\nprocess.wait(timeout=5)\n")
row("plistlib.load(use_builtin_types=)", keyword(["plistlib.load"], ["use_builtin_types"]), "leave it out: data is always bytes", "plistlib.Data went, so bytes are the only way data comes back",
    "import plistlib\n\nwith open(\"Info.plist\", \"rb\") as f:\n    settings = plistlib.load(f, use_builtin_types=True)\n",
    "import plistlib\n\nwith open(\"Info.plist\", \"rb\") as f:\n    settings = plistlib.load(f)\n")
row("plistlib.loads(use_builtin_types=)", keyword(["plistlib.loads"], ["use_builtin_types"]), "leave it out: data is always bytes", "plistlib.Data went, so bytes are the only way data comes back",
    "import plistlib\n\nsettings = plistlib.loads(data, use_builtin_types=True)\n", "import plistlib\n\nsettings = plistlib.loads(data)\n")
row("bz2.BZ2File(buffering=)", keyword(["bz2.BZ2File"], ["buffering"]), "leave it out (pass compresslevel= by keyword)", "ignored since 3.0",
    "import bz2\n\narchive = bz2.BZ2File(\"data.bz2\", buffering=4096)\n", "import bz2\n\narchive = bz2.BZ2File(\"data.bz2\")\n")
row("uuid.getnode(getters=)", keyword(["uuid.getnode"], ["getters"]), "leave it out", "an unused parameter",
    "import uuid\n\nnode = uuid.getnode(getters=None)\n", "import uuid\n\nnode = uuid.getnode()\n")
row("traceback.format_exception(etype=)", keyword(["traceback.format_exception"], ["etype"]), "pass the exception positionally: format_exception(error)", "3.10 takes the exception itself; the first parameter became positional-only",
    "import traceback\n\nlines = traceback.format_exception(etype=type(error), value=error, tb=error.__traceback__)\n",
    "import traceback\n\nlines = traceback.format_exception(error)\n")
row("traceback.format_exception_only(etype=)", keyword(["traceback.format_exception_only"], ["etype"]), "pass the exception positionally: format_exception_only(error)", "3.10 takes the exception itself; the first parameter became positional-only",
    "import traceback\n\nlines = traceback.format_exception_only(etype=type(error), value=error)\n",
    "import traceback\n\nlines = traceback.format_exception_only(error)\n")
row("traceback.print_exception(etype=)", keyword(["traceback.print_exception"], ["etype"]), "pass the exception positionally: print_exception(error)", "3.10 takes the exception itself; the first parameter became positional-only",
    "import traceback\n\ntraceback.print_exception(etype=type(error), value=error, tb=error.__traceback__)\n",
    "import traceback\n\ntraceback.print_exception(error)\n")

# ---- modules ------------------------------------------------------------------------------
MODULES = {
    "IN": ("the constants in os, socket and select, or ctypes", "generated platform headers that were never maintained"),
    "CDROM": ("ctypes or cffi with the system headers", "generated platform headers that were never maintained"),
    "DLFCN": ("os.RTLD_* constants", "generated platform headers that were never maintained"),
    "TYPES": ("ctypes or cffi with the system headers", "generated platform headers that were never maintained"),
    "CDIO": ("ctypes or cffi with the system headers", "generated platform headers that were never maintained"),
    "STROPTS": ("ctypes or cffi with the system headers", "generated platform headers that were never maintained"),
    "macurl2path": ("urllib.request.url2pathname() and pathname2url()", "classic Mac OS paths are long gone"),
    "asyncio.compat": ("sys.version_info checks", "asyncio's Python 2/3.3 compatibility helpers were unused"),
    "macpath": ("os.path (posixpath on macOS)", "classic Mac OS paths are long gone"),
    "multiprocessing.semaphore_tracker": ("multiprocessing.resource_tracker", "renamed when it started tracking other resources"),
    "_dummy_thread": ("_thread", "every platform has threads since 3.7"),
    "dummy_threading": ("threading", "every platform has threads since 3.7"),
    "parser": ("ast", "the PEG parser (3.9) has no concrete syntax tree to expose"),
    "symbol": ("ast, or token", "the PEG parser (3.9) has no grammar symbols to number"),
    "formatter": ("copy the classes you need into your project", "unused since 3.4"),
    "_bootlocale": ("locale.getencoding() (3.11) or locale.getpreferredencoding(False)", "a private helper of io that locale absorbed"),
    "binhex": ("nothing in the stdlib: binhex4 is obsolete", "an obsolete classic Mac OS format"),
}
MODULE_EXAMPLES = {
    "IN": ("import IN\n\nprint(IN.INADDR_ANY)\n", "import socket\n\nprint(socket.INADDR_ANY)\n"),
    "CDROM": ("import CDROM\n\nprint(CDROM.CDROMEJECT)\n", "import fcntl\n\nprint(fcntl.ioctl)\n"),
    "DLFCN": ("import DLFCN\n\nprint(DLFCN.RTLD_NOW)\n", "import os\n\nprint(os.RTLD_NOW)\n"),
    "TYPES": ("import TYPES\n\nprint(TYPES.FD_SETSIZE)\n", "import select\n\nprint(select.select)\n"),
    "CDIO": ("import CDIO\n\nprint(CDIO)\n", "import fcntl\n\nprint(fcntl.ioctl)\n"),
    "STROPTS": ("import STROPTS\n\nprint(STROPTS)\n", "import fcntl\n\nprint(fcntl.ioctl)\n"),
    "macurl2path": ("import macurl2path\n\npath = macurl2path.url2pathname(\"a/b\")\n", "import urllib.request\n\npath = urllib.request.url2pathname(\"a/b\")\n"),
    "asyncio.compat": ("from asyncio import compat\n\nprint(compat.PY35)\n", "import sys\n\nprint(sys.version_info >= (3, 5))\n"),
    "macpath": ("import macpath\n\npath = macpath.join(\"a\", \"b\")\n", "import os.path\n\npath = os.path.join(\"a\", \"b\")\n"),
    "multiprocessing.semaphore_tracker": ("from multiprocessing import semaphore_tracker\n\nsemaphore_tracker.ensure_running()\n", "from multiprocessing import resource_tracker\n\nresource_tracker.ensure_running()\n"),
    "_dummy_thread": ("import _dummy_thread as thread\n\nlock = thread.allocate_lock()\n", "import _thread as thread\n\nlock = thread.allocate_lock()\n"),
    "dummy_threading": ("import dummy_threading as threading\n\nlock = threading.Lock()\n", "import threading\n\nlock = threading.Lock()\n"),
    "parser": ("import parser\n\ntree = parser.suite(\"x = 1\")\n", "import ast\n\ntree = ast.parse(\"x = 1\")\n"),
    "symbol": ("import symbol\n\nprint(symbol.sym_name)\n", "import token\n\nprint(token.tok_name)\n"),
    "formatter": ("import formatter\n\nwriter = formatter.NullWriter()\n", "class NullWriter:\n    def flush(self):\n        pass\n"),
    "_bootlocale": ("import _bootlocale\n\nencoding = _bootlocale.getpreferredencoding(False)\n", "import locale\n\nencoding = locale.getpreferredencoding(False)\n"),
    "binhex": ("import binhex\n\nbinhex.binhex(\"in.txt\", \"out.hqx\")\n", "import base64\n\nwith open(\"in.txt\", \"rb\") as f:\n    encoded = base64.b64encode(f.read())\n"),
}
for module, (replacement, why) in MODULES.items():
    before, after = MODULE_EXAMPLES[module]
    row(module, IMPORT, replacement, why, before, after)

# ---- names of one version's clean-ups -----------------------------------------------------
def simple(name, replacement, why, before, after, detection=NAME):
    row(name, detection, replacement, why, before, after)

TK_WHY = "Tk 4.0 (1995) removed the Tcl commands these methods called"
for cls, methods in {"Misc": ["colormodel", "tk_menuBar"], "Button": ["tkButtonDown", "tkButtonEnter", "tkButtonInvoke", "tkButtonLeave", "tkButtonUp"],
                     "Menu": ["tk_bindForTraversal", "tk_firstMenu", "tk_getMenuButtons", "tk_invokeMenu", "tk_mbButtonDown", "tk_mbPost", "tk_mbUnpost",
                              "tk_nextMenu", "tk_nextMenuEntry", "tk_traverseToMenu", "tk_traverseWithinMenu"],
                     "Text": ["tk_textBackspace", "tk_textIndexCloser", "tk_textResetAnchor", "tk_textSelectTo"]}.items():
    for method in methods:
        widget = "tkinter.%s()" % cls if cls != "Misc" else "tkinter.Frame()"
        if cls == "Misc":
            before = "import tkinter\n\nclass Panel(tkinter.Frame):\n    def setup(self):\n        self.%s()\n" % method
            after = "import tkinter\n\nclass Panel(tkinter.Frame):\n    def setup(self):\n        self.update_idletasks()\n"
        else:
            before = "import tkinter\n\nwidget = %s\nwidget.%s()\n" % (widget, method)
            after = "import tkinter\n\nwidget = %s\nwidget.update_idletasks()\n" % widget
        simple("tkinter.%s.%s" % (cls, method), "nothing: the Tk command is gone; use the widget's documented methods", TK_WHY if method not in ("tk_menuBar", "tk_bindForTraversal") else "it did nothing since Tk 4.0", before, after, METHOD)
simple("tkinter.Studbutton", "tkinter.Button", "an obsolete widget of Tk 3", "import tkinter\n\nbutton = tkinter.Studbutton()\n", "import tkinter\n\nbutton = tkinter.Button()\n")
simple("tkinter.Tributton", "tkinter.Button", "an obsolete widget of Tk 3", "import tkinter\n\nbutton = tkinter.Tributton()\n", "import tkinter\n\nbutton = tkinter.Button()\n")

STAT_NAMES = {"S_IFLNK": "S_IFLNK", "S_IFREG": "S_IFREG", "S_IFBLK": "S_IFBLK", "S_IFDIR": "S_IFDIR", "S_IFCHR": "S_IFCHR", "S_IFIFO": "S_IFIFO",
              "TSUID": "S_ISUID", "TSGID": "S_ISGID", "TSVTX": "S_ISVTX", "TUREAD": "S_IRUSR", "TUWRITE": "S_IWUSR", "TUEXEC": "S_IXUSR",
              "TGREAD": "S_IRGRP", "TGWRITE": "S_IWGRP", "TGEXEC": "S_IXGRP", "TOREAD": "S_IROTH", "TOWRITE": "S_IWOTH", "TOEXEC": "S_IXOTH"}
for old, new in STAT_NAMES.items():
    simple("tarfile." + old, "stat.%s (the same value)" % new, "tarfile kept its own copies of the stat module's constants",
           "import tarfile\n\nmode = tarfile.%s\n" % old, "import stat\n\nmode = stat.%s\n" % new)

URLLIB_REQUEST = [("add_data", "request.data = body", "request.add_data(b\"body\")", "request.data = b\"body\""),
                  ("has_data", "request.data is not None", "print(request.has_data())", "print(request.data is not None)"),
                  ("get_data", "request.data", "print(request.get_data())", "print(request.data)"),
                  ("get_type", "request.type", "print(request.get_type())", "print(request.type)"),
                  ("get_host", "request.host", "print(request.get_host())", "print(request.host)"),
                  ("get_selector", "request.selector", "print(request.get_selector())", "print(request.selector)"),
                  ("get_origin_req_host", "request.origin_req_host", "print(request.get_origin_req_host())", "print(request.origin_req_host)"),
                  ("is_unverifiable", "request.unverifiable", "print(request.is_unverifiable())", "print(request.unverifiable)")]
for method, replacement, before, after in URLLIB_REQUEST:
    simple("urllib.request.Request." + method, "the attribute: " + replacement, "Request's getters and setters became plain attributes in 3.3",
           "import urllib.request\n\nrequest = urllib.request.Request(\"https://example.com/\")\n%s\n" % before,
           "import urllib.request\n\nrequest = urllib.request.Request(\"https://example.com/\")\n%s\n" % after, METHOD)

TRACE = {"Ignore": "nothing public (trace._Ignore)", "usage": "python -m trace --help", "modname": "inspect.getmodulename()",
         "fullmodname": "nothing public", "find_lines_from_code": "nothing public (trace._find_lines_from_code)",
         "find_lines": "nothing public (trace._find_lines)", "find_strings": "nothing public (trace._find_strings)",
         "find_executable_linenos": "nothing public (trace._find_executable_linenos)"}
for name, replacement in TRACE.items():
    simple("trace." + name, replacement, "undocumented helpers of the trace module, made private in 3.6",
           "import trace\n\nhelper = trace.%s\n" % name, "import trace\n\ntracer = trace.Trace(count=False)\n")

for name, replacement, why, before, after in [
    ("time.accept2dyear", "nothing: pass four-digit years", "two-digit years were guessed; 3.3 takes every year as written",
     "import time\n\ntime.accept2dyear = False\n", "import time\n\nstamp = time.strftime(\"%Y\", (2024, 1, 1, 0, 0, 0, 0, 1, 0))\n"),
    ("smtplib.SSLFakeFile", "socket.socket.makefile()", "SSL sockets have makefile() since 2.6",
     "import smtplib\n\nfile = smtplib.SSLFakeFile(sock)\n", "file = sock.makefile(\"rb\")\n"),
    ("ast.__version__", "sys.version_info", "the ast module's version is Python's own", "import ast\n\nprint(ast.__version__)\n", "import sys\n\nprint(sys.version_info)\n"),
    ("email.__version__", "sys.version_info", "the email package's version is Python's own", "import email\n\nprint(email.__version__)\n", "import sys\n\nprint(sys.version_info)\n"),
    ("unittest.mock.__version__", "sys.version_info", "mock's version in the stdlib is Python's own", "import unittest.mock\n\nprint(unittest.mock.__version__)\n", "import sys\n\nprint(sys.version_info)\n"),
    ("pydoc.serve", "pydoc.browse(), or python -m pydoc -b", "the Tk and old HTTP interfaces gave way to the browser one (3.2)", "import pydoc\n\npydoc.serve(8080)\n", "import pydoc\n\npydoc.browse(8080)\n"),
    ("pydoc.gui", "pydoc.browse(), or python -m pydoc -b", "the Tk and old HTTP interfaces gave way to the browser one (3.2)", "import pydoc\n\npydoc.gui()\n", "import pydoc\n\npydoc.browse()\n"),
    ("pydoc.Scanner", "nothing: an internal class", "an internal helper of the old interfaces", "import pydoc\n\nprint(pydoc.Scanner)\n", "import pydoc\n\nprint(pydoc.Helper)\n"),
    ("sys.flags.division_warning", "nothing: the -Q option is gone", "true division is the only division in Python 3", "import sys\n\nprint(sys.flags.division_warning)\n", "import sys\n\nprint(sys.flags.optimize)\n"),
    ("importlib.abc.PyLoader", "importlib.abc.SourceLoader", "SourceLoader (3.2) covers source and bytecode loading", "import importlib.abc\n\nclass Loader(importlib.abc.PyLoader):\n    pass\n", "import importlib.abc\n\nclass Loader(importlib.abc.SourceLoader):\n    pass\n"),
    ("importlib.abc.PyPycLoader", "importlib.abc.SourceLoader", "SourceLoader (3.2) covers source and bytecode loading", "import importlib.abc\n\nclass Loader(importlib.abc.PyPycLoader):\n    pass\n", "import importlib.abc\n\nclass Loader(importlib.abc.SourceLoader):\n    pass\n"),
    ("platform._mac_ver_lookup", "platform.mac_ver()", "private helpers of mac_ver that used the _gestalt module", "import platform\n\ninfo = platform._mac_ver_lookup((\"sysv\",))\n", "import platform\n\ninfo = platform.mac_ver()\n"),
    ("platform._mac_ver_gstalt", "platform.mac_ver()", "private helpers of mac_ver that used the _gestalt module", "import platform\n\ninfo = platform._mac_ver_gstalt()\n", "import platform\n\ninfo = platform.mac_ver()\n"),
    ("platform._bcd2str", "platform.mac_ver()", "private helpers of mac_ver that used the _gestalt module", "import platform\n\ntext = platform._bcd2str(0x10)\n", "import platform\n\ninfo = platform.mac_ver()\n"),
    ("ftplib.Netrc", "the netrc module", "a copy of netrc's parser", "import ftplib\n\nhosts = ftplib.Netrc()\n", "import netrc\n\nhosts = netrc.netrc()\n"),
    ("smtplib.stderr", "sys.stderr", "smtplib imported stderr for its debug output", "import smtplib\n\nprint(\"x\", file=smtplib.stderr)\n", "import sys\n\nprint(\"x\", file=sys.stderr)\n"),
    ("unittest.mock.DescriptorTypes", "nothing: an internal tuple", "an internal detail of mock", "from unittest import mock\n\nprint(mock.DescriptorTypes)\n", "import types\n\nprint(types.MethodType)\n"),
    ("plistlib.Plist", "a plain dict with plistlib.load() and plistlib.dump()", "attribute-style dicts from Python 2.4 times", "import plistlib\n\nsettings = plistlib.Plist()\n", "settings = {}\n"),
    ("plistlib.Dict", "a plain dict", "attribute-style dicts from Python 2.4 times", "import plistlib\n\nsettings = plistlib.Dict()\n", "settings = {}\n"),
    ("plistlib._InternalDict", "a plain dict", "attribute-style dicts from Python 2.4 times", "import plistlib\n\nsettings = plistlib._InternalDict()\n", "settings = {}\n"),
    ("asyncio.windows_utils.socketpair", "socket.socketpair() (on every platform since 3.5)", "socket.socketpair works on Windows since 3.5", "from asyncio import windows_utils\n\na, b = windows_utils.socketpair()\n", "import socket\n\na, b = socket.socketpair()\n"),
    ("asyncio.selectors", "import selectors", "asyncio imported selectors for its own use", "import asyncio\n\nselector = asyncio.selectors.DefaultSelector()\n", "import selectors\n\nselector = selectors.DefaultSelector()\n"),
    ("asyncio._overlapped", "import _overlapped (Windows)", "asyncio imported _overlapped for its own use", "import asyncio\n\nprint(asyncio._overlapped)\n", "import _overlapped\n\nprint(_overlapped)\n"),
    ("typing.GenericMeta", "typing.get_origin() and typing.get_args(), or __orig_bases__", "3.7 rebuilt typing on __class_getitem__ (PEP 560) without metaclasses", "import typing\n\nif isinstance(cls, typing.GenericMeta):\n    print(\"generic\")\n", "import typing\n\nif typing.get_origin(cls) is not None:\n    print(\"generic\")\n"),
    ("typing.CallableMeta", "typing.get_origin() and typing.get_args()", "3.7 rebuilt typing on __class_getitem__ (PEP 560) without metaclasses", "import typing\n\nprint(typing.CallableMeta)\n", "import typing\n\nprint(typing.get_origin(typing.Callable[[], int]))\n"),
    ("typing.TupleMeta", "typing.get_origin() and typing.get_args()", "3.7 rebuilt typing on __class_getitem__ (PEP 560) without metaclasses", "import typing\n\nprint(typing.TupleMeta)\n", "import typing\n\nprint(typing.get_args(typing.Tuple[int, str]))\n"),
    ("typing.TypingMeta", "typing.get_origin() and typing.get_args()", "3.7 rebuilt typing on __class_getitem__ (PEP 560) without metaclasses", "import typing\n\nprint(typing.TypingMeta)\n", "import typing\n\nprint(typing.get_origin(typing.List[int]))\n"),
    ("sqlite3.Cache", "nothing: an internal class", "internal classes of the statement cache", "import sqlite3\n\nprint(sqlite3.Cache)\n", "import sqlite3\n\nprint(sqlite3.Connection)\n"),
    ("sqlite3.Statement", "nothing: an internal class", "internal classes of the statement cache", "import sqlite3\n\nprint(sqlite3.Statement)\n", "import sqlite3\n\nprint(sqlite3.Cursor)\n"),
    ("calendar.monthlen", "calendar.monthrange(year, month)[1]", "helpers that were public by mistake in 3.7", "import calendar\n\ndays = calendar.monthlen(2024, 2)\n", "import calendar\n\ndays = calendar.monthrange(2024, 2)[1]\n"),
    ("calendar.nextmonth", "compute it from the month: (year + month // 12, month % 12 + 1)", "helpers that were public by mistake in 3.7", "import calendar\n\nyear, month = calendar.nextmonth(2024, 12)\n", "year, month = 2024 + 12 // 12, 12 % 12 + 1\n"),
    ("calendar.prevmonth", "compute it from the month", "helpers that were public by mistake in 3.7", "import calendar\n\nyear, month = calendar.prevmonth(2024, 1)\n", "year, month = (2023, 12)\n"),
    ("keyword.main", "nothing: the keyword list is generated by CPython's build", "a script entry point for regenerating keyword.py", "import keyword\n\nkeyword.main()\n", "import keyword\n\nprint(keyword.kwlist)\n"),
    ("aifc.openfp", "aifc.open()", "an alias of open() kept from Python 2", "import aifc\n\naudio = aifc.openfp(\"sound.aiff\")\n", "import aifc\n\naudio = aifc.open(\"sound.aiff\")\n"),
    ("sunau.openfp", "sunau.open()", "an alias of open() kept from Python 2", "import sunau\n\naudio = sunau.openfp(\"sound.au\")\n", "import sunau\n\naudio = sunau.open(\"sound.au\")\n"),
    ("unicodedata.ucnhash_CAPI", "nothing: an internal capsule", "the capsule is private to the unicode_escape codec", "import unicodedata\n\nprint(unicodedata.ucnhash_CAPI)\n", "import unicodedata\n\nprint(unicodedata.name(\"a\"))\n"),
    ("pathlib._Accessor", "override the Path methods themselves", "pathlib calls os functions directly since 3.11", "import pathlib\n\nclass Accessor(pathlib._Accessor):\n    pass\n", "import pathlib\n\nclass Path(type(pathlib.Path())):\n    pass\n"),
]:
    simple(name, replacement, why, before, after)

for name, replacement, why, before, after in [
    ("difflib.SequenceMatcher.isbjunk", "x in matcher.bjunk", "the sets are public attributes since 3.2",
     "import difflib\n\nmatcher = difflib.SequenceMatcher(None, \"a\", \"b\")\nprint(matcher.isbjunk(\"x\"))\n",
     "import difflib\n\nmatcher = difflib.SequenceMatcher(None, \"a\", \"b\")\nprint(\"x\" in matcher.bjunk)\n"),
    ("difflib.SequenceMatcher.isbpopular", "x in matcher.bpopular", "the sets are public attributes since 3.2",
     "import difflib\n\nmatcher = difflib.SequenceMatcher(None, \"a\", \"b\")\nprint(matcher.isbpopular(\"x\"))\n",
     "import difflib\n\nmatcher = difflib.SequenceMatcher(None, \"a\", \"b\")\nprint(\"x\" in matcher.bpopular)\n"),
    ("decimal.Context._clamp", "Context.clamp", "the attribute became public as clamp in 3.1",
     "import decimal\n\ncontext = decimal.Context()\nprint(context._clamp)\n", "import decimal\n\ncontext = decimal.Context()\nprint(context.clamp)\n"),
    ("html.parser.HTMLParser.error", "raise your own exception", "the lenient parser never calls it",
     "from html.parser import HTMLParser\n\nclass Parser(HTMLParser):\n    def handle_starttag(self, tag, attrs):\n        self.error(\"unexpected \" + tag)\n",
     "from html.parser import HTMLParser\n\nclass Parser(HTMLParser):\n    def handle_starttag(self, tag, attrs):\n        raise ValueError(\"unexpected \" + tag)\n"),
    ("_markupbase.ParserBase.error", "raise your own exception", "the lenient parsers never call it",
     "import _markupbase\n\nclass Parser(_markupbase.ParserBase):\n    def fail(self):\n        self.error(\"bad markup\")\n",
     "import _markupbase\n\nclass Parser(_markupbase.ParserBase):\n    def fail(self):\n        raise ValueError(\"bad markup\")\n"),
    ("xml.etree.ElementTree.XMLParser.doctype", "define doctype() on the parser's target (a TreeBuilder subclass)", "the parser calls the target's doctype() since 3.2",
     "import xml.etree.ElementTree as ET\n\nclass Parser(ET.XMLParser):\n    def start(self):\n        self.doctype(\"html\", None, None)\n",
     "import xml.etree.ElementTree as ET\n\nclass Builder(ET.TreeBuilder):\n    def doctype(self, name, pubid, system):\n        print(name)\n"),
    ("multiprocessing.managers.DictProxy.has_key", "key in proxy", "has_key went from dicts with Python 3",
     "import multiprocessing\n\nshared = multiprocessing.Manager().dict()\nprint(multiprocessing.managers.DictProxy.has_key(shared, \"k\"))\n",
     "import multiprocessing\n\nshared = multiprocessing.Manager().dict()\nprint(\"k\" in shared)\n"),
    ("nntplib.NNTP.xpath", "nothing: the XPATH extension is rarely enabled", "an NNTP extension servers dropped",
     "import nntplib\n\nserver = nntplib.NNTP(\"news.example.com\")\nprint(server.xpath(\"<id>\"))\n",
     "import nntplib\n\nserver = nntplib.NNTP(\"news.example.com\")\nprint(server.article(\"<id>\"))\n"),
    ("nntplib.NNTP.xgtitle", "NNTP.descriptions() or NNTP.description()", "descriptions() (3.2) uses the standard LIST NEWSGROUPS command",
     "import nntplib\n\nserver = nntplib.NNTP(\"news.example.com\")\nprint(server.xgtitle(\"comp.lang.python\"))\n",
     "import nntplib\n\nserver = nntplib.NNTP(\"news.example.com\")\nprint(server.descriptions(\"comp.lang.python\"))\n"),
    ("symtable.SymbolTable.has_exec", "nothing: exec is a function, so the answer was always False", "exec is not a statement in Python 3",
     "import symtable\n\ntable = symtable.symtable(\"x = 1\", \"<s>\", \"exec\")\nprint(table.has_exec())\n",
     "import symtable\n\ntable = symtable.symtable(\"x = 1\", \"<s>\", \"exec\")\nprint(table.has_children())\n"),
    ("enum.Enum._convert", "enum.Enum._convert_ (private; better: build the enum with the functional API)", "renamed to the private _convert_ in 3.8",
     "import enum\n\nSignals = enum.IntEnum._convert(\"Signals\", \"signal\", lambda name: name.startswith(\"SIG\"))\n",
     "import enum\n\nSignals = enum.IntEnum._convert_(\"Signals\", \"signal\", lambda name: name.startswith(\"SIG\"))\n"),
    ("tempfile.SpooledTemporaryFile.softspace", "nothing: files have no softspace in Python 3", "a Python 2 print statement detail",
     "import tempfile\n\nspool = tempfile.SpooledTemporaryFile()\nprint(spool.softspace)\n", "import tempfile\n\nspool = tempfile.SpooledTemporaryFile()\nprint(spool.closed)\n"),
    ("gettext.NullTranslations.output_charset", "nothing: translations are str", "a codeset only mattered for the l*() methods",
     "import gettext\n\nprint(gettext.NullTranslations().output_charset())\n", "import gettext\n\nprint(gettext.NullTranslations().info())\n"),
    ("gettext.NullTranslations.set_output_charset", "nothing: translations are str", "a codeset only mattered for the l*() methods",
     "import gettext\n\ngettext.NullTranslations().set_output_charset(\"utf-8\")\n", "import gettext\n\nprint(gettext.NullTranslations().info())\n"),
    ("gettext.NullTranslations.lgettext", "NullTranslations.gettext()", "the l*() methods returned bytes in the locale's encoding",
     "import gettext\n\nprint(gettext.NullTranslations().lgettext(\"Hello\"))\n", "import gettext\n\nprint(gettext.NullTranslations().gettext(\"Hello\"))\n"),
    ("gettext.NullTranslations.lngettext", "NullTranslations.ngettext()", "the l*() methods returned bytes in the locale's encoding",
     "import gettext\n\nprint(gettext.NullTranslations().lngettext(\"file\", \"files\", 2))\n", "import gettext\n\nprint(gettext.NullTranslations().ngettext(\"file\", \"files\", 2))\n"),
    ("importlib.abc.FileLoader.open_resource", "importlib.resources.files(package)", "the resource reader API moved to importlib.resources (TraversableResources)",
     "import importlib.abc\n\nclass Loader(importlib.abc.FileLoader):\n    def read(self):\n        return self.open_resource(\"data.txt\").read()\n",
     "import importlib.resources\n\ndef read():\n    return importlib.resources.files(\"pkg\").joinpath(\"data.txt\").read_bytes()\n"),
    ("importlib.abc.FileLoader.resource_path", "importlib.resources.files(package) and as_file()", "the resource reader API moved to importlib.resources (TraversableResources)",
     "import importlib.abc\n\nclass Loader(importlib.abc.FileLoader):\n    def where(self):\n        return self.resource_path(\"data.txt\")\n",
     "import importlib.resources\n\ndef where():\n    return importlib.resources.files(\"pkg\").joinpath(\"data.txt\")\n"),
    ("importlib.abc.FileLoader.is_resource", "importlib.resources.files(package).joinpath(name).is_file()", "the resource reader API moved to importlib.resources (TraversableResources)",
     "import importlib.abc\n\nclass Loader(importlib.abc.FileLoader):\n    def has(self):\n        return self.is_resource(\"data.txt\")\n",
     "import importlib.resources\n\ndef has():\n    return importlib.resources.files(\"pkg\").joinpath(\"data.txt\").is_file()\n"),
    ("importlib.abc.FileLoader.contents", "importlib.resources.files(package).iterdir()", "the resource reader API moved to importlib.resources (TraversableResources)",
     "import importlib.abc\n\nclass Loader(importlib.abc.FileLoader):\n    def names(self):\n        return list(self.contents())\n",
     "import importlib.resources\n\ndef names():\n    return [item.name for item in importlib.resources.files(\"pkg\").iterdir()]\n"),
    ("http.cookiejar.MozillaCookieJar.header", "nothing: write your own header line", "the header text became module-private",
     "import http.cookiejar\n\nprint(http.cookiejar.MozillaCookieJar.header)\n", "import http.cookiejar\n\nprint(http.cookiejar.MozillaCookieJar.filename)\n"),
    ("_tkinter.TkappType.split", "tk.splitlist()", "split() guessed at nesting; splitlist() splits one level as Tcl does",
     "import _tkinter\n\nparts = _tkinter.TkappType.split(interpreter, \"a b\")\n",
     "import _tkinter\n\nparts = _tkinter.TkappType.splitlist(interpreter, \"a b\")\n"),
    ("pathlib.Path._accessor", "override the Path methods themselves", "pathlib calls os functions directly since 3.11",
     "import pathlib\n\nprint(pathlib.Path(\".\")._accessor)\n", "import pathlib\n\nprint(pathlib.Path(\".\").stat())\n"),
    ("pathlib.PurePath.__class_getitem__", "nothing: PurePath is not generic", "added by mistake in 3.9 and taken back",
     "import pathlib\n\nalias = pathlib.PurePath.__class_getitem__(str)\n", "import pathlib\n\nalias = pathlib.PurePath\n"),
    ("smtpd.MailmanProxy", "nothing in the stdlib (it needed the mailman package)", "it depended on an external package and was untested",
     "import smtpd\n\nproxy = smtpd.MailmanProxy((\"localhost\", 25), None)\n", "import smtpd\n\nproxy = smtpd.SMTPServer((\"localhost\", 25), None)\n"),
]:
    detection = NAME if name in ("smtpd.MailmanProxy",) else METHOD
    simple(name, replacement, why, before, after, detection)

URLLIB_SPLIT = ["splittype", "splithost", "splituser", "splitpasswd", "splitport", "splitquery", "splittag", "splitattr", "splitvalue", "to_bytes"]
FACT_SPLIT = "urllib.request.splittype / splithost / splituser / splitpasswd / splitport / splitquery / splittag / splitattr / splitvalue / to_bytes"
for name in URLLIB_SPLIT:
    row("urllib.request." + name, NAME, "urllib.parse.urlsplit() and its attributes (the urllib.parse.%s function is deprecated too)" % name,
        "urllib.request re-exported urllib.parse's undocumented helpers",
        "import urllib.request\n\nparts = urllib.request.%s(value)\n" % name,
        "import urllib.parse\n\nparts = urllib.parse.urlsplit(value)\n",
        aka=(FACT_SPLIT,) if name == "splittype" else ())

# ---- keyword parameters and argument shapes of 3.5 to 3.11 -------------------------------
def shape(callables, text):
    quoted = ", ".join('"%s"' % c for c in callables)
    return "Detection::CallShape { callables: &[%s], shape: %s }" % (quoted, text)


row("decimal.Decimal.quantize(watchexp=)", keyword(["decimal.Decimal.quantize"], ["watchexp"]), "leave it out: the exponent is always checked", "the C decimal module (3.3) never supported skipping the check",
    "import decimal\n\nvalue = decimal.Decimal(\"1.25\").quantize(decimal.Decimal(\"0.1\"), watchexp=False)\n",
    "import decimal\n\nvalue = decimal.Decimal(\"1.25\").quantize(decimal.Decimal(\"0.1\"))\n")
row("http.cookies.Morsel.set(LegalChars=)", keyword(["http.cookies.Morsel.set"], ["LegalChars"]), "leave it out", "ignored since 3.5",
    "import http.cookies\n\nmorsel = http.cookies.Morsel()\nmorsel.set(\"k\", \"v\", \"v\", LegalChars=\"abc\")\n",
    "import http.cookies\n\nmorsel = http.cookies.Morsel()\nmorsel.set(\"k\", \"v\", \"v\")\n")
row("string.Formatter.format(format_string=)", keyword(["string.Formatter.format"], ["format_string"]), "pass the format string positionally", "the parameter became positional-only so that fields may be named format_string",
    "import string\n\ntext = string.Formatter().format(format_string=\"{0}\", *[\"x\"])\n",
    "import string\n\ntext = string.Formatter().format(\"{0}\", \"x\")\n")
row("xml.etree.ElementTree.XMLParser(html=)", keyword(["xml.etree.ElementTree.XMLParser"], ["html"]), "leave it out; pass target= and encoding= by keyword", "the argument was ignored since 3.4",
    "import xml.etree.ElementTree as ET\n\nparser = ET.XMLParser(html=0)\n",
    "import xml.etree.ElementTree as ET\n\nparser = ET.XMLParser()\n")
row("asyncio.AbstractEventLoop.create_datagram_endpoint(reuse_address=)", keyword(["asyncio.AbstractEventLoop.create_datagram_endpoint"], ["reuse_address"]),
    "leave it out (SO_REUSEADDR lets other processes steal UDP traffic); pass reuse_port=True where that is what you meant", "SO_REUSEADDR is a security hole for UDP",
    "import asyncio\n\nasync def main(protocol):\n    loop = asyncio.get_running_loop()\n    await loop.create_datagram_endpoint(protocol, local_addr=(\"0.0.0.0\", 9999), reuse_address=True)\n",
    "import asyncio\n\nasync def main(protocol):\n    loop = asyncio.get_running_loop()\n    await loop.create_datagram_endpoint(protocol, local_addr=(\"0.0.0.0\", 9999))\n")
POSITIONAL_WHY = "the parameter became positional-only so that keyword arguments with its name reach the callable"
for symbol, callable_, keywords, before, after in [
    ("concurrent.futures.Executor.submit(fn=)", "concurrent.futures.Executor.submit", ["fn"],
     "from concurrent.futures import ThreadPoolExecutor\n\nwith ThreadPoolExecutor() as pool:\n    future = pool.submit(fn=print)\n",
     "from concurrent.futures import ThreadPoolExecutor\n\nwith ThreadPoolExecutor() as pool:\n    future = pool.submit(print)\n"),
    ("unittest.TestCase.addCleanup(function=)", "unittest.TestCase.addCleanup", ["function"],
     "import unittest\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.addCleanup(function=print)\n",
     "import unittest\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.addCleanup(print)\n"),
    ("functools.partialmethod(func=)", "functools.partialmethod", ["func"],
     "import functools\n\nclass C:\n    double = functools.partialmethod(func=pow, exp=2)\n",
     "import functools\n\nclass C:\n    double = functools.partialmethod(pow, exp=2)\n"),
    ("weakref.finalize(obj=, func=)", "weakref.finalize", ["obj", "func"],
     "import weakref\n\nclass C:\n    pass\n\nnote = weakref.finalize(obj=C(), func=print)\n",
     "import weakref\n\nclass C:\n    pass\n\nnote = weakref.finalize(C(), print)\n"),
    ("contextlib.ExitStack.callback(callback=)", "contextlib.ExitStack.callback", ["callback"],
     "import contextlib\n\nwith contextlib.ExitStack() as stack:\n    stack.callback(callback=print)\n",
     "import contextlib\n\nwith contextlib.ExitStack() as stack:\n    stack.callback(print)\n"),
    ("profile.Profile.runcall(func=)", "profile.Profile.runcall", ["func"],
     "import profile\n\nprofile.Profile().runcall(func=print)\n", "import profile\n\nprofile.Profile().runcall(print)\n"),
    ("cProfile.Profile.runcall(func=)", "cProfile.Profile.runcall", ["func"],
     "import cProfile\n\ncProfile.Profile().runcall(func=print)\n", "import cProfile\n\ncProfile.Profile().runcall(print)\n"),
    ("bdb.Bdb.runcall(func=)", "bdb.Bdb.runcall", ["func"],
     "import bdb\n\nbdb.Bdb().runcall(func=print)\n", "import bdb\n\nbdb.Bdb().runcall(print)\n"),
    ("trace.Trace.runfunc(func=)", "trace.Trace.runfunc", ["func"],
     "import trace\n\ntrace.Trace().runfunc(func=print)\n", "import trace\n\ntrace.Trace().runfunc(print)\n"),
    ("curses.wrapper(func=)", "curses.wrapper", ["func"],
     "import curses\n\ncurses.wrapper(func=print)\n", "import curses\n\ncurses.wrapper(print)\n"),
    ("multiprocessing.managers.Server.create(c=, typeid=)", "multiprocessing.managers.Server.create", ["c", "typeid"],
     "from multiprocessing.managers import Server\n\nServer.create(server, c=connection, typeid=\"Queue\")\n",
     "from multiprocessing.managers import Server\n\nServer.create(server, connection, \"Queue\")\n"),
]:
    row(symbol, keyword([callable_], keywords), "pass %s positionally" % " and ".join(keywords), POSITIONAL_WHY, before, after)
for symbol, builtin, keyword_name, value in [("bool(x=)", "bool", "x", "1"), ("float(x=)", "float", "x", "\"1.5\""), ("int(x=)", "int", "x", "\"7\""),
                                              ("list(sequence=)", "list", "sequence", "\"ab\""), ("tuple(sequence=)", "tuple", "sequence", "\"ab\"")]:
    row(symbol, keyword(["builtins." + builtin], [keyword_name]), "pass the value positionally: %s(value)" % builtin,
        "the first parameters of the builtin types became positional-only in 3.7",
        "value = %s(%s=%s)\n" % (builtin, keyword_name, value), "value = %s(%s)\n" % (builtin, value))
row("hmac.new(key, msg)", shape(["hmac.new"], 'CallShape::MissingOrNone { index: 2, allowed: &["key", "msg"] }'),
    "pass digestmod= (hashlib.sha256, or \"sha256\")", "an implicit MD5 was a weak default; 3.8 requires the digest to be named",
    "import hmac\n\nmac = hmac.new(b\"key\", b\"message\")\n", "import hashlib\nimport hmac\n\nmac = hmac.new(b\"key\", b\"message\", digestmod=hashlib.sha256)\n",
    aka=("hmac.new() without digestmod (implicit MD5)",))
row("math.factorial(float)", shape(["math.factorial"], "CallShape::FloatLiteral"), "pass an int: math.factorial(int(x))",
    "factorial is defined on integers; floats with integral values were accepted by accident",
    "import math\n\nvalue = math.factorial(5.0)\n", "import math\n\nvalue = math.factorial(5)\n",
    aka=("math.factorial() with an integral float (e.g. 5.0)",))
row("grp.getgrgid(float)", shape(["grp.getgrgid"], "CallShape::FloatLiteral"), "pass an int group id",
    "group ids are integers; floats were accepted by accident",
    "import grp\n\ngroup = grp.getgrgid(0.0)\n", "import grp\n\ngroup = grp.getgrgid(0)\n",
    aka=("grp.getgrgid() with a non-integer (e.g. 0.0)",))
row("sysconfig.get_config_var('SO')", shape(["sysconfig.get_config_var"], 'CallShape::Literal { index: 0, values: &["SO"] }'),
    "sysconfig.get_config_var(\"EXT_SUFFIX\")", "'SO' was ambiguous (the suffix with or without the ABI tag); 3.11 returns None for it",
    "import sysconfig\n\nsuffix = sysconfig.get_config_var(\"SO\")\n", "import sysconfig\n\nsuffix = sysconfig.get_config_var(\"EXT_SUFFIX\")\n",
)
row("open(path, 'U')", shape(["builtins.open", "io.open", "codecs.open"], 'CallShape::Literal { index: 1, values: &["U", "rU", "Ur", "rbU", "rUb", "Urb", "bU", "Ub", "rtU", "rUt"] }'),
    "drop the 'U': text mode translates newlines already (see newline=)", "universal newlines are the default of text mode since 3.0",
    "with open(\"notes.txt\", \"rU\") as f:\n    text = f.read()\n", "with open(\"notes.txt\") as f:\n    text = f.read()\n",
    aka=("open() / io.open() / codecs.open() / fileinput mode 'U'",))
JSON_WHY = "the optional parameters became keyword-only in 3.6, as they are too many to pass by position"
row("json.dumps(obj, positional)", shape(["json.dumps"], "CallShape::PositionalMoreThan(1)"), "pass skipkeys=, ensure_ascii=, indent=, ... by keyword", JSON_WHY,
    "import json\n\ntext = json.dumps({\"a\": 1}, True)\n", "import json\n\ntext = json.dumps({\"a\": 1}, skipkeys=True)\n",
    aka=("json.dump()/dumps()/load()/loads() optional arguments passed positionally",))
row("json.dump(obj, fp, positional)", shape(["json.dump"], "CallShape::PositionalMoreThan(2)"), "pass skipkeys=, ensure_ascii=, indent=, ... by keyword", JSON_WHY,
    "import json\nimport sys\n\njson.dump({\"a\": 1}, sys.stdout, True)\n", "import json\nimport sys\n\njson.dump({\"a\": 1}, sys.stdout, skipkeys=True)\n")
row("json.loads(s, positional)", shape(["json.loads"], "CallShape::PositionalMoreThan(1)"), "pass cls=, object_hook=, ... by keyword", JSON_WHY,
    "import json\n\nvalue = json.loads(\"{}\", None)\n", "import json\n\nvalue = json.loads(\"{}\", cls=None)\n")
row("json.load(fp, positional)", shape(["json.load"], "CallShape::PositionalMoreThan(1)"), "pass cls=, object_hook=, ... by keyword", JSON_WHY,
    "import json\nimport sys\n\nvalue = json.load(sys.stdin, None)\n", "import json\nimport sys\n\nvalue = json.load(sys.stdin, cls=None)\n")
for name, replacement, why, before, after in [
    ("asynchat.fifo", "collections.deque", "an unused queue class; deque does the job",
     "import asynchat\n\nqueue = asynchat.fifo()\n", "import collections\n\nqueue = collections.deque()\n"),
    ("distutils.cmd.install_misc", "nothing: an unused base class (since 2000)", "unused by distutils itself",
     "import distutils.cmd\n\nprint(distutils.cmd.install_misc)\n", "import distutils.cmd\n\nprint(distutils.cmd.Command)\n"),
    ("sys.getcounts", "nothing: the counters existed only in COUNT_ALLOCS builds", "COUNT_ALLOCS builds were dropped",
     "import sys\n\nprint(sys.getcounts())\n", "import sys\n\nprint(sys.getallocatedblocks())\n"),
]:
    row(name, NAME, replacement, why, before, after)
row("hmac.HMAC.digest_cons", METHOD, "nothing: an implementation detail", "HMAC objects may be backed by OpenSSL, which has no such parts",
    "import hmac\n\nmac = hmac.HMAC(b\"key\", digestmod=\"sha256\")\nprint(mac.digest_cons)\n", "import hmac\n\nmac = hmac.HMAC(b\"key\", digestmod=\"sha256\")\nprint(mac.name)\n")
row("hmac.HMAC.inner", METHOD, "nothing: an implementation detail", "HMAC objects may be backed by OpenSSL, which has no such parts",
    "import hmac\n\nmac = hmac.HMAC(b\"key\", digestmod=\"sha256\")\nprint(mac.inner)\n", "import hmac\n\nmac = hmac.HMAC(b\"key\", digestmod=\"sha256\")\nprint(mac.name)\n")
row("hmac.HMAC.outer", METHOD, "nothing: an implementation detail", "HMAC objects may be backed by OpenSSL, which has no such parts",
    "import hmac\n\nmac = hmac.HMAC(b\"key\", digestmod=\"sha256\")\nprint(mac.outer)\n", "import hmac\n\nmac = hmac.HMAC(b\"key\", digestmod=\"sha256\")\nprint(mac.name)\n")
row("distutils.command.sdist.sdist.default_format", METHOD, "the formats= option of the sdist command (setup.cfg [sdist])", "the per-platform default table was dropped",
    "from distutils.command.sdist import sdist\n\nprint(sdist.default_format)\n", "from distutils.command.sdist import sdist\n\nprint(sdist.default_formats)\n")
row("_gestalt", IMPORT, "platform.mac_ver()", "a macOS-only helper of platform.mac_ver",
    "import _gestalt\n\nprint(_gestalt.gestalt(\"sysv\"))\n", "import platform\n\nprint(platform.mac_ver())\n")
row("fpectl", IMPORT, "nothing: floating-point errors are not trapped", "the module was only built on request and broke extensions",
    "import fpectl\n\nfpectl.turnon_sigfpe()\n", "import math\n\nprint(math.isfinite(1.0))\n")

row("re.Pattern.match/search/fullmatch/split/findall/finditer(pattern=)",
    keyword(["re.Pattern.match", "re.Pattern.search", "re.Pattern.fullmatch", "re.Pattern.split", "re.Pattern.findall", "re.Pattern.finditer"], ["pattern"]),
    "string= (or pass the string positionally)", "the parameter was misnamed: it takes the string to search, not a pattern",
    "import re\n\nword = re.compile(\"a+\")\nfound = word.search(pattern=\"caaat\")\n",
    "import re\n\nword = re.compile(\"a+\")\nfound = word.search(\"caaat\")\n")


def rust_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def minor(version):
    if version is None or version.startswith("2."):
        return None
    return int(version.split(".")[1])


KINDS = {"method": "Method", "parameter": "Parameter", "function": "Function", "alias": "Alias", "class": "Class",
         "constant": "Constant", "attribute": "Attribute", "module": "Module"}


def main():
    facts = {fact["name"]: fact for fact in json.load(open(FACTS))}
    derived = {"urllib.request." + name: FACT_SPLIT for name in URLLIB_SPLIT}
    derived.update({name: "json.dump()/dumps()/load()/loads() optional arguments passed positionally"
                    for name in ("json.dump(obj, fp, positional)", "json.loads(s, positional)", "json.load(fp, positional)")})
    out = []
    for name in sorted(ROWS, key=lambda n: n.encode()):
        spec = ROWS[name]
        fact = facts.get(name) or (facts.get(spec["aka"][0]) if spec["aka"] else None) or facts[derived[name]]
        assert fact["status"] == "removed", name
        kind = "Parameter" if "Detection::CallShape" in spec["detection"] or "Detection::Keyword" in spec["detection"] else KINDS[fact["kind"]] if name not in derived else "Function"
        deprecated = minor(fact["deprecated_in"])
        deprecated = "Some(v(%d))" % deprecated if deprecated is not None else "None"
        aka = "&[" + ", ".join(rust_string(a) for a in spec["aka"]) + "]"
        out.append("""    Entry {
        symbol: %s,
        kind: ApiKind::%s,
        deprecated_in: %s,
        removed_in: Some(v(%d)),
        replacement: %s,
        why: %s,
        detection: %s,
        also_known_as: %s,
        before: %s,
        after: %s,
    },""" % (rust_string(name), kind, deprecated, minor(fact["removed_in"]), rust_string(spec["replacement"]),
             rust_string(spec["why"]), spec["detection"], aka, rust_string(spec["before"]), rust_string(spec["after"])))
    header = """//! The rows of APIs CPython removed in 3.3 to 3.11 (`shared/removals-before-3.12.json`), sorted
//! by symbol. At every target they are errors.
//!
//! Generated by `scripts/issue14/rows_before_312.py` (facts from the JSON, words and examples from
//! the script); edit the script and run it again.

use super::{ApiKind, CallShape, Detection, Entry};
use crate::version::PythonVersion;

const fn v(minor: u8) -> PythonVersion {
    PythonVersion::new(minor)
}

/// The rows, sorted by symbol.
pub(super) static ROWS: &[Entry] = &[
"""
    path = os.path.join(ROOT, "crate", "catalogue", "entries_before_312.rs")
    with open(path, "w") as f:
        f.write(header + "\n".join(out) + "\n];\n")
    print("%d rows -> %s" % (len(out), path))


main()
