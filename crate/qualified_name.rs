//! Dotted names as a type: `importlib.util.find_spec` as its segments, so code asks for the
//! root, the last segment or the parent instead of splitting strings by hand. A leaf module.
//!
//! ```
//! use pysunset::qualified_name::QualifiedName;
//! let name = QualifiedName::new("importlib.util.find_spec");
//! assert_eq!((name.root(), name.last()), ("importlib", "find_spec"));
//! assert_eq!(name.parent().map(QualifiedName::as_str), Some("importlib.util"));
//! assert!(matches!(name.segments::<3>(), Some(["importlib", "util", _])));
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
    }
}
