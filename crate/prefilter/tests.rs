//! The prefilter's unit tests: what it keeps and leaves out of the parse.

use super::{may_contain_findings, plan, Plan};
use crate::version::PythonVersion;

#[test]
fn passes_files_that_may_use_an_entry() {
    for source in [
        "import asyncore\n",
        "import os, imp\n",
        "if x: import imp\n",
        "try: import imp\nexcept ImportError: pass\n",
        "from distutils.core import setup\n",
        "import distutils.core as dc\n",
        "x = __import__('imp')",
        "importlib.import_module(\"asyncore\")",
        "self.assertEquals(1, 1)",
        "check = self.failUnless",
        "from typing import io",
        "from typing import (\n    IO,\n    re as typing_re,\n)\n",
        "import typing\nx = typing.re.Match",
        "import typing.io",
        "from typing.io import IO",
        "import importlib.util as iu\niu.set_loader",
        "env['PYTHONTHREADDEBUG'] = '1'",
        "dict(PYTHONTHREADDEBUG='1')",
        "class F:\n    def find_module(self, name, path=None): pass\n",
        "from pathlib import Path\nPath(x).link_to(y)",
        "from importlib.util import module_for_loader, \\\n    set_package\n",
        "print 'x'; import imp\n",
        "import array\narray.array('u', 'x')\n",
        "from pathlib import Path\nPath('a', strict=True)\n",
        "from pathlib import Path as P\nP(\n    'a',\n    flag=1,\n)\n",
        "import typing\nTD = typing.TypedDict\n",
        "import random\nrandom.randrange(.5)\n",
        "import random\nrandom.randrange(0, 1.5)\n",
        "from pathlib import Path\np = Path('x')\nwith p: pass\n",
        "import ast\nclass V(ast.NodeVisitor):\n    def visit_Num(self, node): pass\n",
        "x = ~True",
        "x = ~ (not y)",
        "import sqlite3\ncursor.execute('SELECT ' ':a', (1,))",
        "from importlib.metadata import entry_points\nentry_points()['x']",
        "from importlib.metadata import entry_points\nfor ep in entry_points(group='x'):\n    ep[0]\n",
        "import importlib.metadata\nfor ep in importlib.metadata.distribution('x').entry_points:\n    ep[0]\n",
        "import collections as c\nx = c.Callable\n",
        "from collections import abc as cabc, Mapping\n",
        "import unittest.case as uc\nuc.TestCase.assertEquals\n",
        "import importlib\nimportlib.import_module('parser')\n",
        "import importlib\nimportlib.import_module(\"distutils.core\")\n",
        "import hmac\nh = hmac.new(k)\nh.inner\n",
        "import logging, warnings\nlog = logging.getLogger()\nlog.warn('x')\n",
        "import logging\nself.warnings.warn('x')\n",
    ] {
        assert!(may_contain_findings(source), "{source:?}");
    }
}

#[test]
fn skips_files_that_cannot_contain_findings() {
    for source in [
        "import os\nimport importlib\n",
        "important = impish = 1",
        "import io\nimport typing\n",
        "import re\nimport typing\nre.compile('x')\n",
        "self.assertEqual(a, b)",
        "",
        "# import asyncore\n",
        "x = 1  # from distutils.core import setup\n",
        "'''\nimport imp\n'''\n",
        "message = 'import asyncore'\n",
        "imp = load()\nimp.thing()\n",
        "from . import imp\n",
        "from .imp import x\n",
        "import numpy.distutils\n",
        "assertEquals = 1\n",
        "typing = 1; re = 2\n",
        "import array\narray.array('b', b'x')\n",
        "from pathlib import Path\np = Path('x', *parts)\nwith open(p) as f: pass\n",
        "from pathlib import Path\nPath('a') == Path(b == 2)\n",
        "import random\nrandom.randrange(10)\nx = 1.5\n",
        "class V:\n    def visit_Num(self, node): pass\n",
        "x = ~mask; y = True",
        "import sqlite3\ncursor.execute('SELECT ?', (1,))\n",
        "import sqlite3\ncursor.execute(':memory:', (1,))\n",
        "import sqlite3\nclass Job:\n    def execute(self): return ':x'\n",
        "entry_points()['x']",
        "import importlib\nready = selector.select()\nitem = table.entry_points[0]\n",
        // An alias stands for its own module: `t.Callable` is `typing.Callable`.
        "import collections\nimport typing as t\nx = t.Callable\n",
        "import collections\nfrom os import path as p\np.Mapping\n",
        // A string that does not name a module.
        "import importlib\nimportlib.import_module(name)\nhelp = 'the parser of arguments'\n",
        // A method of a class defined under its own name is no use of it.
        "import hmac\ndef outer():\n    def inner():\n        pass\n",
        // A member of a module the file imports is no method of an instance.
        "import logging, warnings\nwarnings.warn('x')\n",
    ] {
        assert!(!may_contain_findings(source), "{source:?}");
    }
}

