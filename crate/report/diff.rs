//! Unified diffs of what fixes change: `--diff` in the native CLI and the Node CLI.
//!
//! A small line diff (Myers' algorithm on the lines between the common prefix and suffix) in
//! GNU `diff -u` form: a diff crate would add ~100 KB gzipped to the WebAssembly module.

/// Three lines of context around each change, as `diff -u` and git print.
const CONTEXT: usize = 3;
/// Past this many differing lines the middle of the two texts is shown as one replaced block
/// (still a correct diff, just not the shortest), so time and memory stay bounded.
const MAX_EDIT_DISTANCE: usize = 1_000;

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
        (path.to_string(), path.to_string())
    } else {
        (format!("a/{path}"), format!("b/{path}"))
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

/// One line of the diff: kept (old index, new index), removed (old index) or added (new index).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    Keep(usize, usize),
    Remove(usize),
    Add(usize),
}

/// The shortest edit script from `a` to `b` (up to [`MAX_EDIT_DISTANCE`]), line by line.
pub(crate) fn line_ops(a: &[&[u8]], b: &[&[u8]]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (middle_a, middle_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Keep(i, i)).collect();
    match myers(middle_a, middle_b) {
        Some(middle) => ops.extend(middle.into_iter().map(|op| match op {
            Op::Keep(i, j) => Op::Keep(i + prefix, j + prefix),
            Op::Remove(i) => Op::Remove(i + prefix),
            Op::Add(j) => Op::Add(j + prefix),
        })),
        None => {
            ops.extend((0..middle_a.len()).map(|i| Op::Remove(i + prefix)));
            ops.extend((0..middle_b.len()).map(|j| Op::Add(j + prefix)));
        }
    }
    ops.extend((0..suffix).map(|k| Op::Keep(a.len() - suffix + k, b.len() - suffix + k)));
    ops
}

/// Myers' greedy algorithm with the frontier of every step kept for the way back; `None` past
/// [`MAX_EDIT_DISTANCE`].
fn myers(a: &[&[u8]], b: &[&[u8]]) -> Option<Vec<Op>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max = (a.len() + b.len()).min(MAX_EDIT_DISTANCE) as isize;
    let offset = max + 1;
    let mut frontier = vec![0isize; 2 * offset as usize + 1];
    // Step d reads diagonals -d-1..=d+1 of the frontier left by step d - 1: only those are kept.
    let mut trace: Vec<Vec<isize>> = Vec::new();
    for d in 0..=max {
        trace.push(frontier[(offset - d - 1) as usize..=(offset + d + 1) as usize].to_vec());
        for k in (-d..=d).step_by(2) {
            let index = (k + offset) as usize;
            let mut x = if k == -d || (k != d && frontier[index - 1] < frontier[index + 1]) {
                frontier[index + 1]
            } else {
                frontier[index - 1] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            frontier[index] = x;
            if x >= n && y >= m {
                return Some(backtrack(&trace, a.len(), b.len(), d));
            }
        }
    }
    None
}

/// Walks the frontiers back from the end to the start, collecting the script.
fn backtrack(trace: &[Vec<isize>], n: usize, m: usize, last: isize) -> Vec<Op> {
    let (mut x, mut y) = (n as isize, m as isize);
    let mut ops = Vec::new();
    for d in (0..=last).rev() {
        let kept = &trace[d as usize];
        let at = |k: isize| kept[(k + d + 1) as usize];
        let k = x - y;
        let previous_k = if k == -d || (k != d && at(k - 1) < at(k + 1)) { k + 1 } else { k - 1 };
        let (previous_x, previous_y) =
            if d == 0 { (0, 0) } else { (at(previous_k), at(previous_k) - previous_k) };
        while x > previous_x && y > previous_y {
            x -= 1;
            y -= 1;
            ops.push(Op::Keep(x as usize, y as usize));
        }
        if d > 0 {
            if x == previous_x {
                ops.push(Op::Add(previous_y as usize));
            } else {
                ops.push(Op::Remove(previous_x as usize));
            }
        }
        (x, y) = (previous_x, previous_y);
    }
    ops.reverse();
    ops
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
