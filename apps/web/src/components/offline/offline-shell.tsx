"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Moment } from "~/components/moment";
import { noAnswer, serverMessage } from "~/lib/server-message";
import { useTRPCClient } from "~/trpc/react";
import {
  forget,
  forgetPages,
  markProblem,
  onOutboxChange,
  setDeviceOwner,
  type Waiting,
  waitingFor,
} from "./device-store";
import { useOnline } from "./use-online";

const KEPT_AT = "stride-pages-kept-at";
const OWNER = "stride-device-owner";
/** How often the app asks the service worker to fetch the offline pages afresh. */
const KEEP_EVERY_MS = 15 * 60 * 1000;

/**
 * The signed-in app on this device: registers the service worker (production builds), keeps
 * /week, the check-in and the goal tree for offline reading, says when the page is offline and
 * from when, and sends what was made offline once the connection returns.
 */
export function OfflineShell({
  userId,
  renderedAt,
  keep,
}: {
  userId: string;
  renderedAt: string;
  keep: string[];
}) {
  const online = useOnline();
  const client = useTRPCClient();
  const router = useRouter();
  const [waiting, setWaiting] = useState<Waiting[]>([]);
  const sending = useRef(false);

  const reload = useCallback(async () => setWaiting(await waitingFor(userId)), [userId]);

  const send = useCallback(async () => {
    if (sending.current || !navigator.onLine) return;
    sending.current = true;
    let sent = 0;
    try {
      for (const entry of await waitingFor(userId)) {
        if (entry.problem) continue;
        const context = { idempotencyKey: entry.key };
        try {
          if (entry.kind === "checkin")
            await client.checkins.submit.mutate(entry.input, { context });
          else await client.activities.create.mutate(entry.input, { context });
          await forget(entry.key);
          sent += 1;
        } catch (error) {
          if (noAnswer(error)) break;
          await markProblem(entry, serverMessage(error));
        }
      }
    } finally {
      sending.current = false;
    }
    if (sent > 0) router.refresh();
  }, [client, router, userId]);

  useEffect(() => {
    setDeviceOwner(userId);
    // Another person's pages must not be read here: a new person on this device starts empty.
    if (localStorage.getItem(OWNER) !== userId) {
      void forgetPages();
      localStorage.setItem(OWNER, userId);
      localStorage.removeItem(KEPT_AT);
    }
    const signOut = (event: Event) => {
      if ((event.target as Element | null)?.closest?.("[data-sign-out]")) {
        void forgetPages();
        localStorage.removeItem(KEPT_AT);
      }
    };
    document.addEventListener("submit", signOut, true);
    void reload();
    const stop = onOutboxChange(() => void reload());
    return () => {
      stop();
      document.removeEventListener("submit", signOut, true);
    };
  }, [userId, reload]);

  useEffect(() => {
    if (online) void send();
  }, [online, send]);

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

  if (online && waiting.length === 0) return null;
  return (
    <div className="mx-auto max-w-5xl space-y-2 px-4 pt-3">
      {online ? null : (
        <p
          role="status"
          className="rounded-lg bg-amber-100 px-3 py-2 text-sm font-medium text-amber-950 dark:bg-amber-900/60 dark:text-amber-50"
        >
          You're offline — showing what was saved at <Moment at={renderedAt} />.
        </p>
      )}
      {waiting.length > 0 ? (
        <section
          aria-labelledby="waiting-heading"
          className="rounded-lg border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800"
        >
          <h2 id="waiting-heading" className="font-semibold">
            Waiting to be sent
          </h2>
          <ul className="mt-1 space-y-1">
            {waiting.map((entry) => (
              <li key={entry.key} className="flex flex-wrap items-center gap-x-2">
                <span>{entry.summary}</span>
                <span className="text-zinc-600 dark:text-zinc-400">
                  · saved <Moment at={entry.savedAt} />
                </span>
                {entry.problem ? (
                  <>
                    <span className="text-red-700 dark:text-red-400">
                      Not sent: {entry.problem}
                    </span>
                    <button
                      type="button"
                      onClick={() => void forget(entry.key)}
                      className="min-h-11 rounded-lg px-2 font-medium underline"
                    >
                      Discard
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {online ? null : (
            <p className="text-zinc-600 dark:text-zinc-400">
              It will be sent when you're back online.
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
