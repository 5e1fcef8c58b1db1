//! The native CLI as a user runs it: exit codes, formats, stdin, directories, bad files.

#[path = "support/git.rs"]
mod git;

use git::git;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn pysunset(args: &[&str], cwd: &Path, stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pysunset"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(bytes) = stdin {
        // A run that refuses its input (a usage error) may exit before reading it: a broken
        // pipe is then no failure of the test.
        if let Err(error) = child.stdin.take().expect("stdin").write_all(bytes) {
            assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "writing standard input: {error}");
        }
    }
    child.stdin = None; // closes standard input
    child.wait_with_output().expect("finished")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

/// A scratch directory under target/, removed and recreated for each test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

#[test]
fn text_output_is_compiler_style_with_a_summary() {
    let dir = scratch("text");
    std::fs::write(dir.join("a.py"), "import os\nimport asyncore\n").unwrap();
    let output = pysunset(&["a.py"], &dir, None);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.starts_with("a.py:2:8: SUN001 error: module `asyncore` was removed in Python 3.12\n"),
        "{text}"
    );
    assert!(text.contains("  = instead: asyncio"), "{text}");
    assert!(
        text.ends_with("Found 1 finding in 1 of 1 file: 1 error, 0 warnings, 0 info (target Python 3.12).\n")
    );
}

#[test]
fn exit_code_follows_error_findings_and_target() {
    let dir = scratch("exit");
    std::fs::write(dir.join("io.py"), "from typing import io\n").unwrap();
    assert_eq!(pysunset(&["io.py"], &dir, None).status.code(), Some(0), "a warning at 3.12");
    assert_eq!(pysunset(&["--target", "3.13", "io.py"], &dir, None).status.code(), Some(1));
    assert_eq!(pysunset(&["--target", "3.13", "--exit-zero", "io.py"], &dir, None).status.code(), Some(0));
    std::fs::write(dir.join("clean.py"), "import os\n").unwrap();
    let clean = pysunset(&["clean.py"], &dir, None);
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(stdout(&clean), "No findings in 1 file (target Python 3.12).\n");
}

#[test]
fn usage_errors_exit_2_with_a_reason() {
    let dir = scratch("usage");
    for (args, reason) in [
        (vec![], "no PATH"),
        (vec!["--target", "3.9", "x.py"], "invalid target version `3.9`"),
        (vec!["--format", "xml", "x.py"], "expected one of text, json, sarif, github, junit"),
        (vec!["--select", "E501", "x.py"], "unknown rule `E501`"),
        (vec!["--frobnicate", "x.py"], "frobnicate"),
        (vec!["does-not-exist.py"], "does-not-exist.py: no such file or directory"),
    ] {
        let output = pysunset(&args, &dir, None);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains(reason), "{args:?}: {}", stderr(&output));
    }
}

#[test]
fn json_has_paths_as_given_and_reads_stdin() {
    let dir = scratch("json");
    std::fs::create_dir_all(dir.join("pkg/sub")).unwrap();
    std::fs::write(dir.join("pkg/sub/m.py"), "import imp\n").unwrap();
    std::fs::write(dir.join("pkg/notes.txt"), "import imp\n").unwrap();
    std::fs::create_dir_all(dir.join("pkg/.venv")).unwrap();
    std::fs::write(dir.join("pkg/.venv/hidden.py"), "import imp\n").unwrap();
    let output = pysunset(&["--format", "json", "pkg", "-"], &dir, Some(b"import asynchat\n"));
    assert_eq!(output.status.code(), Some(1));
    let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let paths: Vec<&str> = findings.as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, vec!["pkg/sub/m.py", "-"]);
    assert_eq!(findings[1]["symbol"], "asynchat");
    assert_eq!(findings[0]["range"]["start"]["line"], 1);
    assert_eq!(findings[0]["deprecatedIn"], "3.4");
}

#[test]
fn select_and_ignore_filter_rules() {
    let dir = scratch("select");
    let source = "import imp\nclass T:\n    def t(self):\n        self.assertEquals(1, 1)\n";
    std::fs::write(dir.join("t.py"), source).unwrap();
    let only_aliases = stdout(&pysunset(&["--select", "SUN004", "t.py"], &dir, None));
    assert!(only_aliases.contains("SUN004") && !only_aliases.contains("SUN001"), "{only_aliases}");
    let no_modules = stdout(&pysunset(&["--ignore", "removed-module", "t.py"], &dir, None));
    assert!(no_modules.contains("SUN004") && !no_modules.contains("SUN001"), "{no_modules}");
}

#[test]
fn bad_files_are_reported_and_the_run_goes_on() {
    let dir = scratch("bad");
    std::fs::write(dir.join("binary.py"), b"\x7fELF\x00\x00import imp").unwrap();
    std::fs::write(dir.join("latin.py"), b"# -*- coding: latin-1 -*-\ns = '\xe9'\nimport imp\n").unwrap();
    std::fs::write(dir.join("broken.py"), b"x = '\xff'\nimport asyncore\n").unwrap();
    std::fs::write(dir.join("klingon.py"), b"# coding: klingon\nimport imp\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("missing-target.py"), dir.join("dangling.py")).unwrap();
    let output = pysunset(&["--format", "json", "."], &dir, None);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(errors.contains("binary.py: skipped: binary file"), "{errors}");
    assert!(errors.contains("klingon.py: skipped: unknown encoding `klingon`"), "{errors}");
    assert!(errors.contains("broken.py: not valid UTF-8"), "{errors}");
    #[cfg(unix)]
    assert!(errors.contains("dangling.py: skipped: cannot read"), "{errors}");
    let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let symbols: Vec<(&str, &str)> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap(), f["symbol"].as_str().unwrap()))
        .collect();
    assert_eq!(symbols, vec![("./broken.py", "asyncore"), ("./latin.py", "imp")]);
}

#[test]
fn catalogue_and_version_flags() {
    let dir = scratch("flags");
    let catalogue: serde_json::Value =
        serde_json::from_str(&stdout(&pysunset(&["--catalogue"], &dir, None))).expect("JSON");
    assert!(catalogue.as_array().unwrap().iter().any(|entry| entry["symbol"] == "imp"));
    assert!(stdout(&pysunset(&["--version"], &dir, None)).starts_with("pysunset "));
    assert!(stdout(&pysunset(&["--help"], &dir, None)).contains("Usage: pysunset"));
}

const ALIASES: &str = "import unittest\n\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals(1, 1)\n";
const ALIASES_FIXED: &str =
    "import unittest\n\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEqual(1, 1)\n";
const UNSAFE: &str = "import asyncio\n\nasyncio.iscoroutinefunction(print)\n";

