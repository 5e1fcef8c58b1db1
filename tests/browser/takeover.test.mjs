// The plain editor the page shows first (a textarea: CodeMirror is not part of the first load)
// and CodeMirror taking over from it after the first findings, in Chromium. CodeMirror's file is
// held back by the test so that the plain editor can be used, then released while a person
// types: no keystroke is lost, the text, caret, focus and undo history carry over, and nothing
// on the page moves.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, screenshot } from "./harness.mjs";

let browser;
let page;
/** @type {() => void} */
let release = () => {};
before(async () => {
  browser = await start();
  const held = new Promise((resolve) => (release = resolve));
  await browser.context.route("**/codemirror.js", async (route) => {
    await held;
    await route.continue();
  });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(browser.url);
  await page.waitForFunction(() => window.pysunset && window.pysunset.checksDone() > 0, null, { timeout: 30000 });
});
after(async () => {
  release();
  await browser?.close();
});

const checks = () => page.evaluate(() => window.pysunset.checksDone());

/** Where the editor's first character is drawn, the line height, and where the things around it are. */
function layout() {
  return page.evaluate(() => {
    const box = (selector) => {
      const rect = /** @type {HTMLElement} */ (document.querySelector(selector)).getBoundingClientRect();
      return [rect.left, rect.top, rect.width, rect.height].map((n) => Math.round(n * 10) / 10);
    };
    const around = { editor: box("#editor"), hint: box("#editor-help"), side: box(".side-pane"), bar: box(".pane-bar") };
    const area = document.querySelector(".plain-content");
    if (area instanceof HTMLTextAreaElement) {
      const style = getComputedStyle(area);
      const rect = area.getBoundingClientRect();
      return {
        ...around,
        x: rect.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
        y: rect.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop),
        lineHeight: parseFloat(style.lineHeight),
        font: style.fontFamily,
        size: style.fontSize,
      };
    }
    const line = /** @type {HTMLElement} */ (document.querySelector(".cm-line"));
    const style = getComputedStyle(line);
    const rect = line.getBoundingClientRect();
    return {
      ...around,
      x: rect.left + parseFloat(style.paddingLeft),
      y: rect.top,
      lineHeight: rect.height,
      font: style.fontFamily,
      size: style.fontSize,
    };
  });
}

test("the plain editor comes first: typing in it gets findings, before CodeMirror is loaded", async () => {
  assert.equal(await page.evaluate(() => window.pysunset.view()), null, "CodeMirror is held back");
  assert.equal(await page.locator(".cm-editor").count(), 0);
  const area = page.locator("textarea.plain-content");
  assert.equal(await area.getAttribute("aria-label"), "Python source to check");
  assert.match(await area.inputValue(), /^# Paste your code here/);
  // The example's findings are in the list already.
  assert.ok((await page.locator("#findings .finding").count()) >= 3);
  await area.click();
  await page.keyboard.press("Control+a");
  const before = await checks();
  await page.keyboard.type("import imp\n");
  await page.waitForFunction((n) => window.pysunset.checksDone() > n && /imp/.test(window.pysunset.state.files.get("untitled.py").text), before);
  await page.waitForFunction(() => window.pysunset.state.files.get("untitled.py").findings.map((f) => f.symbol).join() === "imp");
  assert.equal(await page.locator("#findings .finding").count(), 1);
  // Line numbers follow the text.
  assert.equal((await page.textContent(".plain-numbers")).trim(), "1\n2");
  await screenshot(page, "plain-editor");
});

test("CodeMirror takes over while a person types: no keystroke lost, caret, focus, undo kept, nothing moves", async () => {
  const plain = await layout();
  const typed = "import asyncore  # typed while CodeMirror takes over\nx = 1\n";
  const typing = page.keyboard.type(typed, { delay: 15 });
  // Released after a few keystrokes: the rest are typed while it loads and takes over.
  await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.querySelector(".plain-content"))?.value.includes("asyncore"));
  release();
  await typing;
  await page.waitForFunction(() => window.pysunset.view());
  const text = await page.evaluate(() => window.pysunset.view().state.doc.toString());
  assert.equal(text, `import imp\n${typed}`);
  assert.equal(await page.locator("textarea.plain-content").count(), 0);
  const { head, length, focused } = await page.evaluate(() => {
    const view = window.pysunset.view();
    return { head: view.state.selection.main.head, length: view.state.doc.length, focused: view.hasFocus };
  });
  assert.equal(head, length, "the caret is where the typing left it");
  assert.ok(focused, "the focus moved to CodeMirror");
  // The editor and everything around it stay where they were; the text is drawn where it was.
  const upgraded = await layout();
  console.log(`# plain editor ${JSON.stringify(plain)}; CodeMirror ${JSON.stringify(upgraded)}`);
  for (const key of ["editor", "hint", "side", "bar"]) assert.deepEqual(upgraded[key], plain[key], key);
  assert.ok(Math.abs(upgraded.x - plain.x) <= 1, `text starts at x ${upgraded.x}, was ${plain.x}`);
  assert.ok(Math.abs(upgraded.y - plain.y) <= 1, `text starts at y ${upgraded.y}, was ${plain.y}`);
  assert.equal(upgraded.lineHeight, plain.lineHeight);
  assert.equal(upgraded.font, plain.font);
  assert.equal(upgraded.size, plain.size);
  // The findings of the text as typed, as squiggles now.
  await page.waitForFunction(() => window.pysunset.diagnostics().map((d) => d.text).join() === "imp,asyncore");
  // What was typed in the plain editor is undoable in CodeMirror, back to the example.
  await page.keyboard.press("Control+z");
  assert.notEqual(await page.evaluate(() => window.pysunset.view().state.doc.toString()), text);
  for (let i = 0; i < 10; i++) await page.keyboard.press("Control+z");
  assert.match(await page.evaluate(() => window.pysunset.view().state.doc.toString()), /^# Paste your code here/);
  await page.keyboard.press("Control+Shift+z");
  assert.notEqual(await page.evaluate(() => window.pysunset.view().state.doc.toString()), text);
});

test("no request left 127.0.0.1 and nothing failed", () => {
  assert.deepEqual(browser.requests.filter((url) => !url.startsWith(browser.url) && !/^(blob|data):/.test(url)), []);
  assert.deepEqual(browser.errors, []);
});
