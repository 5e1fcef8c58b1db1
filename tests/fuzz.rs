//! A stable-Rust fuzzer (cargo-fuzz needs nightly): mutants of the fixtures, the fix fixtures
//! and the notebooks go through `check`, `fix` and the notebook reader and fixer. Each input
//! must finish within a time budget (a super-linear case fails here, as `\` lines once did),
//! never panic, and a fix may never add a syntax error (CPython's rules included).
//!
//! The test command runs a fixed, deterministic 150 inputs. A campaign (docs/guide/reliability.md)
//! sets, all optional:
//! - `PYSUNSET_FUZZ_SECONDS`: this thread's CPU time to spend; `PYSUNSET_FUZZ_SEED`: the seed;
//! - `PYSUNSET_FUZZ_CORPUS`: more directories of `.py` files, `:`-separated (CPython's `Lib`);
//! - `PYSUNSET_FUZZ_PYTHON`: a CPython; every changed fix output of an input it compiles must
//!   compile too (`compile(text, name, "exec")`);
//! - `PYSUNSET_FUZZ_WASM`: the wasm package's Node build (`pkg/nodejs/pysunset.js`); `check` and
//!   `fix` there must give the native findings and output (the differential);
//! - `PYSUNSET_FUZZ_KEEP_GOING=1`: record a failure and go on (the test fails at the end).
//!
//! `PYSUNSET_FUZZ_SECONDS=3600 nice -n 19 cargo test --release --test fuzz -- --nocapture`.
//! A failing input is written to `target/fuzz-failures/` to reproduce it; the input being checked
//! stays there as `SEED-in-flight` when the process aborts (a stack overflow) mid-input.

use pysunset::fix::syntax_errors;
use pysunset::{check, check_file, fix, FixOptions, Options, PythonVersion};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

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

/// This thread's CPU time in seconds (Linux), else the wall clock.
fn clock() -> f64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|stat| stat.split_whitespace().next()?.parse::<f64>().ok())
        .map_or_else(|| START.get_or_init(std::time::Instant::now).elapsed().as_secs_f64(), |ns| ns / 1e9)
}

fn corpus() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files = Vec::new();
    for directory in std::env::var("PYSUNSET_FUZZ_CORPUS").unwrap_or_default().split(':') {
        if !directory.is_empty() {
            python_files(Path::new(directory), &mut files);
        }
    }
    for directory in ["fixtures", "fixes", "fixtures/notebooks"] {
        let Ok(entries) = std::fs::read_dir(root.join(directory)) else { continue };
        let mut paths: Vec<PathBuf> = entries.filter_map(|entry| Some(entry.ok()?.path())).collect();
        paths.sort();
        for path in paths {
            let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
            if !(name.ends_with(".py") || name.ends_with(".ipynb")) {
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(&path) {
                files.push((name, text));
            }
        }
    }
    files
}

/// The UTF-8 `.py` files under `directory` (not `site-packages`), sorted, for the corpus.
fn python_files(directory: &Path, files: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(directory) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|entry| Some(entry.ok()?.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        let Ok(kind) = std::fs::symlink_metadata(&path) else { continue };
        if kind.is_dir() && name != "site-packages" && name != "__pycache__" {
            python_files(&path, files);
        } else if kind.is_file() && name.ends_with(".py") {
            if let Ok(text) = std::fs::read_to_string(&path) {
                files.push((name, text));
            }
        }
    }
}

/// Pieces that have broken parsers: brackets, quotes, line joins, indentation, encodings.
const PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "'",
    "\"",
    "\"\"\"",
    "\\",
    "\\\n",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "    ",
    "#",
    "import imp\n",
    "imp.reload(m)",
    "from imp import *\n",
    "elif x:\n",
    "lambda: ",
    ",",
    "=",
    "*",
    "**",
    "@",
    "\u{feff}",
    "\u{e9}",
    "\u{1d11e}",
    "\x0c",
    "if sys.version_info < (3, 12):\n",
    "self.assertEquals(a, b)",
    "configparser.ParsingError(source=x, filename=y)",
    "f'{x}'",
    "async ",
    "yield ",
    "% ",
    "\\N{DASH}",
];

