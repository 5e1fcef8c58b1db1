//! `--fix` and `--diff`: the fixed text back to the file's own bytes (its encoding and byte
//! order mark), written atomically, or shown as a unified diff.

use std::io::Write;
use std::path::{Path, PathBuf};

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
///   old or the new text, never a mix); a file with several (hard links) is rewritten in place
///   ([`rewrite_in_place`]), so that every name keeps seeing one file: no system call replaces
///   a file's bytes atomically and keeps its other names, so a complete copy of the new text
///   is kept beside it while it is rewritten, and a later run finds that copy.
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
        rewrite_in_place(&target, original, bytes, unchanged)
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

/// The names of the copies an in-place rewrite keeps beside `path` (`.NAME.pysunset.fixing`
/// while it is written, `.NAME.pysunset.fixed` once it is complete), and its directory.
fn beside(path: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let directory = path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let at = |suffix: &str| directory.join(format!(".{name}.pysunset.{suffix}"));
    (at("fixing"), at("fixed"), directory.to_path_buf())
}

/// Rewrites a file with several names in place, so that a `kill -9` or a power cut at any
/// moment loses no text:
/// 1. the new text is written to `.NAME.pysunset.fixing` (created anew: a second run on the
///    same file stops there), synced, and renamed to `.NAME.pysunset.fixed`: that name only
///    ever holds a complete copy;
/// 2. the file is rewritten from the first byte that changes, cut to length and synced;
/// 3. the copy is removed.
///
/// A run that finds `.NAME.pysunset.fixed` left by an interrupted one removes it when the file
/// holds its text (the rewrite had finished), and otherwise refuses to touch the file and says
/// where the complete text is. A `.NAME.pysunset.fixing` means the file was not touched yet.
fn rewrite_in_place(
    path: &Path,
    original: &[u8],
    bytes: &[u8],
    unchanged: impl Fn() -> Result<(), String>,
) -> Result<(), String> {
    let (fixing, fixed, directory) = beside(path);
    let shown =
        |copy: &Path| copy.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    match left_copy(&fixed, original) {
        Ok(Some(true)) => std::fs::remove_file(&fixed).map_err(|error| error.to_string())?,
        Ok(Some(false)) => return Err(interrupted(&fixed)),
        Ok(None) => {}
        Err(error) => return Err(error.to_string()),
    }
    let mut copy =
        std::fs::OpenOptions::new().write(true).create_new(true).open(&fixing).map_err(|error| {
            if error.kind() == std::io::ErrorKind::AlreadyExists {
                format!(
                    "{} exists: another run is fixing the file, or one was stopped before it changed \
                 it (then remove that copy)",
                    shown(&fixing)
                )
            } else {
                error.to_string()
            }
        })?;
    let mut touched = false;
    let result = (|| {
        copy.write_all(bytes).and_then(|()| copy.sync_all()).map_err(|error| error.to_string())?;
        std::fs::rename(&fixing, &fixed).map_err(|error| error.to_string())?;
        sync_directory(&directory);
        // The last look before the rewrite: a save made while the run computed wins.
        unchanged()?;
        touched = true;
        overwrite(path, original, bytes).map_err(|error| error.to_string())
    })();
    if result.is_ok() || !touched {
        // Done, or nothing of the file was touched: the copy is of no use.
        let _ = std::fs::remove_file(&fixing);
        let _ = std::fs::remove_file(&fixed);
        sync_directory(&directory);
    }
    result
}

/// What a `--fix` run that has nothing to write to a file says of it: that an interrupted
/// in-place rewrite left a complete copy of its fixed text beside it, which the file does not
/// hold (a file cut short in a comment may have nothing left to fix). A copy whose text the
/// file holds is removed (that rewrite had finished).
pub fn interrupted_copy(path: &Path, bytes: &[u8]) -> Option<String> {
    let target = std::fs::canonicalize(path).ok()?;
    let (_, fixed, directory) = beside(&target);
    match left_copy(&fixed, bytes) {
        Ok(Some(false)) => Some(interrupted(&fixed)),
        Ok(Some(true)) => {
            let _ = std::fs::remove_file(&fixed);
            sync_directory(&directory);
            None
        }
        _ => None,
    }
}

/// The message for a file beside which an interrupted in-place rewrite left `fixed`.
fn interrupted(fixed: &Path) -> String {
    let shown = fixed.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    format!(
        "an interrupted fix left the complete fixed text in {shown}: if the file is cut short or \
         mixed, copy that text over it (`cp`, which keeps its other names); then remove the copy \
         and run again"
    )
}

/// Whether the copy an interrupted rewrite left at `fixed` holds `original` (`None`: there is
/// none). Anything else at that name (a link, a device, a file of another length) is not read:
/// it does not hold `original`.
fn left_copy(fixed: &Path, original: &[u8]) -> std::io::Result<Option<bool>> {
    let metadata = match std::fs::symlink_metadata(fixed) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error),
    };
    if !metadata.is_file() || metadata.len() != original.len() as u64 {
        return Ok(Some(false));
    }
    Ok(Some(std::fs::read(fixed)? == original))
}

