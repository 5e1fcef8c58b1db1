//! Bad input gets a result or a clear error, never a panic, a stack overflow or a hang:
//! pathological nesting, truncated and mutated real files, random text, huge and binary input.

#[path = "support/breaking.rs"]
mod breaking;

use pysunset::{check, CheckError, Options, MAX_SOURCE_BYTES};
use std::path::Path;
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift), so failures reproduce.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }
}

fn checks_quickly(source: &str, what: &str) -> usize {
    let start = Instant::now();
    let findings = check(source, &Options::default()).unwrap_or_else(|error| panic!("{what}: {error}"));
    // A guard against hangs (quadratic blow-ups, endless loops), not a benchmark: the tests run
    // unoptimised on a shared 2-core machine, where a 9 MB file takes tens of seconds.
    assert!(start.elapsed() < Duration::from_secs(180), "{what} took {:?}", start.elapsed());
    findings.len()
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 100_000;
    let cases = [
        ("brackets", format!("import imp\nx = {}1{}\n", "(".repeat(depth), ")".repeat(depth))),
        ("lists", format!("import imp\nx = {}{}\n", "[".repeat(depth), "]".repeat(depth))),
        ("attribute chain", format!("import imp\nx = a{}\n", ".b".repeat(depth))),
        ("calls", format!("import imp\nx = {}1{}\n", "f(".repeat(depth), ")".repeat(depth))),
        ("method chain", format!("import imp\nx = a{}\n", ".b()".repeat(depth))),
        ("unary", format!("import imp\nx = {}1\n", "-".repeat(depth))),
        ("binary", format!("import imp\nx = 1{}\n", " + 1".repeat(depth))),
        ("unclosed", format!("import imp\nx = {}\nimport asyncore\n", "(".repeat(depth))),
        ("lambda", format!("import imp\nx = {}1\n", "lambda: ".repeat(depth / 10))),
        ("subscripts", format!("import imp\nx = a{}\n", "[0]".repeat(depth))),
        // Parentheses around the literal argument of a call that a detection reads (a module
        // name, a mode, `None`, SQL text): each was unwrapped by recursion.
        (
            "a parenthesized module name",
            format!(
                "import imp, importlib\nimportlib.import_module({}'imp'{})\n",
                "(".repeat(depth),
                ")".repeat(depth)
            ),
        ),
        (
            "a parenthesized None",
            format!("import imp, shlex\nshlex.split({}None{})\n", "(".repeat(depth), ")".repeat(depth)),
        ),
        (
            "parenthesized SQL",
            format!(
                "import imp, sqlite3\nsqlite3.connect('').execute({}'SELECT :a'{}, (1,))\n",
                "(".repeat(depth),
                ")".repeat(depth)
            ),
        ),
    ];
    for (what, source) in cases {
        assert!(checks_quickly(&source, what) >= 1, "{what}: the import before the nesting is still found");
    }
    let mut blocks = String::from("import imp\n");
    for level in 0..2_000 {
        blocks.push_str(&" ".repeat(level));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&" ".repeat(2_000));
    blocks.push_str("self.assertEquals(1, 1)\n");
    assert_eq!(checks_quickly(&blocks, "nested blocks"), 2);
}

#[test]
fn names_read_in_the_condition_that_binds_them_do_not_overflow_the_stack() {
    // Found by the fuzzer (session 17, seed 43: a 117 KB mutant of ftplib.py aborted the CLI,
    // exit 134): a name with no binding before `if name is None:` whose branch binds it. The
    // guard of a use in the branch compares `name`; resolving it asks whether its binding sits in
    // a branch no target runs, which compares `name` again, each time as a new question.
    let cycle = "import imp\ndef f():\n    if context is None:\n        context = 1\n        imp.reload(m)\n";
    assert_eq!(checks_quickly(cycle, "a name read in its own branch's condition"), 2);
    // The same through a chain of names, each bound in a branch whose condition compares the
    // one before: every link was a question of its own, as deep as the chain.
    let links = 20_000;
    let mut chain = String::from("import imp\ndef f():\n");
    for link in 0..links {
        chain.push_str(&format!("    if c{link} > 1:\n        c{} = 1\n", link + 1));
    }
    chain.push_str(&format!("    if c{links} > 1:\n        imp.reload(m)\n"));
    assert_eq!(checks_quickly(&chain, "a chain of names bound under comparisons"), 2);
}

#[test]
fn truncated_and_mutated_files_never_panic() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut sources: Vec<String> = std::fs::read_dir(&fixtures)
        .expect("fixtures")
        .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
        .collect();
    sources.sort();
    let alphabet: Vec<char> = "()[]{}:'\"\\\n\t #.,=\u{e9}\u{1d11e}\r\x0cuUrRbBfF".chars().collect();
    let mut random = Random(0x5eed_1234_abcd_ef01);
    let mut runs = 0;
    for source in &sources {
        let boundaries: Vec<usize> = (0..=source.len()).filter(|&i| source.is_char_boundary(i)).collect();
        for step in 0..40 {
            let cut = boundaries[boundaries.len() * step / 40];
            checks_quickly(&source[..cut], "a truncated fixture");
            runs += 1;
        }
        for _ in 0..60 {
            let mut mutated: Vec<char> = source.chars().collect();
            for _ in 0..1 + random.below(8) {
                let at = random.below(mutated.len());
                match random.below(3) {
                    0 => {
                        mutated.remove(at.min(mutated.len().saturating_sub(1)));
                    }
                    1 => mutated.insert(at, alphabet[random.below(alphabet.len())]),
                    _ => {
                        if let Some(slot) = mutated.get_mut(at) {
                            *slot = alphabet[random.below(alphabet.len())];
                        }
                    }
                }
            }
            let mutated: String = mutated.into_iter().collect();
            checks_quickly(&mutated, "a mutated fixture");
            runs += 1;
        }
    }
    assert!(runs > 1_000, "{runs}");
}

