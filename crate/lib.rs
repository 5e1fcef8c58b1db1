//! pysunset finds Python code that uses standard-library APIs CPython removed (since 3.3),
//! has scheduled for removal, or deprecated with no removal date yet, and says what to use
//! instead.
//!
//! The core is pure Rust: [`check`] takes source text and [`Options`] and returns
//! [`Finding`]s. The command-line interface (`crate/cli`) and the WebAssembly bindings
//! (`crate/wasm.rs`) are thin layers over it.
//!
//! ```
//! let findings = pysunset::check("import asyncore\n", &pysunset::Options::default()).unwrap();
//! assert_eq!(findings[0].symbol(), "asyncore");
//! assert_eq!(findings[0].removed_in().map(|version| version.to_string()).as_deref(), Some("3.12"));
//! ```

#![warn(missing_docs)]
#![warn(clippy::too_many_lines)]

// The layers, bottom up (`tests/layers.rs` keeps every `use crate::` edge pointing down; see
// docs/ARCHITECTURE.md). Facts and leaf types:
pub mod edit;
mod hash;
mod line_diff;
pub mod lines;
pub mod qualified_name;
pub mod rule;
pub mod stdlib;
pub mod test_bases;
pub mod usage;
pub mod version;
// Syntax, settings, suppression comments, and the semantic model (which knows nothing of
// removed APIs: callers pass lookups in):
mod ancestry;
pub mod config;
pub mod semantic;
pub mod suppression;
pub mod syntax;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod test_support;
// The catalogue of removed APIs (each row with its fix), findings, and the fix engine:
mod autofix;
pub mod catalogue;
pub mod finding;
// The detections, one module per kind, the docs generated from the catalogue and the
// detections' words, and the prefilter built from the detections:
mod detections;
pub mod docs;
pub mod prefilter;
// The project index: what a run's modules say about the names others import from them:
pub mod project;
// The checker runs the detections; fixes, inputs and reports build on it:
mod checker;
pub mod fix;
pub mod inputs;
pub mod report;
// The command line's arguments and the settings they resolve to (both CLIs, through wasm too):
pub mod arguments;
pub mod settings;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod server;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use catalogue::{ApiKind, Entry};
pub use edit::{Applicability, Edit, Fix};
pub use finding::Finding;
pub use fix::{fix, FixOptions, FixOutcome};
pub use inputs::{check_file, SourceKind};
pub use lines::{Position, Range};
pub use rule::{Rule, Severity};
pub use version::{InvalidTarget, PythonVersion};

use std::fmt;

/// The largest source text checked, in bytes. Larger inputs get [`CheckError::TooLarge`].
pub const MAX_SOURCE_BYTES: usize = 64 * 1024 * 1024;

pub use syntax::{
    parse_operations_budget, MAX_PARSE_TOKENS, PARSE_OPERATIONS_FLOOR, PARSE_OPERATIONS_PER_TOKEN,
};

/// How to check: the target version and which rules report.
///
/// Every surface (the native CLI, the WebAssembly build, the Node CLI on top of it) filters
/// rules here, so they all report the same findings for the same options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The Python version the code is moving to: APIs removed by then are errors, APIs
    /// deprecated by then and removed later are warnings.
    pub target: PythonVersion,
    /// Report only these rules (`None`: every rule).
    pub select: Option<Vec<Rule>>,
    /// Never report these rules (applied after `select`).
    pub ignore: Vec<Rule>,
}

impl Options {
    /// Every rule, at `target`.
    pub fn new(target: PythonVersion) -> Self {
        Self { target, select: None, ignore: Vec::new() }
    }

    /// Whether findings of `rule` are reported.
    pub fn reports(&self, rule: Rule) -> bool {
        self.select.as_ref().is_none_or(|select| select.contains(&rule)) && !self.ignore.contains(&rule)
    }
}

impl Default for Options {
    fn default() -> Self {
        Self::new(PythonVersion::DEFAULT_TARGET)
    }
}

