//! The catalogue is complete and agrees with the fact table `shared/removals.json` (next to the
//! repository, as `../shared/` on the machines and in CI; `PYSUNSET_REMOVALS_JSON` names another
//! copy):
//! - every entry that is `removed` or `pending` is a catalogue row (by symbol or by one of its
//!   `also_known_as` names), a documented behaviour that code does not show, or on
//!   [`NOT_COVERED`] with the reason;
//! - the row or behaviour has the table's versions;
//! - entries that were announced and then kept (`not-removed`, `not-a-real-name`, and
//!   `postponed` without a new date) are in neither;
//! - every catalogue row comes from an entry of the table (directly, or through [`DERIVED`]).

use pysunset::catalogue::behaviours::BEHAVIOURS;
use pysunset::catalogue::ENTRIES;
use pysunset::PythonVersion;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A row of `removals.json` (the fields this test reads).
#[derive(Debug, Deserialize)]
struct Fact {
    name: String,
    kind: String,
    deprecated_in: Option<String>,
    removed_in: Option<String>,
    status: String,
}

/// Entries of the table that are removed or pending, but neither a row nor a behaviour, and why.
const NOT_COVERED: &[(&str, &str)] = &[];

/// Catalogue rows that are not themselves in the table, with the entry they come from and why.
const DERIVED: &[(&str, &str, &str)] = &[
    (
        "ast.NodeVisitor.visit_Bytes",
        "ast.NodeVisitor visit_Num/visit_Str/visit_Bytes/visit_NameConstant/visit_Ellipsis dispatch",
        "one of the five methods NodeVisitor stopped dispatching to; the table lists them as one change (the row of visit_Num)",
    ),
    (
        "ast.NodeVisitor.visit_Ellipsis",
        "ast.NodeVisitor visit_Num/visit_Str/visit_Bytes/visit_NameConstant/visit_Ellipsis dispatch",
        "one of the five methods NodeVisitor stopped dispatching to; the table lists them as one change (the row of visit_Num)",
    ),
    (
        "ast.NodeVisitor.visit_NameConstant",
        "ast.NodeVisitor visit_Num/visit_Str/visit_Bytes/visit_NameConstant/visit_Ellipsis dispatch",
        "one of the five methods NodeVisitor stopped dispatching to; the table lists them as one change (the row of visit_Num)",
    ),
    (
        "ast.NodeVisitor.visit_Str",
        "ast.NodeVisitor visit_Num/visit_Str/visit_Bytes/visit_NameConstant/visit_Ellipsis dispatch",
        "one of the five methods NodeVisitor stopped dispatching to; the table lists them as one change (the row of visit_Num)",
    ),
    (
        "configparser.RawConfigParser.readfp",
        "configparser.ConfigParser.readfp",
        "readfp() was defined on RawConfigParser; the table lists it on ConfigParser, which inherits it",
    ),
    (
        "importlib.metadata.SelectableGroups.get",
        "importlib.metadata.entry_points() dict interface (SelectableGroups)",
        "a dict method of entry_points()' result, the part of that change a call shows (the row of __getitem__ carries the entry)",
    ),
    (
        "importlib.metadata.SelectableGroups.items",
        "importlib.metadata.entry_points() dict interface (SelectableGroups)",
        "a dict method of entry_points()' result, the part of that change a call shows (the row of __getitem__ carries the entry)",
    ),
    (
        "importlib.metadata.SelectableGroups.keys",
        "importlib.metadata.entry_points() dict interface (SelectableGroups)",
        "a dict method of entry_points()' result, the part of that change a call shows (the row of __getitem__ carries the entry)",
    ),
    (
        "importlib.metadata.SelectableGroups.values",
        "importlib.metadata.entry_points() dict interface (SelectableGroups)",
        "a dict method of entry_points()' result, the part of that change a call shows (the row of __getitem__ carries the entry)",
    ),
    (
        "importlib.metadata.SelectableGroups",
        "importlib.metadata.entry_points() dict interface (SelectableGroups)",
        "the class of the dict interface, the part of that change a name shows",
    ),
    (
        "sqlite3.Cursor.executemany(':name', sequences)",
        "sqlite3 named placeholders with a sequence of parameters",
        "executemany() binds each row as execute() binds its parameters: the same change, for rows",
    ),
    (
        "turtle.settiltangle",
        "turtle.RawTurtle.settiltangle",
        "turtle's module-level functions mirror the methods of its anonymous turtle; it went with the method",
    ),
];

fn removals_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PYSUNSET_REMOVALS_JSON") {
        return Some(PathBuf::from(path));
    }
    // `../shared/removals.json`, or that of a folder further up (a worktree inside the checkout).
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .skip(1)
        .map(|folder| folder.join("shared").join("removals.json"))
        .find(|path| path.is_file())
}

fn facts() -> Option<Vec<Fact>> {
    let Some(path) = removals_path() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "shared/removals.json was not found next to the repository: CI must have it (set PYSUNSET_REMOVALS_JSON to its path)"
        );
        eprintln!(
            "skipped: shared/removals.json was not found next to the repository (set PYSUNSET_REMOVALS_JSON)"
        );
        return None;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    Some(serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display())))
}

/// A version of the table. Python 2 deprecations (`gzip.GzipFile.filename`, 2.6) read as none:
/// the catalogue's versions are Python 3's.
fn version(text: &Option<String>) -> Option<PythonVersion> {
    text.as_deref().filter(|text| !text.starts_with("2.")).map(|text| {
        let minor = text.strip_prefix("3.").and_then(|minor| minor.parse().ok());
        PythonVersion::new(minor.unwrap_or_else(|| panic!("not a Python 3 version: {text}")))
    })
}

