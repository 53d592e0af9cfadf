"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Moment } from "~/components/moment";
import { noAnswer, serverMessage } from "~/lib/server-message";
import { useTRPCClient } from "~/trpc/react";
import { forget, markProblem, onOutboxChange, type Waiting, waitingFor } from "./device-store";

/**
 * What was made offline on this device and waits to be sent, and the sending: each draft with
 * the idempotency key its form made, whenever the browser is online (at once, and again each
 * time the connection returns). Loaded after the page (OfflineShell), so it costs the first paint
 * nothing.
 */
export default function Outbox({ userId, online }: { userId: string; online: boolean }) {
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
    void reload();
    return onOutboxChange(() => void reload());
  }, [reload]);

  useEffect(() => {
    if (online) void send();
  }, [online, send]);

  if (waiting.length === 0) return null;
  return (
    <section
      aria-labelledby="waiting-heading"
      className="mt-3 rounded-lg border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800"
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
                <span className="text-red-700 dark:text-red-400">Not sent: {entry.problem}</span>
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
        <p className="text-zinc-600 dark:text-zinc-400">It will be sent when you're back online.</p>
      )}
    </section>
  );
}
