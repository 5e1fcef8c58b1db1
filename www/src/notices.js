// @ts-check
// Notices: what the page says that must not vanish on its own (an error, a damaged share link, a
// replaced buffer with its Undo). Each stays until its Dismiss (or its action) is pressed; the
// region is polite, so screen readers hear each once.
import { el } from "./dom.js";

/**
 * @typedef {{ label: string, run: () => void }} NoticeAction
 */

/**
 * Shows a notice. `kind` "error" notices are styled as errors; `key` replaces an earlier notice
 * of the same key (a second "Try it" does not stack a second Undo).
 * @param {string} text
 * @param {{ kind?: "error" | "info", actions?: NoticeAction[], key?: string }} [options]
 * @returns {() => void} dismisses the notice
 */
export function notify(text, { kind = "info", actions = [], key } = {}) {
  const box = /** @type {HTMLElement} */ (document.querySelector("#notices"));
  if (key) box.querySelector(`[data-key="${CSS.escape(key)}"]`)?.remove();
  const notice = el("div", { class: `notice notice-${kind}`, role: kind === "error" ? "alert" : null, "data-key": key ?? null });
  const dismiss = () => {
    const focused = notice.contains(document.activeElement);
    notice.remove();
    // Focus must not fall to <body>: it goes to the editor, where the work is.
    if (focused) /** @type {HTMLElement | null} */ (document.querySelector(".cm-content"))?.focus();
  };
  notice.append(el("p", {}, text));
  for (const action of actions) {
    const button = el("button", { type: "button", class: "notice-action" }, action.label);
    button.addEventListener("click", () => {
      dismiss();
      action.run();
    });
    notice.append(button);
  }
  const close = el("button", { type: "button", class: "notice-dismiss", "aria-label": `Dismiss: ${text}` }, "Dismiss");
  close.addEventListener("click", dismiss);
  notice.append(close);
  box.append(notice);
  return dismiss;
}

/** Removes every notice (Start over). */
export function clearNotices() {
  document.querySelector("#notices")?.replaceChildren();
}
