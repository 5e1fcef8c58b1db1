//! Bytes of a source file to text, the way Python reads them: a UTF-8 byte order mark, a PEP 263
//! coding cookie on the first or second line, UTF-8 otherwise; binary data refused. Every CLI and
//! the playground decide here; the byte-to-text conversion of the legacy encodings (Shift_JIS,
//! GBK, KOI8-R, ...) is done by the host with the same WHATWG Encoding Standard ([`Transcoder`]:
//! `encoding_rs` natively, `TextDecoder` in JavaScript), so the WebAssembly build carries no
//! encoding tables. UTF-8 and CPython's single-byte codecs (`latin-1`, `cp1252`, `ascii`, ...:
//! [`cpython_single_byte_data`], from CPython's tables) are decoded here.
//!
//! Ex) `# -*- coding: cp1252 -*-` on line 1 or 2 reads the file as windows-1252.

use super::cpython_codecs::{self, Codec};
use super::cpython_cookies_data as data;
use super::cpython_single_byte_data::SINGLE_BYTE;
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
    /// One of CPython's single-byte codecs, decoded here from CPython's table: the hosts'
    /// WHATWG decoders read some bytes otherwise (windows-1252's 0x81, which CPython refuses;
    /// the label `latin1` is windows-1252 there), and Node 20 has no ISO-8859-16.
    SingleByte(SingleByte),
    /// Another encoding of the WHATWG Encoding Standard, by its WHATWG name: the host decodes it.
    Whatwg(&'static str),
    /// One of CPython's Korean and Big5 codecs, which the WHATWG decoders read otherwise: the
    /// core decodes it ([`cpython_codecs`]), asking the host for the characters they agree on.
    Python(Codec),
}

impl Encoding {
    /// The WHATWG name of the encoding (`UTF-8`, `Shift_JIS`, ...), except CPython's name for
    /// the codecs the core decodes itself (`cp1252`, `latin_1`, `euc_kr`, `big5`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::SingleByte(codec) => codec.name,
            Encoding::Whatwg(name) => name,
            Encoding::Python(codec) => codec.name(),
        }
    }
}

/// One of CPython's single-byte codecs, as its table in [`cpython_single_byte_data`] has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SingleByte {
    /// The module of the codec in CPython's `encodings` package (`cp1252`, `latin_1`, ...).
    name: &'static str,
    /// The characters of the bytes 0x80-0xFF, U+FFFD for the bytes CPython refuses.
    high: &'static str,
}

impl SingleByte {
    /// The codec whose module is `name`, if the core reads it.
    fn named(name: &str) -> Option<SingleByte> {
        let at = SINGLE_BYTE.binary_search_by(|(codec, _)| (*codec).cmp(name)).ok()?;
        let (name, high) = SINGLE_BYTE[at];
        Some(SingleByte { name, high })
    }

    /// The characters of the bytes 0x80-0xFF.
    fn table(self) -> [char; 128] {
        let mut table = ['\u{FFFD}'; 128];
        for (slot, character) in table.iter_mut().zip(self.high.chars()) {
            *slot = character;
        }
        table
    }

    /// `bytes` read as CPython reads them (the bytes it refuses as U+FFFD), and the offset of
    /// the first byte it refuses.
    fn decode(self, bytes: &[u8]) -> (String, Option<usize>) {
        let table = self.table();
        let mut first_bad = None;
        let mut text = String::with_capacity(bytes.len());
        for (offset, &byte) in bytes.iter().enumerate() {
            if byte < 0x80 {
                text.push(char::from(byte));
                continue;
            }
            let character = table[usize::from(byte - 0x80)];
            if character == '\u{FFFD}' && first_bad.is_none() {
                first_bad = Some(offset);
            }
            text.push(character);
        }
        (text, first_bad)
    }

