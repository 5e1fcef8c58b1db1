//! Unified diffs of what fixes change: `--diff` in the native CLI and the Node CLI.
//!
//! A small line diff (Myers' algorithm on the lines between the common prefix and suffix) in
//! GNU `diff -u` form: a diff crate would add ~100 KB gzipped to the WebAssembly module.

/// Three lines of context around each change, as `diff -u` and git print.
const CONTEXT: usize = 3;

use crate::line_diff::{line_ops, Op};

/// A unified diff of `old` and `new` (three lines of context), headed `a/PATH` and `b/PATH`
/// (an absolute path as it is); empty when the texts are equal. Paths are read the same on
/// every platform, wasm included.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    // A diff of UTF-8 texts with a UTF-8 path is UTF-8.
    String::from_utf8(unified_diff_bytes(path, old.as_bytes(), new.as_bytes()))
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// [`unified_diff`] of two files' bytes, in whatever encoding the file has (a byte order mark,
/// a Latin-1 coding cookie), so that `patch` applies the diff to the file as it is on disk.
pub fn unified_diff_bytes(path: &str, old: &[u8], new: &[u8]) -> Vec<u8> {
    if old == new {
        return Vec::new();
    }
    let (a, b) = if is_absolute(path) {
        (quoted_name(path), quoted_name(path))
    } else {
        (quoted_name(&format!("a/{path}")), quoted_name(&format!("b/{path}")))
    };
    let old_lines = lines(old);
    let new_lines = lines(new);
    let ops = line_ops(&old_lines, &new_lines);
    let mut out = format!("--- {a}\n+++ {b}\n").into_bytes();
    for hunk in hunks(&ops) {
        write_hunk(&mut out, &ops[hunk.clone()], &old_lines, &new_lines);
    }
    out
}

