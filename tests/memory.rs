//! Memory stays a small multiple of the input: the bytes a check allocates are counted (by a
//! counting allocator, per thread), so these tests count work instead of timing it and hold
//! on a loaded machine.
//!
//! Native only: a wasm32 build of the library has its own global allocator (the `fast-alloc`
//! feature, crate/wasm.rs), which this file's would conflict with.
#![cfg(not(target_arch = "wasm32"))]

use pysunset::{check, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting what this thread holds and the most it held.
struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
    /// The last allocation (its address) and the peak before it.
    static LAST: Cell<(usize, isize)> = const { Cell::new((0, 0)) };
}

fn note(change: isize) {
    // `try_with`: a thread being torn down has no counters left, and needs none.
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + change);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

/// An allocation freed before any other call of the allocator was never written (the parse's
/// probe of the address space it needs, `syntax::memory::reserve`): it does not count.
fn noted_alloc(pointer: *mut u8, size: usize) {
    let before = PEAK.try_with(Cell::get).unwrap_or(0);
    note(size as isize);
    let _ = LAST.try_with(|last| last.set((pointer as usize, before)));
}

fn noted_dealloc(pointer: *mut u8, size: usize) {
    note(-(size as isize));
    let _ = LAST.try_with(|last| {
        let (address, peak_before) = last.replace((0, 0));
        if address == pointer as usize && address != 0 {
            let _ = PEAK.try_with(|peak| peak.set(peak_before));
        }
    });
}

