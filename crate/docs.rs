//! The documentation, generated from the catalogue so it cannot drift from what the engine
//! knows: an index by version (`docs/index.md`), one page per module family
//! (`docs/<family>.md`), and the same facts as data for the playground (`docs/catalogue.json`),
//! the CLI's `--catalogue` and the wasm `catalogue()` ([`EntryInfo`]). What each row's uses are
//! found in ("Found") is said by its kind's module in [`crate::detections`], so the docs sit
//! above the detections. `tests/docs.rs` fails when the checked-in files are stale.

use crate::catalogue::behaviours::{Behaviour, BEHAVIOURS};
use crate::catalogue::{ApiKind, Entry, ENTRIES};
use crate::detections;
use crate::edit::Applicability;
use crate::qualified_name::QualifiedName;
use crate::rule::Rule;
use crate::version::PythonVersion;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

const GENERATED: &str = "<!-- Generated from crate/catalogue/: do not edit by hand.\n     Regenerate with: UPDATE_DOCS=1 cargo test --test docs -->\n\n";

/// An entry as the outside world sees it (JSON, JavaScript): camelCase, with its rule's code.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryInfo {
    /// The qualified name.
    pub symbol: &'static str,
    /// What sort of API it is.
    pub kind: ApiKind,
    /// The rule code its uses are reported under (`SUN001`).
    pub code: Rule,
    /// The release that deprecated it, where one did.
    pub deprecated_in: Option<PythonVersion>,
    /// The release that removed it; `null` for a deprecation without a removal date.
    pub removed_in: Option<PythonVersion>,
    /// The release that withdrew its deprecation; left out for every API still deprecated or
    /// removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdrawn_in: Option<PythonVersion>,
    /// What to use instead.
    pub replacement: &'static str,
    /// Why it was removed.
    pub why: &'static str,
    /// Other names people search for.
    pub also_known_as: &'static [&'static str],
    /// Where the rules look for uses.
    pub found: String,
    /// A program that uses it (empty while none is written).
    pub before: &'static str,
    /// The same program migrated.
    pub after: &'static str,
    /// A link to its documentation.
    pub url: String,
    /// Whether uses get an automatic fix, and of which kind (`None`: the change is manual).
    pub fix: Option<Applicability>,
}

impl EntryInfo {
    /// `entry` as the outside world sees it.
    pub fn of(entry: &Entry) -> Self {
        EntryInfo {
            symbol: entry.symbol,
            kind: entry.kind,
            code: entry.rule(),
            deprecated_in: entry.deprecated_in,
            removed_in: entry.removed_in,
            withdrawn_in: entry.withdrawn_in,
            replacement: entry.replacement,
            why: entry.why,
            also_known_as: entry.also_known_as,
            found: detections::describe(entry),
            before: entry.before,
            after: entry.after,
            url: entry.docs_url(),
            fix: entry.fix(),
        }
    }
}

/// Every generated documentation file: its path from the repository root, and its content.
pub fn files() -> Vec<(String, String)> {
    let mut families: BTreeMap<&str, (Vec<&Entry>, Vec<&Behaviour>)> = BTreeMap::new();
    for entry in ENTRIES {
        families.entry(entry.family()).or_default().0.push(entry);
    }
    for behaviour in BEHAVIOURS {
        families.entry(page_of(behaviour)).or_default().1.push(behaviour);
    }
    let mut files = vec![("docs/index.md".to_string(), index(&families))];
    for (name, (entries, behaviours)) in &families {
        files.push((format!("docs/{name}.md"), family_page(name, entries, behaviours)));
    }
    files.push(("docs/catalogue.json".to_string(), data()));
    files
}

/// The rows and behaviours listed under one heading.
type Listed<'a> = (Vec<&'a Entry>, Vec<&'a Behaviour>);