fn parsed(source: &str) -> String {
    match plan(source, PythonVersion::DEFAULT_TARGET) {
        Plan::Skip => String::new(),
        Plan::Whole => source.to_string(),
        Plan::Ranges(ranges) => ranges.into_iter().map(|range| &source[range]).collect(),
        Plan::Windows(windows) => windows.parsed().into_iter().map(|range| &source[range]).collect(),
    }
}

#[test]
fn plans_the_statements_worth_parsing() {
    let filler = "    x = 1\n".repeat(50);
    let source = format!(
        "import unittest\nPY2 = False\n\ndef unrelated():\n{filler}\n\
         @decorator\nclass Base(unittest.TestCase):\n{filler}\n\
         # a comment in column 0\nclass T(Base):\n    def t(self):\n        self.assertEquals(1, 1)\n\
         def other():\n{filler}\
         if PY2:\n    pass\nelse:\n    pass\n\
         def modern(self):\n    return find_spec\n{filler}"
    );
    let kept = parsed(&source);
    assert!(matches!(plan(&source, PythonVersion::DEFAULT_TARGET), Plan::Ranges(_)));
    assert!(kept.starts_with("import unittest\nPY2 = False\n"), "{kept}");
    assert!(kept.contains("@decorator\nclass Base(unittest.TestCase):"), "a base of a kept class: {kept}");
    assert!(kept.contains("class T(Base):"), "{kept}");
    assert!(kept.contains("if PY2:\n    pass\nelse:\n    pass\n"), "{kept}");
    assert!(kept.contains("def modern"), "{kept}");
    assert!(!kept.contains("def unrelated") && !kept.contains("def other"), "{kept}");
}

#[test]
fn a_module_assigned_to_a_name_is_an_alias_of_it() {
    let filler = "    x = 1\n".repeat(50);
    for (alias, use_) in [
        ("import collections\nc = collections\n", "isinstance(v, c.Mapping)"),
        ("import importlib.abc\nm = importlib.abc\n", "m.Finder"),
        ("from importlib import abc\na = abc\n", "a.Finder"),
        ("import collections\nc = collections\nagain = c\n", "again.Mapping"),
        ("import collections\ndef f():\n    local = collections  # a comment\n", "local.Mapping"),
    ] {
        let source = format!("{alias}def unrelated():\n{filler}\ndef uses(v):\n    return {use_}\n{filler}");
        let kept = parsed(&source);
        assert!(kept.contains(use_) && !kept.contains("def unrelated"), "{source}\n---\n{kept}");
    }
    // Not an alias: a value that is no name an import binds, or more than a dotted name.
    for source in [
        "import collections\nc = make()\nc.Mapping\n",
        "import collections\nc = collections.Counter()\nc.Mapping\n",
        "import collections\nc = collections if x else y\nc.Mapping\n",
        "import collections\nc == collections\nc.Mapping\n",
        "c = collections\nc.Mapping\n",
    ] {
        assert!(!may_contain_findings(source), "{source:?}");
    }
}

