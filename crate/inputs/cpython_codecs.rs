//! CPython's Korean and Big5 codecs (`euc_kr`, `cp949`, `big5`, `cp950`, `big5hkscs`), decoded
//! by the core so that every host reads the same characters from the same bytes, and refuses
//! the same bytes, as CPython does.
//!
//! The WHATWG decoders the hosts have depart from CPython here: the standard's EUC-KR is
//! windows-949 (UHC, which CPython's `euc_kr` refuses), its Big5 holds Hong Kong's extensions
//! (which CPython's `big5` and `cp950` refuse) and reads 260 sequences as other characters than
//! CPython; ICU's EUC-KR (Node's `TextDecoder`) lacks UHC, its Big5 lacks Hong Kong's
//! extensions. So the core walks the bytes itself: which two-byte sequences CPython reads is
//! its table ([`cpython_codecs_data`], written by `scripts/cpython-codecs.py` from CPython's
//! codecs), the characters where a host's decoder differs are the core's, UHC's 8,822 Hangul
//! syllables are computed, and only the rest (the characters every host reads as CPython does)
//! are asked of the host, each distinct sequence once. Bytes CPython refuses become one U+FFFD
//! each, as CPython's `errors="replace"` has them.
//!
//! Ex) `b"\x81\x41"` is `갂` with a `cp949` cookie, and not valid with an `euc-kr` one.

use super::cpython_codecs_data as data;
use super::decode::{DecodeProblem, Transcoder};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One of CPython's codecs the core decodes itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// `euc_kr`: KS X 1001 only (with its make-up sequences of jamo).
    EucKr,
    /// `cp949`: KS X 1001 and UHC's 8,822 other Hangul syllables.
    Cp949,
    /// `big5`.
    Big5,
    /// `cp950`: Microsoft's Big5 (the euro sign, box drawing).
    Cp950,
    /// `big5hkscs`: Big5 with the Hong Kong Supplementary Character Set.
    Big5Hkscs,
}

/// What CPython reads for one codec, as tables.
struct Table {
    /// CPython's name of the codec.
    name: &'static str,
    /// The WHATWG encoding whose host decoder reads the characters not in `fixed`.
    host: &'static str,
    /// The two-byte sequences CPython reads, as inclusive ranges of `lead << 8 | trail`.
    valid: &'static [(u16, u16)],
    /// Sequences whose characters the core gives itself (`fixed_text`, one character each), as
    /// inclusive ranges of `lead << 8 | trail`.
    fixed: &'static [(u16, u16)],
    /// The characters of `fixed` (`None`: not in this build, see [`Codec::Big5Hkscs`]).
    fixed_text: Option<&'static str>,
    /// Sequences CPython reads as two characters.
    pairs: &'static [(u16, &'static str)],
    /// Of the sequences read as the same character, the one CPython writes.
    written: &'static [u16],
}

