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
