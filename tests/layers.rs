//! The core's layers: every `crate::` path in `crate/` (and every `super::` chain that climbs
//! to the crate root) names a module in the same layer or a lower one, and the modules of one
//! layer do not depend on each other in a cycle. docs/ARCHITECTURE.md draws the picture.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The top-level modules of `crate/`, bottom layer first. A module may use modules of its own
/// layer (without a cycle) and of the layers below it, never of a layer above.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "leaves and facts",
        &[
            "edit",
            "hash",
            "line_diff",
            "lines",
            "qualified_name",
            "rule",
            "stdlib",
            "test_bases",
            "test_support",
            "usage",
            "version",
        ],
    ),
    ("syntax and settings", &["ancestry", "config", "suppression", "syntax"]),
    ("semantic model", &["semantic"]),
    ("catalogue", &["catalogue"]),
    ("findings and the fix engine", &["autofix", "finding"]),
    ("detections", &["detections"]),
    // The docs say what each row's detection matches: the detections' words.
    ("documentation", &["docs"]),
    ("prefilter", &["prefilter"]),
    // What a run's modules say about the names others import from them (parsed and modelled
    // with the layers below; the prefilter gives it module-level ranges and takes its prelude).
    ("project index", &["project"]),
    // `lib` stands for the items lib.rs defines itself: `check`, `Options`, `CheckError`.
    ("checker", &["checker", "lib"]),
    ("fixes", &["fix"]),
    ("inputs", &["inputs"]),
    ("reports", &["report"]),
    ("command line", &["arguments", "settings"]),
    ("bindings", &["cli", "server", "wasm"]),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, modules)| modules.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            out.push(path);
        }
    }
}

/// The names a path list starts with: `a::b` gives `a`; `{a::b, c, d::{e}}` gives a, c, d.
fn heads(text: &str) -> Vec<String> {
    let ident =
        |text: &str| -> String { text.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect() };
    let Some(group) = text.strip_prefix('{') else {
        return vec![ident(text)];
    };
    let (mut depth, mut start, mut names) = (0, 0, Vec::new());
    for (at, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                names.push(ident(group[start..at].trim_start()));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                names.push(ident(group[start..at].trim_start()));
                start = at + 1;
            }
            _ => {}
        }
    }
    names
}

/// What lib.rs re-exports, by name, and the module it comes from.
fn root_items(lib: &str) -> BTreeMap<String, String> {
    let mut items = BTreeMap::new();
    for line in lib.lines() {
        let Some(rest) = line.strip_prefix("pub use ") else { continue };
        let Some((module, names)) = rest.trim_end_matches(';').split_once("::") else { continue };
        for name in heads(names) {
            items.insert(name, module.to_string());
        }
    }
    items
}

/// Whether lib.rs defines `name` itself (`pub fn check(`, `pub struct Options`, ...).
fn defined_in_lib(lib: &str, name: &str) -> bool {
    ["fn", "struct", "enum", "const"].iter().any(|item| {
        lib.lines().any(|line| {
            line.strip_prefix(&format!("pub {item} {name}"))
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        })
    })
}

/// The top-level modules of lib.rs (`mod name;` and `pub mod name;` lines).
fn modules_of(lib: &str) -> Vec<String> {
    lib.lines()
        .filter_map(|line| line.trim_start_matches("pub ").strip_prefix("mod ")?.strip_suffix(';'))
        .map(str::to_string)
        .collect()
}