#[test]
fn leaves_out_the_methods_that_cannot_matter() {
    let filler = "        x = 1\n".repeat(50);
    let source = format!(
        "import unittest\n\nclass T(unittest.TestCase):\n    \"\"\"Doc.\"\"\"\n    maxDiff = None\n\n\
         \x20   def test_quiet(self):\n{filler}\n\
         \x20   @decorated\n    def test_old(self):\n        self.assertEquals(1, 1)\n        self.helper()\n\n\
         \x20   def test_helped(self):\n        self.unused_helper()\n\n\
         \x20   def helper(self):\n        self.deeper()\n{filler}\n\
         \x20   def deeper(self):\n{filler}\n\
         \x20   def unused_helper(self):\n        self.recursive()\n\n\
         \x20   def recursive(self):\n        self.recursive()\n\n\
         \x20   def warn(self, message):\n{filler}\n\
         \x20   def test_last(self):\n{filler}\
         print(T)\n"
    );
    let kept = parsed(&source);
    assert!(kept.starts_with(
        "import unittest\n\nclass T(unittest.TestCase):\n    \"\"\"Doc.\"\"\"\n    maxDiff = None\n"
    ));
    assert!(
        kept.contains("    @decorated\n    def test_old(self):\n        self.assertEquals(1, 1)\n"),
        "{kept}"
    );
    assert!(
        kept.contains("def helper") && kept.contains("def deeper") && !kept.contains("def test_helped"),
        "a method kept code calls, and one it calls: {kept}"
    );
    assert!(
        !kept.contains("def unused_helper") && !kept.contains("def recursive"),
        "methods only left-out code calls: {kept}"
    );
    assert!(kept.contains("def warn"), "a catalogue word defined: {kept}");
    assert!(!kept.contains("def test_quiet") && !kept.contains("def test_last"), "{kept}");
    assert!(kept.ends_with("print(T)\n"), "{kept}");
    let tree = crate::syntax::parse(&kept).unwrap();
    assert!(!tree.root_node().has_error(), "{kept}");
    // A body indented two ways, or of methods only that cannot matter, is kept whole.
    for source in [
        format!("import unittest\nclass T(unittest.TestCase):\n    def a(self):\n{filler}\n\tdef b(self):\n        self.assertEquals(1, 1)\n"),
        format!("import unittest\nclass T(unittest.TestCase):\n    def a(self):\n{filler}\nclass U(T):\n    def b(self):\n        self.assertEquals(1, 1)\n"),
    ] {
        let kept = parsed(&source);
        assert!(kept.contains("def a(self)"), "{kept}");
    }
}

#[test]
fn keeps_a_method_that_takes_over_from_another() {
    // `visit_Constant` is named nowhere the parse keeps, but defining it makes NodeVisitor
    // call it instead of `visit_Str`: left out, `visit_Str` would look like a removed method.
    let filler = "        x = 1\n".repeat(50);
    let source = format!(
        "import ast\n\ndef unrelated():\n    # visit_Constant\n    return 1\n\n\
         class V(ast.NodeVisitor):\n    def visit_Str(self, node):\n        return node.s\n\n\
         \x20   def visit_Constant(self, node):\n{filler}\n    def quiet(self):\n{filler}\nprint(V)\n"
    );
    let kept = parsed(&source);
    assert!(kept.contains("def visit_Constant"), "{kept}");
    assert!(!kept.contains("def quiet") && !kept.contains("def unrelated"), "{kept}");
}

