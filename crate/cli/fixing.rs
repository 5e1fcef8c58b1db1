//! `--fix` and `--diff`: the fixed text back to the file's own bytes (its encoding and byte
//! order mark), written atomically, or shown as a unified diff.

use std::io::Write;
use std::path::Path;

/// The bytes of `text` in the encoding the file was read in: `None` when that would not give
/// back exactly the original bytes outside the edits (an encoding that does not round-trip).
pub fn encode_like(original: &[u8], original_text: &str, text: &str) -> Option<Vec<u8>> {
    super::decode::encode_like(original, original_text, text)
}

/// Replaces `path`'s contents with `bytes` atomically: a temporary file in the same directory,
/// with the original's permissions, renamed over it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let directory = path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let permissions = std::fs::metadata(path)?.permissions();
    let temporary = directory.join(format!(".{name}.pysunset-{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::set_permissions(&temporary, permissions)?;
        std::fs::rename(&temporary, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
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
}
