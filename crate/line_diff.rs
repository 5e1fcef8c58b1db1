//! The shortest edit script between two lists of lines (Myers' algorithm on the lines between
//! the common prefix and suffix, bounded): a leaf module, used by unified diffs and by the
//! notebook fixer to map cells.

/// Past this many differing lines the middle of the two texts is shown as one replaced block
/// (still a correct diff, just not the shortest), so time and memory stay bounded.
const MAX_EDIT_DISTANCE: usize = 1_000;

/// One line of the diff: kept (old index, new index), removed (old index) or added (new index).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// A line of both texts: its index in the old one and in the new one.
    Keep(usize, usize),
    /// A line of the old text only.
    Remove(usize),
    /// A line of the new text only.
    Add(usize),
}

/// The shortest edit script from `a` to `b` (up to [`MAX_EDIT_DISTANCE`]), line by line.
pub fn line_ops<T: PartialEq>(a: &[T], b: &[T]) -> Vec<Op> {
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
fn myers<T: PartialEq>(a: &[T], b: &[T]) -> Option<Vec<Op>> {
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
