//! Finding each path's `pyproject.toml` and merging its `[tool.pysunset]` table with the flags.

use crate::config::{Config, CONFIG_FILE};
use crate::finding::Rule;
use crate::version::PythonVersion;
use crate::Options;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

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

/// A configuration file read, with the directory its patterns are relative to.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The directory of the `pyproject.toml`, absolute.
    pub root: PathBuf,
    /// Its `[tool.pysunset]` settings.
    pub config: Config,
}

/// The settings of one command-line path.
#[derive(Clone, Debug)]
pub struct Settings {
    /// How to check its files.
    pub options: Options,
    /// The configuration it found, if any (for `exclude`).
    pub loaded: Option<Loaded>,
}

fn read(path: &Path) -> Result<Option<Config>, String> {
    let text =
        std::fs::read_to_string(path).map_err(|error| format!("{}: cannot read: {error}", path.display()))?;
    Config::from_pyproject(&text).map_err(|error| format!("{}: {error}", path.display()))
}

/// Finds configurations, reading each `pyproject.toml` once.
pub struct Resolver {
    source: Source,
    flags: Flags,
    /// By directory: the configuration found at or above it.
    found: HashMap<PathBuf, Option<Loaded>>,
    explicit: Option<Loaded>,
}

impl Resolver {
    /// A resolver; reads the `--config` file at once.
    pub fn new(source: Source, flags: Flags) -> Result<Self, String> {
        let explicit = match &source {
            Source::File(path) => {
                let config =
                    read(path)?.ok_or_else(|| format!("{}: has no [tool.pysunset] table", path.display()))?;
                let absolute = std::path::absolute(path).map_err(|error| error.to_string())?;
                let root = absolute.parent().map(Path::to_path_buf).unwrap_or_default();
                Some(Loaded { root, config })
            }
            _ => None,
        };
        Ok(Self { source, flags, found: HashMap::new(), explicit })
    }

    /// The settings for a command-line path (a file or a directory; for standard input, the
    /// `--stdin-filename` or `.`).
    pub fn settings(&mut self, path: &Path) -> Result<Settings, String> {
        let loaded = match self.source {
            Source::Ignore => None,
            Source::File(_) => self.explicit.clone(),
            Source::Discover => {
                let absolute = std::path::absolute(path).map_err(|error| error.to_string())?;
                let start = if absolute.is_dir() {
                    absolute.as_path()
                } else {
                    absolute.parent().unwrap_or(&absolute)
                };
                self.discover(start)?
            }
        };
        let config = loaded.as_ref().map(|loaded| &loaded.config);
        let mut options = Options::new(
            self.flags.target.or(config.and_then(|c| c.target)).unwrap_or(PythonVersion::DEFAULT_TARGET),
        );
        options.select = self.flags.select.clone().or_else(|| config.and_then(|c| c.select.clone()));
        options.ignore =
            self.flags.ignore.clone().or_else(|| config.and_then(|c| c.ignore.clone())).unwrap_or_default();
        Ok(Settings { options, loaded })
    }

    fn discover(&mut self, start: &Path) -> Result<Option<Loaded>, String> {
        let mut visited = Vec::new();
        let mut result = None;
        for directory in start.ancestors() {
            if let Some(found) = self.found.get(directory) {
                result = found.clone();
                break;
            }
            visited.push(directory.to_path_buf());
            let candidate = directory.join(CONFIG_FILE);
            if candidate.is_file() {
                if let Some(config) = read(&candidate)? {
                    result = Some(Loaded { root: directory.to_path_buf(), config });
                    break;
                }
            }
        }
        for directory in visited {
            self.found.insert(directory, result.clone());
        }
        Ok(result)
    }
}
