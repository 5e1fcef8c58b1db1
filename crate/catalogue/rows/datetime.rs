//! The `datetime` rows of the catalogue (the page `docs/datetime.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "datetime.datetime.utcfromtimestamp",
        kind: ApiKind::Method,
        deprecated_in: Some(v(12)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "datetime.datetime.fromtimestamp(ts, tz=datetime.UTC), an aware datetime (add .replace(tzinfo=None) only where naive values are needed)",
        why: "naive datetimes that mean UTC are taken for local time by most of the datetime API",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("fromtimestamp(ts, tz=datetime.UTC) returns an aware datetime, utcfromtimestamp a naive one: comparisons and arithmetic with naive values then fail"),
        also_known_as: &[],
        before: r#"import datetime

moment = datetime.datetime.utcfromtimestamp(0)
"#,
        after: r#"import datetime

moment = datetime.datetime.fromtimestamp(0, tz=datetime.timezone.utc)
"#,
    },
    Entry {
        symbol: "datetime.datetime.utcnow",
        kind: ApiKind::Method,
        deprecated_in: Some(v(12)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "datetime.datetime.now(tz=datetime.UTC), an aware datetime (add .replace(tzinfo=None) only where naive values are needed)",
        why: "naive datetimes that mean UTC are taken for local time by most of the datetime API",
        detection: Detection::Method,
        fix: Remedy::ManualBecause("now(tz=datetime.UTC) returns an aware datetime, utcnow() a naive one: comparisons and arithmetic with naive values then fail, and isoformat() gains +00:00"),
        also_known_as: &[],
        before: r#"from datetime import datetime

stamp = datetime.utcnow()
"#,
        after: r#"from datetime import datetime, timezone

stamp = datetime.now(tz=timezone.utc)
"#,
    },
];