/// The top-level modules each top-level module names.
fn edges(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let lib = fs::read_to_string(root.join("lib.rs")).unwrap();
    let modules: BTreeSet<String> = modules_of(&lib).into_iter().collect();
    let items = root_items(&lib);
    let mut files = Vec::new();
    rust_files(root, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(root).unwrap();
        let parts: Vec<String> = relative.iter().map(|part| part.to_string_lossy().into_owned()).collect();
        let top = parts[0].trim_end_matches(".rs").to_string();
        if top == "lib" || top == "main" {
            continue;
        }
        // How many `super::` reach the crate root from this file.
        let depth = parts.len() - usize::from(parts.last().is_some_and(|last| last == "mod.rs"));
        let text = fs::read_to_string(&file).unwrap();
        let mut targets = Vec::new();
        for (at, _) in text.match_indices("crate::") {
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue; // `$crate::`, `my_crate::`
            }
            targets.extend(heads(&text[at + "crate::".len()..]));
        }
        let climb = "super::".repeat(depth);
        for (at, _) in text.match_indices(&climb) {
            if !text[..at].ends_with("super::") {
                targets.extend(heads(&text[at + climb.len()..]));
            }
        }
        let from = edges.entry(top.clone()).or_default();
        for target in targets {
            let module = if modules.contains(&target) {
                target
            } else if let Some(module) = items.get(&target) {
                module.clone()
            } else if defined_in_lib(&lib, &target) {
                "lib".to_string()
            } else {
                continue; // a name that is not a module of the crate (a submodule's item reached by `super::`)
            };
            if module != top {
                from.insert(module);
            }
        }
    }
    edges
}

fn crate_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("crate")
}

#[test]
fn every_module_has_a_layer() {
    let lib = fs::read_to_string(crate_dir().join("lib.rs")).unwrap();
    let modules = modules_of(&lib);
    assert!(modules.len() > 10, "{modules:?}");
    for name in modules {
        assert!(layer_of(&name).is_some(), "put the new module `{name}` in a layer of tests/layers.rs");
    }
}

#[test]
fn no_module_uses_a_layer_above_its_own() {
    let mut upward = Vec::new();
    for (from, targets) in edges(&crate_dir()) {
        let Some(from_layer) = layer_of(&from) else {
            panic!("put the module `{from}` in a layer of tests/layers.rs");
        };
        for target in targets {
            let to_layer = layer_of(&target).unwrap_or_else(|| panic!("no layer for `{target}`"));
            if to_layer > from_layer {
                upward.push(format!(
                    "{from} ({}) uses {target} ({})",
                    LAYERS[from_layer].0, LAYERS[to_layer].0
                ));
            }
        }
    }
    assert!(upward.is_empty(), "edges that run up the layers:\n{}", upward.join("\n"));
}

#[test]
fn no_cycle_between_top_level_modules() {
    let edges = edges(&crate_dir());
    // A module is in a cycle when it reaches itself.
    let mut cycles = Vec::new();
    for start in edges.keys() {
        let mut seen = BTreeSet::new();
        let mut pending: Vec<&String> = edges[start].iter().collect();
        while let Some(module) = pending.pop() {
            if module == start {
                cycles.push(start.clone());
                break;
            }
            if seen.insert(module) {
                pending.extend(edges.get(module).into_iter().flatten());
            }
        }
    }
    assert!(cycles.is_empty(), "modules in a dependency cycle: {cycles:?}");
}

/// The test itself: an upward edge and a cycle are caught.
#[test]
fn the_checks_catch_what_they_should() {
    assert_eq!(heads("{a::b, c, d::{e, f}};"), ["a", "c", "d"]);
    assert_eq!(heads("semantic::guards::Failure;"), ["semantic"]);
    let dir = std::env::temp_dir().join(format!("pysunset-layers-{}", std::process::id()));
    fs::create_dir_all(dir.join("semantic")).unwrap();
    fs::write(dir.join("lib.rs"), "pub mod semantic;\npub mod catalogue;\npub use catalogue::Entry;\n")
        .unwrap();
    fs::write(dir.join("semantic/mod.rs"), "use crate::Entry;\n").unwrap();
    fs::write(dir.join("catalogue.rs"), "use crate::semantic::Model;\n").unwrap();
    let found = edges(&dir);
    fs::remove_dir_all(&dir).unwrap();
    assert!(found["semantic"].contains("catalogue"), "{found:?}");
    assert!(found["catalogue"].contains("semantic"), "{found:?}");
    assert!(layer_of("catalogue") > layer_of("semantic"));
}