/// Writes `bytes` over a file that holds `original`, from the first byte that differs (one
/// write), then cuts it to length and syncs it.
fn overwrite(path: &Path, original: &[u8], bytes: &[u8]) -> std::io::Result<()> {
    use std::io::{Seek, SeekFrom};
    let same = original.iter().zip(bytes).take_while(|(old, new)| old == new).count();
    let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
    file.seek(SeekFrom::Start(same as u64))?;
    file.write_all(&bytes[same..])?;
    if bytes.len() < original.len() {
        file.set_len(bytes.len() as u64)?;
    }
    file.sync_all()
}

/// Makes a rename or removal in `directory` durable (on Unix; elsewhere a no-op).
fn sync_directory(directory: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = std::fs::File::open(directory) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = directory;
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

    #[test]
    #[cfg(unix)]
    fn a_file_with_several_names_is_rewritten_in_place_with_a_copy_kept_meanwhile() {
        use std::os::unix::fs::MetadataExt;
        let directory = std::env::temp_dir().join(format!("pysunset-in-place-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&directory);
        std::fs::create_dir_all(&directory).unwrap();
        let path = directory.join("a.py");
        let fixed = directory.join(".a.py.pysunset.fixed");
        let names = || {
            let mut names: Vec<_> = std::fs::read_dir(&directory)
                .unwrap()
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            names
        };
        std::fs::write(&path, "import imp\nimp.reload(m)\n").unwrap();
        std::fs::hard_link(&path, directory.join("b.py")).unwrap();
        // Shorter, then longer: the file is cut to length, the other name sees the same bytes.
        write_fixed(&path, b"import imp\nimp.reload(m)\n", b"import imp\n").unwrap();
        assert_eq!(std::fs::read(directory.join("b.py")).unwrap(), b"import imp\n");
        write_fixed(&path, b"import imp\n", b"import imp\nimport importlib\n").unwrap();
        assert_eq!(std::fs::read(directory.join("b.py")).unwrap(), b"import imp\nimport importlib\n");
        assert_eq!(std::fs::metadata(&path).unwrap().nlink(), 2);
        assert_eq!(names(), ["a.py", "b.py"], "no copy is left");

        // A copy left by a run stopped after the rewrite (the file holds its text): removed.
        std::fs::write(&fixed, "import imp\nimport importlib\n").unwrap();
        write_fixed(&path, b"import imp\nimport importlib\n", b"x\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"x\n");
        assert_eq!(names(), ["a.py", "b.py"]);

        // A copy left by a run stopped before or during the rewrite: the file is not touched,
        // and the message says where the complete text is.
        std::fs::write(&fixed, "y\n").unwrap();
        let error = write_fixed(&path, b"x\n", b"z\n").unwrap_err();
        assert!(error.contains(".a.py.pysunset.fixed") && error.contains("interrupted"), "{error}");
        assert_eq!(std::fs::read(&path).unwrap(), b"x\n");
        assert_eq!(std::fs::read(&fixed).unwrap(), b"y\n", "the copy is kept");
        // A run with nothing to write (a file cut short in a comment) says so too.
        assert!(interrupted_copy(&path, b"x\n").is_some_and(|error| error.contains(".a.py.pysunset.fixed")));
        // A copy whose text the file holds is removed.
        assert_eq!(interrupted_copy(&path, b"y\n"), None);
        assert!(!fixed.exists());

        // Something else at that name (a repository can hold a link to /dev/zero) is not read.
        std::os::unix::fs::symlink("/dev/zero", &fixed).unwrap();
        let error = write_fixed(&path, b"x\n", b"z\n").unwrap_err();
        assert!(error.contains(".a.py.pysunset.fixed"), "{error}");
        assert_eq!(std::fs::read(&path).unwrap(), b"x\n");
        std::fs::remove_file(&fixed).unwrap();

        // A copy being written (another run, or one stopped before it touched the file).
        let fixing = directory.join(".a.py.pysunset.fixing");
        std::fs::write(&fixing, "partial").unwrap();
        let error = write_fixed(&path, b"x\n", b"z\n").unwrap_err();
        assert!(error.contains(".a.py.pysunset.fixing") && error.contains("another run"), "{error}");
        assert_eq!(std::fs::read(&path).unwrap(), b"x\n");
        std::fs::remove_file(&fixing).unwrap();

        // A save made while the run computed wins, and no copy stays behind.
        let refused = rewrite_in_place(&path, b"x\n", b"z\n", || Err("changed".to_string()));
        assert!(refused.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"x\n");
        assert_eq!(names(), ["a.py", "b.py"]);
        std::fs::remove_dir_all(&directory).unwrap();
    }
}