/// The names of the files in `dir`, sorted (temporary files of a write would show here).
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn text_output_marks_fixable_findings() {
    let dir = scratch("marks");
    std::fs::write(dir.join("t.py"), ALIASES).unwrap();
    std::fs::write(dir.join("u.py"), format!("{UNSAFE}import asyncore\n")).unwrap();
    let text = stdout(&pysunset(&["--target", "3.16", "t.py", "u.py"], &dir, None));
    assert!(
        text.contains("t.py:6:14: SUN004 error: [*] `unittest.TestCase.assertEquals` was removed"),
        "{text}"
    );
    assert!(text.contains("  = fix (safe): replace `assertEquals` with `assertEqual`\n"), "{text}");
    assert!(
        text.contains("u.py:3:1: SUN002 error: `asyncio.iscoroutinefunction`"),
        "unsafe: no mark: {text}"
    );
    assert!(text.contains("  = fix (unsafe): replace `asyncio.iscoroutinefunction`"), "{text}");
    assert!(text.contains("u.py:4:8: SUN001 error: module `asyncore`"), "{text}");
    assert!(text.ends_with("[*] 1 fixable with --fix (1 more with --fix --unsafe-fixes).\n"), "{text}");
    let unsafe_counted =
        stdout(&pysunset(&["--target", "3.16", "--unsafe-fixes", "t.py", "u.py"], &dir, None));
    assert!(unsafe_counted.ends_with("[*] 2 fixable with --fix.\n"), "{unsafe_counted}");
}

#[test]
fn fix_writes_safe_fixes_atomically_and_leaves_other_files_alone() {
    let dir = scratch("fix");
    std::fs::write(dir.join("t.py"), ALIASES).unwrap();
    std::fs::write(dir.join("u.py"), UNSAFE).unwrap();
    std::fs::write(dir.join("clean.py"), "import os\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.join("t.py"), std::fs::Permissions::from_mode(0o750)).unwrap();
    }
    let untouched = |name: &str| std::fs::metadata(dir.join(name)).unwrap().modified().unwrap();
    let (clean_before, unsafe_before) = (untouched("clean.py"), untouched("u.py"));
    std::thread::sleep(std::time::Duration::from_millis(20));
    let output = pysunset(&["--fix", "--target", "3.16", "."], &dir, None);
    assert_eq!(output.status.code(), Some(1), "the unsafe fix's finding remains an error");
    assert_eq!(std::fs::read_to_string(dir.join("t.py")).unwrap(), ALIASES_FIXED);
    assert_eq!(
        std::fs::read_to_string(dir.join("u.py")).unwrap(),
        UNSAFE,
        "unsafe fixes need --unsafe-fixes"
    );
    assert_eq!(untouched("clean.py"), clean_before, "a file without fixes is not written");
    assert_eq!(untouched("u.py"), unsafe_before, "a file without safe fixes is not written");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("t.py")).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o750, "the permissions are kept");
    }
    assert_eq!(names_in(&dir), vec!["clean.py", "t.py", "u.py"], "no temporary file is left");
    let text = stdout(&output);
    assert!(!text.contains("t.py:"), "the fixed finding is not reported: {text}");
    assert!(text.contains("./u.py:3:1: SUN002 error:"), "{text}");
    assert!(text.contains("Fixed 1 finding in 1 file.\n"), "{text}");
    let again = pysunset(&["--fix", "--unsafe-fixes", "--target", "3.16", "."], &dir, None);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
    assert_eq!(
        std::fs::read_to_string(dir.join("u.py")).unwrap(),
        "import asyncio\nimport inspect\n\ninspect.iscoroutinefunction(print)\n"
    );
}

#[test]
fn diff_prints_the_fixes_and_writes_nothing() {
    let dir = scratch("diff");
    std::fs::write(dir.join("t.py"), ALIASES).unwrap();
    let output = pysunset(&["--diff", "t.py"], &dir, None);
    assert_eq!(output.status.code(), Some(1), "there is something to fix");
    assert_eq!(std::fs::read_to_string(dir.join("t.py")).unwrap(), ALIASES, "nothing is written");
    let diff = stdout(&output);
    assert!(diff.starts_with("--- a/t.py\n+++ b/t.py\n@@ -3,4 +3,4 @@\n"), "{diff}");
    assert!(diff.contains("\n-        self.assertEquals(1, 1)\n+        self.assertEqual(1, 1)\n"), "{diff}");
    assert!(stderr(&output).contains("Would fix 1 finding in 1 file."), "{}", stderr(&output));
    std::fs::write(dir.join("t.py"), ALIASES_FIXED).unwrap();
    let nothing = pysunset(&["--diff", "t.py"], &dir, None);
    assert_eq!(nothing.status.code(), Some(0));
    assert_eq!(stdout(&nothing), "");
    let stdin = pysunset(&["--diff", "-"], &dir, Some(ALIASES.as_bytes()));
    assert_eq!(stdin.status.code(), Some(1));
    assert!(stdout(&stdin).contains("+        self.assertEqual(1, 1)"));
    let refused = pysunset(&["--fix", "-"], &dir, Some(ALIASES.as_bytes()));
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("use --diff"), "{}", stderr(&refused));
}

#[test]
fn fix_keeps_the_files_bytes_outside_the_edits() {
    let dir = scratch("bytes");
    let crlf = format!("\u{feff}{}", ALIASES.replace('\n', "\r\n"));
    std::fs::write(dir.join("crlf.py"), &crlf).unwrap();
    let latin: &[u8] = b"# -*- coding: latin-1 -*-\nimport unittest\n\n\nclass T(unittest.TestCase):\n\tdef test(self):\n\t\tself.assertEquals('\xe9', '\xe9')\n";
    std::fs::write(dir.join("latin.py"), latin).unwrap();
    let invalid = [ALIASES.as_bytes(), b"x = '\xff'\n"].concat();
    std::fs::write(dir.join("invalid.py"), &invalid).unwrap();
    let output = pysunset(&["--fix", "."], &dir, None);
    assert_eq!(
        std::fs::read(dir.join("crlf.py")).unwrap(),
        format!("\u{feff}{}", ALIASES_FIXED.replace('\n', "\r\n")).into_bytes(),
        "the byte order mark and the CRLF line endings are kept"
    );
    let latin_fixed: &[u8] = b"# -*- coding: latin-1 -*-\nimport unittest\n\n\nclass T(unittest.TestCase):\n\tdef test(self):\n\t\tself.assertEqual('\xe9', '\xe9')\n";
    assert_eq!(
        std::fs::read(dir.join("latin.py")).unwrap(),
        latin_fixed,
        "written back in Latin-1, tabs kept"
    );
    assert_eq!(
        std::fs::read(dir.join("invalid.py")).unwrap(),
        invalid,
        "bytes that are not valid in the file's encoding are never rewritten"
    );
    assert!(stderr(&output).contains("invalid.py: not fixed"), "{}", stderr(&output));
}

