//! Automatic fixes, from fixtures: each `tests/fixes/NAME.py` is fixed and compared byte for
//! byte with `tests/fixes/NAME.fixed.py` (the same fixtures run through the wasm package in
//! `tests/wasm/fixes.test.mjs`).
//!
//! The first lines of a fixture may say `# pysunset-fixture: target=3.13` (default 3.12) and
//! `unsafe` (apply unsafe fixes too). Every fixture is also run with CRLF line endings and with
//! a byte order mark, which must come back unchanged, and its output must be a fixed point.
//! Finally every fixture of `tests/fixtures/` and every example of the catalogue is fixed:
//! nothing fixable may remain, and no new syntax error may appear.

#[path = "support/breaking.rs"]
mod breaking;
#[path = "support/files.rs"]
mod files;

use pysunset::catalogue::ENTRIES;

use pysunset::fix::syntax_errors;
use pysunset::{fix, Applicability, FixOptions, PythonVersion};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The Python files under `directory`.
fn files_under(directory: &Path) -> Vec<PathBuf> {
    files::files_under(directory, |path| path.extension().is_some_and(|extension| extension == "py"))
}

fn options_of(source: &str) -> FixOptions {
    let header: Vec<&str> =
        source.lines().take(5).filter(|line| line.contains("pysunset-fixture:")).collect();
    let target = header
        .iter()
        .find_map(|line| line.split("target=").nth(1))
        .map(|rest| rest.split_whitespace().next().unwrap_or("").parse().expect("a valid fixture target"))
        .unwrap_or(PythonVersion::DEFAULT_TARGET);
    let unsafe_fixes = header.iter().any(|line| line.split_whitespace().any(|word| word == "unsafe"));
    FixOptions { target, unsafe_fixes }
}

/// The fixtures and their expected outputs.
fn fix_fixtures() -> Vec<(PathBuf, String, String)> {
    let fixtures: Vec<(PathBuf, String, String)> = files_under(&root().join("tests/fixes"))
        .into_iter()
        .filter(|path| !path.to_string_lossy().ends_with(".fixed.py"))
        .map(|path| {
            let source = fs::read_to_string(&path).expect("a readable fixture");
            let expected_path = path.with_extension("fixed.py");
            if std::env::var_os("UPDATE_FIXES").is_some() {
                let output = fix(&source, &options_of(&source)).expect("fixable").output;
                fs::write(&expected_path, output).expect("writable fixture");
            }
            let expected = fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("{} has no {}", path.display(), expected_path.display()));
            (path, source, expected)
        })
        .collect();
    assert!(fixtures.len() >= 8, "the fix fixtures are missing");
    fixtures
}

/// A fix's output must parse as well as its input and be a fixed point.
fn assert_sound(label: &str, source: &str, output: &str, options: &FixOptions) {
    let before = syntax_errors(source).expect("parsable input");
    let after = syntax_errors(output).expect("parsable output");
    assert!(after <= before, "{label}: {after} syntax errors after fixing, {before} before:\n{output}");
    let again = fix(output, options).expect("fixable output");
    assert_eq!(again.output, output, "{label}: fixing the output changes it again");
    let left: Vec<_> = again
        .remaining
        .iter()
        .filter(|finding| {
            finding
                .fix
                .as_ref()
                .is_some_and(|fix| options.unsafe_fixes || fix.applicability == Applicability::Safe)
        })
        .map(|finding| {
            format!("{}:{} {}", finding.range.start.line, finding.range.start.column, finding.symbol())
        })
        .collect();
    assert!(left.is_empty(), "{label}: fixable findings remain after fixing: {left:?}\n{output}");
}

#[test]
fn fixtures_are_fixed_as_expected() {
    let mut failures = Vec::new();
    for (path, source, expected) in fix_fixtures() {
        let options = options_of(&source);
        let outcome = fix(&source, &options).expect("fixable");
        if outcome.output != expected {
            failures.push(format!(
                "{}: the fixed text differs from {}:\n{}",
                path.display(),
                path.with_extension("fixed.py").display(),
                outcome.output
            ));
            continue;
        }
        assert!(!outcome.applied.is_empty(), "{}: nothing was fixed", path.display());
        assert_sound(&path.display().to_string(), &source, &outcome.output, &options);
    }
    assert!(failures.is_empty(), "{}\n(regenerate with UPDATE_FIXES=1 and review)", failures.join("\n\n"));
}

