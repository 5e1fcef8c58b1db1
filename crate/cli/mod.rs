//! The native command-line interface: `pysunset [OPTIONS] PATH...`.

pub(crate) mod configuration;
mod decode;
mod files;
mod fixing;

use crate::arguments::{parse_arguments, Arguments, Color, FixMode, Parsed};
use crate::finding::Severity;
use crate::report::{FileReport, RenderOptions};
use crate::version::PythonVersion;
use crate::{Options, SourceKind};
use configuration::{Resolver, Settings};
use files::{Exclusion, Input};
use rayon::prelude::*;
use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::usage::USAGE;

/// Runs the command with the process's arguments.
pub fn main() -> ExitCode {
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
            let entries: Vec<_> = crate::catalogue::ENTRIES.iter().map(|entry| entry.info()).collect();
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
    diff: Option<String>,
}

fn skipped(path: String, problem: String) -> Checked {
    Checked {
        note: Some(format!("{path}: {problem}")),
        report: FileReport { path, problem: Some(problem), ..FileReport::default() },
        diff: None,
    }
}

fn check_input(input: &Input, arguments: &Arguments, options: &Options) -> Checked {
    let (path, bytes) = match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            let read = std::io::stdin().read_to_end(&mut bytes);
            (arguments.stdin_filename.as_deref().unwrap_or("-").to_string(), read.map(|_| bytes))
        }
        Input::File(path) => (path.display().to_string(), std::fs::read(path)),
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(error) => return skipped(path, format!("skipped: cannot read: {error}")),
    };
    let (text, decode_problem) = decode::decode(&bytes);
    let Some(text) = text else {
        let problem =
            decode_problem.map_or_else(|| "skipped: not text".to_string(), |problem| problem.to_string());
        return skipped(path, problem);
    };
    let repaired = matches!(decode_problem, Some(decode::DecodeProblem::Repaired { .. }));
    let mut note = decode_problem.map(|problem| format!("{path}: {problem}"));
    let python = matches!(SourceKind::for_path(&path), None | Some(SourceKind::Python | SourceKind::Stub));
    if arguments.fix != FixMode::Report && python {
        if repaired {
            let not_fixed = format!("{path}: not fixed: its bytes are not valid in its encoding");
            note = Some(note.map_or(not_fixed.clone(), |note| format!("{note}\n{not_fixed}")));
        } else {
            return fix_input(input, path, &bytes, &text, arguments, options, note);
        }
    }
    match crate::check_file(&path, &text, options) {
        Ok(findings) => {
            // The source is kept only where the output may show it.
            let source = (!findings.is_empty()).then(|| text.into_owned());
            Checked {
                report: FileReport { path, source, findings, ..FileReport::default() },
                note,
                diff: None,
            }
        }
        Err(error) => skipped(path, format!("skipped: {error}")),
    }
}

/// `--fix` or `--diff` for one Python input: the remaining findings, and the diff or the write.
fn fix_input(
    input: &Input,
    path: String,
    bytes: &[u8],
    text: &str,
    arguments: &Arguments,
    options: &Options,
    mut note: Option<String>,
) -> Checked {
    let fix_options = crate::FixOptions { target: options.target, unsafe_fixes: arguments.unsafe_fixes };
    // Only the selected rules are fixed (and reported).
    let outcome =
        match crate::fix::fix_selected(text, &fix_options, options.select.as_deref(), &options.ignore) {
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
                diff = Some(crate::report::unified_diff(&report.path, text, &outcome.output))
            }
            (_, Input::File(file)) => {
                let written = fixing::encode_like(bytes, text, &outcome.output)
                    .ok_or_else(|| "its encoding does not give back the same bytes".to_string())
                    .and_then(|encoded| {
                        fixing::write_atomically(file, &encoded).map_err(|error| error.to_string())
                    });
                match written {
                    Ok(()) => source = outcome.output,
                    Err(error) => {
                        note = Some(format!("{}: not fixed: {error}", report.path));
                        // What was reported as fixed is still there.
                        report.fixed = 0;
                        report.findings = crate::check(text, options).unwrap_or_default();
                    }
                }
            }
            (_, Input::Stdin) => {}
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
    let checked: Vec<Checked> = inputs
        .par_iter()
        .map(|(input, index)| check_input(input, arguments, &settings[*index].options))
        .collect();
    let mut stderr = std::io::stderr().lock();
    for (path, problem) in &discovery_problems {
        let _ = writeln!(stderr, "{}: {problem}", path.display());
    }
    let mut reports = Vec::with_capacity(checked.len());
    let mut diffs = String::new();
    let (mut changed, mut fixes) = (0, 0);
    for outcome in checked {
        if let Some(note) = outcome.note {
            let _ = writeln!(stderr, "{note}");
        }
        if let Some(diff) = outcome.diff {
            diffs.push_str(&diff);
            changed += 1;
            fixes += outcome.report.fixed;
        }
        reports.push(outcome.report);
    }
    let mut stdout = std::io::stdout().lock();
    if arguments.fix == FixMode::Diff {
        if stdout.write_all(diffs.as_bytes()).and_then(|_| stdout.flush()).is_err() {
            return ExitCode::from(2);
        }
        let _ = writeln!(stderr, "{}", crate::report::would_fix(fixes, changed));
        return if changed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS };
    }
    let target = settings.first().map_or(PythonVersion::DEFAULT_TARGET, |first| first.options.target);
    let options = RenderOptions {
        format: arguments.format,
        target,
        color: use_color(arguments.color),
        checked_files: None,
        unsafe_fixes: arguments.unsafe_fixes,
    };
    let rendered = crate::report::render(&reports, &options);
    if stdout.write_all(rendered.as_bytes()).and_then(|_| stdout.flush()).is_err() {
        return ExitCode::from(2);
    }
    let has_errors =
        reports.iter().flat_map(|report| &report.findings).any(|finding| finding.severity == Severity::Error);
    if has_errors && !arguments.exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
