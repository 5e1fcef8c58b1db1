//! The kinds of file pysunset reads, chosen by path, and [`check_file`], which checks any of them.
//!
//! | kind | paths | what is checked |
//! |---|---|---|
//! | [`SourceKind::Python`] | `*.py`, `*.pyw` | the whole file |
//! | [`SourceKind::Stub`] | `*.pyi` | the whole file |
//! | [`SourceKind::Notebook`] | `*.ipynb` | every Python code cell ([`notebook`]) |
//! | [`SourceKind::EnvText`] | see [`ENV_TEXT_FILES`] | names of removed environment variables ([`env_text`]) |
//!
//! Other YAML files (Kubernetes manifests, application settings) are left out: they rarely set
//! interpreter variables, and matching every `*.yml` would make directory runs slow and noisy.

pub mod cpython_codecs;
// Written by scripts/cpython-codecs.py with several ranges on a line; rustfmt would put each
// on its own.
#[allow(clippy::unreadable_literal)]
#[rustfmt::skip]
mod cpython_codecs_data;
// Written by scripts/cpython-cookies.py with several names on a line.
#[rustfmt::skip]
mod cpython_cookies_data;
// Written by scripts/cpython-single-byte.py, eight characters on a line.
#[rustfmt::skip]
mod cpython_single_byte_data;
pub mod decode;
pub mod env_text;
pub mod git_index;
pub mod notebook;
pub mod walk;

use crate::{check, CheckError, Finding, Options};
use serde::Serialize;

/// What sort of file a path names, as far as pysunset is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// Python source: `.py`, `.pyw`.
    Python,
    /// A type stub: `.pyi`.
    Stub,
    /// A Jupyter notebook: `.ipynb`.
    Notebook,
    /// A text file that sets environment variables: `.env`, `Dockerfile`, `tox.ini`, shell
    /// scripts, CI workflows (see [`ENV_TEXT_FILES`]).
    EnvText,
}

/// How a file name is matched in [`ENV_TEXT_FILES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamePattern {
    /// The file name is exactly this.
    Exact(&'static str),
    /// The file name starts with this (`.env.local` for `.env.`).
    Prefix(&'static str),
    /// The file name ends with this (`build.sh` for `.sh`).
    Suffix(&'static str),
    /// The file name matches `.0` exactly and its parent directory path ends with `.1`
    /// (`.github/workflows/ci.yml`): `(suffix of the name, directory)`.
    InDirectory(&'static str, &'static str),
}

/// The text files where removed environment variables hide, by file name (matched
/// case-sensitively except for the `Dockerfile`/`Containerfile` spellings listed).
pub const ENV_TEXT_FILES: &[NamePattern] = &[
    NamePattern::Exact(".env"),
    NamePattern::Prefix(".env."),
    NamePattern::Suffix(".env"),
    NamePattern::Exact(".envrc"),
    NamePattern::Exact("Dockerfile"),
    NamePattern::Exact("dockerfile"),
    NamePattern::Prefix("Dockerfile."),
    NamePattern::Suffix(".dockerfile"),
    NamePattern::Suffix(".Dockerfile"),
    NamePattern::Exact("Containerfile"),
    NamePattern::Prefix("Containerfile."),
    NamePattern::Exact("tox.ini"),
    NamePattern::Exact("Makefile"),
    NamePattern::Exact("makefile"),
    NamePattern::Exact("GNUmakefile"),
    NamePattern::Suffix(".mk"),
    NamePattern::Suffix(".sh"),
    NamePattern::Suffix(".bash"),
    NamePattern::Suffix(".zsh"),
    NamePattern::Exact(".gitlab-ci.yml"),
    NamePattern::Exact(".travis.yml"),
    NamePattern::Exact("azure-pipelines.yml"),
    NamePattern::Exact("bitbucket-pipelines.yml"),
    NamePattern::Exact("docker-compose.yml"),
    NamePattern::Exact("docker-compose.yaml"),
    NamePattern::Prefix("docker-compose."),
    NamePattern::Exact("compose.yml"),
    NamePattern::Exact("compose.yaml"),
    NamePattern::InDirectory(".yml", ".github/workflows"),
    NamePattern::InDirectory(".yaml", ".github/workflows"),
    NamePattern::InDirectory(".yml", ".circleci"),
    NamePattern::InDirectory(".yaml", ".circleci"),
];

impl SourceKind {
    /// The kind of file `path` names (`/` or `\` separate directories), or `None` when
    /// pysunset does not read such files.
    pub fn for_path(path: &str) -> Option<SourceKind> {
        let (directory, name) = match path.rfind(['/', '\\']) {
            Some(slash) => (&path[..slash], &path[slash + 1..]),
            None => ("", path),
        };
        let extension = name.rsplit_once('.');
        match extension {
            Some((stem, "py" | "pyw")) if !stem.is_empty() => return Some(SourceKind::Python),
            Some((stem, "pyi")) if !stem.is_empty() => return Some(SourceKind::Stub),
            Some((stem, "ipynb")) if !stem.is_empty() => return Some(SourceKind::Notebook),
            _ => {}
        }
        let directory = directory.replace('\\', "/");
        ENV_TEXT_FILES
            .iter()
            .any(|pattern| match *pattern {
                NamePattern::Exact(exact) => name == exact,
                NamePattern::Prefix(prefix) => name.len() > prefix.len() && name.starts_with(prefix),
                NamePattern::Suffix(suffix) => name.len() > suffix.len() && name.ends_with(suffix),
                NamePattern::InDirectory(suffix, parent) => {
                    name.len() > suffix.len()
                        && name.ends_with(suffix)
                        && (directory == parent || directory.ends_with(&format!("/{parent}")))
                }
            })
            .then_some(SourceKind::EnvText)
    }

    /// The name used in JSON and JavaScript: `python`, `stub`, `notebook`, `env-text`.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Python => "python",
            SourceKind::Stub => "stub",
            SourceKind::Notebook => "notebook",
            SourceKind::EnvText => "env-text",
        }
    }
}