// SAFETY: every call is passed on to `System` unchanged; only counters are updated around it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc(layout) };
        noted_alloc(pointer, layout.size());
        pointer
    }
    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        noted_dealloc(pointer, layout.size());
        unsafe { System.dealloc(pointer, layout) }
    }
    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        note(size as isize - layout.size() as isize);
        let _ = LAST.try_with(|last| last.set((0, 0)));
        unsafe { System.realloc(pointer, layout, size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// tree-sitter's allocations (the syntax tree, the parser's stacks), counted on a thread
/// while [`with_the_tree`] runs, so that a peak is the whole check's; elsewhere they are
/// left out, as the older tests of this file expect. Each block carries its size and whether
/// it was counted in a header of malloc's alignment, which `free` and `realloc` read back.
mod tree_sitter_counted {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;
    use std::ffi::c_void;

    const HEADER: usize = 16;

    thread_local! {
        static COUNTED: Cell<bool> = const { Cell::new(false) };
    }

    fn layout(size: usize) -> Layout {
        Layout::from_size_align(size + HEADER, HEADER).expect("a block tree-sitter can ask for")
    }

    /// Writes the header of `block` (of `size` bytes past it) and notes it when counted.
    unsafe fn handed_out(block: *mut u8, size: usize) -> *mut c_void {
        if block.is_null() {
            return block.cast();
        }
        let counted = COUNTED.try_with(Cell::get).unwrap_or(false);
        if counted {
            super::note(size as isize);
        }
        // SAFETY: the block has room for the header before the `size` bytes.
        unsafe {
            block.cast::<usize>().write(size);
            block.cast::<usize>().add(1).write(usize::from(counted));
            block.add(HEADER).cast()
        }
    }

    /// The block behind `pointer`, its size, and un-notes it when it was counted.
    unsafe fn taken_back(pointer: *mut c_void) -> (*mut u8, usize) {
        // SAFETY: `pointer` came from `handed_out`: its header is before it.
        unsafe {
            let block = pointer.cast::<u8>().sub(HEADER);
            let size = block.cast::<usize>().read();
            if block.cast::<usize>().add(1).read() == 1 {
                super::note(-(size as isize));
            }
            (block, size)
        }
    }

    unsafe extern "C" fn malloc(size: usize) -> *mut c_void {
        // SAFETY: the layout's size is never zero (the header).
        unsafe { handed_out(System.alloc(layout(size)), size) }
    }

    unsafe extern "C" fn calloc(count: usize, size: usize) -> *mut c_void {
        let size = count.checked_mul(size).expect("a block tree-sitter can ask for");
        // SAFETY: as `malloc`.
        unsafe { handed_out(System.alloc_zeroed(layout(size)), size) }
    }

    unsafe extern "C" fn realloc(pointer: *mut c_void, size: usize) -> *mut c_void {
        if pointer.is_null() {
            // SAFETY: as `malloc`.
            return unsafe { malloc(size) };
        }
        // SAFETY: `pointer` came from `handed_out`, with the layout of its size.
        unsafe {
            let (block, old) = taken_back(pointer);
            handed_out(System.realloc(block, layout(old), size + HEADER), size)
        }
    }

    unsafe extern "C" fn free(pointer: *mut c_void) {
        if pointer.is_null() {
            return;
        }
        // SAFETY: `pointer` came from `handed_out`, with the layout of its size.
        unsafe {
            let (block, size) = taken_back(pointer);
            System.dealloc(block, layout(size));
        }
    }

    /// Runs `run` with tree-sitter's allocations on this thread counted.
    pub fn with_the_tree<T>(run: impl FnOnce() -> T) -> T {
        install();
        COUNTED.with(|counted| counted.set(true));
        let result = run();
        COUNTED.with(|counted| counted.set(false));
        result
    }

    /// Installs these functions, once, before any test of this file parses (each test calls
    /// this first: tree-sitter must not free with one allocator what another gave).
    pub fn install() {
        static INSTALLED: std::sync::Once = std::sync::Once::new();
        // SAFETY: malloc's alignment (16), null only when out of memory, as malloc; called
        // before any tree-sitter object exists (the `Once` holds every test until it is done)
        // and never again.
        INSTALLED.call_once(|| unsafe {
            tree_sitter::set_allocator(Some(tree_sitter::Allocator { malloc, calloc, realloc, free }));
        });
    }
}

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
    tree_sitter_counted::install();
    // Each finding kept a copy of its ancestors for its fix: 8,000 levels took 2 GB.
    let make = |n: usize| format!("import imp\nx = {}m{}\n", "imp.reload(".repeat(n), ")".repeat(n));
    memory_scales_linearly("nested calls", 1_000, make, check_it);
    let fix = |source: &str| {
        pysunset::fix(source, &pysunset::FixOptions::default()).expect("fixed");
    };
    memory_scales_linearly("nested calls, fixed", 1_000, make, fix);
}

/// The peak memory of `run` on `source`, per byte of it, may be at most `bound`.
fn memory_per_byte_at_most(what: &str, bound: usize, source: &str, run: impl Fn(&str)) {
    run(&source[..source.len() / 8]); // warm up: tables built once per process are not the input's
    let peak = peak_bytes(|| run(source));
    eprintln!(
        "{what}: {} bytes of input: {peak} bytes at most ({} a byte)",
        source.len(),
        peak / source.len()
    );
    assert!(peak <= bound * source.len(), "{what}: {peak} bytes for {} bytes of input", source.len());
}

#[test]
fn broken_statements_on_one_line_take_a_small_multiple_of_their_size() {
    tree_sitter_counted::install();
    // Found by the fuzzer: broken statements on one line parse as one chain of calls
    // (`self.assertEquals(a, b).test_ifself.assertEquals(a, b)...`), 24 links deep for every
    // question to the resolver, whose memo kept each link's value at each depth: 560 KB took
    // 217 MB (tree-sitter's tree, not counted here, is about 70 bytes a byte of this input).
    let broken = "self.assertEquals(a, b)rom .test_if".repeat(4_000);
    memory_per_byte_at_most("broken statements on one line", 60, &broken, check_it);
    let fix = |source: &str| {
        pysunset::fix(source, &pysunset::FixOptions::default()).expect("fixed");
    };
    memory_per_byte_at_most("broken statements on one line, fixed", 60, &broken, fix);
    let chain = format!("import imp, pathlib\nx = pathlib.Path(p){}\n", ".resolve()".repeat(14_000));
    memory_per_byte_at_most("a long chain of calls", 60, &chain, check_it);
}

#[test]
fn a_finding_takes_a_few_hundred_bytes() {
    tree_sitter_counted::install();
    // Each finding held its own copy of its message, its link and its fix's message and
    // edits, and the findings' vector doubled as it filled: a file of a million uses of
    // `imp.reload` took 2.5 GB, of which about 1 KB a finding beyond its tree (tree-sitter's,
    // not counted here, and about as large). The same file with uses of a name that is not
    // removed has the same tree and model: what the findings add is the difference.
    let n = 20_000;
    let uses = format!("import imp\n{}", "imp.reload(m)\n".repeat(n));
    let others = format!("import imp\n{}", "imp.reloads(m)\n".repeat(n));
    let count = |source: &str| check(source, &Options::default()).expect("checked").len();
    assert_eq!((count(&uses), count(&others)), (n + 1, 1));
    let with_findings = peak_bytes(|| check_it(&uses));
    let without = peak_bytes(|| check_it(&others));
    let per_finding = with_findings.saturating_sub(without) / n;
    eprintln!("{n} findings: {with_findings} bytes at most; without them {without}: {per_finding} a finding");
    // 834 bytes (session 28): the finding (224 bytes: its rule's name, replacement and link
    // copied from its entry, inline), its fix's two edits in a buffer of four (160), the
    // walk's reports (112 each) and links to ancestors (56 each, two a use) in vectors that
    // had doubled. Now the entry's texts are read from it when rendered (168 bytes), the edits'
    // buffer is their own size (80), the arena's links are 40 bytes and both vectors are
    // shrunk before the findings are made, a report is 96 bytes (its guard boxed): 507.
    // Session 30: each finding (its fix too) is made when its use is reported, so no report or
    // link is held to the end of the walk (the findings' vector grows by a quarter, not double:
    // 338); the symbol, kind and versions are read from the entry, the guard and the edits are
    // boxed (a finding of 128 bytes): 296.
    assert!(per_finding <= 320, "a finding took {per_finding} bytes");
    let size = std::mem::size_of::<pysunset::Finding>();
    eprintln!("a finding is {size} bytes");
    assert!(size <= 128, "a finding is {size} bytes");
}

#[test]
fn module_level_code_takes_a_small_multiple_of_its_size() {
    tree_sitter_counted::install();
    // The prefilter kept a record of about 170 bytes for each top-level statement, in a
    // vector that doubled: a million lines of `x=1` (4 MB, nothing worth parsing) took 313 MB
    // before the file was skipped (87 bytes a byte here), and 8 MiB of them 637 MB. Now a run
    // of module-level code is one record.
    let n = 100_000;
    let lines = "x=1\n".repeat(n);
    let skipped = |source: &str| assert!(check(source, &Options::default()).expect("checked").is_empty());
    memory_per_byte_at_most("x=1 lines, nothing to parse", 1, &lines, skipped);
    // A definition a line is a record a line (72 bytes, its offsets `u32`, and its header's
    // words in one list for the file): 34 bytes a byte here with records of 170 bytes and a
    // list each, 15 with records of 96 bytes (`usize` offsets), 11 now.
    let definitions = "def f():0\n".repeat(n);
    memory_per_byte_at_most("a definition a line, nothing to parse", 12, &definitions, skipped);
    // Parsed (`import imp as i` at the top, and every line binds `i`): the tree (tree-sitter's
    // allocations counted too) and what the check builds on it. About 1.08 KB a line:
    // tree-sitter's tree 818 bytes (about 200 a token: nine allocations a line, five of them the
    // grammar's hidden nodes of one child), the recorded nodes 160 (32 bytes each, room for the
    // five visible nodes of a line; 40 bytes each before, 279 bytes a byte in all), the semantic
    // model 63: 269 bytes a byte. Four of the five hidden nodes (the supertypes
    // `_simple_statement`, `pattern`, `expression`, `primary_expression`) are no longer kept
    // (vendor/tree-sitter/VENDOR.md): 203.
    let whole = |source: &str| {
        tree_sitter_counted::with_the_tree(|| check_it(source));
    };
    let parsed = format!("import imp as i\n{}", "i=1\n".repeat(n));
    memory_per_byte_at_most("i=1 lines, parsed", 210, &parsed, whole);
    // After `import imp`, the statements that share no word with what is kept (the import,
    // `imp`) are left out of the parse (session 31): 203 bytes a byte of `x=1` lines before,
    // when every statement of module-level code was parsed; now about 1, the scan's and the
    // plan's, as when the file is skipped.
    for (what, line) in
        [("x=1 lines after import imp", "x=1\n"), ("f(a, b.c) lines after import imp", "f(a, b.c)\n")]
    {
        let left_out = format!("import imp\n{}", line.repeat(n));
        memory_per_byte_at_most(what, 2, &left_out, whole);
    }
}

#[test]
fn a_function_with_one_use_among_plain_lines_takes_a_small_multiple_of_its_size() {
    tree_sitter_counted::install();
    // A kept function was parsed whole: a body of `x = 1` lines around one `imp.reload(m)`
    // took about 200 bytes a byte (the tree and the model). The plain statements of a body
    // past `BODY_BYTES` that bind nothing kept code reads, and read nothing bound to a use, are
    // left out now (session 33), as module-level code's are.
    let n = 100_000;
    let generated: String = (0..n / 12)
        .map(|n| {
            format!(
                "    v{n} = settings.lookup_value(key_{n}, {n})\n    r{n} = scale_value(v{n}, factor={n})\n    \
                 record_part(r{n}, part_{n})\n    items{n} = [v{n}, r{n}, {n}]\n    \
                 total{n} = count_items(items{n}) + offset\n    trace_step({n}, total{n})\n"
            )
        })
        .collect();
    // What is left: the scan's records, and a unit of 16 bytes a statement of a big body.
    for (what, body, bound) in [
        ("x = 1 lines in a function", "    x = 1\n".repeat(n / 2), 8),
        ("f(a, b.c) lines in a method", "        f(a, b.c)\n".repeat(n / 2), 14),
        ("a generated function of calls on locals", generated, 14),
    ] {
        let (header, indent) = if body.starts_with("        ") {
            ("class C:\n    def run(self, m):\n", "        ")
        } else {
            ("def run(m, settings, offset):\n", "    ")
        };
        let source = format!("import imp\n{header}{body}{indent}imp.reload(m)\n{body}{indent}return m\n");
        memory_per_byte_at_most(what, bound, &source, |source| {
            tree_sitter_counted::with_the_tree(|| check_it(source));
        });
    }
}

#[test]
fn a_use_on_every_line_takes_a_small_multiple_of_its_size() {
    tree_sitter_counted::install();
    // The shapes the prefilter cannot skip (every line a use of the catalogue), counted with
    // tree-sitter's allocations: the syntax tree held a hidden supertype node (`expression`,
    // `primary_expression`, `pattern`, `_simple_statement`) of about 90 bytes over each
    // expression, identifier and statement, which no query of a node sees; the vendored
    // tree-sitter drops them (vendor/tree-sitter/VENDOR.md). Before: 170 bytes a byte of
    // `imp.reload(m)` lines, 171 of `x = ast.Num`, 81 of `self.assertEquals(a, b)` in one
    // method; now 133, 141 and 59. Findings of 168 bytes in place of 224, their edits without
    // spare room, the walk's reports and links shrunk (session 29): 109, 121 and 51. Findings
    // made as their uses are reported, of 128 bytes (session 30): 94, 104 and 45.
    let n = 20_000;
    let whole = |source: &str| {
        tree_sitter_counted::with_the_tree(|| check_it(source));
    };
    let reloads = format!("import imp\n{}", "imp.reload(m)\n".repeat(n));
    memory_per_byte_at_most("imp.reload(m) lines", 100, &reloads, whole);
    let names = format!("import ast\n{}", "x = ast.Num\n".repeat(n));
    memory_per_byte_at_most("x = ast.Num lines", 110, &names, whole);
    let asserts = format!(
        "import unittest\nclass T(unittest.TestCase):\n    def test(self):\n{}",
        "        self.assertEquals(a, b)\n".repeat(n)
    );
    memory_per_byte_at_most("self.assertEquals lines", 48, &asserts, whole);
}

#[test]
fn a_file_over_the_limit_on_tree_size_is_refused_before_the_memory_is_spent() {
    tree_sitter_counted::install();
    // 8 MiB of `i=1` lines after `import imp as i` (each binds `i`: all parsed): more tokens
    // than a tree may hold. The prefilter's records took 1 GB (120 bytes a byte) before the
    // parse refused the file.
    let dense = format!("import imp as i\n{}", "i=1\n".repeat(2 << 20));
    let refused = |source: &str| {
        let error = tree_sitter_counted::with_the_tree(|| check(source, &Options::default()).unwrap_err());
        assert!(matches!(error, pysunset::CheckError::TooManyTokens { .. }), "{error:?}");
    };
    let peak = peak_bytes(|| refused(&dense));
    eprintln!("refused: {} bytes of input: {peak} bytes at most", dense.len());
    assert!(peak <= dense.len(), "{peak} bytes to refuse {} bytes", dense.len());
}

#[test]
fn module_level_code_past_the_window_threshold_is_checked_in_windows() {
    tree_sitter_counted::install();
    // Past `prefilter::WINDOW_BYTES` (1 MiB) of plain module-level statements, a module is
    // checked in windows, each window's tree dropped before the next is parsed: the peak is the
    // findings and one window's tree. A single parse took 94 bytes a byte of these lines.
    let n = 110_000;
    let reloads = format!("import imp\n{}", "imp.reload(m)\n".repeat(n));
    assert!(reloads.len() > pysunset::prefilter::WINDOW_BYTES);
    let whole = |source: &str| {
        tree_sitter_counted::with_the_tree(|| check_it(source));
    };
    memory_per_byte_at_most("imp.reload(m) lines in windows", 80, &reloads, whole);
}
