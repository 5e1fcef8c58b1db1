//! The tokenizer's decisions, recorded: for every fixture and a set of broken and odd inputs, a
//! digest of everything [`super::scan`] returns (each word's flags, the pairs, the calls and
//! their arguments, the top-level statements with their mentions, names, headers and class
//! members, the statements of module-level code and which are marked) and of the plan at two
//! targets. A change to how the tokenizer scans must leave
//! every digest as it is; a change to what it decides updates `scans.txt` with
//! `UPDATE_SCANS=1 cargo test --lib prefilter::scans` (and says why in its commit).

use super::{plan, scan, words};
use crate::lines::TextRange;
use crate::version::PythonVersion;
use std::fmt::Write;

/// Everything the scan of `text` gives, and its plans at 3.12 and 3.14, as text.
fn dump(text: &str) -> String {
    let (blocks, evidence) = scan(text.as_bytes(), words());
    let mut out = String::new();
    for (id, seen) in evidence.seen.iter().enumerate().filter(|(_, seen)| seen.any()) {
        writeln!(out, "seen {id} {seen:?}").unwrap();
    }
    let mut pairs: Vec<_> = evidence.pairs.iter().collect();
    pairs.sort_unstable();
    let mut from_imports: Vec<_> = evidence.from_imports.iter().collect();
    from_imports.sort_unstable();
    writeln!(out, "pairs {pairs:?}\nfrom {from_imports:?}").unwrap();
    for call in &evidence.calls {
        writeln!(out, "call {call:?}").unwrap();
    }
    for block in &blocks.list {
        // Header words as the text ranges they are, whatever width the records keep them in.
        let header: Vec<TextRange> = blocks.headers[block.header.range()]
            .iter()
            .map(|word| TextRange::new(word.start as usize, word.end as usize))
            .collect();
        let block = shown::Block::of(&blocks, block);
        writeln!(out, "block {block:?} header {header:?}").unwrap();
    }
    // The statements of module-level code, and those marked as ones that may hold a use.
    let statements: Vec<(usize, bool)> = (0..text.len())
        .filter(|&at| blocks.code_starts[at / 64] & (1 << (at % 64)) != 0)
        .map(|at| (at, blocks.is_marked(at)))
        .collect();
    writeln!(out, "code {statements:?}").unwrap();
    for minor in [12, 14] {
        writeln!(out, "plan 3.{minor} {:?}", plan(text, PythonVersion::new(minor))).unwrap();
    }
    out
}

