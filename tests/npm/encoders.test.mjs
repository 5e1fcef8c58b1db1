// The Node CLI's encoders of the multi-byte legacy encodings (js/core.js, textHost.encode: tables
// built from TextDecoder at run time) against encoding_rs, the native CLI's: every character
// each decoder reads, written by JavaScript into a file that the native CLI then fixes. The
// native CLI writes a file only when encoding_rs gives back its bytes, so a fixed file means
// encoding_rs writes each of those characters as JavaScript did; and JavaScript must write the
// fixed text as the bytes the native CLI wrote. Characters JavaScript refuses, encoding_rs must
// refuse too. Needs target/release/pysunset; reads core.js from dist/ (a copy of js/) when built.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, run } from "./helpers.mjs";

const native = join(repoRoot, "target", "release", "pysunset");
if (!existsSync(native)) throw new Error(`${native} is missing: build it first (scripts/test.sh does)`);
const core = join(repoRoot, existsSync(join(repoRoot, "dist", "core.js")) ? "dist" : "js", "core.js");
const { textHost } = await import(core);

/** Every byte sequence of each encoding that its decoder may read as one character. */
function* sequences(encoding) {
  const pairs = function* (leads, trails) {
    for (const [a, b] of leads) for (let lead = a; lead <= b; lead++) for (const [c, d] of trails) for (let trail = c; trail <= d; trail++) yield [lead, trail];
  };
  switch (encoding) {
    case "Shift_JIS":
      yield* pairs([[0x81, 0x9f], [0xe0, 0xfc]], [[0x40, 0x7e], [0x80, 0xfc]]);
      for (let byte = 0x80; byte <= 0xdf; byte++) yield [byte];
      break;
    case "EUC-JP":
      yield* pairs([[0xa1, 0xfe]], [[0xa1, 0xfe]]);
      for (let byte = 0xa1; byte <= 0xdf; byte++) yield [0x8e, byte];
      for (const [lead, trail] of pairs([[0xa1, 0xfe]], [[0xa1, 0xfe]])) yield [0x8f, lead, trail];
      break;
    case "ISO-2022-JP":
      // The characters of JIS X 0208, as EUC-JP reads them.
      yield* sequences("EUC-JP");
      break;
    case "GBK":
    case "gb18030":
      yield* pairs([[0x81, 0xfe]], [[0x40, 0x7e], [0x80, 0xfe]]);
      yield [0x80];
      for (let pointer = 0; pointer < 39420; pointer += 1) {
        yield [0x81 + Math.floor(pointer / 12600), 0x30 + (Math.floor(pointer / 1260) % 10), 0x81 + (Math.floor(pointer / 10) % 126), 0x30 + (pointer % 10)];
      }
      break;
  }
}

/** The characters (not ASCII, not line ends) the decoder of `encoding` reads from its sequences. */
function repertoire(encoding) {
  const decoder = new TextDecoder(encoding === "ISO-2022-JP" ? "EUC-JP" : encoding, { fatal: true });
  const found = new Set();
  for (const sequence of sequences(encoding)) {
    let text;
    try {
      text = decoder.decode(Uint8Array.from(sequence));
    } catch {
      continue;
    }
    if ([...text].length === 1 && text.codePointAt(0) >= 0x80 && !/[\u0085\u2028\u2029\ufeff]/.test(text)) found.add(text);
  }
  // Supplementary characters (gb18030 computes their four bytes) and the ones the encoders
  // treat specially.
  for (const extra of ["\u{10000}", "\u{20000}", "\u{10ffff}", "\u00a5", "\u203e", "\u2212", "\u20ac", "\ue5e5", "\ue000"]) found.add(extra);
  return [...found];
}

// The Korean and Big5 cookies are CPython's codecs, read and written by the core itself in both
// CLIs: tests/npm/decoding.test.mjs holds them to CPython.
const ENCODINGS = { "shift_jis": "Shift_JIS", "euc-jp": "EUC-JP", "iso-2022-jp": "ISO-2022-JP", "gbk": "GBK", "gb18030": "gb18030" };

