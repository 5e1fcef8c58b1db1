//! Bytes of a source file to text, the way Python reads them: a UTF-8 byte order mark, a PEP 263
//! coding cookie on the first or second line, UTF-8 otherwise; binary data refused. Every CLI and
//! the playground decide here; the byte-to-text conversion of the legacy encodings (Shift_JIS,
//! GBK, KOI8-R, ...) is done by the host with the same WHATWG Encoding Standard ([`Transcoder`]:
//! `encoding_rs` natively, `TextDecoder` in JavaScript), so the WebAssembly build carries no
//! encoding tables. UTF-8, ISO-8859-1 (Python's `latin-1`) and windows-1252 are decoded here.
//!
//! Ex) `# -*- coding: cp1252 -*-` on line 1 or 2 reads the file as windows-1252.

use super::cpython_codecs::{self, Codec};
use std::borrow::Cow;
use std::fmt;

/// How many leading bytes are searched for NUL to call a file binary.
pub const BINARY_SNIFF_BYTES: usize = 8192;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// An encoding a file is read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (no cookie, or a `utf-8` one).
    Utf8,
    /// ISO-8859-1: Python's `latin-1`, every byte the code point of the same number (WHATWG reads
    /// the label `latin1` as windows-1252, Python does not).
    Latin1,
    /// windows-1252 (`cp1252`), decoded here: Node 20's `TextDecoder` reads it as ISO-8859-1.
    Windows1252,
    /// Another encoding of the WHATWG Encoding Standard, by its WHATWG name: the host decodes it.
    Whatwg(&'static str),
    /// One of CPython's Korean and Big5 codecs, which the WHATWG decoders read otherwise: the
    /// core decodes it ([`cpython_codecs`]), asking the host for the characters they agree on.
    Python(Codec),
}

impl Encoding {
    /// The WHATWG name of the encoding (`UTF-8`, `windows-1252`, `Shift_JIS`, ...), except
    /// `ISO-8859-1` for Python's `latin-1` and CPython's name for its Korean and Big5 codecs
    /// (`euc_kr`, `cp949`, `big5`, `cp950`, `big5hkscs`).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Latin1 => "ISO-8859-1",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Whatwg(name) => name,
            Encoding::Python(codec) => codec.name(),
        }
    }
}

/// The host's byte-to-text conversion of the WHATWG encodings the core does not decode itself.
pub trait Transcoder {
    /// `bytes` (without a byte order mark) decoded as the WHATWG encoding `encoding`, invalid
    /// sequences replaced with U+FFFD, and whether there were any. `Err` says why the host could
    /// not decode at all.
    fn decode(&self, encoding: &'static str, bytes: &[u8]) -> Result<(String, bool), String>;
    /// `text` encoded as `encoding`, or `None` when a character has no byte sequence there (or
    /// the host cannot encode it).
    fn encode(&self, encoding: &'static str, text: &str) -> Option<Vec<u8>>;
}

/// Why a file's bytes are not (or not exactly) text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeProblem {
    /// The file holds NUL bytes: it is binary, not Python source. It is skipped.
    Binary,
    /// The coding cookie names an encoding that is not known. The file is skipped.
    UnknownEncoding(String),
    /// The coding cookie names UTF-16 or UTF-32, which Python refuses for source code
    /// ("encoding problem"): a cookie must be ASCII-compatible. The file is skipped.
    NotAsciiCompatible(String),
    /// The coding cookie names an encoding Python reads but pysunset cannot (ISO-2022-KR, HZ,
    /// UTF-7: the WHATWG Encoding Standard has no decoder for them). The file is skipped.
    Unsupported(String),
    /// The host's decoder failed (a message from it). The file is skipped.
    DecoderFailed(String),
    /// The file holds a character of Big5-HKSCS's Hong Kong extension, whose table the
    /// playground's engine goes without (the command lines have it). The file is skipped.
    NoTable {
        /// CPython's name of the codec.
        codec: String,
        /// The offset of the sequence.
        offset: usize,
    },
    /// Bytes that are invalid in the file's encoding were replaced with U+FFFD, and the file
    /// was checked all the same (offsets then refer to the repaired text).
    Repaired {
        /// The encoding the bytes were read as.
        encoding: String,
        /// The offset of the first invalid byte.
        first_invalid: usize,
    },
}

impl DecodeProblem {
    /// Whether the file has text despite the problem (it is only [`DecodeProblem::Repaired`]).
    pub fn has_text(&self) -> bool {
        matches!(self, DecodeProblem::Repaired { .. })
    }
}

impl fmt::Display for DecodeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeProblem::Binary => write!(f, "skipped: binary file (contains NUL bytes)"),
            DecodeProblem::UnknownEncoding(name) => {
                write!(f, "skipped: unknown encoding `{name}` in the coding cookie (PEP 263)")
            }
            DecodeProblem::NotAsciiCompatible(name) => write!(
                f,
                "skipped: the coding cookie names `{name}`, which Python refuses for source code (PEP 263 needs an ASCII-compatible encoding)"
            ),
            DecodeProblem::Unsupported(name) => write!(
                f,
                "skipped: the coding cookie names `{name}`, which pysunset cannot decode (save the file as UTF-8 to check it)"
            ),
            DecodeProblem::DecoderFailed(message) => write!(f, "skipped: cannot decode: {message}"),
            DecodeProblem::NoTable { codec, offset } => write!(
                f,
                "skipped: the {codec} sequence at offset {offset} is a Hong Kong character, which this build cannot read (the command lines can; or save the file as UTF-8)"
            ),
            DecodeProblem::Repaired { encoding, first_invalid } => write!(
                f,
                "not valid {encoding} (first bad byte at offset {first_invalid}; declare the encoding with a PEP 263 coding cookie): checked with the bad bytes replaced"
            ),
        }
    }
}

