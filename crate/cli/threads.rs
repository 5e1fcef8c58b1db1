//! How many threads check files: as many as rayon would start (the cores, or
//! `RAYON_NUM_THREADS`), but fewer under a cap on the process's address space (`ulimit -v`),
//! where every thread takes room of its own: its stack, its allocator's heap (about 35 MB
//! each, measured with mimalloc), and the files it checks. Sixteen threads under a cap of
//! 800 MB left too little for a file of 100,000 findings, and its allocation failed after the
//! parse's pre-check had passed (the process aborted).

/// The address space the cap must hold for each thread.
const ADDRESS_SPACE_PER_THREAD: u64 = 256 << 20;

/// Sets the number of threads before any work starts (a no-op without a cap).
pub fn configure() {
    let Some(cap) = address_space_limit() else { return };
    limit_arenas();
    let wanted = std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|value| value.trim().parse::<usize>().ok())
        .filter(|&threads| threads > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |threads| threads.get()));
    let threads = wanted.min(usize::try_from(cap / ADDRESS_SPACE_PER_THREAD).unwrap_or(usize::MAX).max(1));
    // A pool that cannot start (no room for a thread's stack) is tried again with one thread:
    // rayon panics when it starts its default pool and cannot.
    if rayon::ThreadPoolBuilder::new().num_threads(threads).build_global().is_err() {
        let _ = rayon::ThreadPoolBuilder::new().num_threads(1).build_global();
    }
}

/// The soft limit on the process's address space, if there is one (Linux: read from
/// `/proc/self/limits`; elsewhere none is looked for).
fn address_space_limit() -> Option<u64> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    parse_address_space_limit(&limits)
}

/// The soft limit of the `Max address space` row of a `/proc/self/limits` text.
fn parse_address_space_limit(limits: &str) -> Option<u64> {
    let row = limits.lines().find_map(|line| line.strip_prefix("Max address space"))?;
    row.split_whitespace().next()?.parse().ok()
}

/// glibc gives each thread that calls its `malloc` an arena of its own, 64 MiB of address
/// space (the few allocations of the C library itself: everything else goes through mimalloc):
/// under a cap, one arena for all.
fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
        }
        /// glibc's `M_ARENA_MAX` (malloc.h).
        const M_ARENA_MAX: std::ffi::c_int = -8;
        // SAFETY: mallopt takes two integers and changes only the C allocator's settings;
        // it is called before any thread of this process starts.
        unsafe {
            mallopt(M_ARENA_MAX, 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_space_limit_is_read_from_proc_self_limits() {
        let capped = "Limit                     Soft Limit           Hard Limit           Units     \n\
                      Max cpu time              unlimited            unlimited            seconds   \n\
                      Max address space         819200000            unlimited            bytes     \n";
        assert_eq!(parse_address_space_limit(capped), Some(819_200_000));
        let open = capped.replace("819200000", "unlimited");
        assert_eq!(parse_address_space_limit(&open), None);
        assert_eq!(parse_address_space_limit("Max cpu time unlimited unlimited seconds\n"), None);
    }
}
