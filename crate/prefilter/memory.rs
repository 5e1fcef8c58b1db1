//! The most memory a scan may take, counted before it starts.

use super::blocks::Block;

/// The most memory the scan of `text` takes for its top-level statements: a record for each
/// definition (or decorator) and each run of module-level code between them, in a list that
/// grows by doubling (with the old list while it moves): checked before the scan starts. A
/// definition starts a line with `def`, `class`, `async` or `@`; a run of code follows each
/// (and one may come first, and a byte order mark may hide the first line's start). Native
/// builds only ([`crate::syntax::reserve_memory`] probes nothing in wasm). With them, the two
/// bits a byte that say where statements of module-level code start and which are marked.
#[cfg(not(target_arch = "wasm32"))]
pub fn scan_memory(text: &str) -> usize {
    let bytes = text.as_bytes();
    let first = bytes.first().is_some_and(|&byte| starts_definition(byte) != 0);
    let definitions = usize::from(first) + definition_lines(bytes);
    let bits = 2 * (bytes.len() / 64 + 1) * std::mem::size_of::<u64>();
    definitions
        .saturating_mul(2)
        .saturating_add(2)
        .saturating_mul(std::mem::size_of::<Block>())
        .saturating_mul(3)
        .saturating_add(bits)
}

/// `1` when `byte` may start a definition's line (`def`, `class`, `async`, `@`), else `0`:
/// bitwise, so that [`definition_lines`] compares many bytes at once.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn starts_definition(byte: u8) -> u8 {
    u8::from(byte == b'd') | u8::from(byte == b'c') | u8::from(byte == b'a') | u8::from(byte == b'@')
}

/// How many line breaks of `bytes` a byte that may start a definition follows
/// ([`starts_definition`]). Counted 64 pairs of bytes at a time with no branch, which the
/// compiler turns into vector instructions: a search for each line break cost about 100
/// instructions a line (0.1 G on CPython's Lib), this about one a byte.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn definition_lines(bytes: &[u8]) -> usize {
    const CHUNK: usize = 64;
    let ends = bytes.get(..bytes.len().saturating_sub(1)).unwrap_or_default();
    let heads = bytes.get(1..).unwrap_or_default();
    let count = |ends: &[u8], heads: &[u8]| -> u8 {
        ends.iter().zip(heads).map(|(&end, &head)| u8::from(end == b'\n') & starts_definition(head)).sum()
    };
    let mut total = 0;
    for (ends, heads) in ends.chunks_exact(CHUNK).zip(heads.chunks_exact(CHUNK)) {
        total += usize::from(count(ends, heads));
    }
    let done = ends.len() - ends.len() % CHUNK;
    total + usize::from(count(&ends[done..], &heads[done..]))
}
