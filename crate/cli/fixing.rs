//! `--fix` and `--diff`: the fixed text back to the file's own bytes (its encoding and byte
//! order mark), written atomically, or shown as a unified diff.

use std::io::Write;
use std::path::Path;

/// The bytes of `text` in the encoding the file was read in: `None` when that would not give
/// back exactly the original bytes outside the edits (an encoding that does not round-trip).
pub fn encode_like(original: &[u8], original_text: &str, text: &str) -> Option<Vec<u8>> {
    super::decode::encode_like(original, original_text, text)
}

/// Writes the fixed `bytes` of the file at `path`, which held `original` when it was read.
///
/// - A symbolic link is followed: its target gets the fix, and the link stays a link.
/// - A read-only file is not rewritten (the rename below would get past its permissions).
/// - A file that changed since it was read is not overwritten with the fix of its old text.
/// - A file with one name is replaced atomically ([`replace_atomically`]: a `kill -9` leaves the
///   old or the new text, never a mix); a file with several (hard links) is rewritten in place,
///   so that every name keeps seeing one file.
pub fn write_fixed(path: &Path, original: &[u8], bytes: &[u8]) -> Result<(), String> {
    let target = std::fs::canonicalize(path).map_err(|error| error.to_string())?;
    let metadata = std::fs::metadata(&target).map_err(|error| error.to_string())?;
    if !metadata.is_file() {
        return Err("not a regular file".to_string());
    }
    if metadata.permissions().readonly() {
        return Err("the file is read-only".to_string());
    }
    let unchanged = || -> Result<(), String> {
        match std::fs::read(&target) {
            Ok(now) if now == original => Ok(()),
            Ok(_) => Err("the file changed while it was checked: run again".to_string()),
            Err(error) => Err(error.to_string()),
        }
    };
    unchanged()?;
    if links(&metadata) > 1 {
        rewrite_in_place(&target, bytes, unchanged).map_err(|error| error.to_string())
    } else {
        replace_atomically(&target, bytes, unchanged)
    }
}

#[cfg(unix)]
fn links(metadata: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::nlink(metadata)
}

#[cfg(not(unix))]
fn links(_: &std::fs::Metadata) -> u64 {
    1
}

/// Replaces `path`'s contents with `bytes` atomically: a temporary file in the same directory,
/// with the original's permissions, renamed over it once `unchanged` says the file still holds
/// what was read.
fn replace_atomically(
    path: &Path,
    bytes: &[u8],
    unchanged: impl Fn() -> Result<(), String>,
) -> Result<(), String> {
    let directory = path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let permissions = std::fs::metadata(path).map_err(|error| error.to_string())?.permissions();
    let temporary = directory.join(format!(".{name}.pysunset-{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
            .map_err(|error| error.to_string())?;
        file.write_all(bytes).and_then(|()| file.sync_all()).map_err(|error| error.to_string())?;
        std::fs::set_permissions(&temporary, permissions).map_err(|error| error.to_string())?;
        // The last look before the rename: a save made while the run computed wins.
        unchanged()?;
        std::fs::rename(&temporary, path).map_err(|error| error.to_string())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// Rewrites a file with several names in place. The new text is first written beside it
/// (`.NAME.pysunset-PID.fixed`), so that an interrupted rewrite leaves a complete copy of it.
fn rewrite_in_place(
    path: &Path,
    bytes: &[u8],
    unchanged: impl Fn() -> Result<(), String>,
) -> std::io::Result<()> {
    let directory = path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let copy = directory.join(format!(".{name}.pysunset-{}.fixed", std::process::id()));
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&copy)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    let result = (|| {
        unchanged().map_err(std::io::Error::other)?;
        let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
        file.write_all(bytes)?;
        file.set_len(bytes.len() as u64)?;
        file.sync_all()
    })();
    if result.is_ok() || unchanged().is_ok() {
        let _ = std::fs::remove_file(&copy);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_come_back_in_the_files_encoding() {
        let original = b"\xEF\xBB\xBFimport imp\r\n";
        assert_eq!(
            encode_like(original, "import imp\r\n", "import x\r\n").unwrap(),
            b"\xEF\xBB\xBFimport x\r\n"
        );
        let latin = b"# coding: latin-1\ns = '\xe9'\n";
        let text = "# coding: latin-1\ns = '\u{e9}'\n";
        let fixed = encode_like(latin, text, &text.replace("s =", "t =")).unwrap();
        assert_eq!(fixed, b"# coding: latin-1\nt = '\xe9'\n");
        // Text repaired on reading (an invalid byte) is never written back.
        assert!(encode_like(b"x = '\xff'\n", "x = '\u{fffd}'\n", "y = '\u{fffd}'\n").is_none());
    }

    #[test]
    fn a_file_that_changed_since_it_was_read_is_not_overwritten() {
        let directory = std::env::temp_dir().join(format!("pysunset-changed-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&directory);
        std::fs::create_dir_all(&directory).unwrap();
        let path = directory.join("a.py");
        std::fs::write(&path, "import imp\n# saved while the run computed\n").unwrap();
        let error = write_fixed(&path, b"import imp\n", b"import importlib\n").unwrap_err();
        assert!(error.contains("changed"), "{error}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "import imp\n# saved while the run computed\n");
        write_fixed(&path, b"import imp\n# saved while the run computed\n", b"x\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "x\n");
        // The rename is refused at the last moment too.
        let refused = replace_atomically(&path, b"y\n", || Err("changed".to_string()));
        assert!(refused.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "x\n");
        assert_eq!(std::fs::read_dir(&directory).unwrap().count(), 1, "no temporary file is left");
        std::fs::remove_dir_all(&directory).unwrap();
    }
}