/// A 64-bit FNV-1a hash of `text`, in hexadecimal.
fn digest(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// Inputs that stress the tokenizer: unterminated strings, f-strings with nested quotes, line
/// continuations, line ends of every kind, blanks of every kind, non-ASCII, a byte order mark,
/// NUL, each beside uses of the catalogue so that their decisions show.
const EDGES: &[(&str, &str)] = &[
    ("unterminated single", "x = 'abc\nimport imp\nclass C:\n    def find_module(self): pass\n"),
    ("unterminated double at end", "import imp\nx = \"abc"),
    ("unterminated triple", "import imp\nx = '''abc\nimport asyncore\n"),
    ("unterminated triple double", "def f():\n    \"\"\"doc\n    imp.x\n"),
    ("lone quote", "'"),
    ("escape at end", "import imp\nx = 'a\\"),
    ("empty strings", "import imp\nx = '' + \"\" + '''''' + \"\"\"\"\"\"; imp.reload(x)\n"),
    ("escaped quotes", "import imp\nx = 'a\\'imp\\'' + \"b\\\"asyncore\"\nimp.load_source('m', p)\n"),
    ("f-string nested quotes", "import imp\nx = f'{d[\"a\"]}' + f\"{'b' if imp.x else \"c\"}\"\n"),
    ("f-string format spec", "import imp\ny = rf'''{a!r:>{w}}''' + F'{{imp}}' + fr\"{imp.reload(m)}\"\n"),
    ("f-string unterminated", "import imp\nx = f'{imp.reload(\ndef f(): imp.x\n"),
    ("string prefixes", "import imp\na = b'imp' + Rb'x' + BR\"y\" + u'z' + U'w' + rB'\\'' + ur'no'\n"),
    ("prefix-like words", "import imp\nrb = f = u = 1\nf(rb, u)\nbr'x'\n"),
    ("placeholders", "import sqlite3\nc.execute(':a and @b and $c', (1,))\nc.execute(\":memory:\", [])\n"),
    ("continuation", "from distutils \\\n  . core import setup\nx = 1 + \\\n  2\nimport imp\n"),
    ("continuation crlf", "import \\\r\n  imp\r\nx = 1 + \\\r\n 2\r\ndef f(): imp.x\r\ndef g(): pass\r\n"),
    ("continuation cr", "import \\\r  imp\rx = 1\rdef f(): imp.x\rdef g(): pass\r"),
    ("stray backslash", "\\\nimport imp \\ x\ndef f(): \\\n  imp.x\ndef g(): pass\n\\"),
    ("crlf", "import imp\r\nclass C:\r\n    def find_module(self): pass\r\n    def g(self): pass\r\n"),
    ("lone cr", "import imp\rclass C:\r    def find_module(self): pass\r"),
    ("mixed line ends", "import imp\r\nx = 1\ry = 2\nclass C:\r\n  def f(self):\r    imp.x\n"),
    ("tabs", "import imp\nclass C:\n\tdef f(self):\n\t\timp.reload(x)\n\tdef g(self):\n\t\tpass\n"),
    ("form feeds", "import imp\n\x0cdef g(): imp.x\n\x0c\nclass C:\n\x0c    def f(self): pass\n"),
    ("mixed indentation", "import imp\nclass C:\n    def f(self): pass\n\tdef g(self): imp.x\n  x = 1\n"),
    ("non-ASCII identifiers", "import imp\nÉ = imp\nclass Ä:\n    def ü(self): asyncore.loop()\nπ.imp = 1\n"),
    ("non-ASCII strings", "import imp\ns = u\"é imp ü\"; import asyncore\n# ç imp\n"),
    ("byte order mark", "\u{feff}import imp\ndef f(): pass\nclass C:\n    def find_module(self): pass\n"),
    ("byte order mark then def", "\u{feff}def f(): imp.x\nimport imp\n"),
    ("NUL", "import\0imp\nx = '\0imp'\n\0def f(): pass\n"),
    ("comments", "import imp # import asyncore\n#\n# def f(): imp.x\ndef g(): pass # imp.x\n"),
    ("comment at end", "import imp\ndef f(): imp.x\ndef g(): pass # imp"),
    ("decorators", "import imp\n@d\n@e(imp)\ndef f(): pass\n@\nclass C: pass\n"),
    ("async and else", "import imp\nasync def f():\n    await imp.x\nif x:\n    pass\nelse:\n    pass\n"),
    ("brackets across lines", "import imp\nx = (\nimp.reload(m),\n[\ndef\n]\n)\ndef f(): pass\n"),
    ("unbalanced brackets", "import imp\nx = ((\ndef f(): imp.x\n]]]\ny = 1\n"),
    ("numbers", "import random\nrandom.randrange(.5, 1e3, 0x1E, 1_000.0j, 0777L)\nx = 1.\n"),
    ("keywords and calls", "from pathlib import Path as P\nP(\n  'a',\n  strict=True,\n  *a, **k)\nP == x\n"),
    ("handed on", "from pathlib import Path\nclass S(Path, x=1): pass\nq = Path\nf(Path)\n"),
    ("imports", "import a.b as c, d . e, f\nfrom . import imp\nfrom .. x import y\nfrom six.moves import configparser as cp\ncp.x\n"),
    ("aliases", "import typing as t\nimport collections\nm = collections.abc\nn = m\nt.re\nn.Callable\nx = ~True\n"),
    ("tilde", "x = ~ (not y)\nz = ~(~True)\n"),
    ("with", "from pathlib import Path\np = Path('x')\nwith p: pass\n"),
    ("semicolons and colons", "import imp; x = 1; def f(): pass\nclass C: x = imp.x; y: int = 2\n"),
    ("operators", "import imp\nx <= y; x += 1; x := 2; x == imp; a != b; x @= 1; f(a=1, b==2)\n"),
    ("empty", ""),
    ("blank lines only", "\n\n  \n\t\n\r\n\x0c\n"),
    ("only a word", "imp"),
];

/// The digest of each input: the edge cases by name, the fixtures by file name.
fn digests() -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> =
        EDGES.iter().map(|(name, text)| (format!("edge: {name}"), digest(&dump(text)))).collect();
    let long = [
        ("import path too long", format!("import imp\nfrom {} import x as y\ny.z\n", "a.".repeat(300) + "b")),
        (
            "deep brackets",
            format!("import imp\nx = {}imp.reload(m){}\ndef f(): pass\n", "(".repeat(500), ")".repeat(500)),
        ),
        (
            "many statements",
            "import imp\ndef f():\n    imp.x\nclass C:\n    def g(self): pass\nx = 1\n".repeat(50),
        ),
    ];
    all.extend(long.iter().map(|(name, text)| (format!("edge: {name}"), digest(&dump(text)))));
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(fixtures).unwrap().map(|entry| entry.unwrap().path()).collect();
    paths.sort();
    for path in paths.iter().filter(|path| path.extension().is_some_and(|ext| ext == "py")) {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy();
        all.push((format!("fixture: {name}"), digest(&dump(&text))));
    }
    all
}

