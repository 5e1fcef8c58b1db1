//! The generated documentation must match the catalogue. Regenerate with
//! `UPDATE_DOCS=1 cargo test --test docs`.

use std::path::Path;

#[test]
fn catalogue_page_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/catalogue.md");
    let generated = pysunset::catalogue::docs::markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).expect("writable docs/catalogue.md");
        return;
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == generated,
        "docs/catalogue.md is stale: regenerate it with `UPDATE_DOCS=1 cargo test --test docs`"
    );
}

#[test]
fn every_finding_links_to_an_anchor_of_the_page() {
    let page = pysunset::catalogue::docs::markdown();
    for entry in pysunset::catalogue::ENTRIES {
        let url = entry.docs_url();
        let anchor = url.split_once('#').map(|(_, anchor)| anchor).expect("an anchor");
        assert!(page.contains(&format!("<a id=\"{anchor}\"></a>")), "{url}");
    }
}

/// Each entry's "before" example produces its finding at the removal version (not guarded,
/// so an error), and its "after" example produces none of it.
#[test]
fn examples_are_tests() {
    use pysunset::{check, Options, Severity};
    let mut checked = 0;
    for entry in pysunset::catalogue::ENTRIES {
        if entry.before.is_empty() {
            continue;
        }
        let options = Options { target: entry.removed_in.max(pysunset::PythonVersion::OLDEST_TARGET) };
        let before = check(entry.before, &options).expect("checkable example");
        assert!(
            before
                .iter()
                .any(|finding| finding.symbol == entry.symbol && finding.severity == Severity::Error),
            "the `before` example of {} does not report it:\n{}\n{before:#?}",
            entry.symbol,
            entry.before
        );
        let after = check(entry.after, &options).expect("checkable example");
        assert!(
            after.iter().all(|finding| finding.symbol != entry.symbol),
            "the `after` example of {} still reports it:\n{}",
            entry.symbol,
            entry.after
        );
        checked += 1;
    }
    let missing: Vec<&str> = pysunset::catalogue::ENTRIES
        .iter()
        .filter(|entry| entry.before.is_empty())
        .map(|entry| entry.symbol)
        .collect();
    assert!(missing.is_empty(), "{} entries have no before/after example: {missing:?}", missing.len());
    assert_eq!(checked, pysunset::catalogue::ENTRIES.len());
}
