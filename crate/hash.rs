//! A fast hash for the tables of short keys the checker looks up many times a file.
//!
//! No protection against keys chosen to collide (std's `RandomState` has it): the keys are
//! names, words and node ids of the files being checked, and a file crafted to collide only
//! slows its own check down.

/// A `HashMap` hashed with [`BuildWordHash`]: `HashMap::default()`, not `HashMap::new()`.
pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildWordHash>;

/// A `HashSet` hashed with [`BuildWordHash`]: `HashSet::default()`, not `HashSet::new()`.
pub type HashSet<K> = std::collections::HashSet<K, BuildWordHash>;

/// A multiply-rotate hash (FxHash's) that reads eight bytes at a time: fast for the short
/// words, names, node ids and pairs of them that the prefilter, the semantic model and the
/// project index look up (std's SipHash took about 60 instructions a short key). Only lookups
/// depend on it: no output follows the order of a table hashed with it.
#[derive(Clone, Copy)]
pub struct WordHash(u64);

impl WordHash {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for WordHash {
    fn finish(&self) -> u64 {
        // The product's high bits are its best mixed: bring them to the low bits, which pick
        // the table's bucket.
        self.0.rotate_left(26)
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(short_word(rest));
        }
    }
    fn write_u8(&mut self, value: u8) {
        self.add(u64::from(value));
    }
    fn write_u32(&mut self, value: u32) {
        self.add(u64::from(value));
    }
    fn write_u64(&mut self, value: u64) {
        self.add(value);
    }
    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }
}

/// The bytes of `rest` (1 to 7 of them) in one number, read without a copy: two overlapping
/// 4-byte reads, or the first, middle and last bytes of a shorter run. Every byte is read, so
/// runs of the same length that differ give different numbers.
pub fn short_word(rest: &[u8]) -> u64 {
    let length = rest.len();
    if length >= 4 {
        let first = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let last =
            u32::from_le_bytes([rest[length - 4], rest[length - 3], rest[length - 2], rest[length - 1]]);
        u64::from(first) | u64::from(last) << 32
    } else {
        u64::from(rest[0]) | u64::from(rest[length / 2]) << 8 | u64::from(rest[length - 1]) << 16
    }
}

/// Builds [`WordHash`]es, all with the same seed: tables hashed with it are laid out the same
/// way in every run.
#[derive(Clone, Copy, Default)]
pub struct BuildWordHash;

impl std::hash::BuildHasher for BuildWordHash {
    type Hasher = WordHash;
    fn build_hasher(&self) -> WordHash {
        WordHash(0xcbf2_9ce4_8422_2325)
    }
}