#[test]
fn directory_runs_honour_gitignore_files() {
    let dir = scratch("gitignore");
    std::fs::create_dir_all(dir.join("build")).unwrap();
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join(".gitignore"), "build/\n*.gen.py\n!keep.gen.py\n").unwrap();
    std::fs::write(dir.join("pkg/.gitignore"), "local.py\n").unwrap();
    for name in ["a.py", "build/b.py", "x.gen.py", "keep.gen.py", "pkg/local.py", "pkg/m.py"] {
        std::fs::write(dir.join(name), "import imp\n").unwrap();
    }
    let output = pysunset(&["--format", "json", "."], &dir, None);
    let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let paths: Vec<&str> = findings.as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, vec!["./a.py", "./keep.gen.py", "./pkg/m.py"]);
    // A file named on the command line is checked all the same.
    let named = pysunset(&["--format", "json", "x.gen.py"], &dir, None);
    assert!(stdout(&named).contains("\"path\": \"x.gen.py\""));
}

#[test]
fn gitignore_files_apply_only_inside_a_repository() {
    // An unpacked sdist carries its project's .gitignore, whose `lib` (meant for a virtualenv)
    // would hide the package's own `cherrypy/lib`: outside a repository git ignores nothing, and
    // neither do ripgrep and ruff.
    let dir = std::env::temp_dir().join(format!("pysunset-no-repository-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sdist/pkg/lib")).unwrap();
    std::fs::write(dir.join("sdist/.gitignore"), "lib\n").unwrap();
    std::fs::write(dir.join("sdist/pkg/lib/a.py"), "import imp\n").unwrap();
    let paths = |cwd: &Path| -> Vec<String> {
        let output = pysunset(&["--format", "json", "."], cwd, None);
        let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
        findings.as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(paths(&dir), vec!["./sdist/pkg/lib/a.py"], "no repository");
    assert_eq!(paths(&dir.join("sdist")), vec!["./pkg/lib/a.py"], "no repository, run inside");
    // Inside a repository (here one whose root is under the walked directory) the file applies.
    std::fs::create_dir_all(dir.join("sdist/.git")).unwrap();
    assert_eq!(paths(&dir), Vec::<String>::new(), "a repository found during the walk");
    assert_eq!(paths(&dir.join("sdist/pkg")), Vec::<String>::new(), "a repository above the run");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn tracked_files_are_never_ignored() {
    // CherryPy's .gitignore has `lib` (for a virtualenv) and tracks its package `cherrypy/lib/`:
    // git never ignores a tracked file, and neither does the walk (it reads the index).
    let dir = std::env::temp_dir().join(format!("pysunset-tracked-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("repo/pkg/lib/deep")).unwrap();
    std::fs::create_dir_all(dir.join("repo/build")).unwrap();
    let repo = dir.join("repo");
    std::fs::write(repo.join(".gitignore"), "lib\nbuild/\n*.gen.py\n").unwrap();
    for name in [
        "a.py",
        "pkg/lib/tracked.py",
        "pkg/lib/untracked.py",
        "pkg/lib/deep/tracked.py",
        "pkg/lib/deep/untracked.py",
        "build/untracked.py",
        "x.gen.py",
        "y.gen.py",
    ] {
        std::fs::write(repo.join(name), "import imp\n").unwrap();
    }
    if git(&repo, &["init", "-q"]).is_none() {
        eprintln!("`git` is not installed: skipped");
        return;
    }
    git(&repo, &["add", ".gitignore", "a.py"]).unwrap();
    git(&repo, &["add", "-f", "pkg/lib/tracked.py", "pkg/lib/deep/tracked.py", "x.gen.py"]).unwrap();
    let paths = |args: &[&str], cwd: &Path| -> Vec<String> {
        let output = pysunset(&[&["--format", "json"], args].concat(), cwd, None);
        let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
        findings.as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap().to_string()).collect()
    };
    let tracked = ["./a.py", "./x.gen.py", "./pkg/lib/tracked.py", "./pkg/lib/deep/tracked.py"];
    assert_eq!(paths(&["."], &repo), tracked, "index version 2");
    assert_eq!(paths(&["."], &repo.join("pkg")), ["./lib/tracked.py", "./lib/deep/tracked.py"], "run inside");
    assert_eq!(
        paths(&["repo"], &dir),
        ["repo/a.py", "repo/x.gen.py", "repo/pkg/lib/tracked.py", "repo/pkg/lib/deep/tracked.py"],
        "a repository found during the walk"
    );
    git(&repo, &["update-index", "--index-version", "4"]).unwrap();
    assert_eq!(paths(&["."], &repo), tracked, "index version 4");
    // A worktree's `.git` is a file naming its git directory, which holds its own index.
    git(&repo, &["commit", "-q", "-m", "tracked"]).unwrap();
    git(&repo, &["worktree", "add", "-q", "../worktree"]).unwrap();
    for name in ["pkg/lib/untracked.py", "build/untracked.py", "y.gen.py"] {
        std::fs::create_dir_all(dir.join("worktree").join(name).parent().unwrap()).unwrap();
        std::fs::write(dir.join("worktree").join(name), "import imp\n").unwrap();
    }
    assert_eq!(paths(&["."], &dir.join("worktree")), tracked, "a worktree");
    // An index that cannot be read tracks nothing: the .gitignore files decide alone.
    std::fs::write(repo.join(".git/index"), b"DIRC\0\0\0\x02\xff").unwrap();
    assert_eq!(paths(&["."], &repo), ["./a.py"], "a truncated index");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn outer_gitignore_files_stop_at_a_nested_repository() {
    // git applies a repository's own .gitignore files only: those of an enclosing repository
    // (a checkout inside another's tree, a submodule) say nothing about its files.
    let dir = std::env::temp_dir().join(format!("pysunset-nested-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let outer = dir.join("outer");
    let inner = outer.join("sub");
    std::fs::create_dir_all(inner.join("pkg")).unwrap();
    std::fs::write(outer.join(".gitignore"), "*.gen.py\nvendored.py\n").unwrap();
    std::fs::write(inner.join(".gitignore"), "skip.py\n").unwrap();
    for name in [
        "a.py",
        "b.gen.py",
        "vendored.py",
        "sub/a.gen.py",
        "sub/skip.py",
        "sub/vendored.py",
        "sub/pkg/c.gen.py",
    ] {
        std::fs::write(outer.join(name), "import imp\n").unwrap();
    }
    if git(&outer, &["init", "-q"]).is_none() || git(&inner, &["init", "-q"]).is_none() {
        eprintln!("`git` is not installed: skipped");
        return;
    }
    let paths = |args: &[&str], cwd: &Path| -> Vec<String> {
        let output = pysunset(&[&["--format", "json"], args].concat(), cwd, None);
        let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
        findings.as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap().to_string()).collect()
    };
    let inside = ["./sub/a.gen.py", "./sub/vendored.py", "./sub/pkg/c.gen.py"];
    assert_eq!(paths(&["."], &outer), [&["./a.py"][..], &inside].concat(), "from the outer repository");
    assert_eq!(
        paths(&["."], &inner),
        ["./a.gen.py", "./vendored.py", "./pkg/c.gen.py"],
        "from the inner one"
    );
    assert_eq!(paths(&["."], &inner.join("pkg")), ["./c.gen.py"], "from inside the inner one");
    assert_eq!(
        paths(&["outer"], &dir),
        ["outer/a.py", "outer/sub/a.gen.py", "outer/sub/vendored.py", "outer/sub/pkg/c.gen.py"]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fix_honours_select_and_ignore() {
    let dir = scratch("fix-select");
    let source = "import locale\nimport unittest\n\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals(locale.format(\"%d\", 1), \"1\")\n";
    std::fs::write(dir.join("t.py"), source).unwrap();
    let output = pysunset(&["--fix", "--select", "SUN004", "t.py"], &dir, None);
    assert_eq!(
        std::fs::read_to_string(dir.join("t.py")).unwrap(),
        source.replace("assertEquals", "assertEqual"),
        "only the selected rule is fixed: {}",
        stdout(&output)
    );
    pysunset(&["--fix", "--ignore", "SUN004", "t.py"], &dir, None);
    assert_eq!(
        std::fs::read_to_string(dir.join("t.py")).unwrap(),
        source.replace("assertEquals", "assertEqual").replace("locale.format(", "locale.format_string(")
    );
}

#[test]
fn stdin_filename_names_the_input_and_picks_its_kind() {
    let dir = scratch("stdin-filename");
    let notebook = r#"{"cells": [{"cell_type": "markdown", "source": "x"}, {"cell_type": "code", "source": ["import os\n", "import imp\n"]}]}"#;
    let output = pysunset(&["--stdin-filename", "nb/explore.ipynb", "-"], &dir, Some(notebook.as_bytes()));
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).starts_with("nb/explore.ipynb:cell 2:2:8: SUN001 error: module `imp`"),
        "{}",
        stdout(&output)
    );
    let env = pysunset(
        &["--stdin-filename", "Dockerfile", "--format", "json", "-"],
        &dir,
        Some(b"ENV PYTHONTHREADDEBUG=1\n"),
    );
    assert!(
        stdout(&env).contains("\"path\": \"Dockerfile\"") && stdout(&env).contains("\"code\": \"SUN006\"")
    );
    let broken = pysunset(&["--stdin-filename", "nb.ipynb", "-"], &dir, Some(b"{"));
    assert!(
        stderr(&broken).contains("nb.ipynb: skipped: not a valid Jupyter notebook"),
        "{}",
        stderr(&broken)
    );
}

#[test]
fn configuration_errors_exit_2_naming_the_file_and_key() {
    let dir = scratch("config-errors");
    std::fs::write(dir.join("pyproject.toml"), "[tool.pysunset]\ntarget = \"3.13\"\nselct = [\"SUN001\"]\n")
        .unwrap();
    std::fs::write(dir.join("a.py"), "import imp\n").unwrap();
    let output = pysunset(&["a.py"], &dir, None);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("pyproject.toml: [tool.pysunset] `selct`: unknown key: the keys are target, select, ignore, exclude (line 3)"),
        "{}",
        stderr(&output)
    );
    // --no-config reads none; --config reads the one named.
    assert_eq!(pysunset(&["--no-config", "a.py"], &dir, None).status.code(), Some(1));
    std::fs::write(dir.join("other.toml"), "[tool.pysunset]\nignore = [\"removed-module\"]\n").unwrap();
    let other = pysunset(&["--config", "other.toml", "a.py"], &dir, None);
    assert_eq!(other.status.code(), Some(0), "{}", stderr(&other));
    assert_eq!(stdout(&other), "No findings in 1 file (target Python 3.12).\n");
    std::fs::write(dir.join("none.toml"), "[project]\nname = \"x\"\n").unwrap();
    let none = pysunset(&["--config", "none.toml", "a.py"], &dir, None);
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("none.toml: has no [tool.pysunset] table"), "{}", stderr(&none));
}

/// The undated deprecations are one rule (SUN008, `deprecated-api`): warnings, which do not
/// fail the run, turned off as a whole by `--ignore` or `[tool.pysunset]`, and alone by `--select`.
#[test]
fn undated_deprecations_are_one_rule_turned_on_and_off_as_a_whole() {
    let dir = scratch("deprecated-api");
    let source =
        "import logging\nimport threading\nimport asyncore\nlogging.warn('x')\nthreading.currentThread()\n";
    std::fs::write(dir.join("t.py"), source).unwrap();
    let all = stdout(&pysunset(&["t.py"], &dir, None));
    assert!(
        all.contains("t.py:4:1: SUN008 warning: [*] `logging.warn` is deprecated since Python 3.3; no removal date yet"),
        "{all}"
    );
    assert!(all.contains("SUN008 warning: [*] `threading.currentThread`"), "{all}");
    for ignore in [["--ignore", "SUN008"], ["--ignore", "deprecated-api"]] {
        let text = stdout(&pysunset(&[ignore[0], ignore[1], "t.py"], &dir, None));
        assert!(!text.contains("SUN008") && text.contains("SUN001"), "{text}");
    }
    let only = pysunset(&["--select", "SUN008", "t.py"], &dir, None);
    assert_eq!(only.status.code(), Some(0), "warnings alone do not fail the run");
    let text = stdout(&only);
    assert!(text.contains("SUN008") && !text.contains("SUN001"), "{text}");
    std::fs::write(dir.join("pyproject.toml"), "[tool.pysunset]\nignore = [\"deprecated-api\"]\n").unwrap();
    let configured = stdout(&pysunset(&["t.py"], &dir, None));
    assert!(!configured.contains("SUN008") && configured.contains("SUN001"), "{configured}");
}

/// Runs `pysunset` with a deadline: a run that blocks (on a FIFO, on `/dev/zero`) fails the
/// test instead of hanging it.
#[cfg(unix)]
fn pysunset_within(args: &[&str], cwd: &Path, seconds: u64) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_pysunset"))
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let id = child.id();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(child.wait_with_output());
    });
    match receiver.recv_timeout(std::time::Duration::from_secs(seconds)) {
        Ok(output) => output.expect("finished"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &id.to_string()]).status();
            panic!("pysunset {args:?} did not finish within {seconds} s");
        }
    }
}

