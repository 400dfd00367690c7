// The show caller's page must open again with no network at all: a service worker
// (web/public/show-caller-sw.js, scope /events/) keeps the page's own files, and the
// page keeps the run of show and the night's state in localStorage (ShowCallerPage.tsx).

/** The cache the service worker keeps the page's files in (read by the browser test). */
export const SHOW_CALLER_CACHE = "fashionos-show-caller";

/**
 * Registers the service worker and asks it to keep this page and the files it loaded.
 * Call once the run of show came from the server (online). Without service workers (a
 * private window, an old browser, plain http on a LAN address) it does nothing: the kept
 * data still serves while the page stays open.
 */
export function keepShowCallerOffline(): void {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker
    .register("/show-caller-sw.js", { scope: "/events/" })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const files = performance.getEntriesByType("resource").map((entry) => entry.name);
      registration.active?.postMessage({ type: "keep", page: window.location.pathname, files });
    })
    .catch(() => {});
}
