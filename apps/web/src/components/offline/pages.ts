/** The service worker's page cache (sw/sw.ts): emptied on sign-out and when the person changes. */
export const PAGES_CACHE = "stride-pages";

export async function forgetPages() {
  if ("caches" in window) await caches.delete(PAGES_CACHE);
}
