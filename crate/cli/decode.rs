//! The native host's half of decoding: the rules are the core's ([`crate::inputs::decode`]);
//! `encoding_rs` converts the bytes of the WHATWG encodings the core does not decode itself.

use crate::inputs::decode::{self, Transcoder};
use std::borrow::Cow;

pub use crate::inputs::decode::DecodeProblem;

/// `encoding_rs`, the WHATWG Encoding Standard in Rust.
pub struct EncodingRs;

impl Transcoder for EncodingRs {
    fn decode(&self, encoding: &'static str, bytes: &[u8]) -> Result<(String, bool), String> {
        let found = encoding_rs::Encoding::for_label(encoding.as_bytes())
            .ok_or_else(|| format!("encoding_rs does not know {encoding}"))?;
        let (text, had_errors) = found.decode_without_bom_handling(bytes);
        Ok((text.into_owned(), had_errors))
    }

    fn encode(&self, encoding: &'static str, text: &str) -> Option<Vec<u8>> {
        let (bytes, _, had_errors) = encoding_rs::Encoding::for_label(encoding.as_bytes())?.encode(text);
        (!had_errors).then(|| bytes.into_owned())
    }
}

/// The text of a file, or why it has none. A `Repaired` problem comes with text.
pub fn decode(bytes: &[u8]) -> (Option<Cow<'_, str>>, Option<DecodeProblem>) {
    decode::decode(bytes, &EncodingRs)
}

/// The bytes of `text` in the encoding `original` was read in: see [`decode::encode_like`].
pub fn encode_like(original: &[u8], original_text: &str, text: &str) -> Option<Vec<u8>> {
    decode::encode_like(original, original_text, text, &EncodingRs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::decode::whatwg_encodings;

    #[test]
    fn encoding_rs_decodes_every_whatwg_encoding_a_cookie_names() {
        let mut count = 0;
        for name in whatwg_encodings() {
            let found = encoding_rs::Encoding::for_label(name.as_bytes()).map(|found| found.name());
            assert_eq!(found, Some(name), "{name}: not encoding_rs's name of an encoding");
            assert!(EncodingRs.decode(name, b"x = 1\n").is_ok(), "{name}");
            count += 1;
        }
        assert!(count >= 5, "{count}");
    }

    /// What encoding_rs reads from every two-byte sequence of EUC-KR and Big5, for
    /// `scripts/cpython-codecs.py`: `target/encoding_rs-pairs.json`.
    #[test]
    #[ignore = "writes the input of scripts/cpython-codecs.py"]
    fn dump_encoding_rs_pairs() {
        let mut all = serde_json::Map::new();
        for name in ["EUC-KR", "Big5"] {
            let encoding = encoding_rs::Encoding::for_label(name.as_bytes()).unwrap();
            let mut table = serde_json::Map::new();
            for key in 0x8001_u16..=0xFFFF {
                let bytes = key.to_be_bytes();
                let (text, had_errors) = encoding.decode_without_bom_handling(&bytes);
                if !had_errors && key & 0xFF != 0 {
                    let codes: Vec<u32> = text.chars().map(u32::from).collect();
                    table.insert(format!("{key:x}"), codes.into());
                }
            }
            all.insert(name.into(), table.into());
        }
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/encoding_rs-pairs.json");
        std::fs::write(path, serde_json::Value::from(all).to_string()).unwrap();
    }
}
