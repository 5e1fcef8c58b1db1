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
    pysunset::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