#[test]
#[cfg(unix)]
fn files_that_are_not_files_are_skipped_without_blocking() {
    let dir = scratch("not-files");
    std::fs::write(dir.join("real.py"), "import imp\n").unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.py")).unwrap();
    std::os::unix::fs::symlink("real.py", dir.join("link.py")).unwrap();
    let fifo = dir.join("pipe.py");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    // A 3 GB sparse file: it must not be read whole to be found too large.
    let sparse = std::fs::File::create(dir.join("sparse.py")).unwrap();
    sparse.set_len(3 << 30).unwrap();
    let output = pysunset_within(&["--format", "json", "."], &dir, 60);
    let errors = stderr(&output);
    assert!(errors.contains("zero.py: skipped: not a regular file"), "{errors}");
    assert!(errors.contains("pipe.py: skipped: not a regular file"), "{errors}");
    assert!(errors.contains("sparse.py: skipped: the file is too large"), "{errors}");
    let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let paths: Vec<&str> = findings.as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, vec!["./link.py", "./real.py"], "a link to a regular file is read");
    // Named on the command line, the same.
    let output = pysunset_within(&["zero.py", "pipe.py", "real.py"], &dir, 60);
    let errors = stderr(&output);
    assert!(errors.contains("zero.py: skipped: not a regular file"), "{errors}");
    assert!(errors.contains("pipe.py: skipped: not a regular file"), "{errors}");
    assert_eq!(output.status.code(), Some(1), "real.py is still checked");
}