impl Codec {
    /// CPython's name of the codec (`euc_kr`, `cp949`, ...).
    pub fn name(self) -> &'static str {
        self.table().name
    }

    /// The WHATWG encoding the host decodes the codec's common characters with.
    pub fn host_encoding(self) -> &'static str {
        self.table().host
    }

    fn table(self) -> Table {
        match self {
            Codec::EucKr => Table {
                name: "euc_kr",
                host: "EUC-KR",
                valid: data::EUC_KR_VALID,
                fixed: data::EUC_KR_FIXED,
                fixed_text: Some(data::EUC_KR_FIXED_TEXT),
                pairs: data::EUC_KR_PAIRS,
                written: data::EUC_KR_WRITTEN,
            },
            Codec::Cp949 => Table {
                name: "cp949",
                host: "EUC-KR",
                valid: data::CP949_VALID,
                fixed: data::CP949_FIXED,
                fixed_text: Some(data::CP949_FIXED_TEXT),
                pairs: data::CP949_PAIRS,
                written: data::CP949_WRITTEN,
            },
            Codec::Big5 => Table {
                name: "big5",
                host: "Big5",
                valid: data::BIG5_VALID,
                fixed: data::BIG5_FIXED,
                fixed_text: Some(data::BIG5_FIXED_TEXT),
                pairs: data::BIG5_PAIRS,
                written: data::BIG5_WRITTEN,
            },
            Codec::Cp950 => Table {
                name: "cp950",
                host: "Big5",
                valid: data::CP950_VALID,
                fixed: data::CP950_FIXED,
                fixed_text: Some(data::CP950_FIXED_TEXT),
                pairs: data::CP950_PAIRS,
                written: data::CP950_WRITTEN,
            },
            Codec::Big5Hkscs => Table {
                name: "big5hkscs",
                host: "Big5",
                valid: data::BIG5HKSCS_VALID,
                fixed: data::BIG5HKSCS_FIXED,
                // Hong Kong's characters (4,900 of them) are in the command lines' builds only:
                // the playground's engine goes without the table and says so.
                #[cfg(feature = "cli")]
                fixed_text: Some(data::BIG5HKSCS_FIXED_TEXT),
                #[cfg(not(feature = "cli"))]
                fixed_text: None,
                pairs: data::BIG5HKSCS_PAIRS,
                written: data::BIG5HKSCS_WRITTEN,
            },
        }
    }

    /// The characters of the `fixed` sequences, by sequence.
    fn fixed(self) -> Option<&'static HashMap<u16, char>> {
        static TABLES: [OnceLock<Option<HashMap<u16, char>>>; 5] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
        TABLES[self as usize]
            .get_or_init(|| {
                let table = self.table();
                let text = table.fixed_text?;
                let keys = table.fixed.iter().flat_map(|&(start, end)| start..=end);
                Some(keys.zip(text.chars()).collect())
            })
            .as_ref()
    }
}

/// Whether `key` (`lead << 8 | trail`) is in one of the sorted inclusive `ranges`: whether
/// CPython reads the two bytes, given the codec's `valid` ranges.
fn is_valid(ranges: &[(u16, u16)], key: u16) -> bool {
    let at = ranges.partition_point(|&(_, end)| end < key);
    ranges.get(at).is_some_and(|&(start, _)| start <= key)
}

/// What the core answers for a sequence without the host.
enum Known {
    /// One character.
    Char(char),
    /// Two characters (Big5-HKSCS's four).
    Text(&'static str),
    /// The host's decoder reads it as CPython does.
    Host,
    /// CPython reads it, but this build has no table for it (the playground's Big5-HKSCS).
    Missing,
}

fn known(codec: Codec, table: &Table, key: u16) -> Known {
    if let Some(&(_, text)) = table.pairs.iter().find(|&&(at, _)| at == key) {
        return Known::Text(text);
    }
    if is_valid(table.fixed, key) {
        return match codec.fixed().and_then(|fixed| fixed.get(&key)) {
            Some(&c) => Known::Char(c),
            None => Known::Missing,
        };
    }
    if codec == Codec::Cp949 {
        if let Some(c) = uhc_syllable(key) {
            return Known::Char(c);
        }
    }
    Known::Host
}

/// The Hangul syllables of U+AC00-U+D7A3 that KS X 1001 lacks, in order: UHC's extension.
fn uhc_syllables() -> &'static [char] {
    static SYLLABLES: OnceLock<Vec<char>> = OnceLock::new();
    SYLLABLES.get_or_init(|| {
        (0..11172_u32)
            .filter(|&n| data::KSX1001_HANGUL[(n / 8) as usize] & (1 << (n % 8)) == 0)
            .filter_map(|n| char::from_u32(0xAC00 + n))
            .collect()
    })
}

/// The syllable of a UHC sequence outside KS X 1001: leads 0x81-0xA0 with 178 trails each
/// (0x41-0x5A, 0x61-0x7A, 0x81-0xFE), then leads 0xA1-0xC6 with the 84 below 0xA1.
fn uhc_syllable(key: u16) -> Option<char> {
    let [lead, trail] = key.to_be_bytes();
    let column = match trail {
        0x41..=0x5A => trail - 0x41,
        0x61..=0x7A => trail - 0x61 + 26,
        0x81..=0xFE => trail - 0x81 + 52,
        _ => return None,
    };
    let index = match lead {
        0x81..=0xA0 => usize::from(lead - 0x81) * 178 + usize::from(column),
        0xA1..=0xC6 if column < 84 => 32 * 178 + usize::from(lead - 0xA1) * 84 + usize::from(column),
        _ => return None,
    };
    uhc_syllables().get(index).copied()
}

