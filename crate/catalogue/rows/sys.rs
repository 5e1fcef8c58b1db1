//! The `sys` rows of the catalogue (the page `docs/sys.md`), sorted by symbol.

use super::prelude::*;

/// The rows of this family.
pub(super) const ROWS: &[Entry] = &[
    Entry {
        symbol: "sys._clear_type_cache",
        kind: ApiKind::Function,
        deprecated_in: Some(v(13)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "sys._clear_internal_caches()",
        why: "3.13 has more internal caches than the type cache; the new function clears them all",
        detection: Detection::Name,
        fix: rename("_clear_internal_caches"),
        also_known_as: &[],
        before: r#"import sys

sys._clear_type_cache()
"#,
        after: r#"import sys

sys._clear_internal_caches()
"#,
    },
    Entry {
    symbol: "sys._enablelegacywindowsfsencoding",
    kind: ApiKind::Function,
    deprecated_in: Some(v(13)),
    removed_in: Some(v(16)),
    withdrawn_in: None,
    replacement: "set the PYTHONLEGACYWINDOWSFSENCODING environment variable before Python starts",
    why: "changing the file system encoding after start-up cannot be made safe",
    detection: Detection::Name,
    fix: Remedy::Manual,
    also_known_as: &[],
    before: r#"import sys

sys._enablelegacywindowsfsencoding()
"#,
    after: r#"import os

os.environ.setdefault("PYTHONLEGACYWINDOWSFSENCODING", "1")  # for child processes
"#,
},
    Entry {
        symbol: "sys.callstats",
        kind: ApiKind::Function,
        deprecated_in: Some(v(7)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "sys.setprofile() or cProfile",
        why: "the counters only existed in builds with CALL_PROFILE",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sys

print(sys.callstats())
"#,
        after: r#"import cProfile

cProfile.run("sum(range(10))")
"#,
    },
    Entry {
        symbol: "sys.flags.division_warning",
        kind: ApiKind::Attribute,
        deprecated_in: None,
        removed_in: Some(v(3)),
        withdrawn_in: None,
        replacement: "nothing: the -Q option is gone",
        why: "true division is the only division in Python 3",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sys

print(sys.flags.division_warning)
"#,
        after: r#"import sys

print(sys.flags.optimize)
"#,
    },
    Entry {
        symbol: "sys.get_coroutine_wrapper",
        kind: ApiKind::Function,
        deprecated_in: Some(v(7)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "sys.get_coroutine_origin_tracking_depth()",
        why: "the wrapper hook could break coroutines; debuggers get coroutine origin tracking (3.7) instead",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("origin tracking depth is a number, not a wrapper function"),
        also_known_as: &[],
        before: r#"import sys

wrapper = sys.get_coroutine_wrapper()
"#,
        after: r#"import sys

depth = sys.get_coroutine_origin_tracking_depth()
"#,
    },
    Entry {
        symbol: "sys.getcheckinterval",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "sys.getswitchinterval() (seconds, not bytecodes)",
        why: "the GIL switches threads by time since 3.2, so an instruction count means nothing",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the switch interval is in seconds, the check interval was in bytecodes"),
        also_known_as: &[],
        before: r#"import sys

print(sys.getcheckinterval())
"#,
        after: r#"import sys

print(sys.getswitchinterval())
"#,
    },
    Entry {
        symbol: "sys.getcounts",
        kind: ApiKind::Function,
        deprecated_in: None,
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "nothing: the counters existed only in COUNT_ALLOCS builds",
        why: "COUNT_ALLOCS builds were dropped",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sys

print(sys.getcounts())
"#,
        after: r#"import sys

print(sys.getallocatedblocks())
"#,
    },
    Entry {
        symbol: "sys.last_traceback",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(12)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "sys.last_exc.__traceback__",
        why: "the three values describe one exception; 3.12 added sys.last_exc, which holds it",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("sys.last_exc holds the exception; its traceback is last_exc.__traceback__"),
        also_known_as: &[],
        before: r#"import sys
import traceback

traceback.print_tb(sys.last_traceback)
"#,
        after: r#"import sys
import traceback

traceback.print_tb(sys.last_exc.__traceback__)
"#,
    },
    Entry {
        symbol: "sys.last_type",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(12)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "type(sys.last_exc)",
        why: "the three values describe one exception; 3.12 added sys.last_exc, which holds it",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("sys.last_exc holds the exception; its type is type(sys.last_exc)"),
        also_known_as: &["sys.last_type / sys.last_value / sys.last_traceback"],
        before: r#"import sys

print(sys.last_type.__name__)
"#,
        after: r#"import sys

print(type(sys.last_exc).__name__)
"#,
    },
    Entry {
        symbol: "sys.last_value",
        kind: ApiKind::Attribute,
        deprecated_in: Some(v(12)),
        removed_in: None,
        withdrawn_in: None,
        replacement: "sys.last_exc",
        why: "the three values describe one exception; 3.12 added sys.last_exc, which holds it",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("sys.last_exc is set only where the interpreter sets it (3.12+); code that sets last_value must set last_exc too"),
        also_known_as: &[],
        before: r#"import sys

print(sys.last_value)
"#,
        after: r#"import sys

print(sys.last_exc)
"#,
    },
    Entry {
        symbol: "sys.set_coroutine_wrapper",
        kind: ApiKind::Function,
        deprecated_in: Some(v(7)),
        removed_in: Some(v(8)),
        withdrawn_in: None,
        replacement: "sys.set_coroutine_origin_tracking_depth() or sys.set_asyncgen_hooks()",
        why: "the wrapper hook could break coroutines; debuggers get coroutine origin tracking (3.7) instead",
        detection: Detection::Name,
        fix: Remedy::Manual,
        also_known_as: &[],
        before: r#"import sys

sys.set_coroutine_wrapper(None)
"#,
        after: r#"import sys

sys.set_coroutine_origin_tracking_depth(10)
"#,
    },
    Entry {
        symbol: "sys.setcheckinterval",
        kind: ApiKind::Function,
        deprecated_in: Some(v(2)),
        removed_in: Some(v(9)),
        withdrawn_in: None,
        replacement: "sys.setswitchinterval(seconds)",
        why: "the GIL switches threads by time since 3.2, so an instruction count means nothing",
        detection: Detection::Name,
        fix: Remedy::ManualBecause("the switch interval is in seconds, the check interval was in bytecodes"),
        also_known_as: &[],
        before: r#"import sys

sys.setcheckinterval(1000)
"#,
        after: r#"import sys

sys.setswitchinterval(0.005)
"#,
    },
];
