//! Bad input gets a result or a clear error, never a panic, a stack overflow or a hang:
//! pathological nesting, truncated and mutated real files, random text, huge and binary input.

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