fn mutate(random: &mut Random, corpus: &[(String, String)], base: &str) -> String {
    let mut text: Vec<char> = base.chars().collect();
    for _ in 0..1 + random.below(6) {
        let at = random.below(text.len() + 1);
        match random.below(7) {
            0 if !text.is_empty() => {
                let end = (at + 1 + random.below(40)).min(text.len());
                text.drain(at.min(end)..end);
            }
            1 | 2 => text.splice(at..at, PIECES[random.below(PIECES.len())].chars()).for_each(drop),
            3 => {
                // A line repeated many times: super-linear stages show up here.
                let line_start = text[..at].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
                let line_end = text[at..].iter().position(|&c| c == '\n').map_or(text.len(), |i| at + i + 1);
                let line: Vec<char> = text[line_start..line_end].to_vec();
                // At most ~400,000 characters, so repeats of repeats stay a few MB at most.
                let copies = 1 + random.below(2_000).min(400_000 / line.len().max(1));
                let repeated: Vec<char> = line.iter().copied().cycle().take(line.len() * copies).collect();
                text.splice(line_end..line_end, repeated).for_each(drop);
            }
            4 => {
                // A piece of another file.
                let (_, other) = &corpus[random.below(corpus.len())];
                let other: Vec<char> = other.chars().collect();
                let start = random.below(other.len());
                let end = (start + random.below(400)).min(other.len());
                text.splice(at..at, other[start..end].iter().copied()).for_each(drop);
            }
            5 if !text.is_empty() => {
                let index = at.min(text.len() - 1);
                text[index] = PIECES[random.below(PIECES.len())].chars().next().unwrap_or(' ');
            }
            _ => {
                let cut = random.below(text.len() + 1);
                text.truncate(cut);
            }
        }
    }
    text.into_iter().collect()
}

/// A long-lived helper process that answers one line per length-prefixed input.
struct Helper {
    command: Vec<String>,
    process: Option<(Child, ChildStdin, BufReader<ChildStdout>)>,
}

impl Helper {
    fn new(command: Vec<String>) -> Self {
        Helper { command, process: None }
    }

    /// Sends `input` (UTF-8, after its length in bytes and a newline); the helper's one-line
    /// answer, or `None` when the helper died (it is restarted for the next input).
    fn ask(&mut self, input: &str) -> Option<String> {
        if self.process.is_none() {
            let mut child = Command::new(&self.command[0])
                .args(&self.command[1..])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .ok()?;
            let (stdin, stdout) = (child.stdin.take()?, child.stdout.take()?);
            self.process = Some((child, stdin, BufReader::new(stdout)));
        }
        let (_, stdin, stdout) = self.process.as_mut()?;
        let mut answer = String::new();
        let asked = write!(stdin, "{}\n{input}", input.len()).and_then(|()| stdin.flush());
        if asked.is_err() || stdout.read_line(&mut answer).ok()? == 0 {
            if let Some((mut child, _, _)) = self.process.take() {
                let _ = child.kill();
                let _ = child.wait();
            }
            return None;
        }
        Some(answer.trim_end().to_string())
    }
}

/// CPython: "ok" when the text compiles as a module, else "refused: message".
const PYTHON_ORACLE: &str = r#"
import sys, warnings
warnings.simplefilter("ignore")
sys.setrecursionlimit(10000)
source, sink = sys.stdin.buffer, sys.stdout
while True:
    size = source.readline()
    if not size:
        break
    text = source.read(int(size)).decode("utf-8")
    try:
        compile(text, "<fuzz>", "exec", dont_inherit=True)
        answer = "ok"
    except Exception as error:
        answer = "refused: " + " ".join(repr(error).split())
    sink.write(answer + "\n")
    sink.flush()
"#;

