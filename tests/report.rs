//! Every output format on the bundled example project (`examples/legacy_project`: Python files,
//! a notebook, a Dockerfile, and a pyproject.toml whose `[tool.pysunset]` excludes a vendored
//! copy), run through the native CLI. The assertions name specific content; the SARIF log is
//! validated against the SARIF 2.1.0 schema (`tests/sarif/`). The Node test
//! `tests/wasm/report.test.mjs` renders the same reports through the wasm build and compares
//! the bytes with these.

#[path = "support/json_schema.rs"]
mod json_schema;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run_in(dir: &Path, args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pysunset"));
    command.args(args).current_dir(dir).stdin(Stdio::null()).env_remove("NO_COLOR");
    for (key, value) in envs {
        command.env(key, value);
    }
    command.output().expect("the binary runs")
}

fn example(args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.push("examples/legacy_project");
    let output = run_in(&repo(), &all, &[]);
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

#[test]
fn text_shows_source_lines_carets_cells_and_the_summary() {
    let text = example(&[]);
    assert!(text.contains(
        "examples/legacy_project/legacy_project/plugins.py:26:31: SUN003 error: [*] `pathlib.Path.link_to` was removed in Python 3.12\n   |\n26 |     Path(directory, \"latest\").link_to(Path(directory, \"current\"))\n   |                               ^^^^^^^\n   = instead: Path(target).hardlink_to(path)"
    ), "{text}");
    assert!(text.contains(
        "examples/legacy_project/notebooks/explore.ipynb:cell 3:2:13: SUN003 error: `pathlib.Path.link_to` was removed in Python 3.12\n  |\n2 | Path(\"out\").link_to(\"latest\")\n  |             ^^^^^^^\n"
    ), "{text}");
    assert!(text.contains(
        "examples/legacy_project/Dockerfile:3:5: SUN006 error: `PYTHONTHREADDEBUG` was removed in Python 3.12\n  |\n3 | ENV PYTHONTHREADDEBUG=1\n  |     ^^^^^^^^^^^^^^^^^\n"
    ), "{text}");
    assert!(!text.contains("_vendored"), "exclude in pyproject.toml leaves the vendored copy out: {text}");
    assert!(
        text.ends_with("\nFound 16 findings in 7 of 7 files: 15 errors, 0 warnings, 1 info (target Python 3.12).\n[*] 5 fixable with --fix.\n"),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "no colours when asked for none (auto, not a terminal)");
    // The order: files as discovered (sorted), findings in source order; identical on every run.
    let positions: Vec<usize> = [
        "Dockerfile:3:5",
        "setup.py:1:6",
        "__init__.py:7:10",
        "plugins.py:1:8",
        "explore.ipynb:cell 2:3:8",
        "test_plugins.py:12:14",
    ]
    .iter()
    .map(|needle| text.find(needle).unwrap_or_else(|| panic!("{needle} missing")))
    .collect();
    assert!(positions.windows(2).all(|pair| pair[0] < pair[1]), "{positions:?}");
    let single = run_in(&repo(), &["examples/legacy_project"], &[("RAYON_NUM_THREADS", "1")]);
    assert_eq!(String::from_utf8(single.stdout).unwrap(), text, "output does not depend on threads");
}

#[test]
fn colours_only_when_asked() {
    let always = example(&["--color", "always"]);
    assert!(always.contains("\x1b[1;31merror:\x1b[0m"), "{always}");
    assert!(always.contains("\x1b[1;34m= instead:\x1b[0m"), "{always}");
    let never = example(&["--color", "never"]);
    assert_eq!(never, example(&[]));
    let output = run_in(&repo(), &["--color", "auto", "examples/legacy_project"], &[("NO_COLOR", "1")]);
    assert!(!String::from_utf8(output.stdout).unwrap().contains('\x1b'));
}

#[test]
fn json_lists_every_finding_with_its_path_and_cell() {
    let findings: Vec<Value> = serde_json::from_str(&example(&["--format", "json"])).expect("JSON");
    assert_eq!(findings.len(), 16);
    let notebook: Vec<(u64, u64, &str)> = findings
        .iter()
        .filter(|f| f["path"] == "examples/legacy_project/notebooks/explore.ipynb")
        .map(|f| {
            (
                f["cell"].as_u64().unwrap(),
                f["range"]["start"]["line"].as_u64().unwrap(),
                f["symbol"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(notebook, vec![(2, 3, "imp"), (3, 1, "imp.load_source"), (3, 2, "pathlib.Path.link_to")]);
    assert!(
        findings.iter().filter(|f| f["cell"].is_null()).all(|f| f.get("cell").is_none()),
        "no cell outside notebooks"
    );
    let docker = findings.iter().find(|f| f["path"] == "examples/legacy_project/Dockerfile").unwrap();
    assert_eq!((docker["code"].as_str(), docker["severity"].as_str()), (Some("SUN006"), Some("error")));
}

#[test]
fn sarif_is_valid_and_points_at_files_lines_and_rules() {
    let log: Value = serde_json::from_str(&example(&["--format", "sarif"])).expect("JSON");
    let schema_text = std::fs::read_to_string(repo().join("tests/sarif/sarif-schema-2.1.0.json")).unwrap();
    let schema: Value = serde_json::from_str(&schema_text).unwrap();
    let errors = json_schema::validate(&schema, &log);
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator itself catches what the schema forbids.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    broken["runs"][0]["columnKind"] = "bytes".into();
    assert_eq!(json_schema::validate(&schema, &broken).len(), 2);

    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "utf16CodeUnits");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "pysunset");
    assert_eq!(driver["informationUri"], "https://github.com/pysunset/pysunset");
    let rules = driver["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|rule| rule["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["SUN001", "SUN002", "SUN003", "SUN004", "SUN005", "SUN006", "SUN007", "SUN008"]);
    for rule in rules {
        assert!(rule["name"].as_str().unwrap().contains('-'));
        assert!(!rule["shortDescription"]["text"].as_str().unwrap().is_empty());
        assert!(rule["help"]["text"].as_str().unwrap().contains("docs/index.md"));
        assert!(rule["helpUri"].as_str().unwrap().starts_with("https://"));
        assert_eq!(rule["defaultConfiguration"]["level"], "error");
    }
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 16);
    for result in results {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap();
        assert!(uri.starts_with("examples/legacy_project/") && !uri.contains('\\'), "{uri}");
    }
    let levels: Vec<&str> = results.iter().map(|r| r["level"].as_str().unwrap()).collect();
    assert_eq!(levels.iter().filter(|level| **level == "note").count(), 1, "the guarded import is a note");
    let link_to = results
        .iter()
        .find(|r| {
            r["ruleId"] == "SUN003"
                && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    == "examples/legacy_project/legacy_project/plugins.py"
        })
        .unwrap();
    let region = &link_to["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        [&region["startLine"], &region["startColumn"], &region["endLine"], &region["endColumn"]],
        [26, 31, 26, 38]
    );
    assert!(link_to["message"]["text"].as_str().unwrap().contains("Instead: Path(target).hardlink_to(path)"));
    // A notebook result points at the line of the .ipynb that holds the cell's line.
    let notebook = results
        .iter()
        .find(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                == "examples/legacy_project/notebooks/explore.ipynb"
        })
        .unwrap();
    let region = &notebook["locations"][0]["physicalLocation"]["region"];
    let ipynb =
        std::fs::read_to_string(repo().join("examples/legacy_project/notebooks/explore.ipynb")).unwrap();
    let line = ipynb.lines().nth(region["startLine"].as_u64().unwrap() as usize - 1).unwrap();
    let column = region["startColumn"].as_u64().unwrap() as usize - 1;
    assert_eq!(&line[column..column + 3], "imp", "{line}");
    assert!(notebook["message"]["text"].as_str().unwrap().contains("(cell 2, line 3, column 8)"));
    assert_eq!(notebook["properties"]["cell"], 2);
}

#[test]
fn github_annotations_are_one_line_each_and_escaped() {
    let out = example(&["--format", "github"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 16);
    assert_eq!(
        lines[0],
        "::error file=examples/legacy_project/Dockerfile,line=3,col=5,endLine=3,endColumn=22,title=SUN006 removed-env-var::`PYTHONTHREADDEBUG` was removed in Python 3.12%0Ainstead: nothing: the variable is ignored; use a debugger or faulthandler to inspect threads"
    );
    assert!(lines.iter().any(|line| line.starts_with(
        "::notice file=examples/legacy_project/legacy_project/__init__.py,line=7,col=10,endLine=7,endColumn=13,title=SUN001 removed-module::"
    )));
    assert!(
        lines.iter().any(|line| {
            line.starts_with(
        "::error file=examples/legacy_project/notebooks/explore.ipynb,line=22,col=13,endLine=22,endColumn=16,"
    )
        }),
        "{out}"
    );
    assert!(lines.iter().all(|line| line.starts_with("::error ") || line.starts_with("::notice ")));
}

#[test]
fn junit_has_a_suite_per_file_and_a_case_per_finding() {
    let xml = example(&["--format", "junit"]);
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"pysunset\" tests=\"16\" failures=\"15\" errors=\"0\" skipped=\"0\">\n"), "{xml}");
    assert_eq!(xml.matches("<testsuite ").count(), 7);
    assert_eq!(xml.matches("<testcase ").count(), 16);
    assert_eq!(xml.matches("<failure ").count(), 15);
    assert!(xml.contains("<testcase name=\"SUN003 pathlib.Path.link_to at cell 3:2:13\" classname=\"examples/legacy_project/notebooks/explore.ipynb\""), "{xml}");
    assert!(xml.contains("<system-out>module `imp` was removed in Python 3.12 (guarded by a fallback in `except ImportError`)&#10;"), "{xml}");
    assert!(xml.ends_with("</testsuites>\n"));
}

#[test]
fn configuration_is_found_and_flags_override_it() {
    // Without the configuration, the vendored copy is checked too.
    let output = run_in(&repo(), &["--no-config", "examples/legacy_project"], &[]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("legacy_project/_vendored/compat.py:2:8: SUN001 error: module `asynchat`"),
        "{text}"
    );
    // From inside the project, with a relative path.
    let project = repo().join("examples/legacy_project");
    let inside = String::from_utf8(run_in(&project, &["."], &[]).stdout).unwrap();
    assert!(
        inside.contains("Found 16 findings in 7 of 7 files") && !inside.contains("_vendored"),
        "{inside}"
    );
    // A flag replaces the file's value.
    let later = String::from_utf8(run_in(&project, &["--target", "3.13", "."], &[]).stdout).unwrap();
    assert!(later.contains("(target Python 3.13).\n"), "{later}");
    let selected = String::from_utf8(run_in(&project, &["--select", "SUN006", "."], &[]).stdout).unwrap();
    assert!(selected.contains("Found 1 finding in 1 of 7 files"), "{selected}");
}
