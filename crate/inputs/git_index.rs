//! Which paths a git repository tracks, read from its index file (gitformat-index) without the
//! `git` binary: a tracked file is never ignored, whatever `.gitignore` files say (CherryPy's
//! `.gitignore` has `lib`, for a virtualenv, and the package `cherrypy/lib/` is tracked), and a
//! directory holding one is never pruned. The walks of both CLIs (`crate/cli/files.rs`,
//! `js/files.js`) do the I/O: find the repository's git directory ([`gitdir_of`] a `.git` file),
//! read its configuration ([`ObjectFormat::from_config`]) and its `index`; this module turns the
//! bytes into [`TrackedPaths`].
//!
//! An index this module cannot read (truncated, garbage, a version other than 2, 3 or 4) means
//! nothing is known to be tracked, never an error; the work is linear in the file's size.
//! Entries only in a split index's shared file (`core.splitIndex`) are not seen.

use std::collections::HashSet;

/// The hash function of a repository's object ids, which sets their length in the index.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ObjectFormat {
    /// SHA-1, 20-byte ids: the default.
    #[default]
    Sha1,
    /// SHA-256, 32-byte ids (`extensions.objectFormat = sha256`).
    Sha256,
}

impl ObjectFormat {
    /// The format a repository's `config` file names in `extensions.objectFormat` (section and
    /// key in any case); SHA-1 when it names none.
    pub fn from_config(config: &str) -> ObjectFormat {
        let mut in_extensions = false;
        let mut format = ObjectFormat::Sha1;
        for line in config.lines() {
            let line = line.trim();
            if let Some(header) = line.strip_prefix('[') {
                let name = header.split([']', ' ', '\t', '"']).next().unwrap_or("");
                in_extensions = name.eq_ignore_ascii_case("extensions");
                continue;
            }
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            if in_extensions && key.trim().eq_ignore_ascii_case("objectformat") {
                let value = value.split([';', '#']).next().unwrap_or("").trim().trim_matches('"');
                format = if value.eq_ignore_ascii_case("sha256") {
                    ObjectFormat::Sha256
                } else {
                    ObjectFormat::Sha1
                };
            }
        }
        format
    }

    /// The length of an object id in bytes.
    pub fn id_length(self) -> usize {
        match self {
            ObjectFormat::Sha1 => 20,
            ObjectFormat::Sha256 => 32,
        }
    }
}

/// The git directory a `.git` file points at (`gitdir: <path>`, in worktrees and submodules), as
/// written: relative paths are relative to the directory holding the `.git` file.
pub fn gitdir_of(dot_git_file: &str) -> Option<&str> {
    let path = dot_git_file.lines().next()?.strip_prefix("gitdir:")?.trim();
    (!path.is_empty()).then_some(path)
}

/// The paths an index lists (files, symbolic links, submodules), relative to the repository's
/// root with `/` between names, and the directories above them.
#[derive(Clone, Debug, Default)]
pub struct TrackedPaths {
    paths: HashSet<Box<[u8]>>,
    directories: HashSet<Box<[u8]>>,
}

/// The bytes of an entry before its object id: ctime, mtime, dev, ino, mode, uid, gid, size.
const STAT_BYTES: usize = 40;

/// An entry's flags: bit 14 says extended flags follow (index version 3 and later).
const EXTENDED: u16 = 0x4000;

impl TrackedPaths {
    /// The paths an index file's bytes list; `None` when the bytes are not an index of version
    /// 2, 3 or 4 whose every entry is whole (the checksum and extensions after them are not read).
    pub fn from_index(index: &[u8], format: ObjectFormat) -> Option<TrackedPaths> {
        let mut reader = Reader { bytes: index, at: 0 };
        if reader.take(4)? != b"DIRC" {
            return None;
        }
        let version = reader.u32()?;
        if !(2..=4).contains(&version) {
            return None;
        }
        let count = reader.u32()?;
        let mut tracked = TrackedPaths::default();
        let mut previous: Vec<u8> = Vec::new();
        for _ in 0..count {
            let start = reader.at;
            reader.take(STAT_BYTES + format.id_length())?;
            let flags = u16::from_be_bytes(reader.take(2)?.try_into().ok()?);
            if flags & EXTENDED != 0 {
                if version < 3 {
                    return None;
                }
                reader.take(2)?;
            }
            let path = if version == 4 {
                let strip = usize::try_from(reader.varint()?).ok()?;
                let kept = previous.len().checked_sub(strip)?;
                previous.truncate(kept);
                previous.extend_from_slice(reader.until_nul()?);
                previous.as_slice()
            } else {
                let name = reader.until_nul()?;
                // One to eight NULs end the entry on a multiple of eight bytes.
                let length = reader.at - start;
                reader.take((8 - length % 8) % 8)?;
                previous.clear();
                previous.extend_from_slice(name);
                previous.as_slice()
            };
            tracked.add(path);
        }
        Some(tracked)
    }

    fn add(&mut self, path: &[u8]) {
        // A sparse index lists a directory outside the sparse checkout as `dir/`.
        let path = path.strip_suffix(b"/").unwrap_or(path);
        if path.is_empty() || self.paths.contains(path) {
            return;
        }
        self.paths.insert(path.into());
        let mut rest = path;
        while let Some(slash) = rest.iter().rposition(|&byte| byte == b'/') {
            rest = &rest[..slash];
            if !self.directories.insert(rest.into()) {
                // Its own directories were added with it.
                break;
            }
        }
    }

    /// Whether the index lists `path` (relative to the root, `/` between names).
    pub fn is_tracked(&self, path: &[u8]) -> bool {
        self.paths.contains(path)
    }

    /// Whether the directory `path` (relative to the root, `/` between names) is listed (a
    /// submodule) or holds a path that is.
    pub fn holds_tracked(&self, path: &[u8]) -> bool {
        self.directories.contains(path) || self.paths.contains(path)
    }

    /// How many paths the index lists.
    pub fn len(&self) -> usize {
        self.paths.len()
    }

    /// Whether the index lists no path.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty()
    }
}

/// A cursor over the index's bytes; every read is bounded by their length.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, length: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(length)?;
        let taken = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(taken)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_be_bytes(self.take(4)?.try_into().ok()?))
    }

    /// The bytes up to the next NUL, which is consumed.
    fn until_nul(&mut self) -> Option<&'a [u8]> {
        let rest = self.bytes.get(self.at..)?;
        let length = rest.iter().position(|&byte| byte == 0)?;
        self.at += length + 1;
        Some(&rest[..length])
    }

    /// git's offset varint (varint.c): seven bits a byte, high bit set on all but the last, one
    /// added before each shift.
    fn varint(&mut self) -> Option<u64> {
        let mut byte = self.take(1)?[0];
        let mut value = u64::from(byte & 0x7f);
        while byte & 0x80 != 0 {
            byte = self.take(1)?[0];
            value = value.checked_add(1)?.checked_mul(128)? | u64::from(byte & 0x7f);
        }
        Some(value)
    }
}
