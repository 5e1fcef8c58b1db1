//! Memory stays a small multiple of the input: the bytes a check allocates are counted (by a
//! counting allocator, per thread), so these tests count work instead of timing it and hold
//! on a loaded machine.

use pysunset::{check, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting what this thread holds and the most it held.
struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn note(change: isize) {
    // `try_with`: a thread being torn down has no counters left, and needs none.
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + change);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

// SAFETY: every call is passed on to `System` unchanged; only counters are updated around it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        note(-(layout.size() as isize));
        unsafe { System.dealloc(pointer, layout) }
    }
    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        note(size as isize - layout.size() as isize);
        unsafe { System.realloc(pointer, layout, size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most bytes this thread held at once while `run` ran, above what it held before.
fn peak_bytes(run: impl FnOnce()) -> usize {
    let before = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(before));
    run();
    (PEAK.with(Cell::get) - before).max(0) as usize
}

/// The peak memory of `run` on `make(8 * n)` may be at most 12 times that on `make(n)` (linear
/// is 8, quadratic 64): the count is exact, so no slack for noise is needed.
fn memory_scales_linearly(what: &str, n: usize, make: impl Fn(usize) -> String, run: impl Fn(&str)) {
    let (small, large) = (make(n), make(8 * n));
    run(&small); // warm up: tables built once per process are not the input's
    let small_peak = peak_bytes(|| run(&small));
    let large_peak = peak_bytes(|| run(&large));
    eprintln!(
        "{what}: {} bytes of input: {small_peak} bytes at most; {}: {large_peak}",
        small.len(),
        large.len()
    );
    assert!(
        large_peak <= 12 * small_peak,
        "{what}: 8 times the input took {:.1} times the memory ({small_peak} -> {large_peak} bytes)",
        large_peak as f64 / small_peak as f64
    );
}

fn check_it(source: &str) {
    assert!(!check(source, &Options::default()).expect("checked").is_empty());
}

#[test]
fn deeply_nested_calls_with_a_finding_at_every_level_take_linear_memory() {
    // Each finding kept a copy of its ancestors for its fix: 8,000 levels took 2 GB.
    let make = |n: usize| format!("import imp\nx = {}m{}\n", "imp.reload(".repeat(n), ")".repeat(n));
    memory_scales_linearly("nested calls", 1_000, make, check_it);
    let fix = |source: &str| {
        pysunset::fix(source, &pysunset::FixOptions::default()).expect("fixed");
    };
    memory_scales_linearly("nested calls, fixed", 1_000, make, fix);
}
