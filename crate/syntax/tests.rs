//! The syntax layer's tests: parsing, the preorder, the native language against the grammar's.

use super::*;

/// The line-by-line reading [`has_long_comment_run`] must agree with.
fn has_long_comment_run_by_lines(text: &[u8]) -> bool {
    let mut run = 0;
    for (_, _, content) in lines_of(text) {
        run = if content.starts_with(b"#") { run + 1 } else { 0 };
        if run > COMMENT_LINES_KEPT + 1 {
            return true;
        }
    }
    false
}

#[test]
fn comment_runs_are_found_as_line_by_line() {
    let kept = COMMENT_LINES_KEPT + 1;
    let lines = |count: usize, line: &str| line.repeat(count);
    let cases = [
        lines(kept, "# a\n"),
        lines(kept + 1, "# a\n"),
        lines(kept + 1, "  # a # b ## c\n"),
        format!("x = 1\n{}", lines(kept + 1, "\t\x0c# a")),
        format!("{}\n{}", lines(kept, "# a\n"), lines(kept, "# b\n")),
        format!("{}x = 1  # not alone\n{}", lines(kept, "# a\n"), lines(2, "# b\n")),
        format!("{}{}", lines(kept, "# a\r\n"), "# b\r\n# c"),
        format!("{}{}", lines(kept, "#\n"), "\r# not a comment line\n#\n"),
        format!("{}{}", lines(kept, "########\n"), "#"),
        format!("s = '#'\n{}", lines(kept + 1, "    #\n")),
        String::from("#"),
        String::new(),
    ];
    for case in cases {
        assert_eq!(
            has_long_comment_run(case.as_bytes()),
            has_long_comment_run_by_lines(case.as_bytes()),
            "{case:?}"
        );
    }
    assert!(has_long_comment_run(lines(kept + 1, "# a\n").as_bytes()));
    assert!(!has_long_comment_run(lines(kept, "# a\n").as_bytes()));
}

struct Counter {
    entered: usize,
    left: usize,
    deepest: usize,
}

impl<'t> Visitor<'t> for Counter {
    fn enter(&mut self, _node: Node<'t>, _kind: KindId, ancestors: &[Node<'t>]) -> Descend {
        self.entered += 1;
        self.deepest = self.deepest.max(ancestors.len());
        Descend::Yes
    }
    fn leave(&mut self, _node: Node<'t>, _kind: KindId) {
        self.left += 1;
    }
}

#[test]
fn walks_every_named_node_once_and_balances_leave() {
    let tree = parse("import a.b as c\nx = [f(y) for y in z]\n").unwrap();
    let mut counter = Counter { entered: 0, left: 0, deepest: 0 };
    walk(tree.root_node(), &mut counter);
    assert_eq!(counter.entered, counter.left);
    assert!(counter.entered > 10);
}

/// Records every call a visitor gets, to compare two walks.
struct Trace(Vec<String>);

impl<'t> Visitor<'t> for Trace {
    fn enter(&mut self, node: Node<'t>, kind: KindId, ancestors: &[Node<'t>]) -> Descend {
        assert_eq!(kind, KindId::of(node));
        let path: Vec<usize> = ancestors.iter().map(Node::id).collect();
        self.0.push(format!("enter {} {} {path:?}", node.kind_name(), node.id()));
        // Skipping a subtree must skip the same nodes in both walks.
        if node.kind_name() == "lambda" {
            Descend::No
        } else {
            Descend::Yes
        }
    }
    fn leave(&mut self, node: Node<'t>, kind: KindId) {
        assert_eq!(kind, KindId::of(node));
        self.0.push(format!("leave {}", node.id()));
    }
}

#[test]
fn a_replayed_preorder_visits_as_the_walk_does() {
    for source in [
        "import a.b as c\nx = [f(y) for y in z]\n",
        "class C(B):\n    def f(self, x=lambda y: y + 1):\n        return {k: v for k, v in x}\n\nprint(1)\n",
        "def broken(:\n    x = (1, \n",
        "",
        "x",
    ] {
        let tree = parse(source).unwrap();
        let mut walked = Trace(Vec::new());
        walk(tree.root_node(), &mut walked);
        let mut replayed = Trace(Vec::new());
        Preorder::new(tree.root_node()).replay(&mut replayed);
        assert_eq!(walked.0, replayed.0, "{source:?}");
        assert!(walked.0.len() > 1);
    }
}

