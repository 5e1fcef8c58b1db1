//! The options each command-line path is checked with: the nearest `pyproject.toml` with a
//! `[tool.pysunset]` table above it (or the `--config` file, or none with `--no-config`),
//! each flag given replacing the configuration's value. Both CLIs resolve here; the host
//! (the native file system, or Node's through the WebAssembly build) answers the questions
//! about files ([`ConfigFiles`]).

use crate::arguments::{Flags, Source};
use crate::config::{is_excluded, Config, CONFIG_FILE};
use crate::version::PythonVersion;
use crate::Options;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What the resolver asks the host about files.
pub trait ConfigFiles {
    /// `path` made absolute (against the working directory), without resolving links.
    fn absolute(&self, path: &Path) -> Result<PathBuf, String>;
    /// Whether `path` is a directory (following links).
    fn is_dir(&self, path: &Path) -> bool;
    /// Whether `path` is a regular file (following links).
    fn is_file(&self, path: &Path) -> bool;
    /// The text of a file; `Err` is the reason it cannot be read.
    fn read_to_string(&self, path: &Path) -> Result<String, String>;
}

/// A configuration file read, with the directory its patterns are relative to.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The directory of the `pyproject.toml`, absolute.
    pub root: PathBuf,
    /// Its `[tool.pysunset]` settings.
    pub config: Config,
}

impl Loaded {
    /// Whether the `exclude` patterns leave out `absolute` (a path under [`Loaded::root`]).
    pub fn excludes(&self, absolute: &Path) -> bool {
        excluded_under(&self.root, absolute, &self.config.exclude)
    }
}

/// Whether `patterns`, relative to `root`, exclude `absolute`; never for a path outside `root`.
pub fn excluded_under(root: &Path, absolute: &Path, patterns: &[String]) -> bool {
    !patterns.is_empty()
        && absolute
            .strip_prefix(root)
            .ok()
            .and_then(Path::to_str)
            .is_some_and(|relative| is_excluded(relative, patterns))
}

/// The settings of one command-line path.
#[derive(Clone, Debug)]
pub struct Settings {
    /// How to check its files.
    pub options: Options,
    /// The configuration it found, if any (for `exclude`).
    pub loaded: Option<Loaded>,
}

/// Finds configurations, reading each `pyproject.toml` once.
pub struct Resolver<F> {
    files: F,
    source: Source,
    flags: Flags,
    /// By directory: the configuration found at or above it.
    found: HashMap<PathBuf, Option<Loaded>>,
    explicit: Option<Loaded>,
}

fn read(files: &impl ConfigFiles, path: &Path) -> Result<Option<Config>, String> {
    let text =
        files.read_to_string(path).map_err(|error| format!("{}: cannot read: {error}", path.display()))?;
    Config::from_pyproject(&text).map_err(|error| format!("{}: {error}", path.display()))
}

impl<F: ConfigFiles> Resolver<F> {
    /// A resolver; reads the `--config` file at once. `Err` is the message to print.
    pub fn new(source: Source, flags: Flags, files: F) -> Result<Self, String> {
        let explicit = match &source {
            Source::File(path) => {
                let config = read(&files, path)?
                    .ok_or_else(|| format!("{}: has no [tool.pysunset] table", path.display()))?;
                let absolute = files.absolute(path)?;
                let root = absolute.parent().map(Path::to_path_buf).unwrap_or_default();
                Some(Loaded { root, config })
            }
            _ => None,
        };
        Ok(Self { files, source, flags, found: HashMap::new(), explicit })
    }

    /// The settings for a command-line path (a file or a directory; for standard input, the
    /// `--stdin-filename` or `.`).
    pub fn settings(&mut self, path: &Path) -> Result<Settings, String> {
        let loaded = match self.source {
            Source::Ignore => None,
            Source::File(_) => self.explicit.clone(),
            Source::Discover => {
                let absolute = self.files.absolute(path)?;
                let start = if self.files.is_dir(&absolute) {
                    absolute.as_path()
                } else {
                    absolute.parent().unwrap_or(&absolute)
                };
                self.discover(start)?
            }
        };
        Ok(Settings { options: merge(&self.flags, loaded.as_ref().map(|loaded| &loaded.config)), loaded })
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
            if self.files.is_file(&candidate) {
                if let Some(config) = read(&self.files, &candidate)? {
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

/// The options of a path: each flag given replaces the configuration's value.
pub fn merge(flags: &Flags, config: Option<&Config>) -> Options {
    let mut options =
        Options::new(flags.target.or(config.and_then(|c| c.target)).unwrap_or(PythonVersion::DEFAULT_TARGET));
    options.select = flags.select.clone().or_else(|| config.and_then(|c| c.select.clone()));
    options.ignore =
        flags.ignore.clone().or_else(|| config.and_then(|c| c.ignore.clone())).unwrap_or_default();
    options
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Rule;
    use std::cell::Cell;

    /// Files in memory: `(absolute path, text)`; counts the reads.
    struct Memory(Vec<(&'static str, &'static str)>, Cell<usize>);

    impl ConfigFiles for Memory {
        fn absolute(&self, path: &Path) -> Result<PathBuf, String> {
            Ok(Path::new("/work").join(path))
        }
        fn is_dir(&self, path: &Path) -> bool {
            self.0.iter().any(|(file, _)| Path::new(file).starts_with(path) && Path::new(file) != path)
        }
        fn is_file(&self, path: &Path) -> bool {
            self.0.iter().any(|(file, _)| Path::new(file) == path)
        }
        fn read_to_string(&self, path: &Path) -> Result<String, String> {
            self.1.set(self.1.get() + 1);
            let found = self.0.iter().find(|(file, _)| Path::new(file) == path);
            found.map(|(_, text)| text.to_string()).ok_or_else(|| "no such file".into())
        }
    }

    #[test]
    fn the_nearest_table_applies_and_flags_win() {
        let files = Memory(
            vec![
                ("/work/pyproject.toml", "[tool.pysunset]\ntarget = \"3.14\"\nexclude = [\"gen\"]\n"),
                ("/work/app/pyproject.toml", "[project]\nname = \"app\"\n"),
                ("/work/app/main.py", ""),
                ("/work/lib/pyproject.toml", "[tool.pysunset]\nselect = [\"SUN004\"]\n"),
                ("/work/lib/x.py", ""),
            ],
            Cell::new(0),
        );
        let flags = Flags { ignore: Some(vec![Rule::RemovedModule]), ..Flags::default() };
        let mut resolver = Resolver::new(Source::Discover, flags, files).unwrap();
        let app = resolver.settings(Path::new("app/main.py")).unwrap();
        assert_eq!(
            app.options.target,
            PythonVersion::new(14),
            "a pyproject.toml without the table is passed over"
        );
        assert_eq!(app.options.ignore, vec![Rule::RemovedModule]);
        let loaded = app.loaded.unwrap();
        assert!(
            loaded.excludes(Path::new("/work/app/gen/x.py")) && !loaded.excludes(Path::new("/elsewhere/gen"))
        );
        let lib = resolver.settings(Path::new("lib")).unwrap();
        assert_eq!(lib.options.select, Some(vec![Rule::UnittestAlias]));
        assert_eq!(lib.options.target, PythonVersion::DEFAULT_TARGET);
        resolver.settings(Path::new("app")).unwrap();
        assert_eq!(resolver.files.1.get(), 3, "each pyproject.toml is read once");
        let missing =
            Resolver::new(Source::File("nope.toml".into()), Flags::default(), Memory(vec![], Cell::new(0)));
        assert_eq!(missing.err().unwrap(), "nope.toml: cannot read: no such file");
    }
}