for (const [cookie, encoding] of Object.entries(ENCODINGS)) {
  test(`${encoding}: JavaScript writes every character as encoding_rs does, and refuses what it refuses`, () => {
    const root = mkdtempSync(join(tmpdir(), "pysunset-encoders-"));
    try {
      const characters = [...repertoire(encoding)];
      const written = characters.filter((character) => textHost.encode(encoding, character) !== null);
      const refused = characters.filter((character) => textHost.encode(encoding, character) === null);
      assert.ok(written.length > 5000, `${written.length} characters`);
      const lines = [];
      for (let at = 0; at < written.length; at += 40) lines.push(`# ${written.slice(at, at + 40).join(" ")}`);
      const text = `# -*- coding: ${cookie} -*-\nimport imp\nimp.reload(m)\n${lines.join("\n")}\n`;
      const bytes = textHost.encode(encoding, text);
      assert.ok(bytes !== null);
      writeFileSync(join(root, "all.py"), bytes);
      // A sample of what JavaScript refuses, one file each (encoding_rs must refuse it too).
      // Not the private use area: ICU's decoders read user-defined bytes there that the
      // standard's read as other characters (or not at all), which is a difference in reading.
      const sample = refused.filter((character) => !/[\ue000-\uf8ff]/u.test(character)).filter((_, index) => index % Math.max(1, Math.floor(refused.length / 12)) === 0).slice(0, 12);
      const decoder = new TextDecoder(encoding === "ISO-2022-JP" ? "EUC-JP" : encoding);
      sample.forEach((character, index) => {
        // The file holds the character as its decoder reads it, if it reads it at all; else
        // the fix would have to add it, which never happens: the character is not in the file.
        const source = repertoireBytes(encoding, character, decoder);
        if (source === null) return;
        writeFileSync(join(root, `refused-${index}.py`), Buffer.concat([Buffer.from(`# coding: ${cookie}\nimport imp\nx = '`), source, Buffer.from("'\nimp.reload(x)\n")]));
      });
      const fixed = run(native, ["--fix", "--no-config", "."], { cwd: root, allowFailure: true });
      assert.doesNotMatch(fixed.stderr, /all\.py/, `encoding_rs writes a character otherwise: ${fixed.stderr}`);
      const after = readFileSync(join(root, "all.py"));
      assert.ok(!after.equals(Buffer.from(bytes)), "the native CLI fixed the file");
      const afterText = new TextDecoder(encoding).decode(after);
      assert.match(afterText, /import importlib/);
      const again = textHost.encode(encoding, afterText);
      assert.ok(again !== null && Buffer.from(again).equals(after), "JavaScript writes the fixed text as the native CLI did");
      for (let index = 0; index < sample.length; index += 1) {
        const name = `refused-${index}.py`;
        if (!existsSync(join(root, name))) continue;
        // Not written: encoding_rs does not write the character, or does not even read its bytes.
        assert.match(fixed.stderr, new RegExp(`${name}: not fixed: (its encoding does not give back the same bytes|its bytes are not valid in its encoding)`), `U+${sample[index].codePointAt(0).toString(16)}`);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}

/** Bytes `decoder` reads as `character` (the first found), or null. */
function repertoireBytes(encoding, character, decoder) {
  for (const sequence of sequences(encoding)) {
    if (decoder.decode(Uint8Array.from(sequence)) === character) {
      if (encoding !== "ISO-2022-JP") return Buffer.from(sequence);
      // JIS X 0208 in ISO-2022-JP: EUC-JP's two bytes less 0x80, between escapes.
      if (sequence.length !== 2 || sequence[0] === 0x8e) return null;
      return Buffer.from([0x1b, 0x24, 0x42, sequence[0] - 0x80, sequence[1] - 0x80, 0x1b, 0x28, 0x42]);
    }
  }
  return null;
}
