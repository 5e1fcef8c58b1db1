//! The standard library's private modules that the semantic model takes for granted
//! ([`PRIVATE_MODULES`]: a fallback for one of them never runs) are imported by real
//! interpreters: the machine's `python3` always, and every other CPython 3.7 or later found
//! under `~/.pyenv/versions/` (present on some machines, not required). Pyodide's 3.12 to 3.15
//! were checked by hand when the table was written (2026-12-07).

use pysunset::stdlib::PRIVATE_MODULES;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The interpreters to ask: `python3`, then the pyenv CPythons from 3.7 on.
fn interpreters() -> Vec<PathBuf> {
    let mut found = vec![PathBuf::from("python3")];
    let Some(home) = std::env::var_os("HOME") else {
        return found;
    };
    let versions = PathBuf::from(home).join(".pyenv/versions");
    let Ok(entries) = std::fs::read_dir(&versions) else {
        return found;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let minor = name.strip_prefix("3.").and_then(|rest| rest.split('.').next()?.parse::<u32>().ok());
        let python = entry.path().join("bin/python3");
        if minor.is_some_and(|minor| minor >= 7) && python.is_file() {
            found.push(python);
        }
    }
    found
}

/// The names of `modules` that `python` cannot import.
fn missing(python: &Path, modules: &[&str]) -> Vec<String> {
    let program = "import importlib, sys\n\
                   for name in sys.argv[1:]:\n    \
                       try:\n        importlib.import_module(name)\n    \
                       except ImportError:\n        print(name)\n";
    let output = Command::new(python)
        .arg("-c")
        .arg(program)
        .args(modules)
        .output()
        .unwrap_or_else(|error| panic!("{} could not run: {error}", python.display()));
    assert!(output.status.success(), "{}: {}", python.display(), String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).lines().map(str::to_string).collect()
}

#[test]
fn every_private_module_taken_for_granted_imports_everywhere() {
    let mut problems = Vec::new();
    for python in interpreters() {
        for name in missing(&python, PRIVATE_MODULES) {
            problems.push(format!("{}: `import {name}` fails", python.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The check can fail: a module only Windows has is caught, the others pass.
#[test]
fn a_module_that_is_not_everywhere_is_caught() {
    assert_eq!(missing(Path::new("python3"), &["_imp", "_winapi", "_thread"]), ["_winapi"]);
}
