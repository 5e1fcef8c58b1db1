//! The `calendar` rows of the catalogue (the page `docs/calendar.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "calendar.February",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(12)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "calendar.FEBRUARY",
        why: "3.12 added the upper-case Month enum (calendar.JANUARY ... DECEMBER); the two capitalised names were odd ones out",
        detection: Detection::Name,
        fix: rename("FEBRUARY"),
        also_known_as: &[],
        before: r#"import calendar

short_month = calendar.February
"#,
        after: r#"import calendar

short_month = calendar.FEBRUARY
"#,
    },
    Entry {
        symbol: "calendar.January",
        kind: ApiKind::Constant,
        deprecated_in: Some(v(12)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "calendar.JANUARY",
        why: "3.12 added the upper-case Month enum (calendar.JANUARY ... DECEMBER); the two capitalised names were odd ones out",
        detection: Detection::Name,
        fix: rename("JANUARY"),
        also_known_as: &[],
        before: r#"import calendar

first_month = calendar.January
"#,
        after: r#"import calendar

first_month = calendar.JANUARY
"#,
    },
    Entry {
        symbol: "calendar.monthlen",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "calendar.monthrange(year, month)[1]",
        why: "helpers that were public by mistake in 3.7",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import calendar

days = calendar.monthlen(2024, 2)
"#,
        after: r#"import calendar

days = calendar.monthrange(2024, 2)[1]
"#,
    },
    Entry {
        symbol: "calendar.nextmonth",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "compute it from the month: (year + month // 12, month % 12 + 1)",
        why: "helpers that were public by mistake in 3.7",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import calendar

year, month = calendar.nextmonth(2024, 12)
"#,
        after: r#"year, month = 2024 + 12 // 12, 12 % 12 + 1
"#,
    },
    Entry {
        symbol: "calendar.prevmonth",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "compute it from the month",
        why: "helpers that were public by mistake in 3.7",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import calendar

year, month = calendar.prevmonth(2024, 1)
"#,
        after: r#"year, month = (2023, 12)
"#,
    },
];