/// Why a source text could not be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckError {
    /// The text is larger than [`MAX_SOURCE_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The text contains NUL characters, which Python source never does: it is binary data.
    Binary,
    /// The parser gave up on the text.
    Unparsable,
    /// The text has more tokens to parse than [`MAX_PARSE_TOKENS`]: its syntax tree would not
    /// fit in memory (tree-sitter keeps about 250 bytes per token).
    TooManyTokens {
        /// About how many tokens the parse would have read.
        tokens: usize,
    },
    /// The parse went past its budget of parser operations ([`parse_operations_budget`]: a
    /// floor and [`PARSE_OPERATIONS_PER_TOKEN`] a token), which only tree-sitter's error
    /// recovery on some broken code does; the same files in every build.
    ParseTooLong {
        /// The budget it went past.
        operations: usize,
    },
    /// The parse would need more memory than the process could reserve (a memory cap such as
    /// `ulimit -v`); checked before parsing, native builds only.
    OutOfMemory {
        /// About how many bytes the parse would need.
        bytes: usize,
    },
    /// A `.ipynb` file that is not a Jupyter notebook (nbformat 4 JSON); says why.
    InvalidNotebook(String),
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::TooLarge { bytes } => write!(
                f,
                "the file is too large to check ({:.1} MiB; the limit is {} MiB)",
                *bytes as f64 / (1024.0 * 1024.0),
                MAX_SOURCE_BYTES / (1024 * 1024)
            ),
            CheckError::Binary => write!(f, "the file contains NUL bytes: it is binary, not Python source"),
            CheckError::Unparsable => write!(f, "the parser gave up on the file"),
            CheckError::TooManyTokens { tokens } => write!(
                f,
                "the file is too large to check: its syntax tree would hold about {tokens} tokens, over the limit on tree size ({MAX_PARSE_TOKENS} tokens, about {} GB of memory); split it into smaller modules",
                MAX_PARSE_TOKENS * 250 / 1_000_000_000
            ),
            CheckError::OutOfMemory { bytes } => write!(
                f,
                "not enough memory to check the file: it needs about {} MiB; check it alone or with more memory",
                bytes >> 20
            ),
            CheckError::ParseTooLong { operations } => write!(
                f,
                "the parser's error recovery went past {operations} operations, the budget for a file of this size: the file was given up on (look for an unclosed bracket or string)"
            ),
            CheckError::InvalidNotebook(reason) => write!(
                f,
                "not a valid Jupyter notebook ({reason}): expected nbformat 4 JSON with a `cells` list"
            ),
        }
    }
}

impl std::error::Error for CheckError {}

/// Checks one Python source text and returns its findings in source order.
pub fn check(source: &str, options: &Options) -> Result<Vec<Finding>, CheckError> {
    check_in_project(source, options, &project::FileFacts::default())
}

/// [`check`] for a file of a project: `facts` (from [`project::ProjectIndex::facts`]) says what
/// the names it imports from the project's other modules are.
pub fn check_in_project(
    source: &str,
    options: &Options,
    facts: &project::FileFacts,
) -> Result<Vec<Finding>, CheckError> {
    check_planned(source, options, facts, prefilter::window_bytes())
}