fn is_scheduled(fact: &Fact) -> bool {
    matches!(fact.status.as_str(), "removed" | "pending")
        || (fact.status == "postponed" && fact.removed_in.is_some())
}

/// What covers a fact: a row, a behaviour, or nothing.
enum Cover {
    Row(&'static pysunset::Entry),
    Behaviour(&'static pysunset::catalogue::behaviours::Behaviour),
    None,
}

fn cover(fact: &Fact) -> Cover {
    let rows = ENTRIES
        .iter()
        .filter(|row| row.symbol == fact.name || row.also_known_as.contains(&fact.name.as_str()));
    let behaviours = BEHAVIOURS.iter().filter(|behaviour| behaviour.listed_as == fact.name);
    assert!(
        rows.count() + behaviours.count() <= 1,
        "{} is covered twice (by rows or behaviours): a detected change needs no second, undetectable entry",
        fact.name
    );
    if let Some(row) =
        ENTRIES.iter().find(|row| row.symbol == fact.name || row.also_known_as.contains(&fact.name.as_str()))
    {
        return Cover::Row(row);
    }
    if let Some(behaviour) = BEHAVIOURS.iter().find(|behaviour| behaviour.listed_as == fact.name) {
        return Cover::Behaviour(behaviour);
    }
    Cover::None
}

#[test]
fn every_scheduled_removal_is_covered_with_the_tables_versions() {
    let Some(facts) = facts() else {
        return;
    };
    let mut problems = Vec::new();
    let mut counts = [0usize; 3];
    for fact in facts.iter().filter(|fact| is_scheduled(fact)) {
        let (removed, deprecated) = (version(&fact.removed_in), version(&fact.deprecated_in));
        let (name, got_removed, got_deprecated) = match cover(fact) {
            Cover::Row(row) => {
                counts[0] += 1;
                (row.symbol, Some(row.removed_in), row.deprecated_in)
            }
            Cover::Behaviour(behaviour) => {
                counts[1] += 1;
                (behaviour.name, Some(behaviour.removed_in), behaviour.deprecated_in)
            }
            Cover::None => {
                if NOT_COVERED.iter().any(|(name, _)| *name == fact.name) {
                    counts[2] += 1;
                } else {
                    problems.push(format!(
                        "{} ({}, {}): not in the catalogue, the behaviours or NOT_COVERED",
                        fact.name, fact.kind, fact.status
                    ));
                }
                continue;
            }
        };
        if got_removed != removed {
            problems.push(format!(
                "{name}: removed in {got_removed:?}, the table says {removed:?} ({})",
                fact.name
            ));
        }
        // The table leaves some deprecations undated; a row may know the version then.
        let python2 = fact.deprecated_in.as_deref().is_some_and(|text| text.starts_with("2."));
        if (deprecated.is_some() || python2) && got_deprecated != deprecated {
            problems.push(format!(
                "{name}: deprecated in {got_deprecated:?}, the table says {deprecated:?} ({})",
                fact.name
            ));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    eprintln!(
        "covered: {} by catalogue rows, {} by documented behaviours, {} excluded",
        counts[0], counts[1], counts[2]
    );
}

#[test]
fn what_was_kept_is_not_reported() {
    let Some(facts) = facts() else {
        return;
    };
    let kept: Vec<String> = facts
        .iter()
        .filter(|fact| !is_scheduled(fact))
        .filter_map(|fact| match cover(fact) {
            // A spelling that never existed may lead readers to the real row (`also_known_as`).
            Cover::Row(row) if row.symbol != fact.name && fact.status == "not-a-real-name" => None,
            Cover::Row(row) => {
                Some(format!("{} ({}) is the catalogue row {}", fact.name, fact.status, row.symbol))
            }
            Cover::Behaviour(behaviour) => {
                Some(format!("{} ({}) is the behaviour {}", fact.name, fact.status, behaviour.name))
            }
            Cover::None => None,
        })
        .collect();
    assert!(kept.is_empty(), "announced, then kept or never real:\n{}", kept.join("\n"));
}

#[test]
fn every_row_comes_from_the_table() {
    let Some(facts) = facts() else {
        return;
    };
    let scheduled =
        |name: &str| facts.iter().find(|fact| fact.name == name).filter(|fact| is_scheduled(fact));
    let mut problems = Vec::new();
    for row in ENTRIES {
        let listed =
            scheduled(row.symbol).is_some() || row.also_known_as.iter().any(|name| scheduled(name).is_some());
        if listed {
            continue;
        }
        match DERIVED.iter().find(|(symbol, _, _)| *symbol == row.symbol) {
            Some((_, from, _)) => match scheduled(from) {
                Some(fact) if version(&fact.removed_in) == Some(row.removed_in) => {}
                Some(fact) => problems.push(format!(
                    "{}: removed in {}, but {from} in {:?}",
                    row.symbol, row.removed_in, fact.removed_in
                )),
                None => problems
                    .push(format!("{}: derived from {from}, which the table does not schedule", row.symbol)),
            },
            None => problems
                .push(format!("{}: not in the table (list it in DERIVED with the reason)", row.symbol)),
        }
    }
    for behaviour in BEHAVIOURS {
        if scheduled(behaviour.listed_as).is_none() {
            problems.push(format!(
                "behaviour {}: listed_as {:?} is not scheduled in the table",
                behaviour.name, behaviour.listed_as
            ));
        }
    }
    for (name, reason) in NOT_COVERED {
        assert!(!reason.is_empty(), "{name} needs a reason");
        if scheduled(name).is_none() {
            problems.push(format!("NOT_COVERED {name}: not scheduled in the table"));
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}
