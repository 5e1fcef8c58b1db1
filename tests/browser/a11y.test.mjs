// Accessible and phone-ready (issue 17), in Chromium: axe-core finds no serious or critical
// violation on any tab, light and dark; no horizontal overflow at 360-430 px on any tab, a long
// finding included; layout shift on load under 0.1; Before/After examples not clipped; visible
// focus on the editor, focus returned after the fix dialog, a usable Ctrl+Shift+M panel with
// readable links, counts (not timings) in the live region, and a skip link that lands in the editor.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { start, waitReady, setEditorText, dropFiles, screenshot } from "./harness.mjs";
import { root } from "../wasm/fixtures.mjs";

const require = createRequire(join(root, "www", "package.json"));
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let browser;
let page;
before(async () => {
  browser = await start();
  page = await browser.open();
});
after(async () => {
  await browser?.close();
});

const LONG =
  `import asyncore, unittest\nclass ${"VeryLongName".repeat(12)}(asyncore.dispatcher_with_send_and_a_very_long_attribute_name_that_does_not_wrap): pass\n` +
  `class T(unittest.TestCase):\n    def test(self):\n        self.assertEquals(${"a_very_long_argument_name_".repeat(8)}, 1)\n`;

/** Serious and critical axe-core violations on the page as it is. */
async function axeViolations(target) {
  await target.evaluate(`${AXE};0`);
  const result = await target.evaluate(() =>
    window.axe.run(document, { resultTypes: ["violations"], runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }),
  );
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")}`);
}

async function setTheme(theme) {
  if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) await page.click("#theme");
}

test("axe-core: no serious or critical violation on any tab, light and dark, a drop and the fix dialog open", async () => {
  await setEditorText(page, "import unittest\nimport imp\nclass T(unittest.TestCase):\n    def t(self):\n        self.assertEquals(1, 1)\n");
  await dropFiles(page, [{ name: "a.py", text: "import imp\nimport asyncore\n" }, { name: "broken.ipynb", text: "{" }]);
  const report = {};
  for (const theme of ["light", "dark"]) {
    await setTheme(theme);
    for (const tab of ["findings", "docs", "ci"]) {
      await page.click(`#tab-${tab}`);
      if (tab === "docs") await page.locator(".doc-entry").first().waitFor();
      report[`${theme}/${tab}`] = await axeViolations(page);
    }
    await page.click("#tab-findings");
    await page.locator("#findings .fix-one").first().click();
    await page.locator("#fix-dialog[open]").waitFor();
    report[`${theme}/fix dialog`] = await axeViolations(page);
    await page.click("#fix-cancel");
  }
  await setTheme("light");
  await page.click("#project-clear");
  const found = Object.entries(report).filter(([, violations]) => violations.length);
  assert.deepEqual(found, [], JSON.stringify(report, null, 1));
});

test("phone sizes: no horizontal overflow at 360, 390 and 430 px on any tab, a long finding included", async () => {
  await setEditorText(page, LONG);
  const overflow = {};
  for (const width of [360, 390, 430]) {
    await page.setViewportSize({ width, height: 800 });
    for (const tab of ["findings", "docs", "ci"]) {
      await page.click(`#tab-${tab}`);
      if (tab === "docs") await page.locator(".doc-entry").first().waitFor();
      const wide = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
      if (wide.scroll > wide.view) overflow[`${width}/${tab}`] = wide.scroll;
    }
    await page.click("#tab-findings");
    // The fix dialog stays centred and inside the screen.
    await page.locator("#findings .fix-one").first().click();
    const box = await page.locator("#fix-dialog").boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= width + 0.5, `${width}: dialog ${JSON.stringify(box)}`);
    assert.ok(Math.abs(box.x - (width - box.x - box.width)) <= 2, `${width}: dialog not centred ${JSON.stringify(box)}`);
    await page.click("#fix-cancel");
  }
  await page.setViewportSize({ width: 390, height: 800 });
  await screenshot(page, "phone-390-findings", { fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.deepEqual(overflow, {});
});

test("layout shift on a phone-sized first load stays under 0.1", async () => {
  const phone = await browser.context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(browser.url);
  await waitReady(phone);
  await phone.waitForTimeout(1000);
  const cls = await phone.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  console.log(`# layout shift on load at 390 px: ${cls.toFixed(3)}`);
  assert.ok(cls < 0.1, `CLS ${cls}`);
  await phone.close();
});

test("Before/After examples are not clipped (desktop and phone)", async () => {
  await page.click("#tab-docs");
  await page.fill("#docs-search", "link_to");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll(".doc-entry:not([hidden]) .examples pre")].filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length,
    );
    assert.equal(clipped, 0, `${width} px`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.fill("#docs-search", "");
  await page.click("#tab-findings");
});

