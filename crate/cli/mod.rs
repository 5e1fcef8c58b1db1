//! The native command-line interface: `pysunset [OPTIONS] PATH...`.

pub(crate) mod configuration;
pub mod decode;
pub(crate) mod files;
mod fixing;
mod project;
mod threads;

use crate::arguments::{parse_arguments, Arguments, Color, FixMode, Parsed};
use crate::finding::Severity;
use crate::report::{FileOutcome, FileReport, Output, RenderOptions};
use crate::version::PythonVersion;
use crate::{Options, SourceKind};
use configuration::{Resolver, Settings};
use files::{Exclusion, Input};
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::usage::USAGE;

/// Runs the command with the process's arguments.
pub fn main() -> ExitCode {
    threads::configure();
    match parse_arguments(std::env::args_os().skip(1)) {
        Ok(Parsed::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Parsed::Version) => {
            println!("pysunset {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Ok(Parsed::Catalogue) => {
            let entries: Vec<_> = crate::catalogue::ENTRIES.iter().map(crate::docs::EntryInfo::of).collect();
            match serde_json::to_string_pretty(&entries) {
                Ok(json) => {
                    println!("{json}");
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("pysunset: {error}");
                    ExitCode::from(2)
                }
            }
        }
        Ok(Parsed::Run(arguments)) => run(&arguments),
        Err(message) => {
            eprintln!("pysunset: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The outcome of checking one input: its report, a note for standard error, and with `--diff`
/// the diff of its fixes.
struct Checked {
    report: FileReport,
    note: Option<String>,
    diff: Option<Vec<u8>>,
}

fn skipped(path: String, problem: String) -> Checked {
    FileOutcome::skipped(path, problem).into()
}

impl From<FileOutcome> for Checked {
    fn from(outcome: FileOutcome) -> Self {
        Checked { report: outcome.report, note: outcome.note, diff: None }
    }
}

/// Reads at most `limit + 1` bytes from `reader` (one more than the limit tells a file that is
/// too large without reading all of it), into a buffer made for `expected` bytes (a file's size:
/// read in one allocation instead of a buffer doubled and copied as it fills).
fn read_limited(reader: impl Read, limit: usize, expected: usize) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(expected.min(limit) + 1);
    reader.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The bytes of a file named on the command line or found in a directory: regular files only
/// (a symbolic link is followed to one), never more than the size limit plus one byte, so that
/// a FIFO cannot block the run, `/dev/zero` cannot fill the memory and a sparse file of
/// gigabytes is not read to be refused.
fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    let cannot = |error: std::io::Error| format!("skipped: cannot read: {error}");
    let metadata = std::fs::metadata(path).map_err(cannot)?;
    if !metadata.is_file() {
        return Err("skipped: not a regular file (a FIFO, a device or a socket)".to_string());
    }
    if metadata.len() > crate::MAX_SOURCE_BYTES as u64 {
        let error =
            crate::CheckError::TooLarge { bytes: usize::try_from(metadata.len()).unwrap_or(usize::MAX) };
        return Err(format!("skipped: {error}"));
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    // The name may have been given to something else between the two looks.
    if !file.metadata().map_err(cannot)?.is_file() {
        return Err("skipped: not a regular file (a FIFO, a device or a socket)".to_string());
    }
    let expected = usize::try_from(metadata.len()).unwrap_or(0);
    read_limited(file, crate::MAX_SOURCE_BYTES, expected).map_err(cannot)
}

/// A path as the CLI shows it: as given, with `/` separators on Windows too.
fn shown_path(path: &Path) -> String {
    let shown = path.display().to_string();
    if cfg!(windows) {
        shown.replace('\\', "/")
    } else {
        shown
    }
}

/// An input as read once, for the project index and the check: the path it is shown as, and
/// its bytes or why there are none (`skipped: ...`).
struct ReadInput {
    path: String,
    bytes: Result<Vec<u8>, String>,
}

fn read_input(input: &Input, arguments: &Arguments) -> ReadInput {
    match input {
        Input::Stdin => ReadInput {
            path: arguments.stdin_filename.as_deref().unwrap_or("-").to_string(),
            bytes: read_limited(std::io::stdin().lock(), crate::MAX_SOURCE_BYTES, 0)
                .map_err(|error| format!("skipped: cannot read: {error}")),
        },
        Input::File(path) => ReadInput { path: shown_path(path), bytes: read_file(path) },
    }
}

/// A read input's text as decoded (`None` when its bytes could not be read).
type Decoded<'a> = Option<(Option<std::borrow::Cow<'a, str>>, Option<decode::DecodeProblem>)>;

fn check_input(
    input: &Input,
    read: &ReadInput,
    decoded: Decoded<'_>,
    arguments: &Arguments,
    options: &Options,
    facts: &crate::project::FileFacts,
) -> Checked {
    let path = read.path.clone();
    let (bytes, (text, decode_problem)) = match (&read.bytes, decoded) {
        (Ok(bytes), Some(decoded)) => (bytes, decoded),
        (Err(problem), _) => return skipped(path, problem.clone()),
        (Ok(_), None) => return skipped(path, "skipped: not read".to_string()),
    };
    let Some(text) = text else {
        return FileOutcome::undecodable(path, decode_problem).into();
    };
    let repaired = matches!(decode_problem, Some(decode::DecodeProblem::Repaired { .. }));
    let shown = crate::report::escape::visible(&path).into_owned();
    let mut note = decode_problem.map(|problem| format!("{shown}: {problem}"));
    let python = matches!(SourceKind::for_path(&path), None | Some(SourceKind::Python | SourceKind::Stub));
    if arguments.fix != FixMode::Report && python {
        if repaired {
            let not_fixed = format!("{shown}: not fixed: its bytes are not valid in its encoding");
            note = Some(note.map_or(not_fixed.clone(), |note| format!("{note}\n{not_fixed}")));
        } else {
            let run = FileRun { arguments, options, facts };
            return fix_input(input, path, bytes, &text, &run, note);
        }
    }
    FileOutcome::check_text_in(path, &text, note, options, facts).into()
}

/// What a `--fix` or `--diff` of one file runs with.
#[derive(Clone, Copy)]
struct FileRun<'a> {
    arguments: &'a Arguments,
    options: &'a Options,
    /// What the project index knows of the names the file imports.
    facts: &'a crate::project::FileFacts,
}

/// `--fix` or `--diff` for one Python input: the remaining findings, and the diff or the write.
fn fix_input(
    input: &Input,
    path: String,
    bytes: &[u8],
    text: &str,
    run: &FileRun,
    mut note: Option<String>,
) -> Checked {
    let FileRun { arguments, options, facts } = *run;
    let fix_options = crate::FixOptions { target: options.target, unsafe_fixes: arguments.unsafe_fixes };
    // Only the selected rules are fixed (and reported), with what the project index knows.
    let outcome = match crate::fix::fix_in_project(
        text,
        &fix_options,
        options.select.as_deref(),
        &options.ignore,
        facts,
    ) {
        Ok(outcome) => outcome,
        Err(error) => return skipped(path, format!("skipped: {error}")),
    };
    let findings = outcome.remaining;
    let mut report = FileReport { path, findings, fixed: outcome.applied.len(), ..FileReport::default() };
    let mut diff = None;
    let mut source = text.to_string();
    if outcome.output != text {
        match (arguments.fix, input) {
            (FixMode::Diff, _) => {
                // A diff of the bytes, in the file's encoding with its byte order mark, applies
                // with `patch` to the file as it is; text in an encoding that does not give back
                // its bytes is shown as UTF-8.
                diff = Some(match fixing::encode_like(bytes, text, &outcome.output) {
                    Some(encoded) => crate::report::unified_diff_bytes(&report.path, bytes, &encoded),
                    None => crate::report::unified_diff(&report.path, text, &outcome.output).into_bytes(),
                })
            }
            (_, Input::File(file)) => {
                let written = fixing::encode_like(bytes, text, &outcome.output)
                    .ok_or_else(|| "its encoding does not give back the same bytes".to_string())
                    .and_then(|encoded| fixing::write_fixed(file, bytes, &encoded));
                match written {
                    Ok(()) => source = outcome.output,
                    Err(error) => {
                        let shown = crate::report::escape::visible(&report.path);
                        note = Some(format!("{shown}: not fixed: {error}"));
                        // What was reported as fixed is still there.
                        report.fixed = 0;
                        report.findings = crate::check_in_project(text, options, facts).unwrap_or_default();
                    }
                }
            }
            (_, Input::Stdin) => {}
        }
    } else if let (true, Input::File(file)) = (arguments.fix == FixMode::Write, input) {
        if let Some(error) = fixing::interrupted_copy(file, bytes) {
            let shown = crate::report::escape::visible(&report.path);
            note = Some(format!("{shown}: not fixed: {error}"));
        }
    }
    if !report.findings.is_empty() {
        report.source = Some(source);
    }
    Checked { report, note, diff }
}

fn use_color(color: Color) -> bool {
    match color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Checks (or fixes) the inputs, each read and decoded once for the project index and then for
/// its check: `index_note` gets the index's note about what it could not follow, then `each`
/// gets the inputs' outcomes in input order as they come. Files are taken in input order by the
/// threads that check them, and a checked file waits only for the files before it, so that
/// the outcomes held at once are few (not the run's).
fn check_inputs(
    inputs: &[(Input, usize)],
    arguments: &Arguments,
    settings: &[Settings],
    index_note: impl FnOnce(Option<String>),
    mut each: impl FnMut(Checked),
) {
    let read: Vec<ReadInput> = inputs.par_iter().map(|(input, _)| read_input(input, arguments)).collect();
    let decoded: Vec<Decoded> =
        read.par_iter().map(|read| read.bytes.as_deref().ok().map(decode::decode)).collect();
    let (index, unfollowed) = project::index(inputs, &read, &decoded);
    index_note(project::note(inputs, &unfollowed));
    let decoded: Vec<Mutex<Decoded>> = decoded.into_iter().map(Mutex::new).collect();
    let next = AtomicUsize::new(0);
    let check = |at: usize| {
        let (input, path_index) = &inputs[at];
        let decoded =
            std::mem::take(&mut *decoded[at].lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
        check_input(input, &read[at], decoded, arguments, &settings[*path_index].options, &index.facts(at))
    };
    // Enough for every thread to hand over its file while the writer is busy.
    let (sender, receiver) = std::sync::mpsc::sync_channel(2 * rayon::current_num_threads());
    std::thread::scope(|scope| {
        scope.spawn(|| {
            rayon::broadcast(|_| loop {
                let at = next.fetch_add(1, Ordering::Relaxed);
                if at >= inputs.len() || sender.send((at, check(at))).is_err() {
                    break;
                }
            });
            drop(sender);
        });
        let mut waiting = BTreeMap::new();
        let mut written = 0;
        for (at, checked) in receiver {
            waiting.insert(at, checked);
            while let Some(checked) = waiting.remove(&written) {
                each(checked);
                written += 1;
            }
        }
    });
}

/// Standard output, buffered, for [`Output`]; a write that fails (a closed pipe) is remembered
/// and the writes after it are not tried.
struct Stdout {
    out: BufWriter<std::io::StdoutLock<'static>>,
    failed: bool,
}

impl Stdout {
    fn new() -> Self {
        Stdout { out: BufWriter::with_capacity(1 << 16, std::io::stdout().lock()), failed: false }
    }

    fn write_bytes(&mut self, bytes: &[u8]) -> std::fmt::Result {
        if !self.failed && self.out.write_all(bytes).is_err() {
            self.failed = true;
        }
        if self.failed {
            Err(std::fmt::Error)
        } else {
            Ok(())
        }
    }

    /// Whether everything was written.
    fn flush(mut self) -> bool {
        !self.failed && self.out.flush().is_ok()
    }
}

impl std::fmt::Write for Stdout {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.write_bytes(text.as_bytes())
    }
}

/// Where a run's outcomes go as they come: with `--diff` the diffs, else the findings in the
/// run's format.
enum Sink<'o> {
    /// The diffs, made safe to show ([`crate::report::diff_for_terminal`]) when standard output
    /// is a terminal (`terminal`); as they are, for `patch`, when it is a file or a pipe.
    Diffs {
        stdout: Stdout,
        terminal: bool,
    },
    Findings(Output<'o, Stdout>),
}

/// What a run has printed and counted so far.
struct Printed<'o> {
    sink: Sink<'o>,
    /// Files named or found, and those that could not be checked.
    files: usize,
    unchecked: usize,
    /// Whether a file has an error finding.
    errors: bool,
    /// `--diff`: files with a diff, and the fixes in them.
    changed: usize,
    fixes: usize,
}

impl Printed<'_> {
    fn add(&mut self, checked: Checked) {
        if let Some(note) = &checked.note {
            let _ = writeln!(std::io::stderr(), "{note}");
        }
        let report = checked.report;
        self.files += 1;
        self.unchecked += usize::from(report.problem.is_some());
        self.errors |= report.findings.iter().any(|finding| finding.severity == Severity::Error);
        // A failed write is reported once the run is over; the other files are still checked
        // (and fixed).
        let _ = match &mut self.sink {
            Sink::Diffs { stdout, terminal } => match checked.diff {
                Some(diff) => {
                    self.changed += 1;
                    self.fixes += report.fixed;
                    match terminal {
                        true => stdout.write_bytes(&crate::report::diff_for_terminal(&diff)),
                        false => stdout.write_bytes(&diff),
                    }
                }
                None => Ok(()),
            },
            Sink::Findings(output) => output.report(Cow::Owned(report)),
        };
    }

    /// Files were named or found, and not one could be checked: nothing was verified (in every
    /// mode: a check, --fix and --diff).
    fn nothing_checked(&self) -> bool {
        self.files > 0 && self.unchecked == self.files
    }
}

fn run(arguments: &Arguments) -> ExitCode {
    let mut resolver = match Resolver::new(arguments.config.clone(), arguments.flags.clone()) {
        Ok(resolver) => resolver,
        Err(message) => {
            eprintln!("pysunset: {message}");
            return ExitCode::from(2);
        }
    };
    let mut settings: Vec<Settings> = Vec::with_capacity(arguments.paths.len());
    for path in &arguments.paths {
        let path = match path.as_str() {
            "-" => Path::new(arguments.stdin_filename.as_deref().unwrap_or(".")),
            path => Path::new(path),
        };
        match resolver.settings(path) {
            Ok(found) => settings.push(found),
            Err(message) => {
                eprintln!("pysunset: {message}");
                return ExitCode::from(2);
            }
        }
    }
    let exclusion = |index: usize| {
        let loaded = settings[index].loaded.as_ref()?;
        Some(Exclusion { root: &loaded.root, patterns: &loaded.config.exclude })
    };
    let files::Discovered { inputs, problems: discovery_problems } =
        match files::discover(&arguments.paths, exclusion) {
            Ok(found) => found,
            Err(files::MissingPath(path)) => {
                eprintln!("pysunset: {}: no such file or directory", path.display());
                return ExitCode::from(2);
            }
        };
    let target = settings.first().map_or(PythonVersion::DEFAULT_TARGET, |first| first.options.target);
    let options = RenderOptions {
        format: arguments.format,
        target,
        color: use_color(arguments.color),
        checked_files: None,
        unsafe_fixes: arguments.unsafe_fixes,
    };
    let sink = match arguments.fix {
        FixMode::Diff => Sink::Diffs { stdout: Stdout::new(), terminal: std::io::stdout().is_terminal() },
        _ => match Output::new(Stdout::new(), &options) {
            Ok(output) => Sink::Findings(output),
            Err(_) => return ExitCode::from(2),
        },
    };
    let mut printed = Printed { sink, files: 0, unchecked: 0, errors: false, changed: 0, fixes: 0 };
    let index_note = |note: Option<String>| {
        let mut stderr = std::io::stderr().lock();
        for (path, problem) in &discovery_problems {
            let _ = writeln!(stderr, "{}: {problem}", path.display());
        }
        if let Some(note) = note {
            let _ = writeln!(stderr, "{note}");
        }
    };
    check_inputs(&inputs, arguments, &settings, index_note, |checked| printed.add(checked));
    let nothing_checked = printed.nothing_checked();
    let Printed { sink, errors, changed, fixes, .. } = printed;
    let mut stderr = std::io::stderr().lock();
    let written = match sink {
        Sink::Diffs { stdout, .. } => stdout.flush(),
        Sink::Findings(output) => output.finish().is_ok_and(Stdout::flush),
    };
    if !written {
        return ExitCode::from(2);
    }
    if arguments.fix == FixMode::Diff {
        let _ = writeln!(stderr, "{}", crate::report::would_fix(fixes, changed));
    }
    if nothing_checked {
        let _ = writeln!(stderr, "pysunset: no file could be checked");
        ExitCode::from(2)
    } else if arguments.fix == FixMode::Diff {
        ExitCode::from(u8::from(changed > 0))
    } else if errors && !arguments.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