fn index(families: &BTreeMap<&str, (Vec<&Entry>, Vec<&Behaviour>)>) -> String {
    let mut out = String::from(GENERATED);
    out.push_str("# Removed standard-library APIs, by Python version\n\n");
    let _ = writeln!(
        out,
        "pysunset knows {} APIs that CPython removed since Python 3.3, has scheduled for removal, or \
         deprecated without a removal date ({} of them), and documents {} more changes that source code \
         does not show. Pick the version you are moving to: everything up to it is gone there; the last \
         section lists what is deprecated with no removal date yet (rule `{}`).\n",
        ENTRIES.len(),
        ENTRIES.iter().filter(|entry| entry.removed_in.is_none()).count(),
        BEHAVIOURS.len(),
        Rule::DeprecatedApi.code()
    );
    out.push_str("## Rules\n\n| code | name | reports |\n|---|---|---|\n");
    for rule in Rule::ALL {
        let _ = writeln!(out, "| `{}` | `{}` | {} |", rule.code(), rule.name(), rule.summary());
    }
    out.push_str("\n## Pages\n\n");
    let names: Vec<String> = families.keys().map(|name| format!("[`{name}`]({name}.md)")).collect();
    let _ = writeln!(out, "{}", names.join(" · "));
    // Dated removals by version, then the deprecations without a date (`None` sorts last).
    let mut versions: BTreeMap<(bool, Option<PythonVersion>), Listed> = BTreeMap::new();
    for entry in ENTRIES {
        versions.entry((entry.removed_in.is_none(), entry.removed_in)).or_default().0.push(entry);
    }
    for behaviour in BEHAVIOURS {
        versions.entry((behaviour.removed_in.is_none(), behaviour.removed_in)).or_default().1.push(behaviour);
    }
    for ((_, version), (entries, behaviours)) in versions {
        match version {
            Some(version) => {
                let _ = writeln!(out, "\n## Removed in Python {version}\n");
            }
            None => {
                let _ = writeln!(
                    out,
                    "\n## Deprecated, no removal date yet\n\nReported as warnings (rule `{}`, `{}`) from the version that deprecated them; \
                     `--ignore {}` leaves them out.\n",
                    Rule::DeprecatedApi.code(),
                    Rule::DeprecatedApi.name(),
                    Rule::DeprecatedApi.code()
                );
            }
        }
        out.push_str("| API | kind | deprecated in | reported as |\n|---|---|---|---|\n");
        for entry in entries {
            let _ = writeln!(
                out,
                "| [`{}`]({}.md#{}) | {} | {} | `{}` |",
                entry.symbol,
                entry.family(),
                entry.slug(),
                entry.kind.noun(),
                match (entry.deprecated_in, entry.withdrawn_in) {
                    (Some(deprecated), Some(withdrawn)) => format!("{deprecated} (withdrawn in {withdrawn})"),
                    (deprecated, _) => deprecated.map_or("—".to_string(), |v| v.to_string()),
                },
                entry.rule().code()
            );
        }
        for behaviour in behaviours {
            let _ = writeln!(
                out,
                "| [{}]({}.md#{}) | behaviour | {} | not detectable |",
                escape(behaviour.name),
                page_of(behaviour),
                slug(behaviour.name),
                behaviour.deprecated_in.map_or("—".to_string(), |v| v.to_string()),
            );
        }
    }
    out
}

fn family_page(name: &str, entries: &[&Entry], behaviours: &[&Behaviour]) -> String {
    let mut out = String::from(GENERATED);
    let _ = writeln!(out, "# `{name}`: removed and scheduled APIs\n\n[All versions](index.md)\n");
    for entry in entries {
        entry_section(&mut out, entry);
    }
    if !behaviours.is_empty() {
        out.push_str("## Changes pysunset cannot detect\n\n");
        for behaviour in behaviours {
            let deprecated = behaviour.deprecated_in.map_or_else(
                || "without a deprecation period".to_string(),
                |v| format!("deprecated in Python {v}"),
            );
            let _ = writeln!(
                out,
                "<a id=\"{}\"></a>\n### {}\n\n- **What:** {} ({deprecated}, {}).\n- **Instead:** {}.\n- **Not detectable:** {}.\n",
                slug(behaviour.name),
                escape(behaviour.name),
                escape(behaviour.what),
                removal(behaviour.removed_in),
                escape(behaviour.instead),
                escape(behaviour.not_detectable)
            );
        }
    }
    out
}

/// The page an undetectable change is on: its module's family.
fn page_of(behaviour: &Behaviour) -> &'static str {
    QualifiedName::new(behaviour.module).root()
}

