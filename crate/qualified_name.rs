//! Dotted names as a type: `importlib.util.find_spec` as its segments, so code asks for the
//! root, the last segment or the parent instead of splitting strings by hand. A leaf module.
//!
//! ```
//! use pysunset::qualified_name::QualifiedName;
//! let name = QualifiedName::new("importlib.util.find_spec");
//! assert_eq!((name.root(), name.last()), ("importlib", "find_spec"));
//! assert_eq!(name.parent().map(QualifiedName::as_str), Some("importlib.util"));
//! assert!(matches!(name.segments::<3>(), Some(["importlib", "util", _])));
//! assert!(name.starts_with("importlib") && !name.starts_with("import"));
//! assert_eq!(name.strip_prefix("importlib").map(QualifiedName::as_str), Some("util.find_spec"));
//! ```

use std::fmt;

/// A dotted name (`module.Class.method`), borrowed: its segments are the parts between dots.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QualifiedName<'a>(&'a str);

impl<'a> QualifiedName<'a> {
    /// The name spelled `dotted`.
    pub const fn new(dotted: &'a str) -> Self {
        Self(dotted)
    }

    /// The name as written.
    pub fn as_str(self) -> &'a str {
        self.0
    }

    /// The first segment. Ex) `importlib` of `importlib.util.find_spec`.
    pub fn root(self) -> &'a str {
        self.0.split('.').next().unwrap_or(self.0)
    }

    /// The last segment. Ex) `find_spec` of `importlib.util.find_spec`.
    pub fn last(self) -> &'a str {
        self.0.rsplit('.').next().unwrap_or(self.0)
    }

    /// The name without its last segment; `None` for a single segment.
    /// Ex) `importlib.util` of `importlib.util.find_spec`.
    pub fn parent(self) -> Option<QualifiedName<'a>> {
        self.split_last().map(|(parent, _)| parent)
    }

    /// The parent, or the name itself when it has a single segment: the class of a
    /// `Class.member` symbol. Ex) `pathlib.Path` of `pathlib.Path.link_to`.
    pub fn parent_or_self(self) -> &'a str {
        self.parent().map_or(self.0, QualifiedName::as_str)
    }

    /// The parent and the last segment; `None` for a single segment.
    pub fn split_last(self) -> Option<(QualifiedName<'a>, &'a str)> {
        self.0.rsplit_once('.').map(|(parent, last)| (QualifiedName(parent), last))
    }

    /// The number of segments. Ex) 3 for `importlib.util.find_spec`.
    pub fn segment_count(self) -> usize {
        self.0.split('.').count()
    }

    /// Whether the name is `prefix` or lies inside it, segment by segment: `os.path.join`
    /// starts with `os` and with `os.path`, `osmosis` does not start with `os`.
    pub fn starts_with(self, prefix: &str) -> bool {
        self.0 == prefix || self.strip_prefix(prefix).is_some()
    }

    /// The segments after `prefix`, when the name lies inside it (not when it is `prefix`
    /// itself). Ex) `path.join` of `os.path.join` less `os`.
    pub fn strip_prefix(self, prefix: &str) -> Option<QualifiedName<'a>> {
        self.0.strip_prefix(prefix)?.strip_prefix('.').map(QualifiedName)
    }

    /// The name's prefixes, shortest first, ending with the name itself.
    /// Ex) `os`, `os.path`, `os.path.join`.
    pub fn prefixes(self) -> impl Iterator<Item = QualifiedName<'a>> {
        let dotted = self.0;
        dotted
            .match_indices('.')
            .map(move |(dot, _)| QualifiedName(&dotted[..dot]))
            .chain(std::iter::once(self))
    }

    /// The segments, when there are exactly `N`: for matching with slice patterns.
    pub fn segments<const N: usize>(self) -> Option<[&'a str; N]> {
        let mut segments = [""; N];
        let mut parts = self.0.split('.');
        for segment in &mut segments {
            *segment = parts.next()?;
        }
        parts.next().is_none().then_some(segments)
    }
}

impl fmt::Display for QualifiedName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::QualifiedName;

    #[test]
    fn segments_of_one_and_of_many() {
        let single = QualifiedName::new("asyncore");
        assert_eq!((single.root(), single.last(), single.parent()), ("asyncore", "asyncore", None));
        assert_eq!(single.parent_or_self(), "asyncore");
        let method = QualifiedName::new("pathlib.Path.link_to");
        assert_eq!(method.parent_or_self(), "pathlib.Path");
        assert_eq!(method.split_last(), Some((QualifiedName::new("pathlib.Path"), "link_to")));
        assert_eq!(method.segments::<3>(), Some(["pathlib", "Path", "link_to"]));
        assert_eq!(method.segments::<2>(), None);
        assert_eq!(method.segments::<4>(), None);
        assert_eq!(method.segment_count(), 3);
        assert_eq!(single.segment_count(), 1);
    }

    #[test]
    fn prefixes_go_by_segments() {
        let join = QualifiedName::new("os.path.join");
        assert!(join.starts_with("os") && join.starts_with("os.path") && join.starts_with("os.path.join"));
        assert!(!QualifiedName::new("osmosis").starts_with("os"));
        assert_eq!(join.strip_prefix("os"), Some(QualifiedName::new("path.join")));
        assert_eq!(join.strip_prefix("os.path.join"), None);
        assert_eq!(join.strip_prefix("o"), None);
        let prefixes: Vec<&str> = join.prefixes().map(QualifiedName::as_str).collect();
        assert_eq!(prefixes, ["os", "os.path", "os.path.join"]);
        assert_eq!(QualifiedName::new("asyncore").prefixes().count(), 1);
    }
}