/// Node with the wasm package: one JSON line `{findings, output}` per input (`check` and an
/// unsafe `fix` at the newest target), or `{error}`.
const WASM_ORACLE: &str = r#"
const fs = require("fs");
const pysunset = require(process.argv[1]);
const target = process.argv[2];
let pending = Buffer.alloc(0);
const chunk = Buffer.alloc(1 << 16);
function more() {
  const read = fs.readSync(0, chunk, 0, chunk.length, null);
  if (read === 0) process.exit(0);
  pending = Buffer.concat([pending, chunk.subarray(0, read)]);
}
for (;;) {
  while (pending.indexOf(10) < 0) more();
  const end = pending.indexOf(10);
  const size = Number(pending.subarray(0, end).toString());
  pending = pending.subarray(end + 1);
  while (pending.length < size) more();
  const text = pending.subarray(0, size).toString("utf8");
  pending = pending.subarray(size);
  let answer;
  try {
    const findings = pysunset.check(text, { target });
    const output = pysunset.fix(text, { target, unsafeFixes: true }).output;
    answer = { findings, output };
  } catch (error) {
    answer = { error: String(error && error.message) };
  }
  fs.writeSync(1, JSON.stringify(answer) + "\n");
}
"#;

/// What a campaign checks beyond the native run, and what it counted.
#[derive(Default)]
struct Oracles {
    python: Option<Helper>,
    wasm: Option<Helper>,
    compiled: u64,
    compared: u64,
}

impl Oracles {
    fn from_environment() -> Self {
        let mut oracles = Oracles::default();
        if let Ok(python) = std::env::var("PYSUNSET_FUZZ_PYTHON") {
            oracles.python = Some(Helper::new(vec![python, "-c".into(), PYTHON_ORACLE.into()]));
        }
        if let Ok(package) = std::env::var("PYSUNSET_FUZZ_WASM") {
            let package = std::fs::canonicalize(&package).expect("PYSUNSET_FUZZ_WASM names the Node build");
            let target = PythonVersion::NEWEST_TARGET.to_string();
            let command = ["node", "-e", WASM_ORACLE, &package.to_string_lossy(), &target];
            oracles.wasm = Some(Helper::new(command.iter().map(|s| s.to_string()).collect()));
        }
        oracles
    }

    /// CPython refuses `output` though it compiled `input`.
    fn compile_check(&mut self, input: &str, output: &str) -> Result<(), String> {
        let Some(python) = self.python.as_mut() else { return Ok(()) };
        if python.ask(input).as_deref() != Some("ok") {
            return Ok(());
        }
        self.compiled += 1;
        match python.ask(output) {
            Some(answer) if answer != "ok" => Err(format!("CPython refuses the fix output: {answer}")),
            _ => Ok(()),
        }
    }

    /// The wasm build's findings and fix output differ from the native ones.
    fn differential(
        &mut self,
        input: &str,
        findings: &[pysunset::Finding],
        output: &str,
    ) -> Result<(), String> {
        let Some(wasm) = self.wasm.as_mut() else { return Ok(()) };
        let Some(answer) = wasm.ask(input) else { return Err("the wasm build's process died".into()) };
        let answer: serde_json::Value = serde_json::from_str(&answer).map_err(|e| format!("wasm: {e}"))?;
        if let Some(error) = answer.get("error") {
            return Err(format!("the wasm build threw: {error}"));
        }
        self.compared += 1;
        let native = without_nulls(serde_json::to_value(findings).expect("serialisable"));
        if without_nulls(answer["findings"].clone()) != native {
            return Err(format!("findings differ: native {native}, wasm {}", answer["findings"]));
        }
        if answer["output"].as_str() != Some(output) {
            return Err("fix outputs differ between native and wasm".into());
        }
        Ok(())
    }
}

/// `value` without `null` members (serde_json writes `None` as `null`; the wasm build leaves
/// such members out).
fn without_nulls(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(members) => Value::Object(
            members.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, without_nulls(v))).collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

/// One input through every target; `Err` says what went wrong. The oracles' time is not
/// counted in the budget (`clock` is this thread's CPU time).
fn run_one(name: &str, text: &str, oracles: &mut Oracles) -> Result<(), String> {
    let options = Options::new(PythonVersion::NEWEST_TARGET);
    let fix_options = FixOptions { target: PythonVersion::NEWEST_TARGET, unsafe_fixes: true };
    if name.ends_with(".ipynb") {
        let _ = check_file(name, text, &options);
        let _ = pysunset::inputs::fix_file(name, text, &fix_options, None, &[]);
        return Ok(());
    }
    let findings = check(text, &options);
    let Ok(outcome) = fix(text, &fix_options) else { return Ok(()) };
    if outcome.output != text {
        let (before, after) = (syntax_errors(text), syntax_errors(&outcome.output));
        if let (Some(before), Some(after)) = (before, after) {
            if after > before {
                return Err(format!("the fix added syntax errors ({before} -> {after})"));
            }
        }
        oracles.compile_check(text, &outcome.output)?;
    }
    if let Ok(findings) = &findings {
        oracles.differential(text, findings, &outcome.output)?;
    }
    // The same text as a notebook cell.
    let cell = serde_json::json!({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": "code", "metadata": {}, "execution_count": null, "outputs": [], "source": text}
    ]});
    let _ = check_file("cell.ipynb", &cell.to_string(), &options);
    Ok(())
}

