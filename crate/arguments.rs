//! The command line, `pysunset [OPTIONS] PATH...`, parsed once for both CLIs: the native one
//! (`crate/cli`) and the Node one (through the WebAssembly build's `parseArgs`), so a flag means
//! the same in both and a usage error reads the same. `lexopt` is pure Rust and builds for both.

use crate::finding::Rule;
use crate::report::Format;
use crate::version::PythonVersion;
use std::ffi::OsString;
use std::path::PathBuf;

/// When the text output is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Color {
    /// When standard output is a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Where the configuration comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The nearest `pyproject.toml` with a `[tool.pysunset]` table above each path.
    Discover,
    /// This file, for every path (`--config`).
    File(PathBuf),
    /// None (`--no-config`).
    Ignore,
}

/// The settings flags give; each one given replaces the configuration's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `--target`.
    pub target: Option<PythonVersion>,
    /// `--select`.
    pub select: Option<Vec<Rule>>,
    /// `--ignore`.
    pub ignore: Option<Vec<Rule>>,
}

/// What to do with fixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixMode {
    /// Report only (fixable findings are marked).
    Report,
    /// Write the fixes to the files (`--fix`).
    Write,
    /// Print the fixes as a diff (`--diff`).
    Diff,
}

/// The options of a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arguments {
    /// The paths to check (`-` is standard input), at least one.
    pub paths: Vec<String>,
    /// `--target`, `--select`, `--ignore`.
    pub flags: Flags,
    /// `--format`.
    pub format: Format,
    /// `--color`.
    pub color: Color,
    /// `--config`, `--no-config`.
    pub config: Source,
    /// `--stdin-filename`.
    pub stdin_filename: Option<String>,
    /// `--exit-zero`.
    pub exit_zero: bool,
    /// `--fix`, `--diff`.
    pub fix: FixMode,
    /// `--unsafe-fixes`.
    pub unsafe_fixes: bool,
}

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    /// Check (and maybe fix) paths.
    Run(Arguments),
    /// `--help`.
    Help,
    /// `--version`.
    Version,
    /// `--catalogue`.
    Catalogue,
}

fn parse_rules(text: &str) -> Result<Vec<Rule>, String> {
    text.split(',')
        .map(str::trim)
        .filter(|code| !code.is_empty())
        .map(|code| code.parse::<Rule>().map_err(|error| error.to_string()))
        .collect()
}

/// Parses the arguments after the program's name; `Err` is the usage error to print (before
/// the usage text) with exit status 2.
pub fn parse_arguments<I>(raw: I) -> Result<Parsed, String>
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(raw);
    let mut arguments = Arguments {
        paths: Vec::new(),
        flags: Flags::default(),
        format: Format::Text,
        color: Color::Auto,
        config: Source::Discover,
        stdin_filename: None,
        exit_zero: false,
        fix: FixMode::Report,
        unsafe_fixes: false,
    };
    let text = |value: OsString| value.into_string().map_err(|_| "arguments must be valid UTF-8".to_string());
    let value =
        |parser: &mut lexopt::Parser| parser.value().map_err(|error| error.to_string()).and_then(text);
    while let Some(argument) = parser.next().map_err(|error| error.to_string())? {
        match argument {
            Short('t') | Long("target") => {
                arguments.flags.target = Some(
                    value(&mut parser)?.parse().map_err(|error: crate::InvalidTarget| error.to_string())?,
                );
            }
            Short('f') | Long("format") => {
                arguments.format = value(&mut parser)?
                    .parse()
                    .map_err(|error: crate::report::UnknownFormat| error.to_string())?;
            }
            Long("select") => arguments.flags.select = Some(parse_rules(&value(&mut parser)?)?),
            Long("ignore") => {
                let rules = parse_rules(&value(&mut parser)?)?;
                arguments.flags.ignore.get_or_insert_with(Vec::new).extend(rules);
            }
            Long("color") | Long("colour") => {
                arguments.color = match value(&mut parser)?.as_str() {
                    "auto" => Color::Auto,
                    "always" => Color::Always,
                    "never" => Color::Never,
                    other => {
                        return Err(format!("invalid --color `{other}`: expected auto, always or never"))
                    }
                };
            }
            Long("config") => arguments.config = Source::File(PathBuf::from(value(&mut parser)?)),
            Long("no-config") => arguments.config = Source::Ignore,
            Long("stdin-filename") => arguments.stdin_filename = Some(value(&mut parser)?),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Parsed, String> {
        parse_arguments(args.iter().map(OsString::from))
    }

    #[test]
    fn parses_options() {
        let Ok(Parsed::Run(arguments)) = parse(&[
            "--target",
            "3.13",
            "-f",
            "sarif",
            "--ignore",
            "SUN004",
            "--color",
            "never",
            "--no-config",
            "--stdin-filename",
            "nb.ipynb",
            "a.py",
        ]) else {
            panic!("expected a run");
        };
        assert_eq!(arguments.flags.target, Some(PythonVersion::new(13)));
        assert_eq!(arguments.format, Format::Sarif);
        assert_eq!(arguments.flags.ignore, Some(vec![Rule::UnittestAlias]));
        assert_eq!(arguments.color, Color::Never);
        assert_eq!(arguments.config, Source::Ignore);
        assert_eq!(arguments.stdin_filename.as_deref(), Some("nb.ipynb"));
        assert_eq!(arguments.paths, vec!["a.py"]);
    }

    #[test]
    fn rejects_bad_usage_with_a_reason() {
        assert!(parse(&[]).unwrap_err().contains("no PATH"));
        assert!(parse(&["--target", "2.7", "a.py"]).unwrap_err().contains("3.12"));
        assert!(parse(&["--format", "xml", "a.py"])
            .unwrap_err()
            .contains("text, json, sarif, github, junit"));
        assert!(parse(&["--select", "XYZ1", "a.py"]).unwrap_err().contains("SUN001"));
        assert!(parse(&["--color", "rainbow", "a.py"]).unwrap_err().contains("auto, always or never"));
        assert!(parse(&["--bogus", "a.py"]).is_err());
        assert!(parse(&["--fix", "-"]).unwrap_err().contains("--diff"));
    }
}
