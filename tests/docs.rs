//! The generated documentation must match the catalogue. Regenerate with
//! `UPDATE_DOCS=1 cargo test --test docs`.

use std::path::Path;

#[test]
fn generated_docs_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = pysunset::docs::files();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(root.join("docs")).expect("a docs/ folder");
        for (path, content) in &files {
            std::fs::write(root.join(path), content).expect("writable docs/");
        }
    }
    let mut stale = Vec::new();
    for (path, content) in &files {
        if std::fs::read_to_string(root.join(path)).unwrap_or_default() != *content {
            stale.push(path.as_str());
        }
    }
    assert!(stale.is_empty(), "stale: {stale:?}; regenerate with `UPDATE_DOCS=1 cargo test --test docs`");
    let generated: Vec<&str> = files.iter().map(|(path, _)| path.as_str()).collect();
    let extra: Vec<String> = std::fs::read_dir(root.join("docs"))
        .expect("docs/")
        .map(|entry| format!("docs/{}", entry.expect("an entry").file_name().to_string_lossy()))
        // Only pages and data are generated; images (the playground's screenshot) live beside them.
        .filter(|path| path.ends_with(".md") || path.ends_with(".json"))
        .filter(|path| !generated.contains(&path.as_str()))
        // Written by hand, not generated (the reference pages are in docs/guide/).
        .filter(|path| path != "docs/ARCHITECTURE.md")
        .collect();
    assert!(extra.is_empty(), "pages in docs/ that the generator no longer writes: {extra:?}");
}

#[test]
fn every_finding_links_to_an_anchor_of_its_page() {
    let files = pysunset::docs::files();
    for entry in pysunset::catalogue::ENTRIES {
        let url = entry.docs_url();
        let (page, anchor) = url.split_once('#').expect("an anchor");
        let (_, content) =
            files.iter().find(|(path, _)| path == page).unwrap_or_else(|| panic!("no page {page}"));
        assert!(content.contains(&format!("<a id=\"{anchor}\"></a>")), "{url}");
    }
}

/// Each entry's "before" example produces its finding at the removal version (not guarded,
/// so an error; for a deprecation without a removal date, a warning at the version that
/// deprecated it), and its "after" example produces none of it.
#[test]
fn examples_are_tests() {
    use pysunset::{check, Options, Severity};
    let mut checked = 0;
    for entry in pysunset::catalogue::ENTRIES {
        if entry.before.is_empty() {
            continue;
        }
        let oldest = pysunset::PythonVersion::OLDEST_TARGET;
        let (target, severity) = match entry.removed_in {
            Some(removed) => (removed.max(oldest), Severity::Error),
            None => (entry.deprecated_in.unwrap_or(oldest).max(oldest), Severity::Warning),
        };
        let options = Options::new(target);
        let before = check(entry.before, &options).expect("checkable example");
        assert!(
            before.iter().any(|finding| finding.symbol() == entry.symbol && finding.severity == severity),
            "the `before` example of {} does not report it:\n{}\n{before:#?}",
            entry.symbol,
            entry.before
        );
        let after = check(entry.after, &options).expect("checkable example");
        assert!(
            after.iter().all(|finding| finding.symbol() != entry.symbol),
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

/// Every entry's canonical use (its `before` example), at every target: an error once it is
/// removed, a warning while deprecated, nothing before that; and `info` when the same code sits
/// under a version check that the target does not pass.
#[test]
fn every_entry_at_every_target() {
    use pysunset::catalogue::Status;
    use pysunset::{check, Options, PythonVersion, Severity};
    for entry in pysunset::catalogue::ENTRIES {
        let guarded = format!(
            "import sys\nif sys.version_info < (3, 0):\n{}",
            entry.before.lines().map(|line| format!("    {line}\n")).collect::<String>()
        );
        for target in PythonVersion::targets() {
            let options = Options::new(target);
            let severities = |source: &str| -> Vec<Severity> {
                let findings = check(source, &options).expect("checkable example");
                findings.iter().filter(|f| f.symbol() == entry.symbol).map(|f| f.severity).collect()
            };
            let expected = match entry.status_at(target) {
                Some(Status::Removed) => Some(Severity::Error),
                Some(Status::Deprecated) => Some(Severity::Warning),
                None => None,
            };
            let plain = severities(entry.before);
            match expected {
                Some(severity) => assert!(
                    plain.contains(&severity) && plain.iter().all(|s| *s == severity),
                    "{} at {target}: expected {severity:?}, got {plain:?}",
                    entry.symbol
                ),
                None => {
                    assert!(plain.is_empty(), "{} at {target}: expected nothing, got {plain:?}", entry.symbol)
                }
            }
            let under_guard = severities(&guarded);
            if expected.is_some() {
                assert!(
                    !under_guard.is_empty() && under_guard.iter().all(|s| *s == Severity::Info),
                    "{} at {target} under a version check: expected info, got {under_guard:?}",
                    entry.symbol
                );
            } else {
                assert!(under_guard.is_empty(), "{} at {target}: {under_guard:?}", entry.symbol);
            }
        }
    }
}

/// A `why` is read on its own (hover cards, the docs, `--catalogue`): it must not stop mid-sentence.
#[test]
fn no_why_stops_mid_sentence() {
    const DANGLING: &[&str] =
        &["since", "in", "the", "a", "an", "of", "and", "or", "to", "by", "for", "with"];
    let dangling: Vec<&str> = pysunset::catalogue::ENTRIES
        .iter()
        .filter(|entry| {
            let last = entry.why.trim_end().rsplit(' ').next().unwrap_or_default();
            DANGLING.contains(&last)
        })
        .map(|entry| entry.symbol)
        .collect();
    assert!(dangling.is_empty(), "these entries' why ends mid-sentence: {dangling:?}");
}

/// README.md's opening paragraph counts the catalogue: "N APIs ... plus M documented changes".
#[test]
fn readme_counts_follow_the_catalogue() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README.md");
    let opening: String = readme.split("\n\n").take(4).collect::<Vec<_>>().join(" ").replace('\n', " ");
    let number_before = |words: &str| -> Option<usize> {
        let at = opening.find(words)?;
        opening[..at].split_whitespace().last()?.parse().ok()
    };
    assert_eq!(
        number_before(" APIs,"),
        Some(pysunset::catalogue::ENTRIES.len()),
        "README.md's opening paragraph should say \"{} APIs,\"",
        pysunset::catalogue::ENTRIES.len()
    );
    assert_eq!(
        number_before(" documented changes"),
        Some(pysunset::catalogue::behaviours::BEHAVIOURS.len()),
        "README.md's opening paragraph should say \"plus {} documented changes\"",
        pysunset::catalogue::behaviours::BEHAVIOURS.len()
    );
}
