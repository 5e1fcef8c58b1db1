//! The index reader (`crate/inputs/git_index.rs`) on indexes the `git` binary writes: versions
//! 2, 3 and 4, SHA-1 and SHA-256 repositories; and on truncated and garbage bytes, which must
//! say "nothing known" without panicking. Skipped (with a message) when `git` is not installed.

#[path = "support/git.rs"]
mod git;

use git::git;
use pysunset::inputs::git_index::{gitdir_of, ObjectFormat, TrackedPaths};
use std::path::{Path, PathBuf};

const FILES: &[&str] =
    &["a.py", "pkg/lib/b.py", "pkg/lib/deep/c.py", "pkg/\u{e9}t\u{e9}.py", "z/long_name_to_pad_the_entry.py"];

/// A repository holding `FILES`, all added; `None` when `git` is not installed.
fn repository(name: &str, init: &[&str]) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    for file in FILES {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "x = 1\n").unwrap();
    }
    git(&dir, &[&["init", "-q"], init].concat())?;
    git(&dir, &["add", "-A"])?;
    Some(dir)
}

fn index_of(dir: &Path) -> Vec<u8> {
    std::fs::read(dir.join(".git/index")).unwrap()
}

fn assert_lists_files(tracked: &TrackedPaths, extra: &[&str]) {
    assert_eq!(tracked.len(), FILES.len() + extra.len());
    for file in FILES.iter().chain(extra) {
        assert!(tracked.is_tracked(file.as_bytes()), "{file}");
    }
    for directory in ["pkg", "pkg/lib", "pkg/lib/deep", "z"] {
        assert!(tracked.holds_tracked(directory.as_bytes()), "{directory}");
        assert!(!tracked.is_tracked(directory.as_bytes()), "{directory}");
    }
    for untracked in ["pkg/li", "pkg/lib/b", "b.py", "pkg/lib/deep/c.py/x", ""] {
        assert!(
            !tracked.is_tracked(untracked.as_bytes()) && !tracked.holds_tracked(untracked.as_bytes()),
            "{untracked}"
        );
    }
}

#[test]
fn reads_index_versions_2_3_and_4() {
    let Some(dir) = repository("git-index-versions", &[]) else {
        eprintln!("`git` is not installed: skipped");
        return;
    };
    // Version 3 is written only when an entry has extended flags: intent-to-add has one.
    std::fs::write(dir.join("intent.py"), "x = 1\n").unwrap();
    git(&dir, &["add", "-N", "intent.py"]).unwrap();
    for version in [2u8, 3, 4] {
        if version == 2 {
            git(&dir, &["rm", "-q", "--cached", "intent.py"]).unwrap();
        } else {
            git(&dir, &["add", "-N", "intent.py"]).unwrap();
        }
        git(&dir, &["update-index", "--index-version", &version.to_string()]).unwrap();
        let index = index_of(&dir);
        assert_eq!(index[4..8], [0, 0, 0, version], "the index is of version {version}");
        let config = std::fs::read_to_string(dir.join(".git/config")).unwrap();
        assert_eq!(ObjectFormat::from_config(&config), ObjectFormat::Sha1);
        let tracked = TrackedPaths::from_index(&index, ObjectFormat::Sha1).expect("an index");
        assert_lists_files(&tracked, if version == 2 { &[] } else { &["intent.py"] });
    }
}

#[test]
fn reads_the_index_of_a_sha256_repository() {
    let Some(dir) = repository("git-index-sha256", &["--object-format=sha256"]) else {
        eprintln!("`git` is not installed: skipped");
        return;
    };
    let config = std::fs::read_to_string(dir.join(".git/config")).unwrap();
    assert_eq!(ObjectFormat::from_config(&config), ObjectFormat::Sha256);
    for version in ["2", "4"] {
        git(&dir, &["update-index", "--index-version", version]).unwrap();
        let tracked = TrackedPaths::from_index(&index_of(&dir), ObjectFormat::Sha256).expect("an index");
        assert_lists_files(&tracked, &[]);
    }
}

#[test]
fn truncated_or_garbage_indexes_list_nothing() {
    let Some(dir) = repository("git-index-truncated", &[]) else {
        eprintln!("`git` is not installed: skipped");
        return;
    };
    for version in ["2", "4"] {
        git(&dir, &["update-index", "--index-version", version]).unwrap();
        let index = index_of(&dir);
        for length in 0..index.len() {
            // A cut entry is no index; a cut after the entries (in the checksum) loses nothing.
            match TrackedPaths::from_index(&index[..length], ObjectFormat::Sha1) {
                None => {}
                Some(tracked) => {
                    assert!(length > index.len() / 2, "version {version}, {length} bytes");
                    assert_lists_files(&tracked, &[]);
                }
            }
        }
        // Every byte changed in turn: an answer or none, never a panic.
        for at in 0..index.len() {
            let mut garbled = index.clone();
            garbled[at] ^= 0xa5;
            let _ = TrackedPaths::from_index(&garbled, ObjectFormat::Sha1);
        }
        assert!(TrackedPaths::from_index(&index, ObjectFormat::Sha256)
            .is_none_or(|tracked| !tracked.is_tracked(b"a.py")));
    }
    let mut other_version = index_of(&dir);
    other_version[7] = 5;
    assert!(TrackedPaths::from_index(&other_version, ObjectFormat::Sha1).is_none(), "version 5");
    // Four billion entries announced in a short file: refused at once.
    let mut huge = b"DIRC\0\0\0\x02\xff\xff\xff\xff".to_vec();
    huge.extend_from_slice(&[0; 100]);
    assert!(TrackedPaths::from_index(&huge, ObjectFormat::Sha1).is_none());
    // Bytes that were never an index.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for length in [0, 3, 12, 64, 4096] {
        let garbage: Vec<u8> = (0..length)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        assert!(TrackedPaths::from_index(&garbage, ObjectFormat::Sha1).is_none());
        let mut headed = b"DIRC\0\0\0\x04\0\0\x10\0".to_vec();
        headed.extend_from_slice(&garbage);
        let _ = TrackedPaths::from_index(&headed, ObjectFormat::Sha1);
    }
}

#[test]
fn object_formats_and_gitdir_files() {
    assert_eq!(ObjectFormat::from_config(""), ObjectFormat::Sha1);
    assert_eq!(
        ObjectFormat::from_config(
            "[core]\n\tbare = false\n[Extensions]\n\tObjectFormat = SHA256 ; comment\n"
        ),
        ObjectFormat::Sha256
    );
    assert_eq!(
        ObjectFormat::from_config("[core]\n\tobjectformat = sha256\n"),
        ObjectFormat::Sha1,
        "another section"
    );
    assert_eq!(ObjectFormat::Sha1.id_length(), 20);
    assert_eq!(ObjectFormat::Sha256.id_length(), 32);
    assert_eq!(gitdir_of("gitdir: ../.git/modules/sub\n"), Some("../.git/modules/sub"));
    assert_eq!(gitdir_of("gitdir: /work/main/.git/worktrees/walk"), Some("/work/main/.git/worktrees/walk"));
    assert_eq!(gitdir_of("gitdir:\n"), None);
    assert_eq!(gitdir_of("something else"), None);
}
