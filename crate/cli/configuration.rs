//! The native host of configuration resolution ([`crate::settings`]): the file system.

use crate::arguments::{Flags, Source};
use crate::settings::ConfigFiles;
use std::path::{Path, PathBuf};

pub use crate::settings::Settings;

/// The file system, for [`crate::settings::Resolver`].
pub struct FileSystem;

impl ConfigFiles for FileSystem {
    fn absolute(&self, path: &Path) -> Result<PathBuf, String> {
        std::path::absolute(path).map_err(|error| error.to_string())
    }
    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }
    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }
    fn read_to_string(&self, path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|error| error.to_string())
    }
}

/// Finds configurations in the file system, reading each `pyproject.toml` once.
pub struct Resolver(crate::settings::Resolver<FileSystem>);

impl Resolver {
    /// A resolver; reads the `--config` file at once.
    pub fn new(source: Source, flags: Flags) -> Result<Self, String> {
        crate::settings::Resolver::new(source, flags, FileSystem).map(Resolver)
    }

    /// The settings for a command-line path.
    pub fn settings(&mut self, path: &Path) -> Result<Settings, String> {
        self.0.settings(path)
    }
}