#[test]
#[cfg(unix)]
fn a_kill_during_an_in_place_fix_loses_no_text() {
    // A file with two names is rewritten in place (a rename would split it). `kill -9` at
    // moments from the start of the write on: the file holds its old or its new text, or a
    // complete copy of the new text is beside it, and the next run says so.
    // 2 MB in long comment lines, cheap to check: the writes take milliseconds.
    let old = format!("import imp\nimp.reload(m)\n{}", format!("# {}\n", "x".repeat(500_000)).repeat(4));
    let new = old.replacen("import imp\nimp.reload(m)", "import importlib\nimportlib.reload(m)", 1);
    let whole = scratch("fix-kill-whole");
    std::fs::write(whole.join("a.py"), &old).unwrap();
    pysunset(&["--fix", "a.py"], &whole, None);
    assert!(std::fs::read_to_string(whole.join("a.py")).unwrap() == new, "the fix, run to its end");
    let mut seen = std::collections::BTreeMap::new();
    for delay_us in [0, 200, 1_000, 3_000, 10_000, 50_000] {
        let dir = scratch("fix-kill");
        std::fs::write(dir.join("a.py"), &old).unwrap();
        std::fs::hard_link(dir.join("a.py"), dir.join("twin.py")).unwrap();
        let (fixing, fixed) = (dir.join(".a.py.pysunset.fixing"), dir.join(".a.py.pysunset.fixed"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_pysunset"))
            .args(["--fix", "a.py"])
            .current_dir(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        while !fixing.exists() && !fixed.exists() && child.try_wait().unwrap().is_none() {
            assert!(std::time::Instant::now() < deadline, "the fix never started writing");
        }
        let started = std::time::Instant::now();
        while started.elapsed() < std::time::Duration::from_micros(delay_us) {}
        child.kill().unwrap();
        child.wait().unwrap();
        let text = std::fs::read_to_string(dir.join("a.py")).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("twin.py")).unwrap(), text, "one file, two names");
        let copy = std::fs::read_to_string(&fixed).ok();
        let state = match (text == old, text == new, copy.as_deref() == Some(new.as_str())) {
            (true, _, false) => "old text",
            (true, _, true) => "old text, complete copy beside",
            (_, true, _) => "new text",
            (false, false, true) => "mixed text, complete copy beside",
            (false, false, false) => {
                panic!("after {delay_us} us: the file is mixed and no complete copy is left")
            }
        };
        *seen.entry(state).or_insert(0) += 1;
        // The next run: it finishes the fix, or it refuses to touch the file and names the copy.
        let next = pysunset(&["--fix", "a.py"], &dir, None);
        let now = std::fs::read_to_string(dir.join("a.py")).unwrap();
        if copy.is_some() && text != new {
            assert!(stderr(&next).contains(".a.py.pysunset.fixed"), "{}", stderr(&next));
            assert_eq!(now, text, "not touched");
        } else if fixing.exists() {
            assert!(stderr(&next).contains(".a.py.pysunset.fixing"), "{}", stderr(&next));
            assert_eq!(now, old);
        } else {
            assert_eq!(now, new, "{}", stderr(&next));
            assert_eq!(names_in(&dir), ["a.py", "twin.py"]);
        }
    }
    eprintln!("states after the kills: {seen:?}");
}

#[test]
fn nothing_readable_exits_2() {
    let dir = scratch("unreadable");
    std::fs::write(dir.join("binary.py"), b"\x00\x01").unwrap();
    let output = pysunset(&["binary.py"], &dir, None);
    assert_eq!(output.status.code(), Some(2), "no file could be checked: {}", stderr(&output));
    std::fs::write(dir.join("fine.py"), "import os\n").unwrap();
    let output = pysunset(&["binary.py", "fine.py"], &dir, None);
    assert_eq!(output.status.code(), Some(0), "one file was checked");
    let empty = scratch("empty-dir");
    let output = pysunset(&["."], &empty, None);
    assert_eq!(output.status.code(), Some(0), "a directory without Python files is no error");
}

/// Under a memory cap (`ulimit -v`), a file whose syntax tree would not fit is reported on its
/// own, and the other files' findings are still printed: the run never aborts (tree-sitter
/// aborts the process when an allocation fails, so the parse must not start).
#[test]
#[cfg(unix)]
fn a_file_that_needs_more_memory_than_there_is_is_reported_alone() {
    let dir = scratch("memory-cap");
    std::fs::write(dir.join("a.py"), "import imp\n").unwrap();
    std::fs::write(dir.join("c.py"), "import asyncore\n").unwrap();
    // About 6 million tokens: under the token limit, but its tree needs 1.5 GB or more.
    // Every line binds `i`, which the import binds: all parsed.
    std::fs::write(dir.join("big.py"), format!("import imp as i\n{}", "i=1\n".repeat(1_500_000))).unwrap();
    let script = format!("ulimit -v 1000000 && exec '{}' --format json .", env!("CARGO_BIN_EXE_pysunset"));
    let output = Command::new("sh").args(["-c", &script]).current_dir(&dir).output().expect("sh runs");
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "the run finished with findings: {errors}");
    assert!(errors.contains("big.py: skipped:") && errors.contains("memory"), "{errors}");
    let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let paths: Vec<&str> = findings.as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, vec!["./a.py", "./c.py"], "{errors}");
}

