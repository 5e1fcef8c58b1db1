//! The native command-line interface: `pysunset [OPTIONS] PATH...`.

mod decode;
mod files;
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

fn check_input(input: &Input, options: &Options) -> Checked {
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
    let mut problem = decode_problem.map(|problem| format!("{path}: {problem}"));
    let Some(text) = text else {
        return Checked { report: None, problem };
    };
    match crate::check(&text, options) {
        Ok(findings) => Checked { report: Some(FileReport { path, findings }), problem },
        Err(error) => {
            problem = Some(format!("{path}: skipped: {error}"));
            Checked { report: None, problem }
        }
    }
}

fn run(arguments: &Arguments) -> ExitCode {
    let files::Discovered { inputs, problems: discovery_problems } = match files::discover(&arguments.paths) {
        Ok(found) => found,
        Err(files::MissingPath(path)) => {
            eprintln!("pysunset: {}: no such file or directory", path.display());
            return ExitCode::from(2);
        }
    };
    let options = Options::new(arguments.target);
    let checked: Vec<Checked> = inputs.par_iter().map(|input| check_input(input, &options)).collect();
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
    let rendered = output::render(arguments.format, &reports, reports.len(), arguments.target);
    let mut stdout = std::io::stdout().lock();
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
