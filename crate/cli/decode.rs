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
    use crate::inputs::decode::{whatwg_encoding, whatwg_label_count};

    #[test]
    fn the_core_knows_every_whatwg_label_encoding_rs_knows() {
        // encoding_rs 0.8's labels (LABELS_SORTED), as written in the Encoding Standard.
        let labels: Vec<&str> = [
            "866 ansi_x3.4-1968 arabic ascii asmo-708 big5 big5-hkscs chinese cn-big5 cp1250 cp1251 cp1252 cp1253",
            "cp1254 cp1255 cp1256 cp1257 cp1258 cp819 cp866 csbig5 cseuckr cseucpkdfmtjapanese csgb2312 csibm866",
            "csiso2022jp csiso2022kr csiso58gb231280 csiso88596e csiso88596i csiso88598e csiso88598i csisolatin1",
            "csisolatin2 csisolatin3 csisolatin4 csisolatin5 csisolatin6 csisolatin9 csisolatinarabic",
            "csisolatincyrillic csisolatingreek csisolatinhebrew cskoi8r csksc56011987 csmacintosh csshiftjis",
            "csunicode cyrillic dos-874 ecma-114 ecma-118 elot_928 euc-jp euc-kr gb18030 gb2312 gb_2312",
            "gb_2312-80 gbk greek greek8 hebrew hz-gb-2312 ibm819 ibm866 iso-10646-ucs-2 iso-2022-cn",
            "iso-2022-cn-ext iso-2022-jp iso-2022-kr iso-8859-1 iso-8859-10 iso-8859-11 iso-8859-13 iso-8859-14",
            "iso-8859-15 iso-8859-16 iso-8859-2 iso-8859-3 iso-8859-4 iso-8859-5 iso-8859-6 iso-8859-6-e",
            "iso-8859-6-i iso-8859-7 iso-8859-8 iso-8859-8-e iso-8859-8-i iso-8859-9 iso-ir-100 iso-ir-101",
            "iso-ir-109 iso-ir-110 iso-ir-126 iso-ir-127 iso-ir-138 iso-ir-144 iso-ir-148 iso-ir-149 iso-ir-157",
            "iso-ir-58 iso8859-1 iso8859-10 iso8859-11 iso8859-13 iso8859-14 iso8859-15 iso8859-2 iso8859-3",
            "iso8859-4 iso8859-5 iso8859-6 iso8859-7 iso8859-8 iso8859-9 iso88591 iso885910 iso885911 iso885913",
            "iso885914 iso885915 iso88592 iso88593 iso88594 iso88595 iso88596 iso88597 iso88598 iso88599",
            "iso_8859-1 iso_8859-15 iso_8859-1:1987 iso_8859-2 iso_8859-2:1987 iso_8859-3 iso_8859-3:1988",
            "iso_8859-4 iso_8859-4:1988 iso_8859-5 iso_8859-5:1988 iso_8859-6 iso_8859-6:1987 iso_8859-7",
            "iso_8859-7:1987 iso_8859-8 iso_8859-8:1988 iso_8859-9 iso_8859-9:1989 koi koi8 koi8-r koi8-ru koi8-u",
            "koi8_r korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 l1 l2 l3 l4 l5 l6 l9 latin1 latin2",
            "latin3 latin4 latin5 latin6 logical mac macintosh ms932 ms_kanji replacement shift-jis shift_jis",
            "sjis sun_eu_greek tis-620 ucs-2 unicode unicode-1-1-utf-8 unicode11utf8 unicode20utf8 unicodefeff",
            "unicodefffe us-ascii utf-16 utf-16be utf-16le utf-8 utf8 visual windows-1250 windows-1251",
            "windows-1252 windows-1253 windows-1254 windows-1255 windows-1256 windows-1257 windows-1258",
            "windows-31j windows-874 windows-949 x-cp1250 x-cp1251 x-cp1252 x-cp1253 x-cp1254 x-cp1255 x-cp1256",
            "x-cp1257 x-cp1258 x-euc-jp x-gbk x-mac-cyrillic x-mac-roman x-mac-ukrainian x-sjis x-unicode20utf8",
            "x-user-defined x-x-big5",
        ]
        .join(" ")
        .leak()
        .split(' ')
        .collect();
        let mut normalised: Vec<String> = labels.iter().map(|label| label.replace('_', "-")).collect();
        for label in &labels {
            let expected = encoding_rs::Encoding::for_label(label.as_bytes()).map(|found| found.name());
            assert_eq!(whatwg_encoding(&label.replace('_', "-")), expected, "{label}");
        }
        normalised.sort();
        normalised.dedup();
        assert_eq!(whatwg_label_count(), normalised.len(), "the core's table has labels encoding_rs lacks");
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

    #[test]
    fn the_core_decodes_windows_1252_as_encoding_rs_does() {
        let bytes: Vec<u8> = (0x20..=0xFF).filter(|&b| b != b'\n').collect();
        let mut file = b"# coding: cp1252\n".to_vec();
        file.extend(&bytes);
        let (text, problem) = decode(&file);
        assert_eq!(problem, None);
        let (expected, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&file);
        assert_eq!(text.as_deref(), Some(expected.as_ref()));
        assert_eq!(encode_like(&file, &expected, &expected).as_deref(), Some(file.as_slice()));
    }
}