/// How a file is to be read: with or without a UTF-8 byte order mark, and in which encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Whether the file starts with a UTF-8 byte order mark (left out of the text).
    pub bom: bool,
    /// The encoding of the rest.
    pub encoding: Encoding,
}

impl Plan {
    /// The bytes the encoding applies to: `bytes` without the byte order mark.
    pub fn body<'a>(&self, bytes: &'a [u8]) -> &'a [u8] {
        if self.bom {
            &bytes[BOM.len()..]
        } else {
            bytes
        }
    }
}

/// Decides how to read `bytes`: binary data and cookies naming encodings that cannot be read are
/// refused; otherwise the byte order mark and the encoding.
pub fn plan(bytes: &[u8]) -> Result<Plan, DecodeProblem> {
    if bytes[..bytes.len().min(BINARY_SNIFF_BYTES)].contains(&0) {
        return Err(DecodeProblem::Binary);
    }
    let bom = bytes.starts_with(BOM);
    let body = if bom { &bytes[BOM.len()..] } else { bytes };
    let encoding = match coding_cookie(body) {
        None => Encoding::Utf8,
        Some(cookie) => encoding_for_cookie(&cookie)?,
    };
    Ok(Plan { bom, encoding })
}

/// The encoding a cookie's name stands for, with Python's spellings (`_` and `-` alike, any case).
pub fn encoding_for_cookie(cookie: &str) -> Result<Encoding, DecodeProblem> {
    let name = cookie.to_ascii_lowercase().replace('_', "-");
    // CPython's own normalisation (tokenizer.c, get_normal_name): `utf-8-*` and `latin-1-*` too.
    let stem = |prefix: &str| name == prefix || name.starts_with(&format!("{prefix}-"));
    if stem("utf-8") || name == "utf8" || name == "utf8-sig" {
        return Ok(Encoding::Utf8);
    }
    if stem("latin-1")
        || stem("iso-8859-1")
        || stem("iso-latin-1")
        || matches!(name.as_str(), "latin1" | "iso8859-1" | "l1")
    {
        return Ok(Encoding::Latin1);
    }
    if PYTHON_ONLY.split(' ').any(|known| known == name) {
        return Err(DecodeProblem::Unsupported(cookie.to_string()));
    }
    if let Some(codec) = Codec::for_cookie(&name) {
        return Ok(Encoding::Python(codec));
    }
    let label = name.strip_prefix("x-").unwrap_or(&name);
    let found = whatwg_encoding(label).or_else(|| lookup(PYTHON_ALIASES, label));
    match found {
        // The WHATWG labels of EUC-KR and Big5 that CPython does not know (`windows-949`,
        // `cn-big5`, ...): CPython refuses the file, and so does pysunset.
        None | Some("EUC-KR" | "Big5") => Err(DecodeProblem::UnknownEncoding(cookie.to_string())),
        Some("UTF-8") => Ok(Encoding::Utf8),
        Some("windows-1252") => Ok(Encoding::Windows1252),
        Some("UTF-16LE" | "UTF-16BE") => Err(DecodeProblem::NotAsciiCompatible(cookie.to_string())),
        // WHATWG's "replacement" stands for encodings it refuses to decode (ISO-2022-KR, HZ, ...).
        Some("replacement") => Err(DecodeProblem::Unsupported(cookie.to_string())),
        Some(encoding) => Ok(Encoding::Whatwg(encoding)),
    }
}

