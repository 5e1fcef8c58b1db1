// The plain editor's text functions (www/src/editor.js) in Node: positions to offsets and edits
// applied to a text, against CodeMirror's own (the fix dialog previews with the first, the
// editor applies with the second once CodeMirror has taken over: both must give one text).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { applyEditsToText, offsetIn } from "../../www/src/editor.js";

const { EditorState } = createRequire(fileURLToPath(new URL("../../www/package.json", import.meta.url)))("@codemirror/state");

/** CodeMirror's offset of a position, clamped as the page's CodeMirror editor clamps it. */
function cmOffset(doc, { line, column }) {
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(at.from + Math.max(column - 1, 0), at.to);
}

/** CodeMirror applying the same edits. */
function cmApply(text, edits) {
  const state = EditorState.create({ doc: text });
  const changes = state.changes(
    edits.map((edit) => ({ from: cmOffset(state.doc, edit.range.start), to: cmOffset(state.doc, edit.range.end), insert: edit.content })),
  );
  return changes.apply(state.doc).toString();
}

const TEXTS = ["", "a", "import imp\n", "x = 1\n\ny = 'é😀'\nz\n", "no newline at the end", "\n\n\n"];

test("offsetIn counts UTF-16 columns and clamps to the line and the text, as CodeMirror does", () => {
  for (const text of TEXTS) {
    const doc = EditorState.create({ doc: text }).doc;
    for (let line = 0; line <= doc.lines + 2; line++) {
      for (let column = 0; column <= 12; column++) {
        // (lines past the end clamp to the last line in both)
        if (line > doc.lines) continue;
        assert.equal(offsetIn(text, { line, column }), cmOffset(doc, { line, column }), `${JSON.stringify(text)} ${line}:${column}`);
      }
    }
  }
});

test("applyEditsToText gives CodeMirror's text: edits in any order, insertions at one place in order", () => {
  const at = { line: 1, column: 3 };
  const inserts = [
    { range: { start: at, end: at }, content: "first " },
    { range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, content: "X" },
    { range: { start: at, end: at }, content: "second " },
  ];
  assert.equal(applyEditsToText("abcd", inserts), "Xbfirst second cd");
  assert.equal(cmApply("abcd", inserts), "Xbfirst second cd");
  let seed = 7;
  const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  for (const text of TEXTS) {
    const doc = EditorState.create({ doc: text }).doc;
    for (let round = 0; round < 200; round++) {
      // Non-overlapping ranges (as the engine's fixes are), shuffled, some empty (insertions).
      const points = Array.from({ length: 2 + random(4) }, () => random(text.length + 1)).sort((a, b) => a - b);
      const edits = [];
      for (let i = 0; i + 1 < points.length; i += 2) {
        const position = (offset) => {
          const line = doc.lineAt(offset);
          return { line: line.number, column: offset - line.from + 1 };
        };
        edits.push({ range: { start: position(points[i]), end: position(random(2) ? points[i] : points[i + 1]) }, content: ["", "x", "é\n", "😀"][random(4)] });
      }
      if (random(2)) edits.push({ ...edits[0], content: "second at one place" });
      if (edits.length && random(2)) edits.push(edits.shift());
      assert.equal(applyEditsToText(text, edits), cmApply(text, edits), JSON.stringify({ text, edits }));
    }
  }
});
