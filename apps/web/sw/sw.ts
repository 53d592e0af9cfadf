/**
 * Stride's service worker (built by scripts/build-sw.ts into public/sw.js, served at /sw.js).
 *
 * - Pages: network first; what was fetched last is kept, so /week, the check-in form and the goal
 *   tree read offline once seen (the app also asks for them when it loads: see `keep` below).
 *   A page never seen gets /offline.html. Only whole, non-redirected 200 pages are kept, so a
 *   signed-out visit never stores the sign-in page under /week; the app empties the page cache
 *   on sign-out, so nothing personal outlives its session on a shared device.
 * - The app's build files (/_next/static, content-hashed): cache first.
 * - /api: never cached (sessions, tRPC, exports).
 * - Web Push: shows the message and opens its page when tapped.
 */
import {
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  type PrecacheEntry,
  Serwist,
  type SerwistPlugin,
} from "serwist";

declare const self: ServiceWorkerGlobalScope;
declare const OFFLINE_REVISION: string;

/** Also named by the app, which empties it on sign-out (src/components/offline/device-store.ts). */
const PAGES_CACHE = "stride-pages";

const wholePagesOnly: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 && !response.redirected && response.type === "basic" ? response : null,
};

const precacheEntries: PrecacheEntry[] = [{ url: "/offline.html", revision: OFFLINE_REVISION }];

const serwist = new Serwist({
  precacheEntries,
  skipWaiting: true,
  clientsClaim: true,
  disableDevLogs: true,
  runtimeCaching: [
    { matcher: ({ url }) => url.pathname.startsWith("/api/"), handler: new NetworkOnly() },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: 8,
        plugins: [wholePagesOnly, new ExpirationPlugin({ maxEntries: 40 })],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "stride-static",
        plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600 })],
      }),
    },
  ],
  fallbacks: {
    entries: [{ url: "/offline.html", matcher: ({ request }) => request.mode === "navigate" }],
  },
});

serwist.addEventListeners();

/** `{type: "keep", urls}`: fetch these pages now (signed in, online) and keep them for offline. */
self.addEventListener("message", (event) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  if (data?.type !== "keep" || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter(
    (url): url is string => typeof url === "string" && url.startsWith("/"),
  );
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PAGES_CACHE);
      for (const url of urls.slice(0, 6)) {
        const response = await fetch(url, { credentials: "same-origin" }).catch(() => null);
        const kept = response && (await wholePagesOnly.cacheWillUpdate?.({ response } as never));
        if (kept) await cache.put(url, kept);
      }
    })(),
  );
});

type PushPayload = { title?: string; body?: string; url?: string; kind?: string };

self.addEventListener("push", (event) => {
  let payload: PushPayload = {};
  try {
    payload = (event.data?.json() ?? {}) as PushPayload;
  } catch {
    payload = { body: event.data?.text() };
  }
  event.waitUntil(
    self.registration.showNotification(payload.title ?? "Stride", {
      body: payload.body ?? "",
      icon: "/icons/icon-192.png",
      tag: payload.kind,
      data: { url: payload.url ?? "/week" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(String(event.notification.data?.url ?? "/week"), self.location.origin);
  // Only this site's own pages open from a notification.
  const target = url.origin === self.location.origin ? url.href : self.location.origin;
  event.waitUntil(self.clients.openWindow(target));
});