/// The output is written as it is rendered, a finding at a time, never held whole: under a
/// memory cap (`ulimit -v`) a file of 100,000 findings (1.2 MB) is checked and printed whole in
/// the formats whose output is largest. Rendered as one string (with the copies of putting it
/// together) its JSON took about 8 KB a finding, 400 MB for this file, and the run aborted under
/// this cap; the check itself needs about a third of that. Each thread takes address space of
/// its own (its stack, its allocator's heap): with 16 threads (a machine of 16 cores) the run
/// aborted under this cap after the parse's pre-check had passed, until the number of threads
/// was bounded by the cap (a thread per 256 MiB: 3 here).
#[test]
#[cfg(unix)]
fn many_findings_are_printed_under_a_memory_cap() {
    let dir = scratch("memory-cap-findings");
    let findings = 100_000;
    let line = "imp.reload, ".repeat(10);
    let source = format!("import imp\nx = [\n{}]\n", format!("{line}\n").repeat(findings / 10));
    std::fs::write(dir.join("many.py"), source).unwrap();
    for (format, threads) in [("json", "2"), ("sarif", "2"), ("json", "16")] {
        let script = format!(
            "ulimit -v 800000 && exec '{}' --no-config --format {format} many.py > out.{format}",
            env!("CARGO_BIN_EXE_pysunset")
        );
        let output = Command::new("sh")
            .args(["-c", &script])
            .env("RAYON_NUM_THREADS", threads)
            .current_dir(&dir)
            .output()
            .expect("sh runs");
        let errors = stderr(&output);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{format}, {threads} threads: the run finished with findings: {errors}"
        );
        assert_eq!(errors, "", "{format}, {threads} threads");
        let printed = std::fs::read_to_string(dir.join(format!("out.{format}"))).unwrap();
        let (one, end) = match format {
            "json" => ("\n    \"symbol\": \"imp.reload\",", "\n]\n"),
            _ => ("\n            \"symbol\": \"imp.reload\",", "\n  ]\n}\n"),
        };
        assert_eq!(printed.matches(one).count(), findings, "{format}: every finding");
        assert!(printed.ends_with(end), "{format}: the whole output");
    }
}

/// `--diff` and `--fix` follow the same rule as a check: files to check and not one checked
/// is exit status 2, with the same message; one file checked is enough.
#[test]
fn diff_and_fix_exit_2_when_nothing_could_be_checked() {
    let dir = scratch("unreadable-diff");
    std::fs::write(dir.join("binary.py"), b"\x00\x01").unwrap();
    for mode in ["--diff", "--fix"] {
        let output = pysunset(&[mode, "binary.py"], &dir, None);
        assert_eq!(output.status.code(), Some(2), "{mode}: {}", stderr(&output));
        assert!(
            stderr(&output).contains("pysunset: no file could be checked"),
            "{mode}: {}",
            stderr(&output)
        );
        if mode == "--diff" {
            assert_eq!(stdout(&output), "", "no diff to print");
        }
    }
    std::fs::write(dir.join("fine.py"), "import os\n").unwrap();
    for mode in ["--diff", "--fix"] {
        let output = pysunset(&[mode, "binary.py", "fine.py"], &dir, None);
        assert_eq!(output.status.code(), Some(0), "{mode}: one file was checked: {}", stderr(&output));
    }
    let empty = scratch("empty-dir-diff");
    assert_eq!(pysunset(&["--diff", "."], &empty, None).status.code(), Some(0), "nothing to check");
}

#[test]
#[cfg(unix)]
fn fix_writes_through_links_keeps_hard_links_and_respects_permissions() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = scratch("fix-links");
    std::fs::create_dir(dir.join("real")).unwrap();
    std::fs::write(dir.join("real/target.py"), ALIASES).unwrap();
    std::os::unix::fs::symlink("real/target.py", dir.join("link.py")).unwrap();
    std::fs::write(dir.join("hard.py"), ALIASES).unwrap();
    std::fs::hard_link(dir.join("hard.py"), dir.join("real/hard-twin.txt")).unwrap();
    std::fs::write(dir.join("readonly.py"), ALIASES).unwrap();
    std::fs::set_permissions(dir.join("readonly.py"), std::fs::Permissions::from_mode(0o444)).unwrap();
    let output = pysunset(&["--fix", "link.py", "hard.py", "readonly.py"], &dir, None);
    let errors = stderr(&output);
    assert!(std::fs::symlink_metadata(dir.join("link.py")).unwrap().file_type().is_symlink(), "still a link");
    assert_eq!(
        std::fs::read_to_string(dir.join("real/target.py")).unwrap(),
        ALIASES_FIXED,
        "the target is fixed"
    );
    assert_eq!(std::fs::read_to_string(dir.join("hard.py")).unwrap(), ALIASES_FIXED);
    assert_eq!(
        std::fs::read_to_string(dir.join("real/hard-twin.txt")).unwrap(),
        ALIASES_FIXED,
        "one file, two names"
    );
    assert_eq!(std::fs::metadata(dir.join("hard.py")).unwrap().nlink(), 2);
    assert_eq!(
        std::fs::read_to_string(dir.join("readonly.py")).unwrap(),
        ALIASES,
        "a read-only file is not rewritten"
    );
    assert!(errors.contains("readonly.py: not fixed: the file is read-only"), "{errors}");
    assert_eq!(
        names_in(&dir),
        vec!["hard.py", "link.py", "readonly.py", "real"],
        "no temporary file is left"
    );
}

#[test]
fn file_names_and_source_lines_cannot_reach_the_terminal() {
    let dir = scratch("escapes");
    // A line that retitles the terminal, writes the clipboard and rings the bell.
    let hostile = "import imp  # \x1b]0;owned\x07 \x1b]52;c;ZXZpbA==\x07 \u{9b}31m \u{202e}evil\r\n";
    std::fs::write(dir.join("lines.py"), hostile).unwrap();
    #[cfg(unix)]
    std::fs::write(dir.join("name\x1b[2J\nx.py"), "import imp\n").unwrap();
    for format in ["text", "github"] {
        let output = pysunset(&["--format", format, "--color", "never", "."], &dir, None);
        let text = stdout(&output);
        for forbidden in ['\x1b', '\x07', '\u{9b}', '\u{202e}', '\r'] {
            assert!(!text.contains(forbidden), "{format}: {forbidden:?} reached the output: {text:?}");
        }
        #[cfg(unix)]
        assert!(!text.lines().any(|line| line.starts_with("x.py")), "{format}: a name split a line: {text}");
        if format == "text" {
            assert!(text.contains("\\x1b]0;owned\\x07"), "{format}: {text}");
            #[cfg(unix)]
            assert!(text.contains("name\\x1b[2J\\nx.py:1:8"), "{format}: the name is one line: {text}");
        }
    }
}

