// @ts-check
// The offline docs companion: every catalogue entry, from the engine's catalogue() (its
// before/after programs from examples.json: the page's engine is built without them),
// searchable by name and filterable by version and module, with a "try it" button for its
// example; and the documented changes that code does not show (behaviours.json, from
// docs/catalogue.json).
import { el, withCode } from "./dom.js";

/** The module family of an entry: the docs page it is on (docs/importlib.md -> importlib). */
export const moduleOf = (entry) => entry.url.replace(/^.*\//, "").replace(/\.md(#.*)?$/, "");

/** The id of an entry's article, also the target of `#docs/<symbol>` links. */
export const docsId = (symbol) => `doc-${symbol.replace(/[^A-Za-z0-9_.-]/g, "_")}`;

/** The minor version of "3.x", or Infinity for a deprecation with no removal date (listed last). */
const minor = (/** @type {string | null | undefined} */ version) => (version ? Number(version.split(".")[1]) : Infinity);
const compareVersions = (/** @type {string | null | undefined} */ a, /** @type {string | null | undefined} */ b) =>
  minor(a) - minor(b) || 0;
/** The version filter's value for an entry: its removal version, or "undated". */
const versionKey = (/** @type {{ removedIn?: string | null }} */ entry) => entry.removedIn ?? UNDATED;
const UNDATED = "undated";
/**
 * "removed in Python 3.12", "deprecated in Python 3.3; no removal date yet", or "deprecated in
 * Python 3.11; Python 3.13 withdrew the deprecation".
 */
export function removalText(/** @type {{ deprecatedIn?: string | null, removedIn?: string | null, withdrawnIn?: string }} */ entry, changed = "removed") {
  if (entry.withdrawnIn) return `deprecated in Python ${entry.deprecatedIn}; Python ${entry.withdrawnIn} withdrew the deprecation`;
  if (!entry.removedIn) return `deprecated in Python ${entry.deprecatedIn}; no removal date yet`;
  const deprecated = entry.deprecatedIn ? `deprecated in ${entry.deprecatedIn}, ` : "";
  return `${deprecated}${changed} in Python ${entry.removedIn}`;
}

/** The words of a docs search, lowercased. */
export const searchWords = (/** @type {string} */ query) => query.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Where an entry goes in the results of a search (lower first), or null when it does not match:
 * 0 when the last segment of its name is a word searched (`Text` finds `typing.Text` first), 1
 * when another segment is, 2 when its name holds the words, 3 when only its text does.
 * @param {string} symbol
 * @param {string} haystack what the search reads (see haystackOf)
 * @param {string[]} words
 * @returns {number | null}
 */
export function matchRank(symbol, haystack, words) {
  if (!words.every((word) => haystack.includes(word))) return null;
  if (!words.length) return 0;
  const name = symbol.toLowerCase();
  const segments = name.replace(/\(.*$/, "").split(".");
  if (words.includes(segments[segments.length - 1])) return 0;
  if (words.some((word) => segments.includes(word))) return 1;
  return words.every((word) => name.includes(word)) ? 2 : 3;
}

/** The catalogue entries a search shows, best first (then by removal version, as listed). */
export function searchEntries(/** @type {any[]} */ entries, /** @type {string} */ query) {
  const words = searchWords(query);
  return [...entries]
    .sort((a, b) => compareVersions(a.removedIn, b.removedIn) || (a.symbol < b.symbol ? -1 : 1))
    .map((entry) => ({ entry, rank: matchRank(entry.symbol, haystackOf(entry), words) }))
    .filter(({ rank }) => rank !== null)
    .sort((a, b) => Number(a.rank) - Number(b.rank))
    .map(({ entry }) => entry);
}

/**
 * Fills `root` (which holds the search and filter controls) with the entries.
 * `onTry(entry)` loads an example into the editor.
 */
export function renderDocs(root, entries, behaviours, { onTry }) {
  const search = root.querySelector("#docs-search");
  const version = root.querySelector("#docs-version");
  const module = root.querySelector("#docs-module");
  const list = root.querySelector("#docs-list");
  const count = root.querySelector("#docs-count");

  const versions = [...new Set([...entries, ...behaviours].map((entry) => entry.removedIn ?? null))].sort(compareVersions);
  for (const value of versions) {
    version.append(el("option", { value: value ?? UNDATED }, value ? `removed in ${value}` : "no removal date yet"));
  }
  const modules = [...new Set([...entries.map(moduleOf), ...behaviours.map((b) => b.module)])].sort();
  for (const value of modules) module.append(el("option", { value }, value));

  const sorted = [...entries].sort((a, b) => compareVersions(a.removedIn, b.removedIn) || (a.symbol < b.symbol ? -1 : 1));
  /** @type {{ entry: any, module: string, article: HTMLElement, haystack: string, index: number, rank?: number | null }[]} */
  const articles = sorted.map((entry, index) => ({ entry, module: moduleOf(entry), article: article(entry, onTry), haystack: haystackOf(entry), index }));
  /** @type {{ entry: any, module: string, article: HTMLElement, haystack: string, rank?: number | null }[]} */
  const changes = behaviours.map((behaviour) => ({
    entry: behaviour,
    module: behaviour.module,
    article: behaviourArticle(behaviour),
    haystack: [behaviour.name, behaviour.module, behaviour.what, behaviour.instead].join(" ").toLowerCase(),
  }));
  const changesHeading = el("h3", { class: "docs-section" }, "Changes that code does not show");
  const changesNote = el("p", { class: "note" }, "pysunset cannot find these in source; check them by hand.");
  list.replaceChildren(...articles.map(({ article }) => article), changesHeading, changesNote, ...changes.map(({ article }) => article));

  const apply = () => {
    const words = searchWords(search.value);
    const filter = (items) => {
      let shown = 0;
      for (const item of items) {
        const { entry, module: family, article, haystack } = item;
        item.rank = matchRank(entry.symbol ?? entry.name, haystack, words);
        const visible =
          (!version.value || versionKey(entry) === version.value) &&
          (!module.value || family === module.value) &&
          item.rank !== null;
        article.hidden = !visible;
        if (visible) shown++;
      }
      return shown;
    };
    const shown = filter(articles);
    const shownChanges = filter(changes);
    // Best matches first: the entry named by the search before those that only mention it.
    const ranked = [...articles].sort((a, b) => (a.rank ?? 4) - (b.rank ?? 4) || a.index - b.index);
    list.replaceChildren(...ranked.map(({ article }) => article), changesHeading, changesNote, ...changes.map(({ article }) => article));
    changesHeading.hidden = changesNote.hidden = !shownChanges;
    if (!shown && !shownChanges) {
      const filters = version.value || module.value ? " Set Version and Module to “all”, or try" : " Try";
      count.textContent =
        `No entry matches “${search.value.trim() || "these filters"}”. The catalogue covers the Python standard library only ` +
        `(no third-party packages): APIs CPython removed since 3.3, has scheduled for removal, or deprecated with no removal date yet.${filters} a module name ` +
        "(asyncore, imp, distutils), a function (find_module) or a word of the replacement (importlib).";
      return;
    }
    count.textContent = `${shown} of ${entries.length} entries` + (behaviours.length ? `, ${shownChanges} of ${behaviours.length} changes code does not show` : "");
  };
  for (const control of [search, version, module]) control.addEventListener("input", apply);
  apply();
  return {
    /** Shows one entry (clearing filters that would hide it) and moves focus to it. */
    show(symbol) {
      const found = articles.find(({ entry }) => entry.symbol === symbol);
      if (!found) return false;
      if (found.article.hidden) {
        search.value = "";
        version.value = "";
        module.value = "";
        apply();
      }
      found.article.scrollIntoView({ block: "start" });
      found.article.focus({ preventScroll: true });
      return true;
    },
  };
}

/** What a search reads of an entry: its names, replacement, reason and kind, lowercased. */
export function haystackOf(/** @type {any} */ entry) {
  return [entry.symbol, ...entry.alsoKnownAs, entry.replacement, entry.why, entry.kind].join(" ").toLowerCase();
}

function article(entry, onTry) {
  const facts = el(
    "dl",
    { class: "facts" },
    el("dt", {}, "Why"),
    el("dd", {}, withCode(entry.why)),
    el("dt", {}, "Instead"),
    el("dd", {}, withCode(entry.replacement)),
    el("dt", {}, "Found"),
    el("dd", {}, withCode(entry.found)),
  );
  if (entry.alsoKnownAs.length) facts.append(el("dt", {}, "Also as"), el("dd", {}, entry.alsoKnownAs.join(", ")));
  if (entry.fix) facts.append(el("dt", {}, "Fix"), el("dd", {}, `${entry.fix} fix available`));
  const examples = el(
    "div",
    { class: "examples" },
    el("figure", {}, el("figcaption", {}, "Before"), el("pre", {}, el("code", {}, entry.before))),
    el("figure", {}, el("figcaption", {}, "After"), el("pre", {}, el("code", {}, entry.after))),
  );
  const tryIt = el("button", { type: "button", class: "try-it" }, "Try it");
  tryIt.setAttribute("aria-label", `Try it: the example of ${entry.symbol} in the editor`);
  tryIt.addEventListener("click", () => onTry(entry));
  return el(
    "article",
    { id: docsId(entry.symbol), class: "doc-entry", tabindex: "-1" },
    el(
      "h3",
      {},
      el("code", {}, entry.symbol),
      " ",
      el("span", { class: "badge" }, entry.kind),
      " ",
      el("span", { class: "badge" }, entry.code),
    ),
    el("p", { class: "versions" }, removalText(entry)),
    facts,
    // (an entry without its programs, when examples.json could not be read, shows none)
    ...(entry.before ? [examples, tryIt] : []),
  );
}

function behaviourArticle(behaviour) {
  return el(
    "article",
    { class: "doc-entry doc-behaviour", tabindex: "-1" },
    el("h3", {}, withCode(behaviour.name), " ", el("span", { class: "badge" }, behaviour.module)),
    el("p", { class: "versions" }, removalText(behaviour, "changed")),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, "What"),
      el("dd", {}, withCode(behaviour.what)),
      el("dt", {}, "Instead"),
      el("dd", {}, withCode(behaviour.instead)),
      el("dt", {}, "Not found"),
      el("dd", {}, withCode(behaviour.notDetectable)),
    ),
  );
}