    /// `text` written in the codec, or `None` when a character has no byte there.
    fn encode(self, text: &str) -> Option<Vec<u8>> {
        let table = self.table();
        text.chars()
            .map(|character| match u8::try_from(u32::from(character)) {
                Ok(byte) if byte < 0x80 => Some(byte),
                _ if character == '\u{FFFD}' => None,
                _ => table
                    .iter()
                    .position(|&high| high == character)
                    .and_then(|at| u8::try_from(0x80 + at).ok()),
            })
            .collect()
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
    /// The coding cookie names a codec CPython refuses for source code ("encoding problem"):
    /// UTF-16 or UTF-32 (a cookie must be ASCII-compatible), or one that is not a text encoding
    /// (`rot13`, `base64`). The file is skipped.
    NotAsciiCompatible(String),
    /// The coding cookie names a codec CPython reads but pysunset cannot (ISO-2022-KR, HZ, UTF-7,
    /// EBCDIC's `cp037`, `mac_greek`, ...: no decoder here, nor in the WHATWG Encoding Standard
    /// the hosts have). The file is skipped.
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
                "skipped: the coding cookie names `{name}`, which Python refuses for source code (PEP 263 needs an ASCII-compatible text encoding)"
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
            DecodeProblem::Repaired { encoding, first_invalid } if encoding == "UTF-8" => write!(
                f,
                "not valid {encoding} (first bad byte at offset {first_invalid}; declare the encoding with a PEP 263 coding cookie): checked with the bad bytes replaced"
            ),
            DecodeProblem::Repaired { encoding, first_invalid } => write!(
                f,
                "not valid {encoding} (first bad byte at offset {first_invalid}; Python refuses the file as it is): checked with the bad bytes replaced"
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
    if memchr::memchr(0, &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)]).is_some() {
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

/// The encoding a cookie's name stands for, as CPython finds the codec of a name: the
/// tokenizer's own spellings of UTF-8 and Latin-1 (`utf-8-*`, `latin-1-*`), then the name
/// normalised (lowercase, a `_` for each run of `-` and `_`) looked up among the aliases and
/// modules of CPython's `encodings` package ([`cpython_cookies_data`]). A name CPython does not
/// know is an unknown encoding even where the WHATWG Encoding Standard knows it (`x-sjis`).
pub fn encoding_for_cookie(cookie: &str) -> Result<Encoding, DecodeProblem> {
    let Some(codec) = cpython_codec(cookie) else {
        return Err(DecodeProblem::UnknownEncoding(cookie.to_string()));
    };
    if data::REFUSED.binary_search(&codec).is_ok() {
        return Err(DecodeProblem::NotAsciiCompatible(cookie.to_string()));
    }
    if let Some(single_byte) = SingleByte::named(codec) {
        return Ok(Encoding::SingleByte(single_byte));
    }
    match DECODERS.iter().find(|(name, _)| *name == codec) {
        Some(&(_, encoding)) => Ok(encoding),
        None => Err(DecodeProblem::Unsupported(cookie.to_string())),
    }
}

/// The module of the CPython codec a cookie names (`utf_8`, `shift_jis`, ...), as CPython 3.11
/// finds it: `get_normal_name` in `tokenizer.c`, `_Py_normalize_encoding`, then the search
/// function of `encodings` (an alias, also with `.` read as `_`; else a module, never one whose
/// name holds a `.`).
fn cpython_codec(cookie: &str) -> Option<&'static str> {
    // The tokenizer looks at the first 12 characters, lowercase, `-` for `_`.
    let head: String =
        cookie.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    let spelled = |stem: &str| head == stem || head.starts_with(&format!("{stem}-"));
    let cookie = if spelled("utf-8") {
        "utf-8"
    } else if spelled("latin-1") || spelled("iso-8859-1") || spelled("iso-latin-1") {
        "iso-8859-1"
    } else {
        cookie
    };
    let mut name = String::with_capacity(cookie.len());
    let mut gap = false;
    for c in cookie.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if gap && !name.is_empty() {
                name.push('_');
            }
            gap = false;
            name.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    let alias = |name: &str| {
        data::ALIASES.binary_search_by(|(alias, _)| (*alias).cmp(name)).ok().map(|at| data::ALIASES[at].1)
    };
    alias(&name)
        .or_else(|| alias(&name.replace('.', "_")))
        .or_else(|| data::MODULES.binary_search(&name.as_str()).ok().map(|at| data::MODULES[at]))
        .filter(|module| !module.contains('.'))
}

/// The decoder of each CPython codec of more than one byte per character pysunset reads, by
/// the codec's module name (the single-byte ones are [`SINGLE_BYTE`]'s); a codec CPython knows
/// that is in neither is [`DecodeProblem::Unsupported`]. The WHATWG decoders stand for the codecs
/// they read alike, or nearly (`gb2312` is a subset of GBK, `shift_jis` of Shift_JIS).
const DECODERS: &[(&str, Encoding)] = &[
    ("big5", Encoding::Python(Codec::Big5)),
    ("big5hkscs", Encoding::Python(Codec::Big5Hkscs)),
    ("cp932", Encoding::Whatwg("Shift_JIS")),
    ("cp949", Encoding::Python(Codec::Cp949)),
    ("cp950", Encoding::Python(Codec::Cp950)),
    ("euc_jp", Encoding::Whatwg("EUC-JP")),
    ("euc_kr", Encoding::Python(Codec::EucKr)),
    ("gb18030", Encoding::Whatwg("gb18030")),
    ("gb2312", Encoding::Whatwg("GBK")),
    ("gbk", Encoding::Whatwg("GBK")),
    ("iso2022_jp", Encoding::Whatwg("ISO-2022-JP")),
    ("shift_jis", Encoding::Whatwg("Shift_JIS")),
    ("utf_8", Encoding::Utf8),
    ("utf_8_sig", Encoding::Utf8),
];

/// The WHATWG encodings a cookie can name, which each host's [`Transcoder`] must decode.
pub fn whatwg_encodings() -> impl Iterator<Item = &'static str> {
    DECODERS.iter().filter_map(|(_, encoding)| match encoding {
        Encoding::Whatwg(name) => Some(*name),
        _ => None,
    })
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
        Encoding::SingleByte(codec) => {
            let (text, first_bad) = codec.decode(body);
            let problem = first_bad.map(|first_invalid| DecodeProblem::Repaired {
                encoding: codec.name.to_string(),
                first_invalid,
            });
            (Some(Cow::Owned(text)), problem)
        }
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
            Encoding::SingleByte(codec) => codec.encode(text),
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
        let codec = |cookie: &str| plan(format!("# coding: {cookie}\n").as_bytes()).unwrap().encoding.name();
        assert_eq!(codec("iso-latin-1-unix"), "latin_1");
        // CPython's aliases and its normalisation of names.
        assert_eq!(codec("cp819"), "latin_1");
        assert_eq!(codec("1250"), "cp1250");
        assert_eq!(codec("-Shift--JIS-"), "Shift_JIS");
        assert_eq!(codec("iso8859.1"), "latin_1");
        assert!(plan(b"# coding: latin.1\n").is_err());
        assert_eq!(
            decode(b"# coding: euc-jp\n", &NoHost).1,
            Some(DecodeProblem::DecoderFailed("no decoder for EUC-JP".into()))
        );
    }

    #[test]
    fn refuses_what_python_refuses_or_pysunset_cannot_read() {
        assert_eq!(decode(b"\x7fELF\x00\x01", &NoHost).1, Some(DecodeProblem::Binary));
        assert_eq!(plan(b"# coding: klingon\n"), Err(DecodeProblem::UnknownEncoding("klingon".into())));
        // Names only the WHATWG Encoding Standard knows: CPython refuses the file.
        for cookie in ["x-user-defined", "x-sjis", "windows-31j", "unicode-1-1-utf-8", "unicode", "ucs-2"] {
            let bytes = format!("# coding: {cookie}\n");
            assert_eq!(plan(bytes.as_bytes()), Err(DecodeProblem::UnknownEncoding(cookie.into())));
        }
        for cookie in ["utf-16", "UTF_16LE", "u32", "rot13", "base64"] {
            let bytes = format!("# coding: {cookie}\n");
            assert_eq!(plan(bytes.as_bytes()), Err(DecodeProblem::NotAsciiCompatible(cookie.into())));
        }
        for cookie in ["iso-2022-kr", "hz", "HZ_GB_2312", "utf-7", "csiso2022kr", "cp037", "mac-greek"] {
            let bytes = format!("# coding: {cookie}\n");
            assert_eq!(plan(bytes.as_bytes()), Err(DecodeProblem::Unsupported(cookie.into())));
        }
        let (text, problem) = decode(b"import imp\nx = '\xff'\n", &NoHost);
        assert!(text.unwrap().starts_with("import imp"));
        assert!(matches!(problem, Some(DecodeProblem::Repaired { first_invalid: 16, .. })));
        // `ascii` reads bytes below 0x80 only, as CPython does.
        let (text, problem) = decode(b"# coding: ascii\nx = '\xe9'\n", &NoHost);
        assert_eq!(text.as_deref(), Some("# coding: ascii\nx = '\u{FFFD}'\n"));
        assert_eq!(problem, Some(DecodeProblem::Repaired { encoding: "ascii".into(), first_invalid: 21 }));
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
        let cp1252 = b"# coding: cp1252\ns = '\x80\x9f'\n";
        let (text, _) = decode(cp1252, &NoHost);
        let text = text.unwrap();
        assert_eq!(encode_like(cp1252, &text, &text, &NoHost).unwrap(), cp1252);
        // A byte CPython refuses is read as U+FFFD, and the file is not written back.
        let refused = b"# coding: cp1252\ns = '\x81'\n";
        let (text, problem) = decode(refused, &NoHost);
        let text = text.unwrap();
        assert_eq!(problem, Some(DecodeProblem::Repaired { encoding: "cp1252".into(), first_invalid: 22 }));
        assert!(encode_like(refused, &text, &text, &NoHost).is_none());
        assert!(encode_like(b"x = '\xff'\n", "x = '\u{fffd}'\n", "y = '\u{fffd}'\n", &NoHost).is_none());
        assert!(encode_like(b"# coding: euc-jp\n", "# coding: euc-jp\n", "", &NoHost).is_none());
    }
}