#[test]
fn line_endings_and_byte_order_marks_are_kept() {
    for (path, source, expected) in fix_fixtures() {
        let options = options_of(&source);
        let crlf = source.replace('\n', "\r\n");
        let output = fix(&crlf, &options).expect("fixable").output;
        assert_eq!(output, expected.replace('\n', "\r\n"), "{} with CRLF line endings", path.display());
        let marked = format!("\u{feff}{crlf}");
        let output = fix(&marked, &options).expect("fixable").output;
        assert_eq!(
            output,
            format!("\u{feff}{}", expected.replace('\n', "\r\n")),
            "{} with a BOM",
            path.display()
        );
        // Python ends a line at a lone `\r` too: imports a fix adds, and from-imports it splits,
        // come out on lines of their own with the file's `\r`.
        let lone = source.replace('\n', "\r");
        let output = fix(&lone, &options).expect("fixable").output;
        assert_eq!(output, expected.replace('\n', "\r"), "{} with lone \\r line endings", path.display());
    }
}

/// Every recipe of the table is exercised by a fixture: its entry is among the applied fixes.
#[test]
fn every_recipe_has_a_fixture() {
    let mut applied = BTreeSet::new();
    for (_, source, _) in fix_fixtures() {
        let mut options = options_of(&source);
        options.unsafe_fixes = true;
        for finding in fix(&source, &options).expect("fixable").applied {
            applied.insert(finding.symbol());
        }
    }
    let missing: Vec<&str> = ENTRIES
        .iter()
        .filter(|entry| entry.fix.recipe().is_some())
        .map(|entry| entry.symbol)
        .filter(|symbol| !applied.contains(symbol))
        .collect();
    assert!(missing.is_empty(), "recipes no fixture applies: {missing:?}");
}

/// Applied findings come with positions in the input.
#[test]
fn applied_findings_point_into_the_input() {
    for (path, source, _) in fix_fixtures() {
        let outcome = fix(&source, &options_of(&source)).expect("fixable");
        let lines: Vec<&str> = source.split('\n').collect();
        for finding in &outcome.applied {
            let start = finding.range.start.offset as usize;
            let end = finding.range.end.offset as usize;
            let spelled = &source[start..end];
            let line = lines[finding.range.start.line as usize - 1];
            assert!(line.contains(spelled.lines().next().unwrap_or("")), "{}: {finding:?}", path.display());
            let name = finding.symbol().rsplit('.').next().unwrap_or(finding.symbol());
            let name = name.split('(').next().unwrap_or(name);
            assert!(
                spelled.contains(name) || finding.symbol().contains('(') || spelled.contains("imp"),
                "{}: `{spelled}` is not a use of {}",
                path.display(),
                finding.symbol()
            );
        }
    }
}

/// Fixing every detection fixture (safe and unsafe fixes, at every target the fixture names
/// and at the newest) leaves nothing fixable and no new syntax error.
#[test]
fn detection_fixtures_fix_cleanly() {
    let inputs: Vec<(String, String)> = files_under(&root().join("tests/fixtures"))
        .into_iter()
        .map(|path| (path.display().to_string(), fs::read_to_string(&path).expect("a readable fixture")))
        .collect();
    for (label, source) in inputs {
        for target in [PythonVersion::DEFAULT_TARGET, PythonVersion::NEWEST_TARGET] {
            let options = FixOptions { target, unsafe_fixes: true };
            let outcome = fix(&source, &options).expect("fixable");
            assert_sound(&format!("{label} at {target}"), &source, &outcome.output, &options);
        }
    }
}

/// Entries whose fix applies only to some uses, and whose catalogue example is not one of them.
const EXAMPLE_NOT_FIXABLE: &[(&str, &str)] = &[
    ("importlib.find_loader", "the example uses the loader; only a tested result is fixed"),
    ("pkgutil.find_loader", "the example uses the loader; only a tested result is fixed"),
    ("pkgutil.get_loader", "the example uses the loader; only a tested result is fixed"),
    ("unittest.getTestCaseNames", "the example passes a prefix, which the loader takes as an attribute"),
];

/// The catalogue's before/after examples: for every entry with a fix, fixing its `before`
/// example at its removal version removes the finding.
#[test]
fn catalogue_examples_are_fixed() {
    let mut unfixed = Vec::new();
    let fixable = |symbol: &str| !EXAMPLE_NOT_FIXABLE.iter().any(|(listed, _)| *listed == symbol);
    for entry in ENTRIES.iter().filter(|entry| entry.fix().is_some() && !entry.before.is_empty()) {
        // Removals before 3.12 are fixed at the oldest target; undated deprecations at the newest.
        let target =
            entry.removed_in.unwrap_or(PythonVersion::NEWEST_TARGET).max(PythonVersion::OLDEST_TARGET);
        let options = FixOptions { target, unsafe_fixes: true };
        let outcome = fix(entry.before, &options).expect("fixable");
        let left = outcome.remaining.iter().any(|finding| finding.symbol() == entry.symbol);
        assert!(fixable(entry.symbol) || left, "{} is fixed in its example: unlist it", entry.symbol);
        if left && fixable(entry.symbol) {
            unfixed.push(format!("{}:\n{}", entry.symbol, outcome.output));
        }
        assert_sound(entry.symbol, entry.before, &outcome.output, &options);
    }
    assert!(unfixed.is_empty(), "examples the fix leaves unfixed:\n{}", unfixed.join("\n"));
}