#[test]
fn a_method_named_only_in_strings_and_comments_is_left_out() {
    let filler = "        x = 1\n".repeat(50);
    // The kept method names `quiet` in its docstring, a comment and a string, `loud` in an
    // f-string's field and `plain` in code: only `quiet` stays out.
    let source = format!(
        "import unittest\n\nclass A(unittest.TestCase):\n    def test_old(self):\n        \
         \"\"\"Calls quiet() first.\"\"\"\n        # quiet\n        name = 'quiet'\n        \
         print(f\"{{self.loud()}}\", rb'quiet', self.plain())\n        self.assertEquals(1, 1)\n\n\
         \x20   def quiet(self):\n{filler}\n    def loud(self):\n{filler}\n    def plain(self):\n{filler}"
    );
    let kept = parsed(&source);
    assert!(!kept.contains("def quiet"), "{kept}");
    assert!(kept.contains("def loud") && kept.contains("def plain"), "{kept}");
}

#[test]
fn a_removed_module_is_used_where_it_is_imported_not_where_its_members_are() {
    let filler = "        x = 1\n".repeat(50);
    // `audioop.add` reads the module the first line imports: only the import is a use.
    // A method importing it, by statement or by name in a string, holds one.
    let source = format!(
        "import audioop\n\nclass A:\n    def mix(self, a, b):\n        return audioop.add(a, b, 2)\n{filler}\n\
         \x20   def load(self):\n        import audioop as ao\n{filler}\n\
         \x20   def named(self):\n        return __import__('audioop')\n{filler}"
    );
    let kept = parsed(&source);
    assert!(!kept.contains("def mix"), "{kept}");
    assert!(kept.contains("def load") && kept.contains("def named"), "{kept}");
}

#[test]
fn a_class_entered_needs_a_with_statement_where_it_is_used() {
    let filler = "    x = 1\n".repeat(50);
    // `make` spells `Path` but enters nothing: no `with`, no use of `Path.__enter__`.
    let source = format!(
        "from pathlib import Path\n\ndef make(p):\n    q = Path(p)\n{filler}    return q\n\n\
         def enter(p):\n    with Path(p) as f:\n        pass\n{filler}"
    );
    let kept = parsed(&source);
    assert!(!kept.contains("def make"), "{kept}");
    assert!(kept.contains("def enter"), "{kept}");
    // `other` has a `with` statement too, but none that may enter a `Path`; `later` enters
    // one through a name bound at module level, `method` through the receiver's attribute,
    // `uses` what a function of the file returns.
    let source = format!(
        "from pathlib import Path\n\np = Path('x')\n\ndef other(q):\n    with open(q) as f:\n        pass\n{filler}\n\
         def later():\n    with p:\n        pass\n{filler}\n\
         def make():\n    return Path('z')\n\ndef uses():\n    with make() as made:\n        pass\n{filler}\n\
         class C:\n    def __init__(self):\n        self.path = Path('y')\n\n    def method(self):\n        with self.path:\n            pass\n{filler}"
    );
    let kept = parsed(&source);
    assert!(!kept.contains("def other"), "{kept}");
    assert!(kept.contains("def later") && kept.contains("def method") && kept.contains("def uses"), "{kept}");
}

#[test]
fn a_keyword_is_passed_in_a_call_that_may_pass_it() {
    let filler = "    x = 1\n".repeat(50);
    // `other` passes `encoding=` to `dict`, not to `json.loads`.
    let functions = format!(
        "def other(s):\n    return dict(encoding='utf-8')\n{filler}\n\
         def load(s):\n    return json.loads(s, encoding='utf-8')\n{filler}"
    );
    let kept = parsed(&format!("import json\n\n{functions}"));
    assert!(!kept.contains("def other"), "{kept}");
    assert!(kept.contains("def load"), "{kept}");
    // `json.loads` handed on as a value: its calls are out of sight, `other` may be one.
    let kept = parsed(&format!("import json\nloads = json.loads\n\n{functions}"));
    assert!(kept.contains("def other") && kept.contains("def load"), "{kept}");
}

