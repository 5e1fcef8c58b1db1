//! The native CLI reads files in CPython's Korean, Big5 and single-byte codecs as CPython does: every
//! two-byte sequence (and EUC-KR's make-up sequences) in each cookie spelling, from
//! `tests/support/cpython_decode.py`, gives CPython's text and CPython's first bad byte, and a
//! cookie CPython does not know is refused. `tests/npm/decoding.test.mjs` holds the Node CLI
//! to the same answers. Needs `python3` (3.11, as scripts/setup.sh has it).

// The native CLI's decoding: not built for wasm32 (`cargo clippy --target wasm32 --all-targets`).
#![cfg(not(target_arch = "wasm32"))]

use pysunset::cli::decode::{decode, encode_like};
use pysunset::inputs::decode::DecodeProblem;
use std::process::Command;

fn hex(text: &str) -> Vec<u8> {
    (0..text.len()).step_by(2).map(|at| u8::from_str_radix(&text[at..at + 2], 16).unwrap()).collect()
}

#[test]
fn the_native_cli_reads_korean_and_big5_as_cpython_does() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/cpython_decode.py");
    let output = Command::new("python3").arg(script).output().expect("python3 runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let cases: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert!(cases.len() > 20);
    for case in &cases {
        let cookie = case["cookie"].as_str().unwrap();
        let file = hex(case["file"].as_str().unwrap());
        let (text, problem) = decode(&file);
        match case["text"].as_str() {
            None => assert_eq!(problem, Some(DecodeProblem::UnknownEncoding(cookie.into())), "{cookie}"),
            Some(expected) => {
                let text = text.unwrap_or_else(|| panic!("{cookie}: not read: {problem:?}"));
                if text != expected {
                    let at = text.chars().zip(expected.chars()).position(|(a, b)| a != b).unwrap_or(0);
                    let near = |s: &str| s.chars().skip(at.saturating_sub(3)).take(8).collect::<String>();
                    panic!(
                        "{cookie}: character {at} differs: {:?} for CPython's {:?}",
                        near(&text),
                        near(expected)
                    );
                }
                let first_bad = match problem {
                    None => None,
                    Some(DecodeProblem::Repaired { first_invalid, .. }) => Some(first_invalid as u64),
                    Some(other) => panic!("{cookie}: {other}"),
                };
                assert_eq!(first_bad, case["first_bad"].as_u64(), "{cookie}");
                if first_bad.is_none() {
                    // A valid file is written back byte for byte.
                    assert_eq!(
                        encode_like(&file, &text, &text).as_deref(),
                        Some(file.as_slice()),
                        "{cookie}"
                    );
                }
            }
        }
    }
}

/// The cookie names CPython knows are the ones pysunset knows: every name of CPython's
/// `encodings` package, the WHATWG labels (most of which CPython does not know: `x-sjis`,
/// `windows-31j`, `unicode-1-1-utf-8`, ...) and spellings CPython's normalisation accepts or
/// refuses, from `tests/support/cpython_cookies.py`. A name CPython refuses as unknown is an
/// unknown encoding here; any other is read, or refused with another reason (a codec with no
/// decoder here, or one CPython refuses for source code).
#[test]
fn the_native_cli_knows_the_cookie_names_cpython_knows() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/cpython_cookies.py");
    let output = Command::new("python3").arg(script).output().expect("python3 runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let cases: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert!(cases.len() > 1_000, "{} cases", cases.len());
    let mut wrong = Vec::new();
    for case in &cases {
        let cookie = case["cookie"].as_str().unwrap();
        let (_, problem) = decode(&hex(case["file"].as_str().unwrap()));
        let unknown = problem == Some(DecodeProblem::UnknownEncoding(cookie.into()));
        if unknown == case["known"].as_bool().unwrap() {
            wrong.push(format!("{cookie} (CPython knows it: {}; pysunset: {problem:?})", case["known"]));
        }
    }
    assert!(wrong.is_empty(), "{} names:\n{}", wrong.len(), wrong.join("\n"));
}

/// The table of CPython's cookie names is what `scripts/cpython-cookies.py` writes from this
/// CPython's `encodings`.
#[test]
fn the_cookie_table_is_cpythons() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/cpython-cookies.py");
    let output = Command::new("python3").args([script, "--check"]).output().expect("python3 runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

/// The table of CPython's single-byte codecs is what `scripts/cpython-single-byte.py` writes
/// from this CPython's codecs.
#[test]
fn the_single_byte_table_is_cpythons() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/cpython-single-byte.py");
    let output = Command::new("python3").args([script, "--check"]).output().expect("python3 runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}
