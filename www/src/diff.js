// @ts-check
// Line diffs for the fix preview: the longest common subsequence of lines (Myers' O(ND)),
// rendered as unified hunks with three lines of context.

/** The edit script between two texts: [{kind: " "|"-"|"+", text}] */
export function diffLines(before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  // Common head and tail first: fixes touch a few lines of big files.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  return [
    ...a.slice(0, head).map((text) => ({ kind: " ", text })),
    ...middle,
    ...a.slice(a.length - tail).map((text) => ({ kind: " ", text })),
  ];
}

function myers(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  const script = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[max + k - 1] < vd[max + k + 1]) ? k + 1 : k - 1;
    const prevX = vd[max + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) script.push({ kind: " ", text: a[--x] }) && y--;
    if (d > 0) {
      if (x === prevX) script.push({ kind: "+", text: b[--y] });
      else script.push({ kind: "-", text: a[--x] });
    }
  }
  return script.reverse();
}

/** Unified hunks: [{header, lines: [{kind, text}]}], three lines of context around changes. */
export function hunks(script, context = 3) {
  const out = [];
  let current = null;
  let oldLine = 1;
  let newLine = 1;
  let lastChange = -Infinity;
  const nextChange = new Array(script.length + 1).fill(Infinity);
  for (let i = script.length - 1; i >= 0; i--) nextChange[i] = script[i].kind !== " " ? i : nextChange[i + 1];
  script.forEach((line, index) => {
    const changed = line.kind !== " ";
    const near = changed || index - lastChange <= context || nextChange[index] - index <= context;
    if (near) {
      if (!current) {
        current = { oldStart: oldLine, newStart: newLine, lines: [] };
        out.push(current);
      }
      current.lines.push(line);
    } else current = null;
    if (changed) lastChange = index;
    if (line.kind !== "+") oldLine++;
    if (line.kind !== "-") newLine++;
  });
  return out.map((hunk) => ({ header: `@@ line ${hunk.oldStart} → ${hunk.newStart} @@`, lines: hunk.lines }));
}
