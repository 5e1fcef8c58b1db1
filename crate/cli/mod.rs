//! The native command-line interface: `pysunset [OPTIONS] PATH...`.

mod decode;
mod files;
mod fixing;
mod output;

use crate::finding::{Rule, Severity};
use crate::version::PythonVersion;
use crate::Options;
use files::Input;
use output::{FileReport, Format};
use rayon::prelude::*;
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
Usage: pysunset [OPTIONS] PATH...

Finds uses of Python standard-library APIs that were removed (or are scheduled for
removal), and says what to use instead. PATH is a file, a directory (searched
recursively for .py, .pyi and .pyw files), or - for standard input.

Options:
  -t, --target VERSION   the Python version you are moving to: 3.12 (default) to 3.21
  -f, --format FORMAT    text (default) or json
      --select CODES     report only these rules (comma-separated codes or names)
      --ignore CODES     do not report these rules
      --fix              apply the safe fixes to the files (atomically; files without a fix
                         are not touched) and report what is left
      --unsafe-fixes     also apply (or, without --fix or --diff, count) the unsafe fixes
      --diff             print the fixes as a unified diff and write nothing; exit 1 when
                         there is something to fix
      --exit-zero        exit 0 even when errors are found
      --catalogue        print the catalogue of removed APIs as JSON and exit
  -h, --help             print this help
  -V, --version          print the version

Exit status: 1 when an error-level finding is reported, 0 otherwise, 2 on a usage error.";

/// The parsed command line.
#[derive(Debug)]
struct Arguments {
    paths: Vec<String>,
    target: PythonVersion,
    format: Format,
    select: Option<Vec<Rule>>,
    ignore: Vec<Rule>,
    exit_zero: bool,
    fix: FixMode,
    unsafe_fixes: bool,
}

/// What to do with fixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FixMode {
    /// Report only (fixable findings are marked).
    Report,
    /// Write the fixes to the files.
    Write,
    /// Print the fixes as a diff.
    Diff,
}

#[derive(Debug)]
enum Parsed {
    Run(Arguments),
    Help,
    Version,
    Catalogue,
}

fn parse_rules(text: &str) -> Result<Vec<Rule>, String> {
    text.split(',')
        .map(str::trim)
        .filter(|code| !code.is_empty())
        .map(|code| {
            Rule::from_code(code).ok_or_else(|| {
                let known: Vec<_> = Rule::ALL.iter().map(|rule| rule.code()).collect();
                format!("unknown rule `{code}`: expected one of {}", known.join(", "))
            })
        })
        .collect()
}

fn parse_arguments(raw: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Parsed, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(raw);
    let mut arguments = Arguments {
        paths: Vec::new(),
        target: PythonVersion::DEFAULT_TARGET,
        format: Format::Text,
        select: None,
        ignore: Vec::new(),
        exit_zero: false,
        fix: FixMode::Report,
        unsafe_fixes: false,
    };
    let text = |value: std::ffi::OsString| {
        value.into_string().map_err(|_| "arguments must be valid UTF-8".to_string())
    };
    while let Some(argument) = parser.next().map_err(|error| error.to_string())? {
        match argument {
            Short('t') | Long("target") => {
                let value = text(parser.value().map_err(|e| e.to_string())?)?;
                arguments.target = value.parse().map_err(|error: crate::InvalidTarget| error.to_string())?;
            }
            Short('f') | Long("format") => {
                arguments.format = text(parser.value().map_err(|e| e.to_string())?)?.parse()?;
            }
            Long("select") => {
                arguments.select = Some(parse_rules(&text(parser.value().map_err(|e| e.to_string())?)?)?);
            }
            Long("ignore") => {
                arguments.ignore.extend(parse_rules(&text(parser.value().map_err(|e| e.to_string())?)?)?);
            }
            Long("exit-zero") => arguments.exit_zero = true,
            Long("fix") if arguments.fix != FixMode::Diff => arguments.fix = FixMode::Write,
            Long("diff") => arguments.fix = FixMode::Diff,
            Long("unsafe-fixes") => arguments.unsafe_fixes = true,
            Short('h') | Long("help") => return Ok(Parsed::Help),
            Short('V') | Long("version") => return Ok(Parsed::Version),
            Long("catalogue") | Long("catalog") => return Ok(Parsed::Catalogue),
            Value(path) => arguments.paths.push(text(path)?),
            _ => return Err(argument.unexpected().to_string()),
        }
    }
    if arguments.paths.is_empty() {
        return Err("no PATH given (use - to read standard input)".into());
    }
    if arguments.fix == FixMode::Write && arguments.paths.iter().any(|path| path == "-") {
        return Err("--fix cannot write to standard input: use --diff to see the fixes".into());
    }
    Ok(Parsed::Run(arguments))
}

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

/// The outcome of checking one input.
struct Checked {
    report: Option<FileReport>,
    problem: Option<String>,
}

