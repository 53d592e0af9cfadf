"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { useAttempt } from "~/lib/use-action";
import { useTRPC } from "~/trpc/react";

/** The athlete's coaches; ending a link removes that coach's access at once. */
export function MyCoaches() {
  const trpc = useTRPC();
  const coaches = useQuery(trpc.coaching.myCoaches.queryOptions());
  const end = useMutation(trpc.coaching.end.mutationOptions());
  const [confirming, setConfirming] = useState<string | null>(null);
  const { attempt, error } = useAttempt();
  if (coaches.isPending) return <p className="text-sm">Loading…</p>;
  if (coaches.isError) return <Alert tone="error">{coaches.error.message}</Alert>;
  if (coaches.data.length === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        No coach yet. A coach's invitation link brings you here.
      </p>
    );
  return (
    <div className="space-y-2">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Your coaches see the goals and check-ins you share with your coach or groups, and your
        activities.
      </p>
      <ul className="space-y-2">
        {coaches.data.map((coach) => (
          <li key={coach.linkId} className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium">{coach.name}</span>
            {confirming === coach.linkId ? (
              <>
                <span>End coaching? {coach.name} loses access at once.</span>
                <Button
                  type="button"
                  disabled={end.isPending}
                  onClick={() =>
                    attempt(async () => {
                      await end.mutateAsync({ linkId: coach.linkId });
                      setConfirming(null);
                      await coaches.refetch();
                    })
                  }
                >
                  Yes, end coaching
                </Button>
                <Button type="button" variant="secondary" onClick={() => setConfirming(null)}>
                  Keep
                </Button>
              </>
            ) : (
              <Button type="button" variant="secondary" onClick={() => setConfirming(coach.linkId)}>
                End coaching with {coach.name}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