/// The real-world corpus (`bash tests/corpus/run.sh` fetches it and runs this test with
/// `PYSUNSET_CORPUS_SRC` set): fixing every file leaves nothing fixable and no new syntax error.
#[test]
#[ignore = "needs the corpus: run through tests/corpus/run.sh"]
fn corpus_fixes_cleanly() {
    let directory =
        std::env::var_os("PYSUNSET_CORPUS_SRC").expect("PYSUNSET_CORPUS_SRC names the unpacked corpus");
    let files = files_under(Path::new(&directory));
    assert!(files.len() > 100, "the corpus at {directory:?} looks empty");
    let (mut changed, mut applied) = (0, 0);
    for path in files {
        let Ok(source) = fs::read_to_string(&path) else { continue };
        for target in [PythonVersion::DEFAULT_TARGET, PythonVersion::NEWEST_TARGET] {
            let options = FixOptions { target, unsafe_fixes: true };
            let Ok(outcome) = fix(&source, &options) else { continue };
            if outcome.output == source {
                // Nothing applied: then nothing may have been fixable.
                assert!(outcome.remaining.iter().all(|finding| finding.fix.is_none()), "{}", path.display());
                continue;
            }
            if target == PythonVersion::DEFAULT_TARGET {
                changed += 1;
                applied += outcome.applied.len();
            }
            assert_sound(&format!("{} at {target}", path.display()), &source, &outcome.output, &options);
        }
    }
    println!("corpus: {applied} fixes applied in {changed} files at target 3.12 (unsafe fixes included)");
}

/// Truncated and mutated fixtures: fixing never panics and never adds a syntax error.
#[test]
fn broken_inputs_fix_without_panics_or_new_errors() {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound.max(1) as u64) as usize
    };
    let options = FixOptions { target: PythonVersion::NEWEST_TARGET, unsafe_fixes: true };
    let pieces = ["(", ")", ":", "\n", "    ", "import ", ".", ",", "\"", "#", "\\\n", "imp."];
    let mut fixed = 0;
    for path in files_under(&root().join("tests/fixes")) {
        let source = fs::read_to_string(&path).expect("a readable fixture");
        for round in 0..12 {
            let mut text = source.clone();
            if round % 3 == 0 {
                let mut cut = next(text.len());
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
            } else {
                for _ in 0..3 {
                    let mut at = next(text.len());
                    while !text.is_char_boundary(at) {
                        at -= 1;
                    }
                    text.insert_str(at, pieces[next(pieces.len())]);
                }
            }
            let outcome = fix(&text, &options).expect("fixable");
            let (before, after) =
                (syntax_errors(&text).expect("parsable"), syntax_errors(&outcome.output).expect("parsable"));
            assert!(
                after <= before,
                "{} (round {round}): {after} syntax errors after, {before} before",
                path.display()
            );
            fixed += usize::from(outcome.output != text);
        }
    }
    assert!(fixed > 20, "the broken inputs should still get fixes: {fixed}");
}

/// The first CPython found: the pyenv 3.11 (whose `test/` holds `test_configparser.py`), else
/// `python3` on the path.
fn cpython() -> Option<(PathBuf, Option<PathBuf>)> {
    let home = std::env::var_os("HOME").map(PathBuf::from)?;
    let pyenv = home.join(".pyenv/versions/3.11.7");
    if pyenv.join("bin/python3").exists() {
        return Some((
            pyenv.join("bin/python3"),
            Some(pyenv.join("lib/python3.11/test/test_configparser.py")),
        ));
    }
    let found = std::process::Command::new("python3").arg("--version").output().ok()?;
    found.status.success().then(|| (PathBuf::from("python3"), None))
}