/// [`check_in_project`], with module-level code checked in windows past `window_bytes` bytes
/// ([`prefilter::Windows`]).
fn check_planned(
    source: &str,
    options: &Options,
    facts: &project::FileFacts,
    window_bytes: usize,
) -> Result<Vec<Finding>, CheckError> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(CheckError::TooLarge { bytes: source.len() });
    }
    // memchr's search: the standard library's `contains` reads about a byte an instruction.
    if memchr::memchr(0, source.as_bytes()).is_some() {
        return Err(CheckError::Binary);
    }
    // Python ends a line at a lone `\r`: the rules read such a file with `\n` there (the same
    // length, so every offset is the file's), and the fixes' new lines get the file's `\r` back.
    if let Some(normalized) = lines::lone_carriage_returns_as_newlines(source) {
        let mut findings = check_planned(&normalized, options, facts, window_bytes)?;
        if lines::first_line_ending(source) == "\r" {
            for edit in
                findings.iter_mut().filter_map(|finding| finding.fix.as_mut()).flat_map(|fix| &mut fix.edits)
            {
                edit.content = lines::lone_newlines_as(&edit.content, "\r").into();
            }
        }
        return Ok(findings);
    }
    // A byte order mark is not Python: read past it, keeping positions those of the text given.
    let start = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    // Native only: in wasm a failed growth is a trap the host reports, nothing to probe.
    #[cfg(not(target_arch = "wasm32"))]
    syntax::reserve_memory(prefilter::scan_memory(source)).map_err(parse_error)?;
    let (plan, possible) =
        prefilter::plan_in_windows(&source[start..], options.target, &facts.prelude, window_bytes);
    let shifted = |ranges: Vec<std::ops::Range<usize>>| -> Vec<_> {
        ranges.into_iter().map(|range| range.start + start..range.end + start).collect()
    };
    let tree = match plan {
        prefilter::Plan::Skip => return Ok(Vec::new()),
        prefilter::Plan::Whole if start == 0 => syntax::parse_within_budget(source, &[]),
        prefilter::Plan::Whole => {
            syntax::parse_within_budget(source, std::slice::from_ref(&(start..source.len())))
        }
        prefilter::Plan::Ranges(ranges) => syntax::parse_within_budget(source, &shifted(ranges)),
        prefilter::Plan::Windows(windows) => {
            // Each window's tree is dropped before the next is parsed; the findings are kept.
            let mut findings = Vec::new();
            for window in 0..windows.len() {
                let tree = syntax::parse_within_budget(source, &shifted(windows.ranges(window)))
                    .map_err(parse_error)?;
                let mut found = check_tree_in(&tree, source, options, &facts.imports, Some(&possible));
                found.retain(|finding| windows.holds(window, finding.range.start.offset as usize - start));
                findings.append(&mut found);
            }
            checker::in_source_order(&mut findings);
            return Ok(findings);
        }
    }
    .map_err(parse_error)?;
    Ok(check_tree_in(&tree, source, options, &facts.imports, Some(&possible)))
}

/// The error of a parse that failed.
pub(crate) fn parse_error(failure: syntax::ParseFailure) -> CheckError {
    match failure {
        syntax::ParseFailure::TooManyTokens(tokens) => CheckError::TooManyTokens { tokens },
        syntax::ParseFailure::TooManyOperations(operations) => CheckError::ParseTooLong { operations },
        syntax::ParseFailure::OutOfMemory(bytes) => CheckError::OutOfMemory { bytes },
        syntax::ParseFailure::GaveUp => CheckError::Unparsable,
    }
}

#[cfg(test)]
fn check_tree(tree: &tree_sitter::Tree, source: &str, options: &Options) -> Vec<Finding> {
    check_tree_in(tree, source, options, &semantic::project::ProjectImports::default(), None)
}