/// Applies `diff` in `dir` with GNU `patch -p1`, as a user would, and asserts that it applied.
fn apply_patch(dir: &Path, diff: &[u8]) {
    let mut patch = Command::new("patch")
        .args(["-p1", "--batch", "--no-backup-if-mismatch"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    patch.stdin.take().unwrap().write_all(diff).unwrap();
    let applied = patch.wait_with_output().unwrap();
    assert!(
        applied.status.success(),
        "patch: {}{}",
        String::from_utf8_lossy(&applied.stdout),
        String::from_utf8_lossy(&applied.stderr)
    );
}

/// `--diff` keeps the file's bytes for `patch` when its output is a pipe or a file, and quotes a
/// name that could split its header line (as git does, and `patch` reads); on a terminal (run
/// under `script`'s pseudo-terminal) what the lines hold is escaped.
#[cfg(unix)]
#[test]
fn diffs_quote_hostile_names_and_escape_lines_on_a_terminal() {
    let dir = scratch("diff-escapes");
    let hostile = "import imp  # \x1b]0;owned\x07 \x1b]52;c;ZXZpbA==\x07\nimp.reload(m)\n";
    let name = "name\x1b[2J\nx.py";
    std::fs::write(dir.join(name), hostile).unwrap();
    let piped = pysunset(&["--diff", "--target", "3.12", "."], &dir, None);
    assert_eq!(piped.status.code(), Some(1), "{}", stderr(&piped));
    let text = stdout(&piped);
    assert!(
        text.starts_with("--- \"a/./name\\033[2J\\nx.py\"\n+++ \"b/./name\\033[2J\\nx.py\"\n"),
        "{text:?}"
    );
    assert!(text.contains("\x1b]0;owned\x07"), "piped, the lines are the file's: {text:?}");
    if Command::new("patch").arg("--version").output().is_ok() {
        apply_patch(&dir, &piped.stdout);
        let patched = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(patched.contains("importlib.reload(m)"), "{patched:?}");
        std::fs::write(dir.join(name), hostile).unwrap();
    }
    let Ok(terminal) = Command::new("script")
        .args(["-qec", &format!("{} --diff --target 3.12 .", env!("CARGO_BIN_EXE_pysunset")), "/dev/null"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .output()
    else {
        eprintln!("`script` is not installed: the terminal half skipped");
        return;
    };
    let shown = String::from_utf8_lossy(&terminal.stdout);
    assert!(shown.contains("\\x1b]0;owned\\x07"), "on a terminal the escapes are shown: {shown:?}");
    for forbidden in ['\x1b', '\x07'] {
        assert!(!shown.contains(forbidden), "{forbidden:?} reached the terminal: {shown:?}");
    }
}

/// A file checked in windows may be over the limit on tree size for the one parse that fixing
/// it needs: `--diff` and `--fix` skip it saying so, not that the parser gave up.
#[test]
fn a_file_too_large_to_fix_whole_says_why() {
    let dir = scratch("too-large-to-fix");
    let big = format!("import imp\nimp.reload(m)\n{}", "x=1\n".repeat(2_500_000));
    std::fs::write(dir.join("big.py"), &big).unwrap();
    let checked = pysunset(&["--format", "json", "--target", "3.12", "big.py"], &dir, None);
    assert_eq!(checked.status.code(), Some(1), "checked in windows: {}", stderr(&checked));
    for mode in ["--diff", "--fix"] {
        let output = pysunset(&[mode, "--target", "3.12", "big.py"], &dir, None);
        let message = stderr(&output);
        assert!(message.contains("over the limit on tree size"), "{mode}: {message}");
        assert!(!message.contains("gave up"), "{mode}: {message}");
        assert_eq!(
            std::fs::read_to_string(dir.join("big.py")).unwrap(),
            big,
            "{mode}: the file is untouched"
        );
    }
}

#[test]
fn diffs_apply_with_patch_for_files_with_a_bom_or_a_cookie() {
    if Command::new("patch").arg("--version").output().is_err() {
        eprintln!("`patch` is not installed: skipped");
        return;
    }
    let dir = scratch("diff-patch");
    let bom = format!("\u{feff}{ALIASES}");
    let latin: &[u8] = b"# -*- coding: latin-1 -*-\nimport unittest\n\n\nclass T(unittest.TestCase):\n    def test(self):\n        self.assertEquals('\xe9', '\xe9')\n";
    std::fs::write(dir.join("bom.py"), &bom).unwrap();
    std::fs::write(dir.join("latin.py"), latin).unwrap();
    let output = pysunset(&["--diff", "bom.py", "latin.py"], &dir, None);
    assert_eq!(output.status.code(), Some(1));
    let fixed = pysunset(&["--fix", "bom.py", "latin.py"], &scratch_copy(&dir, "diff-patch-fixed"), None);
    assert_eq!(fixed.status.code(), Some(0), "{}", stderr(&fixed));
    apply_patch(&dir, &output.stdout);
    for name in ["bom.py", "latin.py"] {
        assert_eq!(
            std::fs::read(dir.join(name)).unwrap(),
            std::fs::read(Path::new(env!("CARGO_TARGET_TMPDIR")).join("diff-patch-fixed").join(name))
                .unwrap(),
            "{name}: the patched file is what --fix writes"
        );
    }
}

/// A copy of the files of `dir` in a new scratch directory.
fn scratch_copy(dir: &Path, name: &str) -> PathBuf {
    let copy = scratch(name);
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
    }
    copy
}

#[test]
fn sarif_uris_keep_backslashes_and_percent_encode_names() {
    let dir = scratch("sarif-names");
    std::fs::write(dir.join("a b%.py"), "import imp\n").unwrap();
    #[cfg(unix)]
    std::fs::write(dir.join("back\\slash.py"), "import imp\n").unwrap();
    let output = pysunset(&["--format", "sarif", "."], &dir, None);
    let sarif: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let uris: Vec<String> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|result| {
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(uris.contains(&"a%20b%25.py".to_string()), "{uris:?}");
    #[cfg(unix)]
    assert!(uris.contains(&"back%5Cslash.py".to_string()), "{uris:?}");
}

/// `(path, line, symbol, severity)` of each finding of a JSON run.
fn json_findings(output: &Output) -> Vec<(String, u64, String, String)> {
    let findings: serde_json::Value = serde_json::from_str(&stdout(output)).expect("JSON");
    findings
        .as_array()
        .expect("a list")
        .iter()
        .map(|finding| {
            (
                finding["path"].as_str().unwrap().to_string(),
                finding["range"]["start"]["line"].as_u64().unwrap(),
                finding["symbol"].as_str().unwrap().to_string(),
                finding["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_directory_run_follows_the_project_and_a_single_file_says_it_cannot() {
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/projects/compat_reexports");
    let whole = pysunset(&["--format", "json", "--target", "3.14", "mypkg"], &project, None);
    let found = json_findings(&whole);
    let at = |path: &str, line: u64, symbol: &str, severity: &str| {
        (path.to_string(), line, symbol.to_string(), severity.to_string())
    };
    for expected in [
        at("mypkg/reader.py", 8, "configparser.SafeConfigParser", "error"),
        at("mypkg/star.py", 7, "configparser.SafeConfigParser", "error"),
        at("mypkg/flags.py", 8, "crypt", "info"),
        at("mypkg/compat.py", 9, "configparser.SafeConfigParser", "error"),
    ] {
        assert!(found.contains(&expected), "{expected:?} not in {found:#?}");
    }
    // The removed name the compat module imports is its finding, not its importers' too.
    assert_eq!(found.iter().filter(|f| f.2 == "configparser.SafeConfigParser" && f.1 == 3).count(), 0);
    assert!(!stderr(&whole).contains("note:"), "{}", stderr(&whole));

    // The same files one at a time: the compat module cannot be followed, and the run says so.
    let alone = pysunset(&["--format", "json", "--target", "3.14", "mypkg/reader.py"], &project, None);
    assert!(json_findings(&alone).is_empty(), "{:#?}", json_findings(&alone));
    let note = stderr(&alone);
    assert!(
        note.starts_with(
            "note: mypkg/reader.py uses names it imports from `.compat`, which this run does not include"
        ) && note.contains("check the whole package directory"),
        "{note}"
    );
    let flags = pysunset(&["--target", "3.14", "mypkg/flags.py", "mypkg/star.py"], &project, None);
    assert!(
        stderr(&flags).contains("`._compat`, which this run does not include (and 1 other file does too)")
    );
    assert!(
        stdout(&flags).contains("mypkg/flags.py:8:16: SUN001 error: module `crypt`"),
        "{}",
        stdout(&flags)
    );

    // A name imported from a module the run cannot see, used in no way its facts could change:
    // nothing to say.
    let dir = scratch("project-quiet");
    std::fs::write(dir.join("a.py"), "from .helpers import run\nfrom . import sibling\n\nrun(sibling)\n")
        .unwrap();
    let quiet = pysunset(&["a.py"], &dir, None);
    assert_eq!((quiet.status.code(), stderr(&quiet)), (Some(0), String::new()));
}

#[test]
fn namespace_packages_and_trees_of_the_same_names_are_followed_without_a_note() {
    let projects = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/projects");
    for (project, file, line) in
        [("namespace_packages", "data/circular/rel.py", 11), ("two_trees", "lib_a/asyncio/use.py", 8)]
    {
        let whole = pysunset(&["--format", "json", "--target", "3.14", project], &projects, None);
        assert!(!stderr(&whole).contains("note:"), "{project}: {}", stderr(&whole));
        let found = json_findings(&whole);
        let expected = (
            format!("{project}/{file}"),
            line,
            "configparser.SafeConfigParser".to_string(),
            "error".to_string(),
        );
        assert!(found.contains(&expected), "{expected:?} not in {found:#?}");
    }
    // A file of the namespace package alone: its sibling is not in the run, and the note says so.
    let alone = pysunset(&["--target", "3.14", "namespace_packages/data/circular/rel.py"], &projects, None);
    assert!(
        stderr(&alone).starts_with(
            "note: namespace_packages/data/circular/rel.py uses names it imports from `.compat`, `.`, \
             which this run does not include"
        ),
        "{}",
        stderr(&alone)
    );
}

#[test]
fn relative_imports_spelled_in_strings_and_comments_need_no_note() {
    // As in CPython's test_modulefinder.py: test sources held as text.
    let dir = scratch("project-strings");
    std::fs::write(
        dir.join("test_finder.py"),
        "source = '''\nfrom .b import something\nsomething.x()\n'''\n\
         # from .c import flag\n# if flag: pass\n\
         text = \"from ..d import e\"; e.y = 1\n",
    )
    .unwrap();
    let quiet = pysunset(&["test_finder.py"], &dir, None);
    assert_eq!((quiet.status.code(), stderr(&quiet)), (Some(0), String::new()));
    // The same import as a statement is noted.
    std::fs::write(dir.join("real.py"), "from .b import something\nsomething.x()\n").unwrap();
    let noted = pysunset(&["real.py"], &dir, None);
    assert!(
        stderr(&noted).starts_with("note: real.py uses names it imports from `.b`"),
        "{}",
        stderr(&noted)
    );
}

#[test]
fn fix_and_diff_see_what_the_directory_run_reports() {
    let dir = scratch("project-fix");
    let package = dir.join("mypkg");
    std::fs::create_dir_all(&package).unwrap();
    std::fs::write(package.join("__init__.py"), "").unwrap();
    std::fs::write(
        package.join("compat.py"),
        "try:\n    import configparser\nexcept ImportError:\n    import ConfigParser as configparser\n",
    )
    .unwrap();
    let reader = "from .compat import configparser\n\nparser = configparser.SafeConfigParser()\n";
    std::fs::write(package.join("reader.py"), reader).unwrap();
    let check = pysunset(&["--format", "json", "--target", "3.14", "mypkg"], &dir, None);
    let found = json_findings(&check);
    assert!(
        found.iter().any(|f| f.0 == "mypkg/reader.py" && f.2 == "configparser.SafeConfigParser"),
        "{found:#?}"
    );
    let diff = pysunset(&["--diff", "--target", "3.14", "mypkg"], &dir, None);
    assert_eq!(diff.status.code(), Some(1), "{}", stderr(&diff));
    assert!(
        stdout(&diff).contains("+parser = configparser.ConfigParser()"),
        "{}\n{}",
        stdout(&diff),
        stderr(&diff)
    );
    // Alone, the file has nothing to fix (and the run says what it cannot follow).
    let alone = pysunset(&["--diff", "--target", "3.14", "mypkg/reader.py"], &dir, None);
    assert_eq!(alone.status.code(), Some(0), "{}", stdout(&alone));
    let fixed = pysunset(&["--fix", "--target", "3.14", "mypkg"], &dir, None);
    assert_eq!(fixed.status.code(), Some(0), "{}", stderr(&fixed));
    assert_eq!(
        std::fs::read_to_string(package.join("reader.py")).unwrap(),
        reader.replace("SafeConfigParser", "ConfigParser")
    );
}
