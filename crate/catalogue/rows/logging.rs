//! The `logging` rows of the catalogue (the page `docs/logging.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "logging.Logger.warn",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "Logger.warning()",
        why: "an undocumented alias of warning() kept from Python 2; its removal in 3.13 was reverted",
        detection: Detection::Method,
        fix: rename("warning"),
        also_known_as: &[],
        before: r#"import logging

log = logging.getLogger(__name__)
log.warn("disk almost full")
"#,
        after: r#"import logging

log = logging.getLogger(__name__)
log.warning("disk almost full")
"#,
    },
    Entry {
        symbol: "logging.LoggerAdapter.warn",
        kind: ApiKind::Method,
        deprecated_in: Some(v(3)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "LoggerAdapter.warning()",
        why: "an undocumented alias of warning() kept from Python 2; its removal in 3.13 was reverted",
        detection: Detection::Method,
        fix: rename("warning"),
        also_known_as: &[],
        before: r#"import logging

log = logging.LoggerAdapter(logging.getLogger(__name__), {"job": 7})
log.warn("disk almost full")
"#,
        after: r#"import logging

log = logging.LoggerAdapter(logging.getLogger(__name__), {"job": 7})
log.warning("disk almost full")
"#,
    },
    Entry {
        symbol: "logging.__date__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "nothing: use sys.version_info for Python's version",
        why: "a release date frozen years ago",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import logging

print(logging.__date__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "logging.__version__",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(15)),
        removed_in: Some(v(20)),
        withdrawn_in: None,
        replacement: "sys.version_info",
        why: "a version string frozen years ago; the module's version is Python's own",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import logging

print(logging.__version__)
"#,
        after: r#"import sys

print(sys.version_info)
"#,
    },
    Entry {
        symbol: "logging.warn",
        kind: ApiKind::Function,
        deprecated_in: Some(v(3)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "logging.warning()",
        why: "an undocumented alias of warning() kept from Python 2; its removal in 3.13 was reverted",
        detection: Detection::Name,
        fix: rename("warning"),
        also_known_as: &[],
        before: r#"import logging

logging.warn("disk almost full")
"#,
        after: r#"import logging

logging.warning("disk almost full")
"#,
    },
];