/// The scan of every fixture and edge case gives what `scans.txt` records.
#[test]
fn the_tokenizer_decides_as_recorded() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crate/prefilter/scans.txt");
    let actual: String =
        digests().into_iter().map(|(name, digest)| format!("{digest} {name}\n")).collect::<String>();
    if std::env::var_os("UPDATE_SCANS").is_some() {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let recorded = std::fs::read_to_string(&path).unwrap();
    // By line, so that a fixture added or removed is named alone (not every one after it).
    let recorded_lines: std::collections::HashSet<&str> = recorded.lines().collect();
    let actual_lines: std::collections::HashSet<&str> = actual.lines().collect();
    let differ: Vec<&str> = actual.lines().filter(|line| !recorded_lines.contains(line)).collect();
    let gone: Vec<&str> = recorded.lines().filter(|line| !actual_lines.contains(line)).collect();
    assert!(
        differ.is_empty() && gone.is_empty(),
        "the scan differs from scans.txt for {differ:#?} (recorded, not found now: {gone:#?})"
    );
    assert!(actual.lines().count() > 100);
}

/// The digests of every `.py` file under `$PYSUNSET_SCAN_DIGESTS` (relative path and digest a
/// line, sorted), printed: to compare two builds' decisions on a large tree (CPython's Lib).
/// `PYSUNSET_SCAN_DIGESTS=DIR cargo test --release --lib scans_of_a_directory -- --ignored --nocapture`
#[test]
#[ignore]
fn scans_of_a_directory() {
    let root = std::path::PathBuf::from(std::env::var_os("PYSUNSET_SCAN_DIGESTS").expect("a directory"));
    let mut lines: Vec<String> = crate::test_support::python_files(&root)
        .into_iter()
        .map(|(path, text)| {
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            format!("{name} {}", digest(&dump(&text)))
        })
        .collect();
    lines.sort();
    println!("SCANS {}\n{}", lines.len(), lines.join("\n"));
}

/// A top-level statement's record as its `{:?}` showed when it (and each member of a class)
/// held its mentions in a vector of its own: the digests stay those of that form.
mod shown {
    use super::super::blocks::{self, BlockKind, Blocks, Span};
    use super::super::evidence::Mention;
    use crate::lines::TextRange;

    #[allow(dead_code)] // read by the derived `Debug` only
    #[derive(Debug)]
    pub(super) struct Block {
        start: u32,
        kind: BlockKind,
        in_header: bool,
        words: Vec<Mention>,
        header: Span,
        name: Option<TextRange>,
        class: Option<Box<ClassBody>>,
    }

    #[allow(dead_code)]
    #[derive(Debug)]
    struct ClassBody {
        indent: Option<TextRange>,
        members: Vec<Member>,
        broken: bool,
    }

    #[allow(dead_code)]
    #[derive(Debug)]
    struct Member {
        start: usize,
        kind: BlockKind,
        words: Vec<Mention>,
        name: Option<TextRange>,
    }

    impl Block {
        /// `block` of `blocks`, its mentions and its members' copied out.
        pub(super) fn of(blocks: &Blocks<'_>, block: &blocks::Block) -> Self {
            let words = |span: Span| blocks.mentions[span.range()].to_vec();
            let class = block.class.as_ref().map(|body| {
                let members = body
                    .members
                    .iter()
                    .map(|member| Member {
                        start: member.start,
                        kind: member.kind,
                        words: words(member.words),
                        name: member.name,
                    })
                    .collect();
                Box::new(ClassBody { indent: body.indent, members, broken: body.broken })
            });
            Block {
                start: block.start,
                kind: block.kind,
                in_header: block.in_header,
                words: words(block.words),
                header: block.header,
                name: block.name,
                class,
            }
        }
    }
}