/// Which of `sources` CPython refuses to compile (it compiles each as `exec` code), with
/// CPython's message.
fn refused_by_cpython(python: &Path, sources: &[(String, String)]) -> Vec<String> {
    let directory = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cpython-compile");
    let _ = fs::remove_dir_all(&directory);
    fs::create_dir_all(&directory).unwrap();
    for (index, (_, source)) in sources.iter().enumerate() {
        fs::write(directory.join(format!("{index}.py")), source).unwrap();
    }
    let script = r#"
import sys, os, warnings
warnings.simplefilter("ignore")
directory = sys.argv[1]
for name in sorted(os.listdir(directory), key=lambda n: int(n.split(".")[0])):
    with open(os.path.join(directory, name), "rb") as f:
        data = f.read()
    try:
        compile(data, name, "exec", dont_inherit=True)
    except SyntaxError as error:
        print(name.split(".")[0], repr(error.msg), error.lineno)
"#;
    let output = std::process::Command::new(python)
        .args(["-c", script])
        .arg(&directory)
        .output()
        .expect("CPython runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| {
            let (index, message) = line.split_once(' ').unwrap_or((line, ""));
            let label =
                index.parse::<usize>().ok().and_then(|i| sources.get(i)).map_or("?", |(label, _)| label);
            format!("{label}: {message}")
        })
        .collect()
}

/// The differential check against CPython: every fix output of the fixtures, the catalogue's
/// examples and CPython's own `test_configparser.py` compiles whenever its input compiled.
/// tree-sitter accepts code CPython refuses (a repeated keyword argument), so the fix engine's
/// own re-parse cannot be the only judge.
#[test]
fn fix_outputs_compile_with_cpython_when_their_inputs_did() {
    let Some((python, configparser_tests)) = cpython() else {
        eprintln!("no CPython found: skipped");
        return;
    };
    let mut inputs: Vec<(String, String, FixOptions)> = Vec::new();
    for (path, source, _) in fix_fixtures() {
        let options = options_of(&source);
        inputs.push((
            format!("{} with lone \\r line endings", path.display()),
            source.replace('\n', "\r"),
            options,
        ));
        inputs.push((path.display().to_string(), source, options));
    }
    for path in files_under(&root().join("tests/fixtures")) {
        let source = fs::read_to_string(&path).expect("a readable fixture");
        inputs.push((
            path.display().to_string(),
            source,
            FixOptions { target: PythonVersion::NEWEST_TARGET, unsafe_fixes: true },
        ));
    }
    for entry in ENTRIES.iter().filter(|entry| entry.fix().is_some() && !entry.before.is_empty()) {
        inputs.push((
            entry.symbol.to_string(),
            entry.before.to_string(),
            FixOptions {
                target: entry.removed_in.unwrap_or(PythonVersion::NEWEST_TARGET),
                unsafe_fixes: true,
            },
        ));
    }
    if let Some(path) = configparser_tests.filter(|path| path.exists()) {
        let source = fs::read_to_string(&path).expect("readable");
        inputs.push(("test_configparser.py".to_string(), source, FixOptions::default()));
    }
    inputs.push((
        "a repeated keyword".to_string(),
        "import configparser\nconfigparser.ParsingError(source=x, filename=y)\n".to_string(),
        FixOptions::default(),
    ));
    let sources: Vec<(String, String)> =
        inputs.iter().map(|(label, source, _)| (label.clone(), source.clone())).collect();
    let refused_inputs = refused_by_cpython(&python, &sources);
    let outputs: Vec<(String, String)> = inputs
        .iter()
        .filter(|(label, _, _)| {
            !refused_inputs.iter().any(|refused| refused.starts_with(&format!("{label}: ")))
        })
        .map(|(label, source, options)| (label.clone(), fix(source, options).expect("fixable").output))
        .collect();
    assert!(outputs.len() > 100, "{}", outputs.len());
    let refused = refused_by_cpython(&python, &outputs);
    assert!(refused.is_empty(), "fix outputs CPython refuses:\n{}", refused.join("\n"));
}

/// The fix engine refuses fixes CPython would refuse, on its own (no CPython needed): given the
/// rename that repeats a keyword (pysunset no longer offers it), it drops that fix alone.
#[test]
fn a_fix_never_repeats_a_keyword_argument() {
    let source = "import configparser\nconfigparser.ParsingError(source=x, filename=y)\nconfigparser.ParsingError(filename=y)\n";
    let outcome = breaking::fix_breaking(source);
    assert_eq!(
        outcome.output,
        "import configparser\nconfigparser.ParsingError(source=x, filename=y)\nconfigparser.ParsingError(source=y)\n"
    );
}