#[test]
fn fuzzed_inputs_are_handled_in_time() {
    let seconds: Option<f64> = std::env::var("PYSUNSET_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok());
    let inputs: u64 = if seconds.is_some() { u64::MAX } else { 150 };
    let seconds = seconds.unwrap_or(f64::INFINITY);
    let seed: u64 =
        std::env::var("PYSUNSET_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x5eed_f022);
    let keep_going = std::env::var_os("PYSUNSET_FUZZ_KEEP_GOING").is_some();
    // Per input: generous for an unoptimised build on a busy machine, far below what a
    // quadratic stage takes on the inputs the mutations make (up to a few hundred KB).
    let budget: f64 = if cfg!(debug_assertions) { 20.0 } else { 5.0 };
    let corpus = corpus();
    assert!(corpus.len() > 20, "the corpus is missing: {}", corpus.len());
    let mut oracles = Oracles::from_environment();
    let mut random = Random(seed | 1);
    let start = clock();
    let (mut runs, mut slowest, mut bytes, mut report) = (0u64, 0.0f64, 0u64, start);
    let mut found: Vec<String> = Vec::new();
    let mut slowest_input = String::new();
    let failures = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../fuzz-failures");
    let in_flight = failures.join(format!("{seed:x}-in-flight"));
    while clock() - start < seconds && runs < inputs {
        let (name, base) = &corpus[random.below(corpus.len())];
        let input = mutate(&mut random, &corpus, base);
        // An abort (a stack overflow) ends the process before a failure can be saved: the input
        // being checked is on disk until the run ends, to reproduce it.
        let _ = std::fs::create_dir_all(&failures);
        let _ = std::fs::write(&in_flight, &input);
        let began = clock();
        let outcome =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_one(name, &input, &mut oracles)))
                .unwrap_or_else(|panic| Err(format!("panic: {:?}", panic.downcast_ref::<String>())));
        let took = clock() - began;
        if took > slowest {
            // The slowest input so far stays on disk, to look for a stage that grows too fast.
            slowest = took;
            slowest_input = format!("{name} mutant {runs} ({} bytes)", input.len());
            let _ = std::fs::write(failures.join(format!("{seed:x}-slowest")), &input);
        }
        bytes += input.len() as u64;
        let problem = match outcome {
            Err(problem) => Some(problem),
            Ok(()) if took > budget => Some(format!("took {took:.1} s ({} bytes)", input.len())),
            Ok(()) => None,
        };
        if let Some(problem) = problem {
            let _ = std::fs::create_dir_all(&failures);
            let saved = failures.join(format!("{seed:x}-{runs}-{name}"));
            let _ = std::fs::write(&saved, &input);
            let message = format!("{name} mutant {runs}: {problem}; input saved as {}", saved.display());
            assert!(keep_going, "{message}");
            eprintln!("fuzz: FAILED {message}");
            found.push(message);
        }
        runs += 1;
        if clock() - report > 300.0 {
            report = clock();
            eprintln!(
                "fuzz: {runs} inputs, {:.0} s of CPU, {} MB, {} compiled, {} compared, {} failures",
                report - start,
                bytes >> 20,
                oracles.compiled,
                oracles.compared,
                found.len()
            );
        }
    }
    let _ = std::fs::remove_file(&in_flight);
    eprintln!(
        "fuzz: seed {seed}: {runs} inputs ({} MB) in {:.1} s of CPU, slowest {slowest:.3} s ({slowest_input}, saved as {seed:x}-slowest); {} fix outputs compiled by CPython, {} compared with wasm; {} failures",
        bytes >> 20,
        clock() - start,
        oracles.compiled,
        oracles.compared,
        found.len()
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
    assert!(runs > 10, "{runs}");
}