#[test]
fn a_parameter_default_passes_no_keyword() {
    let filler = "    y = 1\n".repeat(50);
    // `int` handed on as a value: any statement passing `x=` may call it, but a parameter's
    // default (`def f(x=0)`, `lambda`'s too) is no argument passed.
    let source = format!(
        "convert = int\n\n\
         def header(text, x=0, *, y=lambda x=1: x):\n{filler}\n\
         def default(text, n=int(x='7')):\n{filler}\n\
         def body(x=0):\n    return convert(x=x)\n{filler}"
    );
    let kept = parsed(&source);
    assert!(!kept.contains("def header"), "{kept}");
    assert!(kept.contains("def default") && kept.contains("def body"), "{kept}");
    // `bufsize=-1` is no `fileinput.input(bufsize=)` though `input` is handed on.
    let source = format!(
        "import fileinput\n\ndef read(files, bufsize=-1):\n    reader = fileinput.input\n    return reader(files)\n{filler}"
    );
    assert!(!parsed(&source).contains("def read"), "{}", parsed(&source));
}

#[test]
fn a_callable_passed_as_a_keyword_argument_is_not_handed_on() {
    let filler = "    y = 1\n".repeat(50);
    // `type=int` passes `int` to `add_argument`, where no call of the file can reach it (as
    // `map(int, ...)` does not); `convert = int` binds a name that can.
    let source = format!(
        "import argparse\nparser.add_argument('--n', type=int)\n\n\
         def other(values):\n    return sorted(values, x=1)\n{filler}"
    );
    assert!(!parsed(&source).contains("def other"), "{}", parsed(&source));
    let bound = source.replace("import argparse\n", "import argparse\nconvert = int\n");
    assert!(parsed(&bound).contains("def other"), "{}", parsed(&bound));
    let walrus = source.replace("type=int", "type=(convert := int)");
    assert!(parsed(&walrus).contains("def other"), "{}", parsed(&walrus));
}

#[test]
fn a_class_on_a_callable_is_called_as_the_callable() {
    // `subclass(x=0)` passes `x=` to `float`: the base hands the callable on.
    let filler = "    y = 1\n".repeat(50);
    let source = format!(
        "def test():\n    class subclass(float, object):\n        pass\n{filler}\n\
         def call():\n    return subclass(x=0)\n{filler}"
    );
    let kept = parsed(&source);
    assert!(kept.contains("def call"), "{kept}");
    // A call of `float` as a value elsewhere is no base: nothing hands it on.
    let kept = parsed(&source.replace("class subclass(float, object)", "values = list(map(float, y))"));
    assert!(!kept.contains("def call"), "{kept}");
}

#[test]
fn leaves_out_methods_defined_twice_and_those_beside_a_call() {
    let filler = "        x = 1\n".repeat(50);
    // `quiet` is defined in both classes and used nowhere; in `B` it sits beside a call that
    // may have its entry's shape, which makes only the method holding the call worth parsing.
    let source = format!(
        "import unittest\nimport array\n\nclass A(unittest.TestCase):\n    def quiet(self):\n{filler}\n\
         \x20   def test_old(self):\n        self.assertEquals(1, 1)\n\n\
         class B:\n    def quiet(self):\n{filler}\n\
         \x20   def make(self):\n        return array.array('u', 'x')\n"
    );
    let kept = parsed(&source);
    assert!(!kept.contains("def quiet"), "{kept}");
    assert!(kept.contains("def test_old") && kept.contains("array.array('u', 'x')"), "{kept}");
}

#[test]
fn module_level_code_includes_the_classes_it_makes_not_the_functions_it_names() {
    let filler = "        x = 1\n".repeat(50);
    // `ast = Proxy()`: an instance of the file's own class, whose `__getattr__` says what
    // its attributes are (a proxy of a module, as in Chameleon). `helper()` at module level
    // is no reason to parse `helper`, and `quiet` is named nowhere.
    let source = format!(
        "import ast as _ast\n\nclass Proxy:\n    def __getattr__(self, name):\n        return getattr(_ast, name)\n\n\
         \x20   def quiet(self):\n{filler}\n\
         def helper():\n{filler}\n\
         ast = Proxy()\nhelper()\nast.Str('x')\n"
    );
    let kept = parsed(&source);
    assert!(kept.contains("class Proxy:") && kept.contains("def __getattr__"), "{kept}");
    assert!(!kept.contains("def quiet") && !kept.contains("def helper"), "{kept}");
}