/// The text of a file, or why it has none; a [`DecodeProblem::Repaired`] problem comes with text.
pub fn decode<'a>(bytes: &'a [u8], host: &dyn Transcoder) -> (Option<Cow<'a, str>>, Option<DecodeProblem>) {
    let plan = match plan(bytes) {
        Ok(plan) => plan,
        Err(problem) => return (None, Some(problem)),
    };
    let body = plan.body(bytes);
    match plan.encoding {
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(text) => (Some(Cow::Borrowed(text)), None),
            Err(error) => (
                Some(String::from_utf8_lossy(body)),
                Some(DecodeProblem::Repaired {
                    encoding: "UTF-8".into(),
                    first_invalid: error.valid_up_to(),
                }),
            ),
        },
        Encoding::Latin1 => (Some(Cow::Owned(body.iter().map(|&b| char::from(b)).collect())), None),
        Encoding::Windows1252 => (Some(Cow::Owned(body.iter().map(|&b| windows_1252(b)).collect())), None),
        Encoding::Whatwg(name) => match host.decode(name, body) {
            Ok((text, had_errors)) => {
                let problem = had_errors.then(|| DecodeProblem::Repaired {
                    encoding: name.to_string(),
                    first_invalid: text.find('\u{FFFD}').unwrap_or(0),
                });
                (Some(Cow::Owned(text)), problem)
            }
            Err(message) => (None, Some(DecodeProblem::DecoderFailed(message))),
        },
        Encoding::Python(codec) => match cpython_codecs::decode(codec, body, host) {
            Ok((text, first_bad)) => {
                let problem = first_bad.map(|first_invalid| DecodeProblem::Repaired {
                    encoding: codec.name().to_string(),
                    first_invalid,
                });
                (Some(Cow::Owned(text)), problem)
            }
            Err(problem) => (None, Some(problem)),
        },
    }
}

/// The WHATWG encoding a label names (lowercase, `-` for `_`), as the Encoding Standard has it.
pub fn whatwg_encoding(label: &str) -> Option<&'static str> {
    lookup(WHATWG_LABELS, label)
}

/// How many labels the core's copy of the Encoding Standard's table holds.
pub fn whatwg_label_count() -> usize {
    WHATWG_LABELS.iter().map(|(_, labels)| labels.split(' ').count()).sum()
}

