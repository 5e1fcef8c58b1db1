// @ts-check
// The service worker (offline use) and updates: a new build is offered with "Reload to update",
// and every playground tab moves to it as a whole (it never runs one build's page with another's
// files). The session is saved before the reload, so the code in each tab is kept.
import { el } from "./dom.js";

/**
 * @param {{ $: (selector: string) => HTMLElement, saveNow: () => void }} app
 */
export function setUpServiceWorker(app) {
  const status = app.$("#offline-status");
  if (!("serviceWorker" in navigator)) return;
  // A page is moved to a new version as a whole: when a new worker takes over from the one that
  // controlled it (this tab's "Reload to update" or another tab's), it reloads. The first worker
  // taking over a page loaded from the network (no controller yet) changes nothing for it.
  let controlled = Boolean(navigator.serviceWorker.controller);
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    const replaced = controlled;
    controlled = true;
    if (!replaced || reloading) return;
    reloading = true;
    app.saveNow();
    location.reload();
  });
  navigator.serviceWorker
    .register("./sw.js")
    .then((registration) => {
      // Browsers under automation may block service workers and answer with nothing.
      if (!registration) return null;
      const offer = () => {
        const waiting = registration.waiting;
        if (!waiting || !navigator.serviceWorker.controller || document.querySelector("#update-now")) return;
        const button = el("button", { type: "button", id: "update-now" }, "Reload to update");
        button.addEventListener("click", () => {
          button.setAttribute("disabled", "");
          button.textContent = "Updating…";
          waiting.postMessage({ type: "skip-waiting" });
        });
        status.replaceChildren(
          "Works offline. A new version is ready: ",
          button,
          " (every playground tab reloads; your code, settings and dropped files are kept).",
        );
      };
      registration.addEventListener("updatefound", () => {
        const installing = registration.installing;
        installing?.addEventListener("statechange", () => installing.state === "installed" && offer());
      });
      offer();
      // A tab left open for days still hears of new versions.
      setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
      return navigator.serviceWorker.ready;
    })
    .then((ready) => {
      if (ready && !status.textContent) status.textContent = "Works offline.";
    })
    .catch((error) => (status.textContent = `Offline mode unavailable: ${error.message}`));
}