#[test]
fn a_class_is_known_by_its_own_name_not_a_nested_one() {
    let filler = "        x = 1\n".repeat(50);
    // `Outer` and `factory` define a `Helper` and a `Base` inside them: neither is the
    // module's `Helper` or `Base`, so what kept code calls or derives from is not them.
    // `Real`, which kept code calls, holds a nested class too: it is known by its own name.
    let source = format!(
        "import unittest\n\nclass Outer:\n    class Helper:\n        pass\n\n    def m(self):\n{filler}\n\
         def factory():\n    class Base:\n        pass\n{filler}\n\
         class Real:\n    class Inner:\n        pass\n\n    def __init__(self):\n{filler}\n\
         class T(Base):\n    def test_old(self):\n        self.assertEquals(Helper(), Real())\n"
    );
    let kept = parsed(&source);
    assert!(kept.contains("class T(Base)") && kept.contains("class Real:"), "{kept}");
    assert!(!kept.contains("class Outer") && !kept.contains("def factory"), "{kept}");
}

#[test]
fn every_word_is_looked_up_to_its_own_id() {
    let words = super::words();
    assert!(words.ids.len() > 500);
    for (&word, &id) in &words.ids {
        assert_eq!(words.lookup(word), Some(id), "{:?}", String::from_utf8_lossy(word));
    }
    for (word, known) in [("imp", true), ("assertEquals", true), ("self", false), ("assertEqual", false)] {
        assert_eq!(words.lookup(word.as_bytes()).is_some(), known, "{word}");
    }
    // Words that differ from one in a byte, a length or a tail are none.
    for &word in words.ids.keys() {
        let mut longer = word.to_vec();
        longer.push(b'_');
        let mut changed = word.to_vec();
        changed[word.len() / 2] ^= 0x20;
        for other in [&longer[..], &changed[..], &word[..word.len() - 1]] {
            if !words.ids.contains_key(other) {
                assert_eq!(words.lookup(other), None, "{:?}", String::from_utf8_lossy(other));
            }
        }
    }
}

#[test]
fn unterminated_strings_and_odd_bytes_do_not_confuse_it() {
    assert!(may_contain_findings("x = 'unterminated\nimport imp\n"));
    assert!(!may_contain_findings("x = '''unterminated\nimport imp\n"));
    assert!(may_contain_findings("x = b'\\''\nimport imp\n"));
    assert!(may_contain_findings("s = u\"é\"; import asyncore"));
    assert!(may_contain_findings("x = 0777L\nimport imp\n"));
}

#[test]
fn the_sieve_lets_every_word_through_and_stops_common_names() {
    let words = super::words();
    for (&word, &id) in &words.ids {
        assert_eq!(words.lookup(word), Some(id), "{}", String::from_utf8_lossy(word));
    }
    // Common identifiers that are no catalogue words are rejected before the table.
    let stopped = ["self", "i", "result", "value", "data", "__init__"]
        .iter()
        .filter(|name| !words.ids.contains_key(name.as_bytes()))
        .filter(|name| !words.sieve.may_hold(name.as_bytes()))
        .count();
    assert!(stopped >= 3, "the sieve stopped {stopped} of 6 common names");
    assert_eq!(words.lookup(b""), None);
}