#[test]
fn random_text_is_checked_without_trouble() {
    let mut random = Random(42);
    let words = [
        "import ",
        "from ",
        "asyncore",
        "imp",
        " as ",
        "(",
        ")",
        ":",
        "\n",
        "    ",
        "self.",
        "assertEquals",
        "class ",
        "def ",
        "try",
        "except ImportError",
        "if ",
        "sys.version_info",
        "<",
        "(3, 12)",
        "'",
        "\"",
        "\\",
        ",",
        ".",
        "#",
        "\t",
        "find_module",
        "lambda",
        "[",
        "]",
        "=",
        "@",
        "*",
        "**",
    ];
    for _ in 0..50 {
        let mut text = String::new();
        for _ in 0..2_000 {
            text.push_str(words[random.below(words.len())]);
        }
        checks_quickly(&text, "random text");
    }
}

#[test]
fn huge_and_binary_inputs_are_clear_errors() {
    let huge = "x = 1\n".repeat(MAX_SOURCE_BYTES / 6 + 1);
    assert!(matches!(check(&huge, &Options::default()), Err(CheckError::TooLarge { .. })));
    let message = check(&huge, &Options::default()).unwrap_err().to_string();
    assert!(message.contains("too large") && message.contains("MiB"), "{message}");
    assert_eq!(check("import imp\0", &Options::default()), Err(CheckError::Binary));
    let big =
        format!("import asyncore\n{}", "value = compute(1, 2, 'text') + other.attribute\n".repeat(200_000));
    assert_eq!(checks_quickly(&big, "a 9 MB file"), 1);
}

#[test]
fn long_chains_of_statements_stay_linear() {
    // The prefilter follows names bound from a Path to the `with` that may enter one, and
    // matches calls to the statement they are in: 20,000 of each must not cost their square.
    let count = 20_000;
    let mut source =
        format!("import shlex\nfrom pathlib import Path\nshlex.split(None)\nwith p{count}: pass\n");
    for index in (1..=count).rev() {
        source.push_str(&format!("p{index} = p{}\n", index - 1));
    }
    source.push_str("p0 = Path('x')\n");
    for index in 0..count {
        source.push_str(&format!("def f{index}():\n    return shlex.split(line)\n"));
    }
    assert_eq!(checks_quickly(&source, "long chains of statements"), 1);
}

/// The CPU time of this thread in seconds where Linux says it (`/proc/thread-self/schedstat`,
/// in nanoseconds: other processes on a busy machine do not count), else the wall clock.
fn clock() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|stat| stat.split_whitespace().next()?.parse::<f64>().ok())
        .map_or_else(|| START.get_or_init(Instant::now).elapsed().as_secs_f64(), |ns| ns / 1e9)
}

/// The time `run` takes, in seconds of [`clock`].
fn time(run: &dyn Fn()) -> f64 {
    let start = clock();
    run();
    clock() - start
}

/// The fastest of three runs of `run`, in seconds.
fn fastest(run: &dyn Fn()) -> f64 {
    (0..3).map(|_| time(run)).fold(f64::INFINITY, f64::min)
}

/// Time must grow about linearly: the input made by `make(8 * n)` may take at most 12 times
/// (linear is 8, quadratic 64) what `make(n)` takes, with 50 ms of slack for timer noise on a
/// busy machine, and the large input must finish within `budget` seconds.
fn scales_linearly(what: &str, n: usize, budget: f64, make: impl Fn(usize) -> String, run: impl Fn(&str)) {
    let (small, large) = (make(n), make(8 * n));
    run(&small); // warm up (the parser, the catalogue's tables)
    let small_time = fastest(&|| run(&small));
    let mut large_time = time(&|| run(&large));
    if large_time > 12.0 * small_time + 0.05 && large_time < budget {
        // One slow run on a shared machine is not a verdict: measure again.
        large_time = large_time.min(fastest(&|| run(&large)));
    }
    eprintln!(
        "{what}: {} bytes in {small_time:.3} s, {} bytes in {large_time:.3} s",
        small.len(),
        large.len()
    );
    assert!(
        large_time < 12.0 * small_time + 0.05,
        "{what}: 8 times the input took {:.1} times as long ({small_time:.3} s -> {large_time:.3} s)",
        large_time / small_time
    );
    assert!(large_time < budget, "{what}: {large_time:.1} s");
}

fn check_it(source: &str) {
    check(source, &Options::default()).expect("checked");
}

fn show_it(source: &str) {
    use pysunset::report::{render, FileReport, Format, RenderOptions};
    let findings = check(source, &Options::default()).expect("checked");
    let report =
        FileReport { path: "a.py".into(), source: Some(source.into()), findings, ..FileReport::default() };
    let text = render(&[report], &RenderOptions::new(Format::Text));
    assert!(text.len() < 1_000 * source.len().max(1_000), "{} bytes of text", text.len());
}

fn fix_it_breaking(source: &str) {
    breaking::fix_breaking(source);
}

fn fix_it(source: &str) {
    pysunset::fix(source, &pysunset::FixOptions::default()).expect("fixed");
}