fn check_input(input: &Input, arguments: &Arguments) -> Checked {
    let options = Options::new(arguments.target);
    let (path, bytes) = match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            let read = std::io::stdin().read_to_end(&mut bytes);
            ("-".to_string(), read.map(|_| bytes))
        }
        Input::File(path) => (path.display().to_string(), std::fs::read(path)),
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(error) => {
            return Checked { report: None, problem: Some(format!("{path}: skipped: cannot read: {error}")) };
        }
    };
    let (text, decode_problem) = decode::decode(&bytes);
    let repaired = matches!(decode_problem, Some(decode::DecodeProblem::Repaired { .. }));
    let mut problem = decode_problem.map(|problem| format!("{path}: {problem}"));
    let Some(text) = text else {
        return Checked { report: None, problem };
    };
    if arguments.fix != FixMode::Report {
        if repaired {
            let note = format!("{path}: not fixed: its bytes are not valid in its encoding");
            problem = Some(problem.map_or(note.clone(), |problem| format!("{problem}\n{note}")));
        } else {
            return fix_input(input, path, &bytes, &text, arguments, problem);
        }
    }
    match crate::check(&text, &options) {
        Ok(findings) => Checked {
            report: Some(FileReport { path, findings, fixed: 0, diff: None }),
            problem,
        },
        Err(error) => {
            problem = Some(format!("{path}: skipped: {error}"));
            Checked { report: None, problem }
        }
    }
}

/// `--fix` or `--diff` for one input: the remaining findings, and the diff or the write.
fn fix_input(
    input: &Input,
    path: String,
    bytes: &[u8],
    text: &str,
    arguments: &Arguments,
    mut problem: Option<String>,
) -> Checked {
    let options = crate::FixOptions { target: arguments.target, unsafe_fixes: arguments.unsafe_fixes };
    let outcome = match crate::fix(text, &options) {
        Ok(outcome) => outcome,
        Err(error) => {
            return Checked { report: None, problem: Some(format!("{path}: skipped: {error}")) };
        }
    };
    let mut report = FileReport { path, findings: outcome.remaining, fixed: outcome.applied.len(), diff: None };
    if outcome.output == text {
        return Checked { report: Some(report), problem };
    }
    match (arguments.fix, input) {
        (FixMode::Diff, _) => report.diff = Some(fixing::unified_diff(&report.path, text, &outcome.output)),
        (_, Input::File(file)) => {
            let written = fixing::encode_like(bytes, text, &outcome.output)
                .ok_or_else(|| "its encoding does not give back the same bytes".to_string())
                .and_then(|encoded| fixing::write_atomically(file, &encoded).map_err(|error| error.to_string()));
            if let Err(error) = written {
                problem = Some(format!("{}: not fixed: {error}", report.path));
                // What was reported as fixed is still there.
                report.fixed = 0;
                report.findings = crate::check(text, &Options::new(arguments.target)).unwrap_or_default();
            }
        }
        (_, Input::Stdin) => {}
    }
    Checked { report: Some(report), problem }
}

fn run(arguments: &Arguments) -> ExitCode {
    let files::Discovered { inputs, problems: discovery_problems } = match files::discover(&arguments.paths) {
        Ok(found) => found,
        Err(files::MissingPath(path)) => {
            eprintln!("pysunset: {}: no such file or directory", path.display());
            return ExitCode::from(2);
        }
    };
    let checked: Vec<Checked> = inputs.par_iter().map(|input| check_input(input, arguments)).collect();
    let mut stderr = std::io::stderr().lock();
    for (path, problem) in &discovery_problems {
        let _ = writeln!(stderr, "{}: {problem}", path.display());
    }
    let mut reports = Vec::new();
    for outcome in checked {
        if let Some(problem) = outcome.problem {
            let _ = writeln!(stderr, "{problem}");
        }
        if let Some(mut report) = outcome.report {
            report.findings.retain(|finding| {
                arguments.select.as_ref().is_none_or(|select| select.contains(&finding.code))
                    && !arguments.ignore.contains(&finding.code)
            });
            reports.push(report);
        }
    }
    let mut stdout = std::io::stdout().lock();
    if arguments.fix == FixMode::Diff {
        let diffs: String = reports.iter().filter_map(|report| report.diff.as_deref()).collect();
        let changed = reports.iter().filter(|report| report.diff.is_some()).count();
        let fixes: usize = reports.iter().filter(|report| report.diff.is_some()).map(|report| report.fixed).sum();
        if stdout.write_all(diffs.as_bytes()).and_then(|_| stdout.flush()).is_err() {
            return ExitCode::from(2);
        }
        let _ = writeln!(stderr, "{}", output::would_fix(fixes, changed));
        return if changed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS };
    }
    let view = output::View { target: arguments.target, unsafe_fixes: arguments.unsafe_fixes };
    let rendered = output::render(arguments.format, &reports, reports.len(), view);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Parsed, String> {
        parse_arguments(args.iter().map(std::ffi::OsString::from))
    }

    #[test]
    fn parses_options() {
        let Ok(Parsed::Run(arguments)) =
            parse(&["--target", "3.13", "-f", "json", "--ignore", "SUN004", "a.py"])
        else {
            panic!("expected a run");
        };
        assert_eq!(arguments.target, PythonVersion::new(13));
        assert_eq!(arguments.format, Format::Json);
        assert_eq!(arguments.ignore, vec![Rule::UnittestAlias]);
        assert_eq!(arguments.paths, vec!["a.py"]);
    }

    #[test]
    fn rejects_bad_usage_with_a_reason() {
        assert!(parse(&[]).unwrap_err().contains("no PATH"));
        assert!(parse(&["--target", "2.7", "a.py"]).unwrap_err().contains("3.12"));
        assert!(parse(&["--format", "xml", "a.py"]).unwrap_err().contains("text or json"));
        assert!(parse(&["--select", "XYZ1", "a.py"]).unwrap_err().contains("SUN001"));
        assert!(parse(&["--bogus", "a.py"]).is_err());
    }
}