fn lookup(table: &[(&'static str, &str)], label: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|(_, labels)| labels.split(' ').any(|known| known == label))
        .map(|&(encoding, _)| encoding)
}

/// The bytes of `text` in the encoding `original` was read in (its byte order mark kept), for
/// writing fixed source back: `None` when that would not give back `original` byte for byte
/// from `original_text` (bytes repaired on reading, or an encoding the host cannot write).
pub fn encode_like(
    original: &[u8],
    original_text: &str,
    text: &str,
    host: &dyn Transcoder,
) -> Option<Vec<u8>> {
    let plan = plan(original).ok()?;
    let body = plan.body(original);
    let encode = |text: &str| -> Option<Vec<u8>> {
        match plan.encoding {
            Encoding::Utf8 => Some(text.as_bytes().to_vec()),
            Encoding::Latin1 => text.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect(),
            Encoding::Windows1252 => text.chars().map(windows_1252_byte).collect(),
            Encoding::Whatwg(name) => host.encode(name, text),
            Encoding::Python(codec) => cpython_codecs::encode(codec, text, host),
        }
    };
    // The original must come back byte for byte, or the file is not written.
    if encode(original_text)? != body {
        return None;
    }
    let mut bytes = if plan.bom { BOM.to_vec() } else { Vec::new() };
    bytes.extend(encode(text)?);
    Some(bytes)
}

/// The code points of windows-1252's bytes 0x80-0x9F (the WHATWG index; the rest are ISO-8859-1).
const WINDOWS_1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{2C6}',
    '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}', '\u{90}', '\u{2018}',
    '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}',
    '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

fn windows_1252(byte: u8) -> char {
    match byte {
        0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

fn windows_1252_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        code @ (0..=0x7F | 0xA0..=0xFF) => u8::try_from(code).ok(),
        _ => WINDOWS_1252_HIGH.iter().position(|&high| high == c).and_then(|at| u8::try_from(0x80 + at).ok()),
    }
}

/// The encoding named by a PEP 263 cookie on the first or second line (the second only when
/// the first is blank or a comment), found as CPython's tokenizer finds it: a comment line
/// holding `coding`, then `:` or `=`, blanks, and a name of letters, digits, `-`, `_` and `.`.
pub fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.splitn(3, |&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_in_line(first) {
        return Some(name);
    }
    let code = first.iter().find(|b| !b" \t\x0c\r".contains(b));
    if code.is_some_and(|&b| b != b'#') {
        return None;
    }
    cookie_in_line(lines.next()?)
}

fn cookie_in_line(line: &[u8]) -> Option<String> {
    let start = line.iter().position(|b| !b" \t\x0c".contains(b))?;
    let comment = line[start..].strip_prefix(b"#")?;
    let mut at = 0;
    while let Some(found) = find(&comment[at..], b"coding") {
        at += found + b"coding".len();
        let Some(rest) = comment[at..].strip_prefix(b":").or_else(|| comment[at..].strip_prefix(b"=")) else {
            continue;
        };
        let rest = &rest[rest.iter().position(|b| !b" \t".contains(b)).unwrap_or(rest.len())..];
        let end = rest
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b"-_.".contains(&b)))
            .unwrap_or(rest.len());
        if end > 0 {
            return Some(String::from_utf8_lossy(&rest[..end]).into_owned());
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// Cookie names of codecs Python reads that no WHATWG decoder reads (lowercase, `-` for `_`).
const PYTHON_ONLY: &str =
    "hz hzgb hz-gb hz-gb-2312 iso2022-kr iso-2022-kr csiso2022kr utf-7 utf7 u7 unicode-1-1-utf-7";

/// The labels of the WHATWG Encoding Standard (as `encoding_rs` 0.8 has them, `_` written `-`),
/// by encoding name. A test checks them against `encoding_rs`.
const WHATWG_LABELS: &[(&str, &str)] = &[
    ("Big5", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    ("EUC-JP", "cseucpkdfmtjapanese euc-jp x-euc-jp"),
    ("EUC-KR", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks-c-5601-1987 ks-c-5601-1989 ksc-5601 ksc5601 windows-949"),
    ("gb18030", "gb18030"),
    ("GBK", "chinese csgb2312 csiso58gb231280 gb-2312 gb-2312-80 gb2312 gbk iso-ir-58 x-gbk"),
    ("IBM866", "866 cp866 csibm866 ibm866"),
    ("ISO-2022-JP", "csiso2022jp iso-2022-jp"),
    ("ISO-8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"),
    ("ISO-8859-13", "iso-8859-13 iso8859-13 iso885913"),
    ("ISO-8859-14", "iso-8859-14 iso8859-14 iso885914"),
    ("ISO-8859-15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 l9"),
    ("ISO-8859-16", "iso-8859-16"),
    ("ISO-8859-2", "csisolatin2 iso-8859-2 iso-8859-2:1987 iso-ir-101 iso8859-2 iso88592 l2 latin2"),
    ("ISO-8859-3", "csisolatin3 iso-8859-3 iso-8859-3:1988 iso-ir-109 iso8859-3 iso88593 l3 latin3"),
    ("ISO-8859-4", "csisolatin4 iso-8859-4 iso-8859-4:1988 iso-ir-110 iso8859-4 iso88594 l4 latin4"),
    ("ISO-8859-5", "csisolatincyrillic cyrillic iso-8859-5 iso-8859-5:1988 iso-ir-144 iso8859-5 iso88595"),
    ("ISO-8859-6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-8859-6:1987 iso-ir-127 iso8859-6 iso88596"),
    ("ISO-8859-7", "csisolatingreek ecma-118 elot-928 greek greek8 iso-8859-7 iso-8859-7:1987 iso-ir-126 iso8859-7 iso88597 sun-eu-greek"),
    ("ISO-8859-8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-8859-8:1988 iso-ir-138 iso8859-8 iso88598 visual"),
    ("ISO-8859-8-I", "csiso88598i iso-8859-8-i logical"),
    ("KOI8-R", "cskoi8r koi koi8 koi8-r"),
    ("KOI8-U", "koi8-ru koi8-u"),
    ("macintosh", "csmacintosh mac macintosh x-mac-roman"),
    ("replacement", "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement"),
    ("Shift_JIS", "csshiftjis ms-kanji ms932 shift-jis sjis windows-31j x-sjis"),
    ("UTF-16BE", "unicodefffe utf-16be"),
    ("UTF-16LE", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"),
    ("UTF-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
    ("windows-1250", "cp1250 windows-1250 x-cp1250"),
    ("windows-1251", "cp1251 windows-1251 x-cp1251"),
    ("windows-1252", "ansi-x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-8859-1:1987 iso-ir-100 iso8859-1 iso88591 l1 latin1 us-ascii windows-1252 x-cp1252"),
    ("windows-1253", "cp1253 windows-1253 x-cp1253"),
    ("windows-1254", "cp1254 csisolatin5 iso-8859-9 iso-8859-9:1989 iso-ir-148 iso8859-9 iso88599 l5 latin5 windows-1254 x-cp1254"),
    ("windows-1255", "cp1255 windows-1255 x-cp1255"),
    ("windows-1256", "cp1256 windows-1256 x-cp1256"),
    ("windows-1257", "cp1257 windows-1257 x-cp1257"),
    ("windows-1258", "cp1258 windows-1258 x-cp1258"),
    ("windows-874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
    ("x-mac-cyrillic", "x-mac-cyrillic x-mac-ukrainian"),
    ("x-user-defined", "x-user-defined"),
];

/// Python's names of codecs that decode as a WHATWG encoding does, where WHATWG has no such label.
const PYTHON_ALIASES: &[(&str, &str)] = &[
    ("EUC-JP", "eucjp u-jis ujis"),
    ("GBK", "cp936 ms936"),
    ("macintosh", "mac-roman macroman"),
    ("Shift_JIS", "cp932 mskanji"),
    ("windows-874", "cp874"),
    ("x-mac-cyrillic", "mac-cyrillic maccyrillic"),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Only UTF-8, ISO-8859-1 and windows-1252: what the core decodes itself.
    struct NoHost;

    impl Transcoder for NoHost {
        fn decode(&self, encoding: &'static str, _: &[u8]) -> Result<(String, bool), String> {
            Err(format!("no decoder for {encoding}"))
        }
        fn encode(&self, _: &'static str, _: &str) -> Option<Vec<u8>> {
            None
        }
    }

    #[test]
    fn reads_utf8_and_strips_the_bom() {
        let (text, problem) = decode(b"\xEF\xBB\xBFimport imp\n", &NoHost);
        assert_eq!(text.as_deref(), Some("import imp\n"));
        assert_eq!(problem, None);
    }

    #[test]
    fn honours_coding_cookies() {
        let (text, problem) = decode(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", &NoHost);
        assert_eq!(text.as_deref(), Some("# -*- coding: latin-1 -*-\ns = '\u{e9}'\n"));
        assert_eq!(problem, None);
        let (text, _) = decode(b"#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\nx = '\x80'\n", &NoHost);
        assert!(text.unwrap().contains('\u{20ac}'));
        let (text, _) = decode(b"import os\n# coding: latin-1\nx = '\xe9'\n", &NoHost);
        assert!(text.unwrap().contains('\u{FFFD}'), "a cookie after a code line does not count");
        // As CPython's tokenizer: a `coding` without `:` or `=` is passed over, and the line
        // need not be UTF-8.
        assert_eq!(coding_cookie(b"# caf\xe9 encoding is coding=koi8-r\n").as_deref(), Some("koi8-r"));
        assert_eq!(plan(b"# coding: Shift_JIS\n").unwrap().encoding, Encoding::Whatwg("Shift_JIS"));
        assert_eq!(plan(b"# coding: cp932\n").unwrap().encoding, Encoding::Whatwg("Shift_JIS"));
        assert_eq!(plan(b"# coding: utf-8-unix\n").unwrap().encoding, Encoding::Utf8);
        assert_eq!(plan(b"# coding: iso-latin-1-unix\n").unwrap().encoding, Encoding::Latin1);
        assert_eq!(
            decode(b"# coding: euc-jp\n", &NoHost).1,
            Some(DecodeProblem::DecoderFailed("no decoder for EUC-JP".into()))
        );
    }

    #[test]
    fn refuses_what_python_refuses_or_pysunset_cannot_read() {
        assert_eq!(decode(b"\x7fELF\x00\x01", &NoHost).1, Some(DecodeProblem::Binary));
        assert_eq!(plan(b"# coding: klingon\n"), Err(DecodeProblem::UnknownEncoding("klingon".into())));
        assert_eq!(
            plan(b"# coding: x-user-defined\n"),
            Err(DecodeProblem::UnknownEncoding("x-user-defined".into()))
        );
        for cookie in ["utf-16", "UTF_16LE", "unicode", "ucs-2"] {
            let bytes = format!("# coding: {cookie}\n");
            assert_eq!(plan(bytes.as_bytes()), Err(DecodeProblem::NotAsciiCompatible(cookie.into())));
        }
        for cookie in ["iso-2022-kr", "hz", "HZ_GB_2312", "utf-7", "csiso2022kr"] {
            let bytes = format!("# coding: {cookie}\n");
            assert_eq!(plan(bytes.as_bytes()), Err(DecodeProblem::Unsupported(cookie.into())));
        }
        let (text, problem) = decode(b"import imp\nx = '\xff'\n", &NoHost);
        assert!(text.unwrap().starts_with("import imp"));
        assert!(matches!(problem, Some(DecodeProblem::Repaired { first_invalid: 16, .. })));
    }

    #[test]
    fn encodes_back_in_the_files_encoding() {
        let original = b"\xEF\xBB\xBFimport imp\r\n";
        assert_eq!(
            encode_like(original, "import imp\r\n", "import x\r\n", &NoHost).unwrap(),
            b"\xEF\xBB\xBFimport x\r\n"
        );
        let latin = b"# coding: latin-1\ns = '\xe9'\n";
        let text = "# coding: latin-1\ns = '\u{e9}'\n";
        let fixed = encode_like(latin, text, &text.replace("s =", "t ="), &NoHost).unwrap();
        assert_eq!(fixed, b"# coding: latin-1\nt = '\xe9'\n");
        let cp1252 = b"# coding: cp1252\ns = '\x80\x81'\n";
        let (text, _) = decode(cp1252, &NoHost);
        let text = text.unwrap();
        assert_eq!(encode_like(cp1252, &text, &text, &NoHost).unwrap(), cp1252);
        assert!(encode_like(b"x = '\xff'\n", "x = '\u{fffd}'\n", "y = '\u{fffd}'\n", &NoHost).is_none());
        assert!(encode_like(b"# coding: euc-jp\n", "# coding: euc-jp\n", "", &NoHost).is_none());
    }
}
