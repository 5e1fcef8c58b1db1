//! The `pysunset` command.

/// mimalloc for everything the command allocates: parsing allocates a tree node at a time, and
/// glibc's malloc and free took about 10% of the instructions of a check of CPython's Lib.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use libmimalloc_sys::{mi_calloc, mi_free, mi_malloc, mi_realloc};
    // SAFETY: one allocator family, with malloc's alignment, set before any tree-sitter call
    // (nothing has parsed yet) and never again.
    unsafe {
        tree_sitter::set_allocator(Some(tree_sitter::Allocator {
            malloc: mi_malloc,
            calloc: mi_calloc,
            realloc: mi_realloc,
            free: mi_free,
        }));
    }
    // `pysunset server`: the language server (crate/server); `./server` checks a path so named.
    if std::env::args_os().nth(1).is_some_and(|first| first == "server") {
        return pysunset::server::main(std::env::args_os().skip(2));
    }
    keep_freed_pages();
    pysunset::cli::main()
}

/// mimalloc's `mi_option_purge_delay` (v2's `mi_option_t`; the crate names no constant for it).
#[cfg(not(target_arch = "wasm32"))]
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// A run of the command keeps the pages it frees for its next allocations: by default mimalloc
/// gives back to the system the pages it has not reused for 10 ms (`purge_delay`), and the
/// kernel zeroes each again when it is next touched (`clear_page_erms`, a large share of a
/// run's system time; the page faults of a check of CPython's Lib vary from 2,000 to 8,000 with
/// the machine's load, about 1,040 without purging). The language server, which lives on
/// between checks, keeps mimalloc's default.
#[cfg(not(target_arch = "wasm32"))]
fn keep_freed_pages() {
    // SAFETY: sets one of mimalloc's options to a value its documentation allows (-1: no
    // purging); options may be set at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
}

#[cfg(target_arch = "wasm32")]
fn main() {}