/// Checks a parsed tree; `possible`: the entries whose evidence the prefilter saw (`None`:
/// every detection runs).
fn check_tree_in(
    tree: &tree_sitter::Tree,
    source: &str,
    options: &Options,
    project: &semantic::project::ProjectImports,
    possible: Option<&[&'static Entry]>,
) -> Vec<Finding> {
    let root = tree.root_node();
    // One pass of a tree cursor for both walks (the model's, the checker's).
    let nodes = syntax::Preorder::new(root);
    let removed = catalogue::REMOVED_APIS;
    let model = semantic::SemanticModel::build_in_project(root, &nodes, source, removed, project.clone());
    checker::run(root, &nodes, &model, options, possible)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parsing only the statements the prefilter picks must find exactly what parsing the
    /// whole file finds.
    #[test]
    fn partial_parses_find_what_whole_parses_find() {
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut partial = 0;
        // Function definitions with nothing of interest, around each fixture, so that most of
        // the text is left out of the partial parse.
        let filler: String =
            (0..200).map(|n| format!("def filler_{n}(a, b):\n    return a + b\n\n")).collect();
        // And module-level statements that share no word with the fixture (left out too).
        let code: String = (0..100)
            .map(|n| format!("filler_value_{n} = filler_make(filler_a, filler_b.c)\nfiller_value_{n} += 1\n"))
            .collect();
        for entry in std::fs::read_dir(fixtures).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|extension| extension != "py") {
                continue; // notebooks and env files have their own tests
            }
            let fixture = std::fs::read_to_string(path).unwrap();
            // Also with every function body cut however small (`prefilter::bodies`), and with
            // plain statements that share no word with it at the start of each body of its
            // functions (left out too).
            let cases = [(&fixture, usize::MAX), (&fixture, 0), (&with_filler_in_bodies(&fixture), 0)];
            for (fixture, body_bytes) in cases {
                let source = format!("{filler}{code}{fixture}\n{code}{filler}");
                for minor in [12, 13] {
                    let options = Options::new(PythonVersion::new(minor));
                    let whole = syntax::parse(&source).map(|tree| check_tree(&tree, &source, &options));
                    let planned = prefilter::with_body_bytes(body_bytes, || check(&source, &options).ok());
                    assert_eq!(planned, whole.or(Some(Vec::new())), "{source}");
                }
            }
            let source = format!("{filler}{code}{fixture}\n{code}{filler}");
            partial += usize::from(matches!(
                prefilter::plan(&source, PythonVersion::DEFAULT_TARGET),
                prefilter::Plan::Ranges(_)
            ));
        }
        assert!(partial >= 3, "the fixtures should exercise partial parses: {partial}");
    }

    /// `source` with two plain statements that share no word with it at the start of the body
    /// of each function whose header is one line (`def` to `:`, the body on the lines after).
    fn with_filler_in_bodies(source: &str) -> String {
        let lines: Vec<&str> = source.split_inclusive('\n').collect();
        let mut out = String::new();
        let mut header = false;
        for line in lines {
            let code = line.trim_start();
            if header && !code.trim().is_empty() && !code.starts_with('#') {
                let indent = &line[..line.len() - code.len()];
                out.push_str(&format!(
                    "{indent}filler_local = filler_make(filler_a, filler_b.c)\n{indent}filler_local += 1\n"
                ));
                header = false;
            }
            out.push_str(line);
            if code.starts_with("def ") || code.starts_with("async def ") {
                header = code.trim_end().ends_with(':');
            }
        }
        out
    }

    /// Module-level statements left out of the parse change no finding: what a kept definition
    /// reads (a receiver, an alias), the calls of a kept function, the docstring a fix's import
    /// goes after, and early exits are kept; the rest is left out.
    #[test]
    fn module_level_code_left_out_changes_no_finding() {
        let unrelated: String = (0..80).map(|n| format!("TABLE_{n} = make(n, {n}).value\n")).collect();
        for case in [
            // The docstring: a fix's `import errno` goes after it (and after the imports).
            "\"\"\"Doc.\"\"\"\nimport os\nUNRELATED = 1\nos.errno\n",
            // What only a kept definition reads: a receiver of another class.
            "import configparser\nPARSER = object()\ndef load(f):\n    PARSER.readfp(f)\n",
            // A chain of names to what a kept definition reads.
            "import collections\nFIRST = collections\nSECOND = FIRST\ndef f(x):\n    return isinstance(x, SECOND.Mapping)\n",
            // Every call of a kept function says what its parameter holds.
            "import configparser\ndef load(parser, f):\n    parser.readfp(f)\nload(object(), f)\n",
            // An early exit and a flag.
            "import imp\nif not HAS_RELOAD:\n    raise ImportError\nimp.reload(m)\nHAS_RELOAD = True\n",
        ] {
            // A docstring is the module's first statement.
            let before = if case.starts_with('"') { "" } else { &unrelated };
            let source = format!("{before}{case}{unrelated}");
            let options = Options::new(PythonVersion::new(14));
            let whole = syntax::parse(&source).map(|tree| check_tree(&tree, &source, &options));
            assert_eq!(check(&source, &options).ok(), whole, "{source}");
            let prefilter::Plan::Ranges(ranges) = prefilter::plan(&source, options.target) else {
                panic!("a partial parse: {source}");
            };
            let parsed: usize = ranges.iter().map(|range| range.len()).sum();
            assert!(parsed < case.len() + 100, "the unrelated statements are left out: {parsed} bytes");
        }
    }

    /// Checks `source` in windows of one plain statement each, and in one parse.
    fn windowed_and_whole(
        source: &str,
        options: &Options,
    ) -> (Result<Vec<Finding>, CheckError>, Vec<Finding>) {
        let facts = project::FileFacts::default();
        let whole = check_planned(source, options, &facts, usize::MAX).unwrap_or_default();
        (check_planned(source, options, &facts, 0), whole)
    }

    /// Checking module-level code in windows (each window's tree dropped before the next) finds
    /// what one parse finds: every fixture, alone and after 100 plain statements with a use
    /// each, in windows of one statement.
    #[test]
    fn windows_find_what_one_parse_finds() {
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let uses: String = (0..100).map(|n| format!("imp.reload(module_{n})\n")).collect();
        let mut windowed = 0;
        for entry in std::fs::read_dir(fixtures).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|extension| extension != "py") {
                continue;
            }
            let fixture = std::fs::read_to_string(path).unwrap();
            for source in [fixture.clone(), format!("import imp\n{uses}{fixture}\n{uses}")] {
                let options = Options::new(PythonVersion::new(14));
                let (windows, whole) = windowed_and_whole(&source, &options);
                assert_eq!(windows.unwrap_or_default(), whole, "{source}");
                windowed += usize::from(matches!(
                    prefilter::plan_in_windows(&source, options.target, "", 0).0,
                    prefilter::Plan::Windows(_)
                ));
            }
        }
        assert!(windowed >= 100, "the fixtures should be checked in windows: {windowed}");
    }

    /// What makes a plain statement's findings depend on other statements keeps those in every
    /// window: the 64 statements a guard looks back over (an early exit), a binding a definition
    /// reads, a call of a function of the file, a binding of the object whose attribute a plain
    /// statement sets (`ftp = ...` before `ftp.ssl_version = ...`); a name bound only by plain
    /// statements and read nowhere does not.
    #[test]
    fn windows_keep_what_a_use_depends_on() {
        let reloads: String = (0..100).map(|n| format!("imp.reload(module_{n})\n")).collect();
        let names: String = (0..100).map(|n| format!("x = ast.Num\ny_{n} = ast.Str\n")).collect();
        // An attribute of a name set again and again: the statements read the name's binding.
        let settings: String = (0..100).map(|_| "ftp.ssl_version = ssl.PROTOCOL_TLS_CLIENT\n").collect();
        for case in [
            format!("import imp\nif not hasattr(imp, \"reload\"):\n    raise ImportError\n{reloads}"),
            format!("import configparser, imp\n{reloads}PARSER = object()\n{reloads}def load(f):\n    PARSER.readfp(f)\n"),
            format!("import configparser, imp\n{reloads}def load(parser, f):\n    parser.readfp(f)\n{reloads}load(object(), f)\n{reloads}"),
            format!("import ast\n{names}"),
            format!("import ftplib, ssl\nftp = ftplib.FTP_TLS(host)\n{settings}done = True\n"),
        ] {
            let options = Options::new(PythonVersion::new(14));
            let (windows, whole) = windowed_and_whole(&case, &options);
            assert_eq!(windows, Ok(whole), "{case}");
            let plan = prefilter::plan_in_windows(&case, options.target, "", 0).0;
            assert!(matches!(plan, prefilter::Plan::Windows(ref windows) if windows.len() >= 90), "{case}");
        }
    }

    /// Plain statements of a kept function's body left out of the parse change no finding:
    /// what binds a name the kept statements read (a flag, a reassigned parameter, a receiver
    /// of another class), local imports, `global`, and the bodies of helpers the kept code
    /// calls (read whole: `has_attr` is a test like `hasattr` only when it does nothing else)
    /// are kept; the rest is left out.
    #[test]
    fn function_body_statements_left_out_change_no_finding() {
        let unrelated: String = (0..80).map(|n| format!("    table_{n} = make(n, {n}).value\n")).collect();
        for case in [
            // A flag assigned, then tested.
            "import imp\ndef f(m):\n{U}    loaded = True\n{U}    if loaded:\n        return\n    imp.reload(m)\n",
            // A parameter reassigned.
            "import configparser\ndef load(parser, f):\n{U}    parser = configparser.ConfigParser()\n{U}    parser.readfp(f)\n",
            // A receiver another statement makes.
            "import configparser\ndef load(f):\n{U}    parser = configparser.RawConfigParser()\n{U}    parser.readfp(f)\n",
            // A local import.
            "def f(m):\n{U}    import imp\n{U}    imp.reload(m)\n",
            // A name made global.
            "import configparser\nPARSER = None\ndef setup():\n    global PARSER\n{U}    PARSER = object()\ndef load(f):\n{U}    PARSER.readfp(f)\n",
            // A receiver made through a local alias, each step bound by its own statement.
            "import configparser\ndef load(f):\n{U}    make = configparser.RawConfigParser\n{U}    parser = make()\n{U}    parser.readfp(f)\n",
            // An alias of a removed function, called under its own name.
            "import imp\ndef f(m):\n{U}    again = imp.reload\n{U}    again(m)\n",
            // A helper the kept code calls: it does more than test.
            "import threading\ndef has_attr(ob, name):\n{U}    return hasattr(ob, name)\nclass W(threading.Thread):\n    def run(self):\n{U}        if has_attr(self, 'daemon'):\n            self.daemon = True\n        else:\n            self.setDaemon(True)\n",
        ] {
            let source = case.replace("{U}", &unrelated);
            let options = Options::new(PythonVersion::new(14));
            let whole = syntax::parse(&source).map(|tree| check_tree(&tree, &source, &options));
            let (checked, plan) = prefilter::with_body_bytes(0, || {
                (check(&source, &options).ok(), prefilter::plan(&source, options.target))
            });
            assert_eq!(checked, whole, "{source}");
            let prefilter::Plan::Ranges(ranges) = plan else {
                panic!("a partial parse: {source}");
            };
            let parsed: usize = ranges.iter().map(|range| range.len()).sum();
            // The helper's body is read whole; the rest is left out.
            let bound = case.len() + if case.contains("has_attr") { 2 * unrelated.len() } else { 100 };
            assert!(parsed < bound, "the unrelated statements are left out: {parsed} bytes\n{source}");
        }
    }

    /// A generated function of assignments and calls on locals, with one use among them, is
    /// parsed less the statements that cannot matter: those that bind what no kept statement
    /// reads, and read no name bound to something that may hold a use (`again` is
    /// `imp.reload`: its call is kept).
    #[test]
    fn a_big_function_of_plain_statements_is_cut_to_what_matters() {
        let step = |n: usize| {
            format!(
                "    v{n} = settings.lookup_value(key_{n}, {n})\n    r{n} = scale_value(v{n}, factor={n})\n    \
                 record_part(r{n}, part_{n})\n    items{n} = [v{n}, r{n}, {n}]\n    \
                 total{n} = count_items(items{n}) + offset\n    trace_step({n}, total{n})\n"
            )
        };
        let steps = |range: std::ops::Range<usize>| range.map(step).collect::<String>();
        let source = format!(
            "import imp\n\ndef scale_value(x, factor=1):\n    return x * factor\n\n\
             def generated(settings, m, offset):\n{}    again = imp.reload\n{}    again(m)\n{}    return settings\n",
            steps(0..100),
            steps(100..200),
            steps(200..300)
        );
        let options = Options::new(PythonVersion::new(14));
        let whole = syntax::parse(&source).map(|tree| check_tree(&tree, &source, &options));
        let (checked, plan) = prefilter::with_body_bytes(0, || {
            (check(&source, &options).ok(), prefilter::plan(&source, options.target))
        });
        assert_eq!(checked, whole);
        let prefilter::Plan::Ranges(ranges) = plan else {
            panic!("a partial parse: {plan:?}");
        };
        let parsed: usize = ranges.iter().map(|range| range.len()).sum();
        let kept: String = ranges.iter().map(|range| &source[range.clone()]).collect();
        assert!(parsed < 1_000, "{parsed} of {} bytes parsed:\n{kept}", source.len());
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_positions_stay_those_of_the_text() {
        let findings = check("\u{feff}import imp\n", &Options::default()).unwrap();
        assert_eq!(findings.len(), 1);
        assert_eq!((findings[0].range.start.column, findings[0].range.start.offset), (9, 10));
        let padded = format!("\u{feff}import imp\n{}", "def f():\n    return 1\n".repeat(200));
        assert_eq!(check(&padded, &Options::default()).unwrap().len(), 1);
    }
}