/// The memory checked before a scan bounds what its records take: a record a definition and a
/// run of module-level code, whatever the mix, and the bits of module-level code's statements.
#[test]
#[cfg(not(target_arch = "wasm32"))]
fn the_memory_checked_before_a_scan_bounds_its_records() {
    let shapes = [
        "x=1\n".repeat(1000),
        "def f():0\n".repeat(1000),
        "def f():0\nx=1\n".repeat(500),
        "@d\nclass C:\n    x=1\ny=2\n".repeat(250),
        "async def f():0\nelse\nx=1\n".repeat(300),
        format!("\u{feff}def f():0\nx=1\n{}", "\u{c}def g():0\n".repeat(100)),
    ];
    for text in shapes {
        let (blocks, _) = super::scan(text.as_bytes(), super::words());
        let records = blocks.list.len() * std::mem::size_of::<super::blocks::Block>();
        let bits = (blocks.code_starts.len() + blocks.marked.len()) * std::mem::size_of::<u64>();
        assert!(records * 3 + bits <= super::scan_memory(&text), "{} records: {text:.60}", blocks.list.len());
    }
    // Module-level code alone is one record, whatever its length, and two bits a byte.
    assert!(super::scan_memory(&"x=1\n".repeat(100_000)) < 1000 + 400_000 / 4);
}

/// The definitions' lines counted many bytes at a time are those a search for each line break
/// finds: at every length around a chunk's, with the line break at a chunk's last byte.
#[test]
#[cfg(not(target_arch = "wasm32"))]
fn definition_lines_are_counted_as_each_line_break_is_followed() {
    let by_line = |bytes: &[u8]| {
        memchr::memchr_iter(b'\n', bytes)
            .filter(|&at| matches!(bytes.get(at + 1), Some(b'd' | b'c' | b'a' | b'@')))
            .count()
    };
    let text = "def f():\n@d\nclass C:\n  x\nasync def g(): pass\nb\n\nc\n".repeat(7);
    for start in 0..70 {
        for end in start..text.len() {
            let bytes = &text.as_bytes()[start..end];
            assert_eq!(super::memory::definition_lines(bytes), by_line(bytes), "{start}..{end}");
        }
    }
    assert_eq!(super::memory::definition_lines(&[b'\n'; 200]), 0);
    assert_eq!(super::memory::definition_lines(&b"\nd".repeat(100)), 100);
}

/// The words of code [`super::code_words::code_word_runs`] gives are those of its loop before it became an
/// iterator of its own: in code, in f-strings (every word), not in comments or other strings,
/// from every start.
#[test]
fn code_words_are_those_of_code_and_f_strings() {
    fn by_bytes(bytes: &[u8]) -> Vec<std::ops::Range<usize>> {
        let (mut at, mut plain_until, mut words) = (0, 0, Vec::new());
        loop {
            while at < bytes.len()
                && !super::is_word_byte(bytes[at])
                && (at < plain_until || !matches!(bytes[at], b'#' | b'"' | b'\''))
            {
                at += 1;
            }
            let Some(&byte) = bytes.get(at) else { return words };
            match byte {
                b'#' => at = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |end| at + end),
                b'"' | b'\'' => at = crate::syntax::string_literal_end(bytes, at),
                _ => {
                    let start = at;
                    at = super::word_end(bytes, at);
                    if at >= plain_until
                        && matches!(bytes.get(at), Some(b'"' | b'\''))
                        && super::lexer::is_string_prefix(&bytes[start..at])
                    {
                        if bytes[start..at].iter().any(|b| matches!(b, b'f' | b'F')) {
                            plain_until = crate::syntax::string_literal_end(bytes, at);
                        } else {
                            at = crate::syntax::string_literal_end(bytes, at);
                        }
                        continue;
                    }
                    words.push(start..at);
                }
            }
        }
    }
    let text = "def helper(a, b):  # uses other() here\n    x = f'{other(a)} and #{b}' + \"it's\"\n\
                \x20   y = rb'skip me' ; z=F\"{a!r:>{width}}\"#tail\n    return é_name(x, '''\nno\n''')\n"
        .as_bytes();
    for start in 0..text.len() {
        for end in (start..=text.len()).step_by(3) {
            let bytes = &text[start..end];
            assert_eq!(
                super::code_words::code_word_runs(bytes).collect::<Vec<_>>(),
                by_bytes(bytes),
                "{start}..{end}"
            );
        }
    }
}