#[test]
fn fixable_uses_at_module_level_take_linear_time() {
    let make = |n: usize| {
        format!("import imp\n{}", (0..n).map(|i| format!("imp.reload(m{i})\n")).collect::<String>())
    };
    scales_linearly("fixable uses, checked", 500, 30.0, make, check_it);
    scales_linearly("fixable uses, fixed", 500, 60.0, make, fix_it);
    // Lines that end in a lone `\r` are lines too: what the fix engine reads around each edit is
    // its line, not everything back to the file's start.
    let lone = |n: usize| make(n).replace('\n', "\r");
    scales_linearly("fixable uses on lone-\\r lines, fixed", 500, 60.0, lone, fix_it);
}

#[test]
fn findings_a_selection_drops_cost_no_fix() {
    // Only SUN001 (removed modules) is asked for: the thousands of fixable attribute uses are
    // neither reported nor fixed, and must not cost a fix each.
    let make = |n: usize| format!("import imp\n{}", "imp.reload(m)\n".repeat(n));
    let options = pysunset::FixOptions::default();
    let select = [pysunset::Rule::RemovedModule];
    scales_linearly("fixes of a selection", 500, 30.0, make, |source| {
        pysunset::fix::fix_selected(source, &options, Some(&select), &[]).expect("fixed");
    });
}

#[test]
fn an_elif_chain_with_a_finding_per_branch_takes_linear_time() {
    let make = |n: usize| {
        let branches: String = (0..n).map(|i| format!("elif x == {i}:\n    imp.reload(m)\n")).collect();
        format!("import imp\nif a:\n    imp.reload(m)\n{branches}")
    };
    scales_linearly("an elif chain", 400, 30.0, make, check_it);
}

#[test]
fn findings_along_one_long_line_take_linear_time() {
    let make = |n: usize| format!("import imp\n{}\n", vec!["imp.reload(m)"; n].join("; "));
    scales_linearly("one long line", 400, 30.0, make, check_it);
    scales_linearly("one long line, fixed", 400, 60.0, make, fix_it);
    // Found by the fuzzer (seed 29, 466 KB: 59 s): one line of broken statements, each with a
    // finding whose guard walk went through every earlier statement's nodes.
    let broken = |n: usize| "self.assertEquals(a, b)rom .test_if".repeat(n);
    scales_linearly("one long line of broken statements", 500, 30.0, broken, check_it);
    scales_linearly("one long line of broken statements, fixed", 500, 60.0, broken, fix_it);
    // Found by the fuzzer (seed 60, 407 KB: 11 s): loose `from` keywords along one line, each
    // asking whether only blanks stood before it on its line.
    let loose = |n: usize| "from lib2to3.".repeat(n);
    scales_linearly("loose imports along one line", 1_000, 30.0, loose, check_it);
}

#[test]
fn module_attributes_read_in_many_statements_take_linear_time() {
    // Found by the test command's fuzz input (a fixture's lines repeated): each read asked
    // whether an earlier statement assigned the attribute, and listed the block's statements
    // anew to find its own (8,000 reads: 14 s).
    let reads = |n: usize| "y = m.__cached__\n".repeat(n);
    scales_linearly("module attributes read in many statements", 1_000, 30.0, reads, check_it);
}

#[test]
fn names_a_star_import_binds_take_linear_time() {
    // Each bare `clock()` after `from time import *` walked the module's statements to list
    // its star imports (10,000 uses: 25 s in the release build); the model lists them once.
    let make = |n: usize| format!("from time import *\n{}", "clock()\n".repeat(n));
    let found = check(&make(3), &Options::default()).expect("checked");
    assert_eq!(found.len(), 3, "{found:?}");
    scales_linearly("names a star import binds", 1_000, 30.0, make, check_it);
}

#[test]
fn parameters_followed_to_their_call_sites_take_linear_time() {
    // Found by the fuzzer (seed 74, a test_streams.py mutant of 941 copies of one method: 2 s
    // for 140 KB): every read of a parameter looked for the calls of its function anew, and
    // each look walks up the tree from the root (32,000 methods: 1.8 s, 0.3 s before the
    // inference). Each parameter is followed once, and a file's parameters up to a budget.
    let make = |n: usize| {
        let methods: String =
            (0..n).map(|i| format!("    def m{i}(self, a):\n        return a.getiterator()\n")).collect();
        format!("import xml.etree.ElementTree as ET\nclass C:\n{methods}")
    };
    scales_linearly("parameters followed to their call sites", 2_000, 30.0, make, check_it);
    let repeated = |n: usize| {
        let reads = "a.getiterator() or a.getiterator()\n";
        let methods: String =
            (0..n).map(|_| format!("    def m(self, a):\n        return {reads}")).collect();
        format!("import xml.etree.ElementTree as ET\nclass C:\n{methods}")
    };
    scales_linearly("reads of a parameter of many functions", 2_000, 30.0, repeated, check_it);
}

#[test]
fn deeply_nested_expressions_with_a_finding_at_every_level_take_linear_time() {
    // Each finding copied its ancestors for its fix, and its guards walked all of them: 8,000
    // nested calls took 2 GB and 16 s. (tests/memory.rs counts the memory.)
    let calls = |n: usize| format!("import imp\nx = {}m{}\n", "imp.reload(".repeat(n), ")".repeat(n));
    scales_linearly("nested calls", 250, 60.0, calls, check_it);
    scales_linearly("nested calls, fixed", 250, 60.0, calls, fix_it);
    // The text format showed the whole 88 KB line under each of 8,000 findings: 1.1 GB.
    scales_linearly("nested calls, shown as text", 250, 60.0, calls, show_it);
    let lists = |n: usize| format!("import imp\nx = {}0{}\n", "[imp.reload(m), ".repeat(n), "]".repeat(n));
    scales_linearly("nested lists", 250, 60.0, lists, check_it);
    // A removed method's name on an unknown receiver asks the narrowing; a module attribute
    // asks whether an earlier statement assigned it: both walk up from the use.
    let methods = |n: usize| {
        format!("import pathlib\ndef f(o):\n    return {}q{}\n", "o.link_to(".repeat(n), ")".repeat(n))
    };
    scales_linearly("nested calls of a method", 250, 60.0, methods, check_it);
    let attributes = |n: usize| format!("x = {}0{}\n", "f(m.__cached__, ".repeat(n), ")".repeat(n));
    scales_linearly("nested module attributes", 250, 60.0, attributes, check_it);
}

