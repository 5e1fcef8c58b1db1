//! Suppression comments: `# noqa`, `# noqa: SUN004`, `# pysunset: ignore`,
//! `# pysunset: ignore[SUN001, unittest-alias]`, on the line where a finding starts.

use crate::rule::Rule;

/// What a comment suppresses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Suppression {
    /// Every finding on the line.
    All,
    /// Findings of these rules (`# noqa: SUN001,SUN004`).
    Rules(Vec<Rule>),
}

impl Suppression {
    /// Whether this suppression covers a finding of `rule`.
    pub fn covers(&self, rule: Rule) -> bool {
        match self {
            Suppression::All => true,
            Suppression::Rules(rules) => rules.contains(&rule),
        }
    }
}

/// Reads a comment's text (with its `#`). Codes of other tools (`# noqa: E501`) leave our
/// findings alone; a bare `# noqa` suppresses everything, as in flake8 and ruff.
pub fn parse(comment: &str) -> Option<Suppression> {
    let lower = comment.to_ascii_lowercase();
    if let Some(at) = lower.find("pysunset:") {
        let rest = comment[at + "pysunset:".len()..].trim_start();
        let rest_lower = rest.to_ascii_lowercase();
        if !rest_lower.starts_with("ignore") {
            return None;
        }
        let rest = &rest["ignore".len()..];
        return Some(match rest.strip_prefix('[').and_then(|r| r.split_once(']')) {
            Some((codes, _)) => Suppression::Rules(rules_in(codes)),
            None => Suppression::All,
        });
    }
    let at = lower.find("noqa")?;
    let before = lower[..at].trim_end();
    if !before.ends_with('#') {
        return None;
    }
    let rest = &comment[at + "noqa".len()..];
    match rest.strip_prefix(':') {
        Some(codes) => Some(Suppression::Rules(rules_in(codes))),
        None if rest.starts_with(|c: char| c.is_alphanumeric() || c == '_') => None,
        None => Some(Suppression::All),
    }
}

fn rules_in(codes: &str) -> Vec<Rule> {
    codes.split(|c: char| c == ',' || c.is_whitespace()).filter_map(Rule::from_code).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_forms() {
        assert_eq!(parse("# noqa"), Some(Suppression::All));
        assert_eq!(parse("#noqa"), Some(Suppression::All));
        assert_eq!(parse("# NOQA  some reason"), Some(Suppression::All));
        assert_eq!(parse("# noqa: SUN004"), Some(Suppression::Rules(vec![Rule::UnittestAlias])));
        assert_eq!(
            parse("# noqa:SUN001,SUN004"),
            Some(Suppression::Rules(vec![Rule::RemovedModule, Rule::UnittestAlias]))
        );
        assert_eq!(parse("# noqa: E501"), Some(Suppression::Rules(vec![])));
        assert_eq!(parse("# pysunset: ignore"), Some(Suppression::All));
        assert_eq!(
            parse("# pysunset: ignore[SUN001, unittest-alias]"),
            Some(Suppression::Rules(vec![Rule::RemovedModule, Rule::UnittestAlias]))
        );
        assert_eq!(parse("# type: ignore"), None);
        assert_eq!(parse("# noqakeep"), None);
        assert_eq!(parse("# see the noqa docs"), None);
    }

    #[test]
    fn other_tools_codes_do_not_cover_ours() {
        assert!(!parse("# noqa: E501").unwrap().covers(Rule::RemovedModule));
        assert!(parse("# noqa").unwrap().covers(Rule::RemovedModule));
    }
}
