//! The catalogue as a Markdown page (`docs/catalogue.md`), generated from the table so it cannot
//! drift from what the engine knows; `tests/docs.rs` fails when the checked-in page is stale.

use super::{Entry, ENTRIES};
use crate::finding::Rule;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The generated Markdown page of every rule and catalogue entry.
pub fn markdown() -> String {
    let mut out = String::new();
    out.push_str("<!-- Generated from crate/catalogue/entries.rs: do not edit by hand.\n");
    out.push_str("     Regenerate with: UPDATE_DOCS=1 cargo test --test docs -->\n\n");
    out.push_str("# The catalogue of removed standard-library APIs\n\n");
    let _ = writeln!(
        out,
        "pysunset knows {} removed (or deprecated and scheduled) APIs. Each finding links to its entry here.\n",
        ENTRIES.len()
    );
    out.push_str("## Rules\n\n| code | name | reports |\n|---|---|---|\n");
    for rule in Rule::ALL {
        let _ = writeln!(out, "| `{}` | `{}` | {} |", rule.code(), rule.name(), rule.summary());
    }
    let mut by_version: BTreeMap<_, Vec<&Entry>> = BTreeMap::new();
    for entry in ENTRIES {
        by_version.entry(entry.removed_in).or_default().push(entry);
    }
    for (version, entries) in by_version {
        let _ = writeln!(out, "\n## Removed in Python {version}\n");
        for entry in entries {
            entry_section(&mut out, entry);
        }
    }
    out
}

fn entry_section(out: &mut String, entry: &Entry) {
    let _ = writeln!(out, "<a id=\"{}\"></a>\n### `{}`\n", entry.slug(), entry.symbol);
    let deprecated = entry
        .deprecated_in
        .map_or_else(|| "without a deprecation period".to_string(), |v| format!("deprecated in Python {v}"));
    let _ = writeln!(
        out,
        "- **What:** {} {}, {deprecated}, removed in Python {}.",
        article(entry.kind.noun()),
        entry.kind.noun(),
        entry.removed_in
    );
    let _ = writeln!(out, "- **Why:** {}.", entry.why);
    let _ = writeln!(out, "- **Instead:** {}.", entry.replacement);
    let rule = entry.rule();
    let _ = writeln!(out, "- **Reported as:** `{}` ({}).", rule.code(), rule.name());
    let _ = writeln!(out, "- **Found:** {}.", entry.detection.describe());
    let _ = writeln!(out, "- **Automatic fix:** not yet; make the change by hand.");
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

fn article(noun: &str) -> &'static str {
    if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "An"
    } else {
        "A"
    }
}