#[test]
fn long_imports_take_linear_time() {
    let dotted = |n: usize| {
        format!("import {}\nimport imp\n", (0..n).map(|i| format!("a{i}")).collect::<Vec<_>>().join("."))
    };
    scales_linearly("a dotted import", 2_000, 30.0, dotted, check_it);
    let aliases = |n: usize| (0..n).map(|k| format!("import imp as i{k}\n")).collect::<String>();
    scales_linearly("aliases of one module", 1_000, 30.0, aliases, check_it);
    scales_linearly("aliases of one module, fixed", 1_000, 60.0, aliases, fix_it);
    // Found by the fuzzer (seed 23): the statement never ends, so every `as` spelled the whole
    // import path again from its start.
    let one_statement = |n: usize| format!("import {}\n", "a.b.c as bindingfimport test.d.e ".repeat(n));
    scales_linearly("renames in one unended import", 500, 30.0, one_statement, check_it);
    let from_renames = |n: usize| {
        let module = (0..n).map(|i| format!("m{i}")).collect::<Vec<_>>().join(".");
        let names = (0..n).map(|i| format!("n{i} as k{i}")).collect::<Vec<_>>().join(", ");
        format!("from {module} import {names}\nimport imp\n")
    };
    scales_linearly("renames from a long module path", 1_000, 30.0, from_renames, check_it);
}

#[test]
fn chains_of_calls_on_one_receiver_take_linear_time() {
    // Found by the fuzzer (an unclosed call in the sqlite3 fixture made one chain of the rest):
    // a call looks at its receiver three times, so each link tripled the resolver's work.
    let make = |n: usize| {
        let chain = ".execute('SELECT :x', (1,))".repeat(n);
        format!("import sqlite3\nc = sqlite3.connect('a').cursor()\nc{chain}\n")
    };
    scales_linearly("a chain of calls", 100, 30.0, make, check_it);
    let assignments = |n: usize| {
        let links: String = (1..n).map(|i| format!("c{i} = c{}.cursor()\n", i - 1)).collect();
        format!("import sqlite3\nc0 = sqlite3.connect('a')\n{links}c{}.execute('SELECT :x', (1,))\n", n - 1)
    };
    scales_linearly("a chain of assignments", 100, 30.0, assignments, check_it);
}

#[test]
fn many_unknown_receivers_in_one_block_take_linear_time() {
    // Each attribute with a removed method's name on a receiver the model cannot resolve asks
    // the narrowing whether an earlier `isinstance` test (an early exit, an assertion) in its
    // block says what it is: that must not cost the block's length per use.
    let module = |n: usize| {
        format!(
            "import pathlib\no = g()\n{}",
            (0..n).map(|i| format!("o.p{i}.link_to(q)\n")).collect::<String>()
        )
    };
    scales_linearly("unknown receivers in the module's block", 1_000, 30.0, module, check_it);
    let function = |n: usize| {
        format!(
            "import pathlib\ndef f(p, q):\n{}",
            (0..n).map(|i| format!("    p{i}.link_to(q)\n")).collect::<String>()
        )
    };
    scales_linearly("unknown receivers in a function's block", 1_000, 30.0, function, check_it);
}

#[test]
fn many_decorators_on_one_definition_take_linear_time() {
    // Found by the fuzzer: each finding under a decorated definition looked at every
    // decorator for a skip condition, so 3,800 stacked decorators with a finding each took 5 s.
    let each = |n: usize| {
        format!(
            "import abc\nclass S(abc.ABC):\n{}    def area(self):\n        ...\n",
            "    @abc.abstractproperty\n".repeat(n)
        )
    };
    scales_linearly("decorators with a finding each", 250, 30.0, each, check_it);
    let body = |n: usize| {
        format!(
            "import abc\nclass S:\n{}    def area(self):\n{}",
            "    @staticmethod\n".repeat(n),
            "        abc.abstractproperty\n".repeat(n)
        )
    };
    scales_linearly("decorators and findings in the body", 250, 30.0, body, check_it);
    // Each finding asks the decorators and `with` items around it for a test's patch of its name.
    let patches = |n: usize| {
        format!(
            "import time\nfrom unittest import mock\n{}def test():\n{}",
            "@mock.patch('time.sleep')\n".repeat(n),
            "    time.clock()\n".repeat(n)
        )
    };
    scales_linearly("patch decorators and findings in the body", 250, 30.0, patches, check_it);
    let with = |n: usize| {
        format!(
            "import time\nfrom unittest import mock\nwith {}:\n{}",
            vec!["mock.patch('time.sleep')"; n].join(", "),
            "    time.clock()\n".repeat(n)
        )
    };
    scales_linearly("patches a `with` enters and findings in its body", 250, 30.0, with, check_it);
}