/// EUC-KR's make-up sequence at the start of `bytes` (KS X 1001 Annex 3: A4 D4, then A4 and an
/// initial, A4 and a medial, A4 and a final or the filler): the syllable, as CPython reads it.
fn makeup(bytes: &[u8]) -> Option<char> {
    let &[0xA4, 0xD4, 0xA4, initial, 0xA4, medial, 0xA4, last, ..] = bytes else {
        return None;
    };
    let jamo = |table: &[u8; 30], byte: u8| match byte {
        0xA1..=0xBE => Some(table[usize::from(byte - 0xA1)]).filter(|&n| n != 0xFF),
        _ => None,
    };
    let initial = u32::from(jamo(&data::MAKEUP_INITIAL, initial)?);
    let medial = match medial {
        0xBF..=0xD3 => u32::from(medial - 0xBF),
        _ => return None,
    };
    let last = if last == 0xD4 { 0 } else { u32::from(jamo(&data::MAKEUP_FINAL, last)?) };
    char::from_u32(0xAC00 + initial * 588 + medial * 28 + last)
}

/// One step of the walk over a file's bytes.
enum Step {
    /// An ASCII byte.
    Ascii(u8),
    /// A two-byte sequence CPython reads.
    Pair(u16),
    /// An eight-byte make-up sequence, and its syllable.
    Makeup(char),
    /// A byte CPython refuses (one U+FFFD).
    Bad,
}

/// The steps of `bytes`, with the length of each.
fn steps<'a>(
    codec: Codec,
    valid: &'a [(u16, u16)],
    bytes: &'a [u8],
) -> impl Iterator<Item = (usize, Step)> + 'a {
    let mut at = 0;
    std::iter::from_fn(move || {
        let &byte = bytes.get(at)?;
        let start = at;
        let step = if byte < 0x80 {
            at += 1;
            Step::Ascii(byte)
        } else if let Some(syllable) = (codec == Codec::EucKr).then(|| makeup(&bytes[at..])).flatten() {
            at += 8;
            Step::Makeup(syllable)
        } else {
            match bytes.get(at + 1) {
                Some(&trail) if is_valid(valid, u16::from_be_bytes([byte, trail])) => {
                    at += 2;
                    Step::Pair(u16::from_be_bytes([byte, trail]))
                }
                _ => {
                    at += 1;
                    Step::Bad
                }
            }
        };
        Some((start, step))
    })
}

/// The host's characters for `keys`, each a sequence its decoder reads as CPython does: one
/// call, the sequences separated by line ends.
fn ask_host(
    codec: Codec,
    keys: impl Iterator<Item = u16>,
    host: &dyn Transcoder,
) -> Result<HashMap<u16, char>, DecodeProblem> {
    let keys: Vec<u16> = keys.collect();
    if keys.is_empty() {
        return Ok(HashMap::new());
    }
    let mut bytes = Vec::with_capacity(keys.len() * 3);
    for key in &keys {
        bytes.extend(key.to_be_bytes());
        bytes.push(b'\n');
    }
    let (text, _) = host.decode(codec.host_encoding(), &bytes).map_err(DecodeProblem::DecoderFailed)?;
    let answers: Vec<&str> = text.split('\n').collect();
    let mut found = HashMap::with_capacity(keys.len());
    for (index, &key) in keys.iter().enumerate() {
        let mut chars = answers.get(index).map_or("", |answer| *answer).chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c != '\u{FFFD}' => {
                found.insert(key, c);
            }
            _ => {
                return Err(DecodeProblem::DecoderFailed(format!(
                    "the host's {} decoder does not read the bytes {key:04X} as Python's {} does",
                    codec.host_encoding(),
                    codec.name()
                )))
            }
        }
    }
    Ok(found)
}