/// A call that passes the new keyword already is not offered the rename (it would repeat the
/// keyword): the finding stays, without a fix, so `[*]` and "fixable" counts are what `--fix` does.
#[test]
fn a_call_passing_the_new_keyword_already_is_offered_no_rename() {
    let source = "import configparser\nconfigparser.ParsingError(source=x, filename=y)\nconfigparser.ParsingError(filename=y)\n";
    let findings = pysunset::check(source, &pysunset::Options::default()).expect("checked");
    let fixable: Vec<(u32, bool)> =
        findings.iter().map(|finding| (finding.range.start.line, finding.fix.is_some())).collect();
    assert_eq!(fixable, [(2, false), (3, true)]);
}

/// The same for a method rename that renames keywords too (`readfp(f, filename=)` becomes
/// `read_file(f, source=)`): a call that passes `source=` as well is offered no fix.
#[test]
fn a_method_rename_is_not_offered_where_its_keyword_rename_would_repeat_a_keyword() {
    let source = "import configparser\ncfg = configparser.ConfigParser()\ncfg.readfp(f, filename=x, source=y)\ncfg.readfp(f, filename=x)\n";
    let findings = pysunset::check(source, &pysunset::Options::default()).expect("checked");
    let fixable: Vec<(u32, bool)> =
        findings.iter().map(|finding| (finding.range.start.line, finding.fix.is_some())).collect();
    assert_eq!(fixable, [(3, false), (4, true)]);
    let outcome = fix(source, &FixOptions::default()).expect("fixable");
    assert!(
        outcome.output.ends_with("cfg.readfp(f, filename=x, source=y)\ncfg.read_file(f, source=x)\n"),
        "{}",
        outcome.output
    );
}

/// Python ends a line at a lone `\r`: uses after the first line are found, and an import a fix
/// adds goes before the code, with the file's own line ending.
#[test]
fn lone_carriage_returns_end_lines() {
    let source = "import os\rimport imp\rimp.reload(os)\r";
    let findings = pysunset::check(source, &pysunset::Options::default()).expect("checked");
    let found: Vec<(u32, u32, &str)> = findings
        .iter()
        .map(|finding| (finding.range.start.line, finding.range.start.column, finding.symbol()))
        .collect();
    assert_eq!(found, vec![(2, 8, "imp"), (3, 1, "imp.reload")]);
    let outcome = fix(source, &FixOptions::default()).expect("fixable");
    assert_eq!(outcome.output, "import os\rimport importlib\rimportlib.reload(os)\r");
    let unused = fix("import os\rimport imp\rx = 1\r", &FixOptions::default()).expect("fixable");
    assert_eq!(unused.output, "import os\rx = 1\r");
}

/// A builtin's alias imported by name (`from sqlite3 import OptimizedUnicode as OU`) reads the
/// whole file again for its fix: once per file, not once per import. Thousands of such imports
/// (as a fuzzed file had) took minutes when each finding parsed the file; now well under the
/// generous bound a loaded machine needs.
#[test]
fn many_builtin_alias_imports_read_the_file_once() {
    let mut source = String::from("import sqlite3\n");
    for n in 0..4000 {
        source.push_str(&format!("from sqlite3 import OptimizedUnicode as OU{n}\nx{n} = OU{n}\n"));
    }
    let options = FixOptions { target: PythonVersion::new(12), unsafe_fixes: false };
    let started = std::time::Instant::now();
    let outcome = fix(&source, &options).expect("fixable");
    assert!(started.elapsed().as_secs() < 120, "{:?} for 4,000 imports", started.elapsed());
    assert!(!outcome.output.contains("OptimizedUnicode"), "every import fixed");
    assert!(outcome.output.contains("x3999 = str\n"));
}

/// Python takes only spaces, tabs and form feeds for blanks: a line of U+3000 (an ideographic
/// space, which Rust's `trim` drops) is code, a syntax error, and the import a fix adds goes
/// above it, where the check of the round's output accepts it. Found by the npm package's
/// decoding test (an EUC-KR file whose first lines are `\xa1\xa1`, U+3000, then `\xa1\xa2`)
/// once the prefilter stopped parsing module-level statements that cannot matter: the import
/// went below the unparsed U+3000 line, into the indentation it opens, and no fix was applied.
#[test]
fn a_line_of_unicode_spaces_is_code_for_the_import_a_fix_adds() {
    let options = FixOptions { target: PythonVersion::DEFAULT_TARGET, unsafe_fixes: false };
    for first in ["\u{3000}", "\u{3000}\u{3000}", "\u{a0}"] {
        let source = format!("{first}\n\u{3001}\n\nimport imp\nimp.reload(x)\n");
        let outcome = fix(&source, &options).expect("fixable");
        assert_eq!(
            outcome.output,
            format!("import importlib\n{first}\n\u{3001}\n\nimportlib.reload(x)\n"),
            "{first:?}"
        );
    }
}