/// Free text made safe for Markdown (underscores and asterisks are not emphasis).
fn escape(text: &str) -> String {
    text.replace('_', "\\_").replace('*', "\\*")
}

/// An anchor for a free-text name.
fn slug(name: &str) -> String {
    let lowered: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    lowered.split('-').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("-")
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BehaviourInfo {
    name: &'static str,
    module: &'static str,
    deprecated_in: Option<PythonVersion>,
    removed_in: Option<PythonVersion>,
    what: &'static str,
    instead: &'static str,
    not_detectable: &'static str,
    url: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Data {
    entries: Vec<EntryInfo>,
    behaviours: Vec<BehaviourInfo>,
}

/// The catalogue and the undetectable changes as JSON, for the playground's offline docs.
fn data() -> String {
    let data = Data {
        entries: ENTRIES.iter().map(EntryInfo::of).collect(),
        behaviours: BEHAVIOURS
            .iter()
            .map(|behaviour| BehaviourInfo {
                name: behaviour.name,
                module: behaviour.module,
                deprecated_in: behaviour.deprecated_in,
                removed_in: behaviour.removed_in,
                what: behaviour.what,
                instead: behaviour.instead,
                not_detectable: behaviour.not_detectable,
                url: format!("docs/{}.md#{}", page_of(behaviour), slug(behaviour.name)),
            })
            .collect(),
    };
    let mut json = serde_json::to_string_pretty(&data).unwrap_or_default();
    json.push('\n');
    json
}

fn entry_section(out: &mut String, entry: &Entry) {
    let _ = writeln!(out, "<a id=\"{}\"></a>\n### `{}`\n", entry.slug(), entry.symbol);
    let deprecated = entry
        .deprecated_in
        .map_or_else(|| "without a deprecation period".to_string(), |v| format!("deprecated in Python {v}"));
    let _ = writeln!(
        out,
        "- **What:** {} {}, {deprecated}, {}.",
        article(entry.kind.noun()),
        entry.kind.noun(),
        match entry.withdrawn_in {
            Some(withdrawn) => format!(
                "but Python {withdrawn} withdrew the deprecation: reported only for targets before {withdrawn}"
            ),
            None => removal(entry.removed_in),
        }
    );
    let _ = writeln!(out, "- **Why:** {}.", entry.why);
    let _ = writeln!(out, "- **Instead:** {}.", entry.replacement);
    let rule = entry.rule();
    let _ = writeln!(out, "- **Reported as:** `{}` ({}).", rule.code(), rule.name());
    let _ = writeln!(out, "- **Found:** {}.", detections::describe(entry));
    let _ = match (entry.fix.recipe(), entry.fix.manual_reason()) {
        (Some(recipe), _) if recipe.applicability == Applicability::Safe => {
            writeln!(out, "- **Automatic fix:** safe, with `--fix`: {}.", recipe.describe(entry.symbol))
        }
        (Some(recipe), _) => writeln!(
            out,
            "- **Automatic fix:** unsafe (behaviour may differ: review it), with `--fix --unsafe-fixes`: {}.",
            recipe.describe(entry.symbol)
        ),
        (None, Some(reason)) => {
            writeln!(out, "- **Automatic fix:** none ({reason}); make the change by hand.")
        }
        (None, None) => writeln!(out, "- **Automatic fix:** none; make the change by hand."),
    };
    if !entry.also_known_as.is_empty() {
        let names: Vec<String> = entry.also_known_as.iter().map(|name| format!("`{name}`")).collect();
        let _ = writeln!(
            out,
            "- **Also searched as:** {} (documented, but never a real name).",
            names.join(", ")
        );
    }
    if !entry.before.is_empty() {
        let _ = writeln!(
            out,
            "\nBefore:\n\n```python\n{}```\n\nAfter:\n\n```python\n{}```",
            entry.before, entry.after
        );
    }
    out.push('\n');
}

/// When an API goes, in words.
fn removal(removed_in: Option<PythonVersion>) -> String {
    match removed_in {
        Some(version) => format!("removed in Python {version}"),
        None => "no removal date yet".to_string(),
    }
}

fn article(noun: &str) -> &'static str {
    if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "An"
    } else {
        "A"
    }
}