#[test]
fn lines_holding_only_a_backslash_take_linear_time() {
    // Found by the fuzzer: tree-sitter's scanner looks over every following continuation line
    // from each one.
    let make = |n: usize| format!("import imp\n{}imp.reload(x)\n", "\\\n".repeat(n));
    scales_linearly("backslash lines", 2_000, 30.0, make, check_it);
    let comments = |n: usize| format!("import imp\n{}imp.reload(x)  # keep\n", "# a comment\n".repeat(n));
    scales_linearly("comment lines", 2_000, 30.0, comments, check_it);
    let blank = |n: usize| format!("import imp\nx = (1 +\n{}2)\n", "\\\n  \n".repeat(n));
    scales_linearly("backslash and blank lines", 2_000, 30.0, blank, check_it);
}

#[test]
fn notebooks_with_many_cells_take_linear_time() {
    let make = |n: usize| {
        let cell = r#"{"cell_type": "code", "metadata": {}, "execution_count": null, "outputs": [], "source": ["import imp\n", "imp.reload(m)\n"]}"#;
        let cells = vec![cell; n].join(", ");
        format!(r#"{{"nbformat": 4, "nbformat_minor": 5, "metadata": {{}}, "cells": [{cells}]}}"#)
    };
    scales_linearly("notebook cells", 100, 30.0, make, |text| {
        pysunset::check_file("nb.ipynb", text, &Options::default()).expect("checked");
    });
    // Found by the fuzzer: one cell whose source is one JSON string (not a list of lines),
    // with a finding on every line; each finding's place in the file was walked from the
    // string's start.
    let one_string = |n: usize| {
        let source = format!("import imp\\n{}", "imp.reload(m)\\n".repeat(n));
        let cell = format!(
            r#"{{"cell_type": "code", "metadata": {{}}, "execution_count": null, "outputs": [], "source": "{source}"}}"#
        );
        format!(r#"{{"nbformat": 4, "nbformat_minor": 5, "metadata": {{}}, "cells": [{cell}]}}"#)
    };
    scales_linearly("one cell held as one string", 500, 30.0, one_string, |text| {
        assert!(pysunset::check_file("nb.ipynb", text, &Options::default()).expect("checked").len() > 500);
    });
    scales_linearly("notebook cells, fixed", 100, 60.0, make, |text| {
        let options = pysunset::FixOptions::default();
        pysunset::inputs::fix_file("nb.ipynb", text, &options, None, &[]).expect("fixed");
    });
}

#[test]
fn files_whose_tree_would_not_fit_are_refused_before_parsing() {
    // 24 MiB of `i=1` lines (each binds what the import binds: all parsed) is under the byte
    // limit, but its tree would take about 6 GB (tree-sitter keeps ~250 bytes per token):
    // refused with a clear message, in no time.
    let dense = format!("import imp as i\n{}", "i=1\n".repeat(6 << 20));
    let start = Instant::now();
    let error = check(&dense, &Options::default()).unwrap_err();
    assert!(matches!(error, CheckError::TooManyTokens { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("tokens") && message.contains("limit on tree size"), "{message}");
    // Refused before parsing: seconds even in a debug build on a loaded 2-core machine (32 s
    // was seen there with other builds running), where parsing it took minutes and gigabytes.
    assert!(start.elapsed() < Duration::from_secs(90), "{:?}", start.elapsed());
    // The same bytes of plain prose in a docstring-free, comment-only file are cheap to parse.
    let comments = format!("import imp\n{}", "# a comment line of forty characters....\n".repeat(400_000));
    assert_eq!(checks_quickly(&comments, "16 MB of comments"), 1);
}

#[test]
fn receiver_attributes_assigned_many_times_take_linear_time() {
    // Found by the fuzzer (seed 31, asynchat.py mutant 12146: one line repeated 1,956 times,
    // 170 KB, 10.8 s): each read of `self.buf` in a method collected and followed every
    // assignment of the method, statement by statement (4,000 lines: 103 s).
    let top = |n: usize| {
        format!(
            "import asyncore\nclass C(asyncore.dispatcher):\n    def f(self, i):\n        self.buf = b''\n{}",
            "        self.buf = self.buf[i:]\n".repeat(n)
        )
    };
    scales_linearly("receiver attributes assigned at the top", 1_000, 30.0, top, check_it);
    let nested = |n: usize| {
        format!(
            "import asyncore\nclass C(asyncore.dispatcher):\n    def f(self, i):\n        while self.buf:\n{}",
            "            self.buf = self.buf[i:]\n".repeat(n)
        )
    };
    scales_linearly("receiver attributes assigned in a loop", 1_000, 30.0, nested, check_it);
    // Seed 31, receivers_in_set_up.py mutant 79347 (303 KB, 7.1 s in all stages): set in
    // `setUp`, read 3,405 times in a test, each read walked the test's statements before it.
    let read = |n: usize| {
        format!(
            "import configparser, unittest
class T(unittest.TestCase):
    def setUp(self):
                     self.parser = configparser.RawConfigParser()
    def test(self, handle):
{}",
            "        self.parser.readfp(handle)
"
            .repeat(n)
        )
    };
    scales_linearly("receiver attributes read many times", 1_000, 30.0, read, check_it);
}

#[test]
fn flags_set_many_times_in_one_try_take_linear_time() {
    // Found by the fuzzer (session 16, seed 37: guards_one_step_lookalikes.py mutant 65359, one
    // line repeated 3,256 times, 9.8 s): reading a flag listed the imports of its `try` once per
    // binding, and each listing walked the whole `try` body (4,000 bindings: 4.2 s).
    let flags = |n: usize| {
        format!(
            "try:\n    import crypt\n{}except ImportError:\n    READY = False\n\n\
             def f():\n    if READY:\n        from crypt import crypt as hashed\n        return hashed\n",
            "    READY = True\n".repeat(n)
        )
    };
    scales_linearly("a flag set many times in one try", 1_000, 30.0, flags, check_it);
}

#[test]
fn uses_after_a_removed_module_s_import_in_one_try_take_linear_time() {
    // Found by the fuzzer (session 25, seed 66: guards_removed_module_imported_first_in_try.py
    // mutant 84904, one use repeated 4,428 times, 17.9 s): each use listed the `try` body's
    // statements before it for an import of its module (4,000 uses: 1.9 s in the release build).
    let uses = |n: usize| {
        format!(
            "try:\n    import imp\n{}except ImportError:\n    pass\n",
            "    imp.find_module('numpy')\n".repeat(n)
        )
    };
    scales_linearly("uses after a removed module's import in one try", 1_000, 30.0, uses, check_it);
}

#[test]
fn imports_in_the_handler_of_a_long_try_take_linear_time() {
    // The twin of the case above, in the handlers: each import there listed what the whole
    // `try` body imports (the model's fallback test), and each use asked the body again whether
    // its handlers are a fallback (4,000 statements and imports: 5.4 s in the release build).
    let handler = |n: usize| {
        format!("try:\n{}except ImportError:\n{}", "    x = 1\n".repeat(n), "    import imp\n".repeat(n))
    };
    scales_linearly("imports in the handler of a long try", 1_000, 30.0, handler, check_it);
}

#[test]
fn error_recovery_that_grows_quadratically_is_cut_by_the_parse_budget() {
    // Found by the fuzzer (seed 41, zzdummy.py mutant 45576): after an unclosed `{`,
    // tree-sitter's error recovery over conditional expressions does work that grows with the
    // square of the lines (4,000 lines, 72 KB: 7.9 s in a release build; 0.44 s for 1,000).
    // The parse has a budget of parser operations for the file's size, the same in the native
    // and the WebAssembly builds: past it the file ends with a clear error, in linear time.
    let make = |n: usize| format!("import imp\n{{a, b = 1\n{}", "x = 0 if a else b\n".repeat(n));
    let outcome = |source: &str| check(source, &Options::default()).err();
    scales_linearly("quadratic error recovery", 1_000, 60.0, make, |source| {
        outcome(source);
    });
    // A file this small is parsed whole (and checked), a large one given up on with the message.
    assert_eq!(outcome(&make(500)), None);
    let error = outcome(&make(20_000)).expect("given up on");
    assert!(matches!(error, CheckError::ParseTooLong { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("error recovery") && message.contains("given up"), "{message}");
    // Real code of the same size is far under the budget: CPython's modules take at most 7
    // parser operations a token, the budget gives 25.
    // (Each line binds what the import binds: all parsed.)
    let plain = |n: usize| format!("import imp as i\n{}", "i = 0 if a else b\n".repeat(n));
    assert_eq!(outcome(&plain(160_000)), None);
}

#[test]
fn error_recovery_next_to_comments_takes_linear_time() {
    // Found by the fuzzer (a mutant of tests/fixtures/local_returns.py): a collection left open
    // after an element, then lines that do not parse, each followed by an extra (a comment, a
    // `\` line continuation). tree-sitter 0.27.1 wraps each line in an ERROR that does not count
    // as a tree of the stack, and the extra between two such ERRORs kept them from merging: the
    // run of extras grew by a line each time, and every later error walked all of it (its
    // summary, its reductions, its recoveries). 4,800 lines (590 KB) took 3.6 s in the release
    // build, 9,600 lines 14.7 s, and each step stayed within the parse's operation budget.
    // vendor/tree-sitter/VENDOR.md says how the vendored copy bounds the run.
    let shapes: [(&str, &str, &str); 5] = [
        ("a list", "    x = ['a',\n", "        self.create_policy:().set_child_watcher(None)  # c\n"),
        ("a list and a string", "    x = ['a',\n        'b\n", "        imp.reload:(x)  # c\n"),
        (
            "a dict, three comments a line",
            "    x = {'a': 1,\n",
            "        imp.reload:(x)  # c\n        # d\n        # e\n",
        ),
        ("a tuple, line continuations", "    x = ('a',\n", "        imp.reload:(x) \\\n"),
        ("a call", "    f(a,\n", "        imp.reload(x))  # c\n"),
    ];
    for (what, open, line) in shapes {
        let make = |n: usize| format!("import imp\nimport asyncio\ndef f():\n{open}{}", line.repeat(n));
        scales_linearly(&format!("error recovery next to comments: {what}"), 500, 30.0, make, check_it);
    }
}

#[test]
fn version_flags_built_as_chains_cost_what_a_plain_flag_costs() {
    // `x1 = x0 and x0`, `x2 = x1 and x1`, ...: each name's value reads the one before twice, so
    // following every path to `x0` takes 2^k evaluations, and it was done again for every use
    // the flag guards (20 names, 800 uses, 13 KB: 4.6 s in a release build).
    let make = |uses: usize, chained: bool| {
        let mut source = String::from("import imp\nx0 = PY3\n");
        for k in 1..=20 {
            source.push_str(&if chained {
                format!("x{k} = x{} and x{}\n", k - 1, k - 1)
            } else {
                format!("x{k} = x0\n")
            });
        }
        source.push_str("if x20:\n");
        source.push_str(&"    imp.reload(m)\n".repeat(uses));
        source
    };
    let (chain, plain) = (make(400, true), make(400, false));
    let findings = |source: &str| check(source, &Options::default()).expect("checked");
    // The same answer (PY3 holds at every target, so every use runs there: 400 errors), on the
    // same lines (the offsets differ: the chain's lines are longer).
    let summary = |source: &str| {
        findings(source)
            .iter()
            .map(|finding| {
                (finding.symbol(), finding.severity, finding.range.start.line, finding.guard.clone())
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(summary(&chain), summary(&plain));
    assert_eq!(findings(&chain).len(), 401);
    let plain_time = fastest(&|| {
        findings(&plain);
    });
    let chain_time = fastest(&|| {
        findings(&chain);
    });
    eprintln!("a chained flag over 400 uses: {chain_time:.3} s; a plain flag: {plain_time:.3} s");
    assert!(
        chain_time < 12.0 * plain_time + 0.05,
        "a chained flag took {:.1} times as long as a plain one ({plain_time:.3} s -> {chain_time:.3} s)",
        chain_time / plain_time
    );
}

#[test]
fn fixes_beside_one_that_breaks_the_code_take_linear_time() {
    // `ParsingError(source=x, filename=y)`'s fix would repeat the keyword `source` (CPython
    // refuses it), so the round's combined edits add an error; each of the round's fixes was
    // then tried alone on the whole text: a parse per fix (1,000 fixes: 6.1 s, release CLI).
    let make = |n: usize| {
        format!(
            "import imp\nimport configparser\nconfigparser.ParsingError(source=x, filename=y)\n{}",
            (0..n).map(|i| format!("imp.reload(m{i})\n")).collect::<String>()
        )
    };
    let outcome = breaking::fix_breaking(&make(100));
    assert_eq!(outcome.output.matches("importlib.reload(").count(), 100);
    assert!(outcome.output.contains("ParsingError(source=x, filename=y)"), "{}", outcome.output);
    scales_linearly("fixes beside one that breaks the code", 250, 60.0, make, fix_it_breaking);
}

#[test]
fn many_fixes_that_each_break_the_code_take_linear_time() {
    // Every `ParsingError(source=x, filename=y)` has a fix that would repeat `source`, between
    // fixable uses of `imp`: halving the round's fixes found each breaking fix with parses of
    // the whole text, about two per fix (quadratic: 2,000 of them took minutes).
    let make = |n: usize| {
        let lines =
            (0..n).map(|i| format!("configparser.ParsingError(source=x, filename=y{i})\nimp.reload(m{i})\n"));
        format!("import imp\nimport configparser\n{}", lines.collect::<String>())
    };
    let outcome = breaking::fix_breaking(&make(50));
    assert_eq!(outcome.output.matches("importlib.reload(").count(), 50, "{}", outcome.output);
    assert_eq!(outcome.output.matches("source=x, filename=y").count(), 50, "{}", outcome.output);
    // Inside a function, a class and brackets too (the statements around each fix differ).
    let nested = "import configparser\nclass A:\n    def f(self):\n        if x:\n            e = [\n                configparser.ParsingError(source=x, filename=y),\n                configparser.ParsingError(filename=y),\n            ]\n";
    let output = breaking::fix_breaking(nested).output;
    assert_eq!(output, nested.replace("(filename=y),", "(source=y),"));
    scales_linearly("fixes that each break the code", 250, 60.0, make, fix_it_breaking);
}

#[test]
fn many_fixes_that_each_break_the_code_in_one_long_statement_take_linear_time() {
    // The fixes of the test above in one statement (a tuple of 4,000 calls on one line, 140 KB,
    // with the breaking ones): each fix was judged by parsing the whole statement until the
    // budget ran out, then by halving on the whole text; each rejected fix was remembered with
    // a copy of its whole line; and finding the statement around each edit asked the tree for
    // parents, which looks at every element of the tuple before it (release CLI, `--diff`:
    // 250 -> 2,000 pairs took 4.5 -> 307 s).
    let make = |n: usize| {
        let calls =
            (0..n).map(|i| format!("configparser.ParsingError(source=x, filename=y{i}), imp.reload(m{i}), "));
        format!("import imp\nimport configparser\nx = ({})\n", calls.collect::<String>())
    };
    let outcome = breaking::fix_breaking(&make(50));
    assert_eq!(outcome.output.matches("importlib.reload(").count(), 50, "{}", outcome.output);
    assert_eq!(outcome.output.matches("source=x, filename=y").count(), 50, "{}", outcome.output);
    scales_linearly("fixes that each break the code in one long statement", 250, 60.0, make, fix_it_breaking);
}

#[test]
fn fixes_that_break_statements_many_fixes_edit_take_linear_time() {
    // Each statement holds forty fixable uses and one fix that breaks it. Each fix was judged
    // by parsing its statement alone, forty parses of each statement: the budget for those
    // parses (eight times the text) ran out early, and the breaking fixes left were found by
    // halving on the whole text (release CLI, `--diff`: 21 KB took 4.3 s, 84 KB 67 s).
    let make = |n: usize| {
        let statements = (0..n).map(|i| {
            let uses: Vec<String> = (0..40).map(|j| format!("imp.reload(m{i}_{j})")).collect();
            format!("x = (configparser.ParsingError(source=x, filename=y{i}), {})\n", uses.join(", "))
        });
        format!("import imp\nimport configparser\n{}", statements.collect::<String>())
    };
    let outcome = breaking::fix_breaking(&make(3));
    assert_eq!(outcome.output.matches("importlib.reload(").count(), 120, "{}", outcome.output);
    assert_eq!(outcome.output.matches("source=x, filename=y").count(), 3, "{}", outcome.output);
    scales_linearly("fixes that break statements many fixes edit", 10, 60.0, make, fix_it_breaking);
}

#[test]
fn functions_with_findings_named_after_many_statements_take_linear_time() {
    // Each function holds a finding and is named only after all of them: whether a later
    // statement replaced it before anything read it looked at every later statement, per
    // function (release CLI: 2,000 functions 2.1 s, 16,000 186 s); named only in one `if
    // six.PY2:` block, that block was walked again per function (2,000: 2.3 s). The later
    // statements that may read or replace a function are now found from where its name is
    // spelled, and the names a statement reads are worked out once per statement.
    let at_the_end = |n: usize| {
        let definitions = (0..n).map(|i| format!("def f{i}(x):\n    return imp.reload(x)\n\n"));
        let calls = (0..n).map(|i| format!("f{i}(1)\n"));
        format!("import imp\n{}{}", definitions.collect::<String>(), calls.collect::<String>())
    };
    let in_a_dead_branch = |n: usize| {
        let definitions = (0..n).map(|i| format!("def f{i}(x):\n    return imp.reload(x)\n\n"));
        let calls = (0..n).map(|i| format!("    f{i}(1)\n"));
        format!(
            "import imp\nimport six\n{}if six.PY2:\n{}",
            definitions.collect::<String>(),
            calls.collect::<String>()
        )
    };
    let findings = check(&in_a_dead_branch(3), &Options::default()).expect("checked");
    let info = findings.iter().filter(|finding| finding.severity == pysunset::Severity::Info).count();
    assert_eq!((findings.len(), info), (4, 3), "{findings:?}");
    scales_linearly("functions named after many statements", 250, 30.0, at_the_end, check_it);
    scales_linearly("functions named in one dead branch", 250, 30.0, in_a_dead_branch, check_it);
}

#[test]
fn a_name_imported_many_times_in_one_try_takes_linear_time() {
    // Fuzz seed 47 (session 20): a 248 KB mutant of guards_that_fall_through.py with one
    // import line repeated 3,484 times in a `try` took 21 s. Each import of the body is a
    // statement that may fail, and for each the handler's fall-through analysis looked for
    // later reads anew: the whole file modelled again per statement.
    let make = |n: usize| {
        format!(
            "try:\n{}except ImportError:\n    pass\n\ndef own_parameter(match_hostname=None):\n    return lambda: match_hostname\n",
            "    from ssl import match_hostname\n".repeat(n)
        )
    };
    let findings = check(&make(3), &Options::default()).expect("checked");
    assert_eq!(findings.len(), 3, "{findings:?}");
    scales_linearly("a name imported many times in one try", 250, 30.0, make, check_it);
}

#[test]
fn findings_in_a_function_that_many_statements_follow_take_linear_time() {
    // Fuzz seed 59 (session 21): a 193 KB mutant of narrowing.py (one `if` line repeated 1,598
    // times in a function, left broken by a lone `\r`) took 24 s. For each finding in a
    // function the guards asked whether a later statement replaces the function before anything
    // reads it, walking every statement after it: once per finding, not once per function.
    let make = |n: usize| {
        format!("import ast\ndef f(node):\n{}{}", "    y = ast.Str\n".repeat(n), "z = 1\n".repeat(n))
    };
    let findings = check(&make(3), &Options::default()).expect("checked");
    assert_eq!(findings.len(), 3, "{findings:?}");
    scales_linearly("findings in a function that many statements follow", 500, 30.0, make, check_it);
    // Fuzz seed 59 again: 2,881 definitions of one name, each with a finding in its
    // annotations (505 KB); each listed the module's statements anew (8,000: 15 s in release).
    // What is left grows a little faster than the input (each definition looks at the name's
    // bindings: 16,000 0.37 s, 64,000 2.4 s in release), so this bounds the time only.
    let redefined = format!("import ast\n{}", "def f(x: ast.Num): pass\n".repeat(8_000));
    let start = Instant::now();
    check_it(&redefined);
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "8,000 definitions of one name: {:?}",
        start.elapsed()
    );
}

#[test]
fn calls_and_definitions_of_many_names_take_linear_time_to_fix() {
    // Found by the audit of issue 16 (session 34): every fix output is checked for CPython's
    // rules (a repeated keyword or parameter), and each keyword of a call was looked for among
    // the call's earlier keywords (release CLI, `--diff`: 40,000 keywords 5.6 s, 80,000 26 s).
    let keywords = |n: usize| {
        let arguments: String = (0..n).map(|i| format!("k{i}=1, ")).collect();
        format!("import imp\nimp.reload(m)\nf({arguments})\n")
    };
    scales_linearly("a call of many keywords, fixed", 2_000, 60.0, keywords, fix_it);
    let parameters = |n: usize| {
        let names: String = (0..n).map(|i| format!("p{i}, ")).collect();
        format!("import imp\nimp.reload(m)\ndef f({names}): pass\n")
    };
    scales_linearly("a definition of many parameters, fixed", 2_000, 60.0, parameters, fix_it);
    // Still a verdict: the rename that would repeat `source` after 3,000 other keywords is
    // refused, the other fix applied.
    let arguments: String = (0..3_000).map(|i| format!("k{i}=1, ")).collect();
    let call = format!("configparser.ParsingError({arguments}source=x, filename=y)");
    let outcome =
        breaking::fix_breaking(&format!("import imp\nimport configparser\nimp.reload(m)\n{call}\n"));
    assert!(outcome.output.contains(&call), "the repeated keyword was written");
    assert!(outcome.output.contains("importlib.reload(m)"), "the other fix was applied");
}