/// A name as a diff's `---`/`+++` line gives it: as it is, or, when it holds a character that
/// could split the line, end the name (a tab: `diff` puts the date after one), or act on a
/// terminal ([`super::escape::escaped_char`]), or a `"`, in double quotes with C escapes as git
/// writes it (`"a/x\nfake.py"`, `"a/\342\200\256.py"`), which GNU `patch` and `git apply` read
/// back. A backslash alone quotes nothing (Windows paths stay as they are).
fn quoted_name(name: &str) -> String {
    let needs_quotes = |c: char| c == '\t' || c == '"' || super::escape::escaped_char(c).is_some();
    if !name.chars().any(needs_quotes) {
        return name.to_string();
    }
    let mut quoted = String::with_capacity(name.len() + 8);
    quoted.push('"');
    for c in name.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\t' => quoted.push_str("\\t"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            c if needs_quotes(c) => {
                let mut bytes = [0; 4];
                for byte in c.encode_utf8(&mut bytes).bytes() {
                    quoted.push_str(&format!("\\{byte:03o}"));
                }
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// A diff made safe to show on a terminal (`--diff` when standard output is one): the
/// characters of its lines that could act on the terminal are escaped
/// ([`super::escape::visible`]; a `\r` before a line's `\n` is kept, the file's line end). Not
/// for a diff that `patch` is to apply: its lines are no longer the file's.
pub fn diff_for_terminal(diff: &[u8]) -> Vec<u8> {
    let mut shown = Vec::with_capacity(diff.len());
    for line in diff.split_inclusive(|&byte| byte == b'\n') {
        let (text, end): (&[u8], &[u8]) = match line {
            [text @ .., b'\r', b'\n'] => (text, b"\r\n"),
            [text @ .., b'\n'] => (text, b"\n"),
            text => (text, b""),
        };
        shown.extend_from_slice(super::escape::visible(&String::from_utf8_lossy(text)).as_bytes());
        shown.extend_from_slice(end);
    }
    shown
}

/// `/...`, `\\server\...` and `C:\...` (or `C:/...`) are absolute.
fn is_absolute(path: &str) -> bool {
    let bytes = path.as_bytes();
    path.starts_with('/')
        || path.starts_with("\\\\")
        || (bytes.len() > 2
            && bytes[0].is_ascii_alphabetic()
            && bytes[1] == b':'
            && matches!(bytes[2], b'\\' | b'/'))
}

/// The lines of a text, each with its `\n` (the last may have none).
fn lines(text: &[u8]) -> Vec<&[u8]> {
    text.split_inclusive(|&byte| byte == b'\n').collect()
}

/// The ranges of `ops` that make the hunks: each change with its context, merged when their
/// contexts touch.
fn hunks(ops: &[Op]) -> Vec<std::ops::Range<usize>> {
    let mut hunks: Vec<std::ops::Range<usize>> = Vec::new();
    for (at, op) in ops.iter().enumerate() {
        if matches!(op, Op::Keep(..)) {
            continue;
        }
        let start = at.saturating_sub(CONTEXT);
        let end = (at + 1 + CONTEXT).min(ops.len());
        match hunks.last_mut() {
            Some(last) if start <= last.end => last.end = end,
            _ => hunks.push(start..end),
        }
    }
    hunks
}

fn write_hunk(out: &mut Vec<u8>, ops: &[Op], old: &[&[u8]], new: &[&[u8]]) {
    let old_count = ops.iter().filter(|op| !matches!(op, Op::Add(_))).count();
    let new_count = ops.iter().filter(|op| !matches!(op, Op::Remove(_))).count();
    let old_start = ops.iter().find_map(|op| match op {
        Op::Keep(i, _) | Op::Remove(i) => Some(*i),
        Op::Add(_) => None,
    });
    let new_start = ops.iter().find_map(|op| match op {
        Op::Keep(_, j) | Op::Add(j) => Some(*j),
        Op::Remove(_) => None,
    });
    // An empty side names the line before it, as `diff -u` does.
    let old_line = old_start.map_or_else(|| preceding_line(ops, true), |i| i + 1);
    let new_line = new_start.map_or_else(|| preceding_line(ops, false), |j| j + 1);
    out.extend_from_slice(
        format!("@@ -{} +{} @@\n", hunk_range(old_line, old_count), hunk_range(new_line, new_count))
            .as_bytes(),
    );
    for op in ops {
        let (sign, line) = match *op {
            Op::Keep(i, _) => (b' ', old[i]),
            Op::Remove(i) => (b'-', old[i]),
            Op::Add(j) => (b'+', new[j]),
        };
        out.push(sign);
        out.extend_from_slice(line);
        if !line.ends_with(b"\n") {
            out.extend_from_slice(b"\n\\ No newline at end of file\n");
        }
    }
}

/// For a hunk with nothing on one side: the number of the line before it on that side.
fn preceding_line(ops: &[Op], old_side: bool) -> usize {
    // With no line of that side in the hunk, the hunk holds only additions (old side) or only
    // removals (new side): the other side's first index tells where it stands.
    ops.iter()
        .find_map(|op| match (op, old_side) {
            (Op::Add(j), true) => Some(*j),
            (Op::Remove(i), false) => Some(*i),
            _ => None,
        })
        .unwrap_or(0)
}

fn hunk_range(line: usize, count: usize) -> String {
    match count {
        1 => format!("{line}"),
        _ => format!("{line},{count}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_could_split_a_header_line_are_quoted_as_git_quotes_them() {
        assert_eq!(quoted_name("a/pkg/mod.py"), "a/pkg/mod.py");
        assert_eq!(quoted_name("C:\\src\\mod.py"), "C:\\src\\mod.py");
        assert_eq!(quoted_name("a/x\nfake.py"), "\"a/x\\nfake.py\"");
        assert_eq!(quoted_name("a/t\tb\\c\".py"), "\"a/t\\tb\\\\c\\\".py\"");
        assert_eq!(quoted_name("a/\x1b]0;x\x07.py"), "\"a/\\033]0;x\\007.py\"");
        assert_eq!(quoted_name("a/\u{202e}.py"), "\"a/\\342\\200\\256.py\"");
        assert_eq!(quoted_name("a/é.py"), "a/é.py");
        let diff = unified_diff("x\ny.py", "a = 1\n", "a = 2\n");
        assert!(diff.starts_with("--- \"a/x\\ny.py\"\n+++ \"b/x\\ny.py\"\n@@"), "{diff}");
    }

    #[test]
    fn a_diff_for_the_terminal_escapes_what_its_lines_hold() {
        let diff = unified_diff("m.py", "x = '\x1b]52;c;eA==\x07'\r\ny = 1\r\n", "x = 2\r\ny = 1\r\n");
        let shown = String::from_utf8(diff_for_terminal(diff.as_bytes())).unwrap();
        assert!(shown.contains("-x = '\\x1b]52;c;eA==\\x07'\r\n"), "{shown}");
        assert!(!shown.contains('\x1b') && !shown.contains('\x07'));
        assert_eq!(diff_for_terminal(b"+a\rb\n\xff\n"), "+a\\rb\n\u{fffd}\n".as_bytes());
        // Nothing to escape: the same bytes.
        let plain = unified_diff("m.py", "a\n", "b\n");
        assert_eq!(diff_for_terminal(plain.as_bytes()), plain.as_bytes());
    }

    /// Applies a unified diff to `old`, as `patch` would: checks that the diff is correct.
    fn apply(old: &str, diff: &str) -> String {
        let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
        let mut out = String::new();
        let mut next = 0;
        let mut diff_lines = diff.split_inclusive('\n').skip(2).peekable();
        while let Some(header) = diff_lines.next() {
            let old_range = header.trim_start_matches("@@ -").split(' ').next().unwrap();
            let mut parts = old_range.split(',');
            let start: usize = parts.next().unwrap().parse().unwrap();
            let count: usize = parts.next().map_or(1, |count| count.parse().unwrap());
            let first = if count == 0 { start } else { start - 1 };
            out.extend(old_lines[next..first].iter().copied());
            next = first;
            while let Some(line) = diff_lines.peek().filter(|line| !line.starts_with("@@")) {
                let line = *line;
                diff_lines.next();
                let (sign, text) = line.split_at(1);
                let no_newline = diff_lines.peek().is_some_and(|line| line.starts_with('\\'));
                if no_newline {
                    diff_lines.next();
                }
                let text = if no_newline { text.strip_suffix('\n').unwrap() } else { text };
                match sign {
                    " " => {
                        assert_eq!(old_lines[next], text);
                        out.push_str(text);
                        next += 1;
                    }
                    "-" => {
                        assert_eq!(old_lines[next], text);
                        next += 1;
                    }
                    "+" => out.push_str(text),
                    _ => panic!("bad line {line:?}"),
                }
            }
        }
        out.extend(old_lines[next..].iter().copied());
        out
    }

    #[test]
    fn heads_relative_paths_with_a_and_b_and_keeps_absolute_ones() {
        let diff = unified_diff("pkg/m.py", "x = 1\ny = 2\n", "x = 1\ny = 3\n");
        assert_eq!(diff, "--- a/pkg/m.py\n+++ b/pkg/m.py\n@@ -1,2 +1,2 @@\n x = 1\n-y = 2\n+y = 3\n");
        assert!(unified_diff("/tmp/m.py", "a\n", "b\n")
            .starts_with("--- /tmp/m.py\n+++ /tmp/m.py\n@@ -1 +1 @@\n"));
        assert!(is_absolute("C:\\src\\m.py") && is_absolute("\\\\host\\m.py") && !is_absolute("src/m.py"));
        assert_eq!(unified_diff("m.py", "same\n", "same\n"), "");
    }

    #[test]
    fn hunks_have_three_lines_of_context_and_merge_when_they_touch() {
        let old: String = (1..=20).map(|n| format!("line {n}\n")).collect();
        let new = old
            .replace("line 2\n", "line two\n")
            .replace("line 8\n", "line eight\n")
            .replace("line 18\n", "line eighteen\n");
        let diff = unified_diff("m.py", &old, &new);
        let headers: Vec<&str> = diff.lines().filter(|line| line.starts_with("@@")).collect();
        assert_eq!(headers, ["@@ -1,11 +1,11 @@", "@@ -15,6 +15,6 @@"], "{diff}");
        assert_eq!(apply(&old, &diff), new);
    }

    #[test]
    fn insertions_deletions_and_missing_final_newlines() {
        let cases = [
            ("import os\n", "import importlib\nimport os\n"),
            ("a\nb\nc\n", "a\nc\n"),
            ("a\nb", "a\nc"),
            ("a\n", "a"),
            ("", "new\n"),
            ("old\n", ""),
            ("x\r\ny\r\n", "x\r\nz\r\n"),
        ];
        for (old, new) in cases {
            let diff = unified_diff("m.py", old, new);
            assert_eq!(apply(old, &diff), new, "{old:?} -> {new:?}:\n{diff}");
        }
        assert!(unified_diff("m.py", "a\nb", "a\nc").ends_with("+c\n\\ No newline at end of file\n"));
        assert_eq!(unified_diff("m.py", "", "new\n"), "--- a/m.py\n+++ b/m.py\n@@ -0,0 +1 @@\n+new\n");
    }

    #[test]
    fn diffs_are_correct_on_scrambled_texts_and_bounded_on_unrelated_ones() {
        // A deterministic mix of kept, changed, added and removed lines.
        let old: String = (0..400).map(|n| format!("v{}\n", n % 37)).collect();
        let new: String = (0..420).filter(|n| n % 7 != 3).map(|n| format!("v{}\n", (n * 5) % 37)).collect();
        let diff = unified_diff("m.py", &old, &new);
        assert_eq!(apply(&old, &diff), new);
        let unrelated_old: String = (0..5_000).map(|n| format!("a{n}\n")).collect();
        let unrelated_new: String = (0..5_000).map(|n| format!("b{n}\n")).collect();
        let diff = unified_diff("m.py", &unrelated_old, &unrelated_new);
        assert_eq!(apply(&unrelated_old, &diff), unrelated_new);
    }
}