test("keyboard: the editor shows focus; the skip link lands in it; focus comes back after the fix dialog", async () => {
  await setEditorText(page, "import unittest\nclass T(unittest.TestCase):\n    def t(self):\n        self.assertEquals(1, 1)\n");
  // A fresh load (the buffer is kept): the first Tab reaches the skip link.
  await page.waitForTimeout(500);
  await page.reload();
  await waitReady(page);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "skip-link");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("cm-content")), true);
  // The ring must show while the editor has focus (polled: a loaded machine may paint a frame late).
  await page.waitForFunction(() => getComputedStyle(document.querySelector(".cm-editor")).outlineStyle !== "none", null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("cm-content")), true);
  // Apply: focus goes to the editor, not <body>.
  await page.locator("#findings .fix-one").first().click();
  await page.click("#fix-apply");
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), "BODY");
  // Cancel (or Esc): focus goes back to the button that opened it.
  await page.click("#tab-docs");
  await page.click("#tab-findings");
  await setEditorText(page, "import unittest\nclass T(unittest.TestCase):\n    def t(self):\n        self.assertEquals(1, 1)\n");
  await page.locator("#findings .fix-one").first().focus();
  await page.keyboard.press("Enter");
  await page.locator("#fix-dialog[open]").waitFor();
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("fix-one")), true);
});

test("Ctrl+Shift+M: the findings panel is tall enough to use and its links are readable", async () => {
  await setEditorText(page, "import imp\nimport asyncore\nimport distutils\nimport unittest\nunittest.makeSuite\n");
  await page.locator(".cm-content").focus();
  await page.keyboard.press("Control+Shift+KeyM");
  const panel = page.locator(".cm-panel-lint ul");
  await panel.waitFor();
  const height = (await panel.boundingBox()).height;
  assert.ok(height >= 150, `${height} px`);
  const ratio = await page.evaluate(() => {
    const rgb = (text) => text.match(/[\d.]+/g).map(Number);
    const luminance = ([r, g, b]) =>
      [r, g, b].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const background = (node) => {
      for (; node; node = node.parentElement) {
        const colour = rgb(getComputedStyle(node).backgroundColor);
        if (colour.length < 4 || colour[3] > 0) return colour;
      }
      return [255, 255, 255];
    };
    return Math.min(
      ...[...document.querySelectorAll(".cm-panel-lint a")].map((link) => {
        const [a, b] = [luminance(rgb(getComputedStyle(link).color)), luminance(background(link))];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      }),
    );
  });
  assert.ok(ratio >= 4.5, `link contrast ${ratio}`);
  await page.keyboard.press("Escape");
});

test("the live region announces counts, once, never timings", async () => {
  const said = [];
  await page.exposeFunction("__heard", (text) => said.push(text));
  await page.evaluate(() => {
    const region = document.querySelector("[aria-live] #announcer, #announcer") ?? document.querySelector("#engine-status");
    new MutationObserver(() => window.__heard(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
  });
  await setEditorText(page, "import imp\n");
  await setEditorText(page, "import imp\n# a comment\n");
  await setEditorText(page, "import imp\nimport asyncore\n");
  await page.waitForTimeout(200);
  assert.ok(said.length >= 1, JSON.stringify(said));
  assert.ok(said.every((text) => !/\bms\b/.test(text)), JSON.stringify(said));
  assert.equal(said.at(-1), "2 errors");
  assert.ok(said.every((text, i) => i === 0 || text !== said[i - 1]), `repeated: ${JSON.stringify(said)}`);
});