/// What a recording says of each node: enough to tell two nodes (or aliases) apart; with the
/// depths, the order gives each node's parent.
#[cfg(not(target_arch = "wasm32"))]
fn recorded(nodes: &[Recorded<'_>], root: Node<'_>) -> Vec<String> {
    nodes
        .iter()
        .map(|recorded| {
            let (node, depth, kind, named, parent) = (
                recorded.node(root.into_raw().tree),
                recorded.depth,
                recorded.kind,
                recorded.named(),
                recorded.has_children(),
            );
            format!(
                "{} {} {} {:?} {} {} {:?} {depth} {named} {parent} {}",
                node.id(),
                node.kind_id(),
                kind.get(),
                node.byte_range(),
                node.start_position(),
                node.end_position(),
                node.is_named(),
                node.child_count() > 0,
            )
        })
        .collect()
}

#[test]
fn comment_spans_step_over_string_literals() {
    let source = "a = '#no' # one\nb = \"\"\"x # no\n'''\"\"\" + '' # two\nc = \"\\\"#\" #three\nd = 'open # no\n# four";
    let comments: Vec<&str> =
        comment_spans(source.as_bytes()).into_iter().map(|span| &source[span]).collect();
    assert_eq!(comments, ["# one", "# two", "#three", "# four"]);
}

#[test]
fn string_literal_ends() {
    let end = |text: &str| string_literal_end(text.as_bytes(), 0);
    assert_eq!(end("'' + x"), 2);
    assert_eq!(end(r"'a\'b' x"), 6);
    assert_eq!(end("'open\nnext'"), 5);
    assert_eq!(end("'''a ' '' b''' x"), 14);
    assert_eq!(end("\"\"\"unclosed\n"), 12);
    assert_eq!(end(r"'a\"), 3);
}

/// `sources`, then the text of every fixture (`tests/fixtures/*.py`, sorted by name).
fn with_fixtures(sources: &[&str]) -> Vec<String> {
    let mut all: Vec<String> = sources.iter().map(|source| source.to_string()).collect();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<_> = std::fs::read_dir(fixtures).unwrap().map(|entry| entry.unwrap().path()).collect();
    paths.sort();
    for path in paths.iter().filter(|path| path.extension().is_some_and(|ext| ext == "py")) {
        all.push(std::fs::read_to_string(path).unwrap());
    }
    assert!(all.len() > 50);
    all
}

/// `kind_name` (a table by kind id) gives what `Node::kind` gives, on every node (anonymous,
/// aliased, `ERROR` and `MISSING` ones included) of every fixture and of broken code.
#[test]
#[allow(clippy::disallowed_methods)]
fn kind_names_are_tree_sitters() {
    let sources = with_fixtures(&[
        "def broken(:\n    x = (1, \n",
        "print 'python 2'\nexec code in ns\n",
        "x = f'{a!r:>{w}}' rb'\\x' \"\"\"doc\"\"\"  # comment\n",
        "match p:\n    case [1, *rest] | {'k': _}:\n        pass\n",
        "if x:\n  y = ((\n",
        "@ ) $ ?\n",
    ]);
    let (mut nodes, mut errors, mut missing) = (0, 0, 0);
    for source in &sources {
        let tree = parse(source).unwrap();
        let mut cursor = tree.root_node().walk();
        loop {
            let node = cursor.node();
            assert_eq!(node.kind_name(), node.kind(), "{node:?} in {source}");
            nodes += 1;
            errors += usize::from(node.is_error());
            missing += usize::from(node.is_missing());
            if cursor.goto_first_child() || cursor.goto_next_sibling() {
                continue;
            }
            while cursor.goto_parent() && !cursor.goto_next_sibling() {}
            if cursor.node() == tree.root_node() {
                break;
            }
        }
    }
    assert!(nodes > 20_000 && errors > 0 && missing > 0, "{nodes} {errors} {missing}");
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn finds_the_named_and_field_children_a_cursor_finds() {
    let sources = with_fixtures(&[
        "import a.b as c\nx = [f(y) for y in z]\n",
        "def broken(:\n    x = (1, \n",
        "print 'python 2'\nexec code in ns\n",
        "x = f'{a!r:>{w}}' rb'\\x' \"\"\"doc\"\"\"  # comment\n",
        "match p:\n    case [1, *rest] | {'k': _}:\n        pass\n",
        "f(a, # one\n  b, \\\n  *c, d=1, **e)\n",
        "",
    ]);
    let show = |nodes: &[Node<'_>]| -> Vec<String> {
        nodes
            .iter()
            .map(|node| {
                format!("{} {} {:?} {}", node.id(), node.kind_id(), node.byte_range(), node.start_position())
            })
            .collect()
    };
    let (mut parents, mut children) = (0, 0);
    let language: Language = tree_sitter_python::LANGUAGE.into();
    let mut in_fields = vec![0; FIELD_NAMES.len()];
    for source in &sources {
        let tree = parse(source).unwrap();
        let mut stack = vec![tree.root_node()];
        while let Some(node) = stack.pop() {
            let fast = native::named_children(node).expect("the C walk answers");
            let slow = named_children_with_cursor(node);
            assert_eq!(show(&fast), show(&slow), "{source}");
            for (at, name) in FIELD_NAMES.iter().enumerate() {
                let id = language.field_id_for_name(name).expect("a field of the grammar");
                let fast = native::field_children(node, id).expect("the C walk answers");
                let slow = field_children_with_cursor(node, id);
                assert_eq!(show(&fast), show(&slow), "{source} {name}");
                in_fields[at] += slow.len();
            }
            parents += usize::from(!slow.is_empty());
            children += slow.len();
            let mut cursor = node.walk();
            stack.extend(node.children(&mut cursor));
        }
    }
    assert!(parents > 5_000 && children > 20_000, "{parents} {children}");
    // Every field the checks ask for is found somewhere.
    let never: Vec<_> =
        FIELD_NAMES.iter().zip(&in_fields).filter(|(_, &n)| n == 0).map(|(name, _)| name).collect();
    assert!(never.is_empty(), "{never:?}");
    // A block of many statements: its hidden nodes (a balanced tree) nest deeper than one level.
    let source = "x = 1\n".repeat(5_000);
    let tree = parse(&source).unwrap();
    let fast = native::named_children(tree.root_node()).expect("the C walk answers");
    assert_eq!(show(&fast), show(&named_children_with_cursor(tree.root_node())));
    assert_eq!(fast.len(), 5_000);
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn records_the_nodes_a_cursor_visits() {
    let sources = with_fixtures(&[
        "import a.b as c\nx = [f(y) for y in z]\n",
        "class C(B):\n    def f(self, x=lambda y: y + 1):\n        return {k: v for k, v in x}\n\nprint(1)\n",
        "def broken(:\n    x = (1, \n",
        "print 'python 2'\nexec code in ns\n",
        "x = f'{a!r:>{w}}' rb'\\x' \"\"\"doc\"\"\"  # comment\n",
        "match p:\n    case [1, *rest] | {'k': _}:\n        pass\n",
        "",
        "x",
    ]);
    let compare = |root: Node<'_>, what: &str| {
        let mut native_nodes = Vec::with_capacity(root.descendant_count());
        assert!(native::record(root, &mut native_nodes), "{what}");
        // Without room, nothing is written.
        let mut no_room = Vec::with_capacity(native_nodes.len() - 1);
        if no_room.capacity() < native_nodes.len() {
            assert!(!native::record(root, &mut no_room) && no_room.is_empty(), "{what}");
        }
        let mut cursor_nodes = Vec::new();
        Preorder::record_with_cursor(root, &mut cursor_nodes);
        assert_eq!(recorded(&native_nodes, root), recorded(&cursor_nodes, root), "{what}");
    };
    for source in &sources {
        // Whole, and every other line-aligned top-level statement (a partial parse).
        let tree = parse(source).unwrap();
        compare(tree.root_node(), source);
        let mut ranges = Vec::new();
        let mut cursor = tree.root_node().walk();
        for (index, child) in tree.root_node().children(&mut cursor).enumerate() {
            let start = source[..child.start_byte()].rfind('\n').map_or(0, |at| at + 1);
            let end =
                source[child.end_byte()..].find('\n').map_or(source.len(), |at| child.end_byte() + at + 1);
            if index % 2 == 0 && ranges.last().is_none_or(|last: &std::ops::Range<usize>| last.end <= start) {
                ranges.push(start..end);
            }
        }
        let partial = parse_ranges(source, &ranges).unwrap();
        compare(partial.root_node(), source);
        // From inner nodes too (named or not, error nodes included).
        let mut stack = vec![tree.root_node()];
        let mut inner = 0;
        while let Some(node) = stack.pop() {
            if inner < 200 && node.child_count() > 0 {
                compare(node, source);
                inner += 1;
            }
            let mut cursor = node.walk();
            stack.extend(node.children(&mut cursor));
        }
    }
    // As deep as the cursor's test: no recursion in C either.
    let depth = 100_000;
    let source = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
    let tree = parse(&source).unwrap();
    compare(tree.root_node(), "deep");
}

/// Everything a tree says of each of its nodes (anonymous ones included), in preorder.
#[cfg(not(target_arch = "wasm32"))]
fn every_node(tree: &Tree) -> Vec<String> {
    let mut nodes = Vec::new();
    let mut cursor = tree.walk();
    'walk: loop {
        let node = cursor.node();
        nodes.push(format!(
            "{} {:?} {} {:?} {:?} {:?} {} {} {} {} {}",
            node.kind_id(),
            cursor.field_name(),
            cursor.depth(),
            node.byte_range(),
            node.start_position(),
            node.end_position(),
            node.is_named(),
            node.is_missing(),
            node.is_extra(),
            node.is_error(),
            node.has_error(),
        ));
        if cursor.goto_first_child() || cursor.goto_next_sibling() {
            continue;
        }
        while cursor.goto_parent() {
            if cursor.goto_next_sibling() {
                continue 'walk;
            }
        }
        break;
    }
    nodes
}

/// Parses `source` (the given ranges of it, all of it when none) with the grammar's own
/// language and with the native one, and says where their trees differ.
#[cfg(not(target_arch = "wasm32"))]
fn languages_differ(source: &str, ranges: &[std::ops::Range<usize>]) -> Option<String> {
    let included = included_ranges(source, ranges);
    let trees: Vec<Tree> = [tree_sitter_python::LANGUAGE.into(), native::python_language()]
        .iter()
        .map(|language| {
            let mut parser = Parser::new();
            parser.set_language(language).unwrap();
            parser.set_included_ranges(&included).unwrap();
            parser.parse(source, None).unwrap()
        })
        .collect();
    let (grammars, natives) = (every_node(&trees[0]), every_node(&trees[1]));
    if grammars == natives {
        return None;
    }
    let at =
        grammars.iter().zip(&natives).position(|(a, b)| a != b).unwrap_or(grammars.len().min(natives.len()));
    Some(format!("node {at}: {:?} against {:?}", grammars.get(at), natives.get(at)))
}

/// Every other line-aligned top-level statement of `source`: a partial parse's ranges.
#[cfg(not(target_arch = "wasm32"))]
fn every_other_statement(source: &str) -> Vec<std::ops::Range<usize>> {
    let tree = parse(source).unwrap();
    let mut ranges = Vec::new();
    let mut cursor = tree.root_node().walk();
    for (index, child) in tree.root_node().children(&mut cursor).enumerate() {
        let start = source[..child.start_byte()].rfind('\n').map_or(0, |at| at + 1);
        let end = source[child.end_byte()..].find('\n').map_or(source.len(), |at| child.end_byte() + at + 1);
        if index % 2 == 0 && ranges.last().is_none_or(|last: &std::ops::Range<usize>| last.end <= start) {
            ranges.push(start..end);
        }
    }
    ranges
}

/// The native language (crate/native/python_language.c: its scanner, its dense table, its
/// lexer) gives the trees the grammar's gives: every fixture and texts that reach each of the
/// scanner's runs' edges (tabs, form feeds, carriage returns, non-ASCII characters, NUL
/// bytes, escapes, braces of format strings, unclosed strings, comments at the end of the
/// text), the lexer's (non-ASCII identifiers and spaces, numbers, operators, keywords, a
/// token at the end of the text) and error recovery, whole and partially parsed.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_native_language_gives_the_same_trees() {
    assert!(native::python_language_is_dense());
    assert!(native::python_language_has_lexer());
    let sources = with_fixtures(&[
        "if x:\n        y = 1  # é comment   \n\t  z = 'a b\\'c' \"d\\n\" r'\\''\n    # under\nw\n",
        "s = f'{a} {{b}} {c!r:>{w}} }}' + rb'\\x\\'' + b'\\N{x}\\u1234' + t'{x}' \n",
        "d = '''one\n  two ' '' \\''' \n\"\"\"é\r\n  \"\" \"\"\"\nx = f'''{\n a}''' \n",
        "def f():\r\n    return 'x'\r\n\x0c\n  \x0c  pass\n",
        "x = 'unclosed\ny = \"also\nz = '''never",
        "a = 1 \\\n    + 2\nb = 'x\\\ny'\n# last comment",
        "x = 'nul\0here'  # nul\0 in a comment\n\0\n",
        "class C:\n    def f(self):\n        pass\n          # deeper comment\n    # shallower\n  x = 1\n",
        "\u{feff}x = 'bom'\n",
        "x = '\u{1F600}'  # \u{1F600}\n    \u{a0}y = 1\n",
        "print 'python 2'\nexec code in ns\n",
        "def broken(:\n    x = (1, \n    'a\n",
        "@ ) $ ?\nif x:\n  y = ((\n",
        "x = [1, 2\nprint(x]\nfor in range(3):\n pass\ntry:\nexcept:\n",
        "a = b = \nreturn return\nf(**)\nclass\ndef (x): pass\nlambda: (yield\n",
        "print >>sys.stderr, 'x' % (1,\nexec 'code'\nraise E, 'v'\n`x`\n0777L\n",
        LEXER_EDGES,
    ]);
    for source in &sources {
        assert_eq!(languages_differ(source, &[]), None, "{source}");
        let ranges = every_other_statement(source);
        assert_eq!(languages_differ(source, &ranges), None, "{source} {ranges:?}");
    }
}

/// Texts at the edges of the native lexer's inlined calls: identifiers with non-ASCII
/// characters (first, inside, last, where the grammar's two character sets differ), Unicode
/// spaces, a character no token takes, numbers of every form, operators, soft keywords, a
/// comment and an identifier ending the text.
#[cfg(not(target_arch = "wasm32"))]
const LEXER_EDGES: &str = "caf\u{e9} = \u{e9}t\u{e9} + x\u{b7}y + e\u{301}t + \u{3c0}r\u{b2} + a\u{1F600}b\n\
    \u{200b}x\u{2060}=\u{feff}1 \u{20ac} 2\n\
    n = 0x_1F + 0o17 + 0b1_0 + 1_000.5e-3j + .5 + 5. + 1E5 + 0777 + 12L + 0xFFl\n\
    a //= b ** c >> d << e != f <> g -> h := i @= j ... k ~ l ^= m |= n &= o %= p\n\
    match = type = case = print = exec = async = await = _ = __x__ = 1\n\
    if x  :pass  # trailing\n\
    last_identifier";

/// The native lexer's trees are the grammar's where included ranges cut tokens: every text
/// of [`LEXER_EDGES`]'s first line and others parsed without one byte, or two, at each
/// place (a token's end then meets the next range's start, where `mark_end` gives the end
/// of the range before).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_native_lexer_gives_the_same_trees_across_ranges() {
    let sources = [
        "abc = de_f9 + gh\n",
        "x = caf\u{e9}_2 + \u{e9}t\u{e9}\n",
        "n = 0x1F + 1_0.5e-3j  # c\ny = a //= b\n",
        "if match: print >>f, `x`\n",
    ];
    for source in sources {
        for start in 1..source.len() {
            for gap in 1..=2 {
                let end = start + gap;
                if end >= source.len() || !source.is_char_boundary(start) || !source.is_char_boundary(end) {
                    continue;
                }
                let ranges = [0..start, end..source.len()];
                assert_eq!(languages_differ(source, &ranges), None, "{source:?} {ranges:?}");
            }
        }
    }
}

/// As [`the_native_language_gives_the_same_trees`], over every `.py` file under the
/// directory `PYSUNSET_SCANNER_TREES` names (CPython's Lib, say): `cargo test --release
/// --lib languages_agree_on_a_directory -- --ignored`.
#[cfg(not(target_arch = "wasm32"))]
#[test]
#[ignore = "needs PYSUNSET_SCANNER_TREES, a directory of Python files"]
fn languages_agree_on_a_directory() {
    let root = std::env::var("PYSUNSET_SCANNER_TREES").expect("PYSUNSET_SCANNER_TREES names a directory");
    let sources = crate::test_support::python_files(std::path::Path::new(&root));
    let files = sources.len();
    let mut differ = Vec::new();
    for (path, source) in &sources {
        for ranges in [Vec::new(), every_other_statement(source)] {
            if let Some(difference) = languages_differ(source, &ranges) {
                differ.push(format!("{} ({} ranges): {difference}", path.display(), ranges.len()));
            }
        }
    }
    eprintln!("{files} files compared, whole and every other statement");
    assert!(files > 0 && differ.is_empty(), "{differ:#?}");
}

#[test]
fn walks_a_very_deep_tree_without_recursion() {
    let depth = 100_000;
    let source = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
    let tree = parse(&source).unwrap();
    let mut counter = Counter { entered: 0, left: 0, deepest: 0 };
    walk(tree.root_node(), &mut counter);
    assert!(counter.deepest >= depth, "{}", counter.deepest);
}

#[test]
fn reads_plain_string_values() {
    let source = "a = 'x'\nb = f'{y}'\nc = r\"z\"\n";
    let tree = parse(source).unwrap();
    let mut values = Vec::new();
    let mut stack = vec![tree.root_node()];
    while let Some(node) = stack.pop() {
        if node.kind_name() == "string" {
            values.push(string_value(node, source));
        }
        stack.extend(named_children(node));
    }
    values.sort();
    assert_eq!(values, vec![None, Some("x"), Some("z")]);
}

/// The tokens counted with the byte table are those the byte tests counted: names, other
/// bytes and line ends one each, blanks none, a comment one to its line's end.
#[test]
fn tokens_are_counted_by_the_byte_table_as_by_tests() {
    fn by_tests(text: &[u8]) -> usize {
        let (mut tokens, mut in_word, mut at) = (0, false, 0);
        while at < text.len() {
            let byte = text[at];
            let word = byte.is_ascii_alphanumeric() || byte == b'_' || byte >= 0x80;
            if word {
                tokens += usize::from(!in_word);
            } else if byte == b'#' {
                tokens += 1;
                at = memchr::memchr(b'\n', &text[at + 1..]).map_or(text.len() - 1, |end| at + end);
            } else if !matches!(byte, b' ' | b'\t' | b'\x0c' | b'\r') {
                tokens += 1;
            }
            in_word = word;
            at += 1;
        }
        tokens
    }
    let text = "def f(x_1, y):  # a comment\n\treturn x_1+y\r\n\x0cé = 'ü'#\n#last".as_bytes();
    for start in 0..text.len() {
        for end in start..=text.len() {
            assert_eq!(super::count_tokens(&text[start..end]), by_tests(&text[start..end]), "{start}..{end}");
        }
    }
    let every: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
    assert_eq!(super::count_tokens(&every), by_tests(&every));
    // Stretches of 64 bytes counted at once, from every start: every byte at every place of
    // a stretch, and the fixtures (a comment ending in the next stretch, or after several).
    for start in 0..every.len() {
        assert_eq!(super::count_tokens(&every[start..]), by_tests(&every[start..]), "{start}..");
    }
    let long = format!(
        "{}{}",
        "x = f(a_1, 'b')  # c\n".repeat(20),
        "y  =  zz # long comment ........... ..................................................\n".repeat(5)
    );
    for start in 0..long.len() {
        assert_eq!(super::count_tokens(&long.as_bytes()[start..]), by_tests(&long.as_bytes()[start..]));
    }
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")).unwrap() {
        let path = entry.unwrap().path();
        let Ok(text) = std::fs::read(&path) else { continue };
        for start in (0..text.len()).step_by(7) {
            assert_eq!(super::count_tokens(&text[start..]), by_tests(&text[start..]), "{path:?} {start}..");
        }
    }
}