/// Checks a file's text as the kind of file its path names. Paths of no known kind are checked
/// as Python (a script without an extension, standard input).
///
/// Findings in a notebook carry the cell they are in ([`Finding::cell`]), with positions
/// relative to that cell's source.
pub fn check_file(path: &str, text: &str, options: &Options) -> Result<Vec<Finding>, CheckError> {
    match SourceKind::for_path(path) {
        None | Some(SourceKind::Python | SourceKind::Stub) => check(text, options),
        Some(SourceKind::Notebook) => notebook::check(text, options),
        Some(SourceKind::EnvText) => env_text::check(text, options),
    }
}

/// Applies the fixes of a file's findings, as the kind of file its path names: a Python file
/// (or one of no known kind) as [`crate::fix::fix_selected`] does, a notebook cell by cell
/// ([`notebook::fix`]: the output is still a valid notebook); env text files have no fixes and
/// come back unchanged with their findings.
pub fn fix_file(
    path: &str,
    text: &str,
    options: &crate::FixOptions,
    select: Option<&[crate::Rule]>,
    ignore: &[crate::Rule],
) -> Result<crate::FixOutcome, CheckError> {
    match SourceKind::for_path(path) {
        None | Some(SourceKind::Python | SourceKind::Stub) => {
            crate::fix::fix_selected(text, options, select, ignore)
        }
        Some(SourceKind::Notebook) => notebook::fix(text, options, select, ignore),
        Some(SourceKind::EnvText) => {
            let check_options = Options {
                select: select.map(<[crate::Rule]>::to_vec),
                ignore: ignore.to_vec(),
                ..Options::new(options.target)
            };
            Ok(crate::FixOutcome {
                output: text.to_string(),
                applied: Vec::new(),
                remaining: env_text::check(text, &check_options)?,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_path() {
        for (path, kind) in [
            ("a.py", Some(SourceKind::Python)),
            ("dir/b.pyw", Some(SourceKind::Python)),
            ("c:\\src\\types.pyi", Some(SourceKind::Stub)),
            ("analysis.ipynb", Some(SourceKind::Notebook)),
            (".env", Some(SourceKind::EnvText)),
            ("deploy/.env.production", Some(SourceKind::EnvText)),
            ("Dockerfile", Some(SourceKind::EnvText)),
            ("docker/Dockerfile.dev", Some(SourceKind::EnvText)),
            ("api.dockerfile", Some(SourceKind::EnvText)),
            ("Containerfile", Some(SourceKind::EnvText)),
            ("tox.ini", Some(SourceKind::EnvText)),
            ("scripts/run.sh", Some(SourceKind::EnvText)),
            ("Makefile", Some(SourceKind::EnvText)),
            (".github/workflows/ci.yml", Some(SourceKind::EnvText)),
            ("repo/.github/workflows/release.yaml", Some(SourceKind::EnvText)),
            (".gitlab-ci.yml", Some(SourceKind::EnvText)),
            ("docker-compose.override.yml", Some(SourceKind::EnvText)),
            ("config/settings.yml", None),
            (".github/dependabot.yml", None),
            ("my.github/workflows/x.yml", None),
            ("notes.txt", None),
            (".py", None),
            ("README", None),
            ("setup.cfg", None),
        ] {
            assert_eq!(SourceKind::for_path(path), kind, "{path}");
        }
    }

    #[test]
    fn check_file_dispatches_by_kind() {
        let options = Options::default();
        assert_eq!(check_file("a.py", "import imp\n", &options).unwrap()[0].symbol(), "imp");
        assert!(check_file(".env", "import imp\n", &options).unwrap().is_empty());
        let env = check_file(".env", "PYTHONTHREADDEBUG=1\n", &options).unwrap();
        assert_eq!(env[0].symbol(), "PYTHONTHREADDEBUG");
        assert!(matches!(
            check_file("a.ipynb", "import imp\n", &options),
            Err(CheckError::InvalidNotebook(_))
        ));
    }

    #[test]
    fn fix_file_dispatches_by_kind() {
        let options = crate::FixOptions::default();
        let alias = "self.assertEquals(1, 1)\n";
        assert_eq!(fix_file("t.py", alias, &options, None, &[]).unwrap().output, "self.assertEqual(1, 1)\n");
        let notebook = r#"{"cells": [{"cell_type": "code", "source": ["self.assertEquals(1, 1)\n"]}]}"#;
        let fixed = fix_file("t.ipynb", notebook, &options, None, &[]).unwrap();
        assert_eq!(fixed.output, notebook.replace("assertEquals", "assertEqual"));
        assert_eq!(fixed.applied[0].cell, Some(1));
        let env = fix_file(".env", "PYTHONTHREADDEBUG=1\n", &options, None, &[]).unwrap();
        assert_eq!((env.output.as_str(), env.remaining.len()), ("PYTHONTHREADDEBUG=1\n", 1));
    }
}
