// The show caller's service worker: the night view must open again with no network at
// all (backstage Wi-Fi fails, a phone reloads a tab it had put to sleep). Registered only
// by the show-caller page (web/src/pages/ShowCallerPage.tsx), scope /events/.
//
// What it keeps: once the show-caller page has loaded, the page posts the files it used
// (its HTML, the hashed /assets/ scripts and styles, /config.json, the icon); they are
// fetched into one cache and anything older is deleted, so a new deploy replaces the
// copy instead of piling up. The run of show and the night's state are kept by the page
// itself (localStorage), not here.
//
// What it answers: only GETs of the same origin for a show-caller page, /assets/,
// /config.json and /favicon.svg, and always **network first**: online, every answer is
// the server's (a new deploy is never hidden behind a cached copy); only when the
// request fails does the kept copy answer. Everything else (the API, other pages'
// requests) is not touched.
const CACHE = "fashionos-show-caller";
const SHELL = "/__show-caller-page";
const CALLER_PAGE = /^\/events\/[^/]+\/show-caller\/?$/;
const KEPT_FILES = /^\/(assets\/.+|config\.json|favicon\.svg)$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "keep" || typeof data.page !== "string" || !Array.isArray(data.files)) return;
  event.waitUntil(keep(data.page, data.files).catch(() => {}));
});

/** Fetches the page and its files into the cache; deletes what the page no longer uses. */
async function keep(page, files) {
  const origin = self.location.origin;
  const wanted = files
    .map((file) => new URL(file, origin))
    .filter((url) => url.origin === origin && KEPT_FILES.test(url.pathname))
    .map((url) => url.pathname);
  const cache = await caches.open(CACHE);
  const pageUrl = new URL(page, origin);
  if (pageUrl.origin !== origin || !CALLER_PAGE.test(pageUrl.pathname)) return;
  const html = await fetch(pageUrl.pathname, { cache: "no-cache" });
  if (!html.ok) return;
  await cache.put(SHELL, html);
  const keepSet = new Set([SHELL, ...wanted]);
  await Promise.all(
    [...keepSet]
      .filter((path) => path !== SHELL)
      .map(async (path) => {
        const response = await fetch(path);
        if (response.ok) await cache.put(path, response);
      }),
  );
  for (const request of await cache.keys()) {
    if (!keepSet.has(new URL(request.url).pathname)) await cache.delete(request);
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const page = request.mode === "navigate" && CALLER_PAGE.test(url.pathname);
  if (!page && !KEPT_FILES.test(url.pathname)) return;
  event.respondWith(
    fetch(request).catch(async (error) => {
      const kept = await caches.match(page ? SHELL : url.pathname, { cacheName: CACHE });
      if (kept) return kept;
      throw error;
    }),
  );
});