/// `bytes` read as CPython's `codec` reads them (bytes it refuses replaced with U+FFFD, one
/// each), and the offset of the first such byte. `Err` when the host cannot read what CPython
/// reads, or this build lacks the characters (the playground's Big5-HKSCS).
pub fn decode(
    codec: Codec,
    bytes: &[u8],
    host: &dyn Transcoder,
) -> Result<(String, Option<usize>), DecodeProblem> {
    let table = codec.table();
    let mut wanted = std::collections::BTreeSet::new();
    for (start, step) in steps(codec, table.valid, bytes) {
        if let Step::Pair(key) = step {
            match known(codec, &table, key) {
                Known::Host => {
                    wanted.insert(key);
                }
                Known::Missing => {
                    return Err(DecodeProblem::NoTable { codec: table.name.to_string(), offset: start })
                }
                Known::Char(_) | Known::Text(_) => {}
            }
        }
    }
    let from_host = ask_host(codec, wanted.into_iter(), host)?;
    let mut text = String::with_capacity(bytes.len());
    let mut first_bad = None;
    for (start, step) in steps(codec, table.valid, bytes) {
        match step {
            Step::Ascii(byte) => text.push(char::from(byte)),
            Step::Makeup(syllable) => text.push(syllable),
            Step::Bad => {
                first_bad.get_or_insert(start);
                text.push('\u{FFFD}');
            }
            Step::Pair(key) => match known(codec, &table, key) {
                Known::Char(c) => text.push(c),
                Known::Text(pair) => text.push_str(pair),
                Known::Host | Known::Missing => text.push(from_host[&key]),
            },
        }
    }
    Ok((text, first_bad))
}

/// `text` in `codec`: each character as the sequence CPython's codec writes for it, or `None`
/// when there is none. The core's own inverse of [`decode`], so that
/// every host writes the same bytes.
pub fn encode(codec: Codec, text: &str, host: &dyn Transcoder) -> Option<Vec<u8>> {
    let table = codec.table();
    let mut bytes = Vec::with_capacity(text.len());
    if text.is_ascii() {
        return Some(text.as_bytes().to_vec());
    }
    // Every sequence CPython reads, decoded once: the inverse, first sequence kept.
    let all = table.valid.iter().flat_map(|&(start, end)| start..=end);
    let from_host =
        ask_host(codec, all.clone().filter(|&key| matches!(known(codec, &table, key), Known::Host)), host)
            .ok()?;
    let mut inverse: HashMap<char, u16> = HashMap::with_capacity(from_host.len() * 2);
    for key in all {
        let c = match known(codec, &table, key) {
            Known::Char(c) => c,
            Known::Host => from_host[&key],
            Known::Text(_) | Known::Missing => continue,
        };
        let written = table.written.binary_search(&key).is_ok();
        let entry = inverse.entry(c).or_insert(key);
        if written {
            *entry = key;
        }
    }
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(&(key, pair)) = table.pairs.iter().find(|(_, pair)| rest.starts_with(pair)) {
            bytes.extend(key.to_be_bytes());
            rest = &rest[pair.len()..];
            continue;
        }
        if c.is_ascii() {
            bytes.push(c as u8);
        } else {
            bytes.extend(inverse.get(&c)?.to_be_bytes());
        }
        rest = &rest[c.len_utf8()..];
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uhc_has_its_8822_syllables_in_order() {
        assert_eq!(uhc_syllables().len(), 8822);
        assert_eq!(uhc_syllable(0x8141), Some('갂'));
        assert_eq!(uhc_syllable(0xC652), Some('\u{D7A3}'));
        assert_eq!(uhc_syllable(0xC653), None);
        assert!(is_valid(data::CP949_VALID, 0x8141));
        assert!(!is_valid(data::EUC_KR_VALID, 0x8141));
    }

    #[test]
    fn makeup_sequences_read_as_cpython_does() {
        assert_eq!(makeup(b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4"), Some('가'));
        assert_eq!(makeup(b"\xa4\xd4\xa4\xa1\xa4\xd4\xa4\xd4"), None);
        assert_eq!(makeup(b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4"), None);
    }
}
