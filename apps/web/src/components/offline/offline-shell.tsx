"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { OUTBOX_CHANGED, OWNER_KEY, WAITING_KEY } from "./device-store-keys";
import { forgetPages } from "./pages";
import { useOnline } from "./use-online";

// What waits to be sent (IndexedDB, the sending): not part of the page's own JavaScript. Loaded
// when something waits or the connection drops, else a while after the page loaded (so the
// service worker keeps its chunk for offline use). Offline with no copy of the chunk, there is
// nothing to show (the forms still keep their drafts).
const loadOutbox = () => import("./outbox");
const Outbox = lazy(() =>
  loadOutbox().catch(() => ({ default: (_: { userId: string; online: boolean }) => null })),
);
const OUTBOX_AFTER_LOAD_MS = 3000;

const KEPT_AT = "stride-pages-kept-at";
/** How often the app asks the service worker to fetch the offline pages afresh. */
const KEEP_EVERY_MS = 15 * 60 * 1000;

/**
 * The signed-in app on this device: registers the service worker (production builds), keeps
 * /week, the check-in and the goal tree for offline reading, says when the page is offline and
 * from when, and (Outbox) sends what was made offline once the connection returns.
 */
export function OfflineShell({
  userId,
  savedAt,
  keep,
}: {
  userId: string;
  /** When the server rendered this page, as the viewer's clock reads it. */
  savedAt: { iso: string; label: string };
  keep: string[];
}) {
  const online = useOnline();
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    // Another person's pages must not be read here: a new person on this device starts empty.
    if (localStorage.getItem(OWNER_KEY) !== userId) {
      void forgetPages();
      localStorage.setItem(OWNER_KEY, userId);
      localStorage.removeItem(KEPT_AT);
    }
    const signOut = (event: Event) => {
      if ((event.target as Element | null)?.closest?.("[data-sign-out]")) {
        void forgetPages();
        localStorage.removeItem(KEPT_AT);
      }
    };
    document.addEventListener("submit", signOut, true);
    const show = () => setLoaded(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const afterLoad = () => {
      timer = setTimeout(show, OUTBOX_AFTER_LOAD_MS);
    };
    if (localStorage.getItem(WAITING_KEY) || !navigator.onLine) show();
    else if (document.readyState === "complete") afterLoad();
    else window.addEventListener("load", afterLoad, { once: true });
    window.addEventListener(OUTBOX_CHANGED, show);
    window.addEventListener("offline", show);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("submit", signOut, true);
      window.removeEventListener("load", afterLoad);
      window.removeEventListener(OUTBOX_CHANGED, show);
      window.removeEventListener("offline", show);
    };
  }, [userId]);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    void navigator.serviceWorker.register("/sw.js").then(async () => {
      const ready = await navigator.serviceWorker.ready;
      const last = Number(localStorage.getItem(KEPT_AT) ?? 0);
      if (!navigator.onLine || Date.now() - last < KEEP_EVERY_MS) return;
      localStorage.setItem(KEPT_AT, String(Date.now()));
      ready.active?.postMessage({ type: "keep", urls: keep });
    });
  }, [keep]);

  return (
    <div
      className="mx-auto max-w-5xl space-y-2 px-4 empty:hidden"
      data-outbox={loaded ? "on" : "later"}
    >
      {online ? null : (
        <p
          role="status"
          className="mt-3 rounded-lg bg-amber-100 px-3 py-2 text-sm font-medium text-amber-950 dark:bg-amber-900/60 dark:text-amber-50"
        >
          You're offline — showing what was saved at{" "}
          <time dateTime={savedAt.iso}>{savedAt.label}</time>.
        </p>
      )}
      {loaded ? (
        <Suspense fallback={null}>
          <Outbox userId={userId} online={online} />
        </Suspense>
      ) : null}
    </div>
  );
}
