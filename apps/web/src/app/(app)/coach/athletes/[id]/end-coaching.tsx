"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Button, Card } from "~/components/ui";
import { useAttempt } from "~/lib/use-action";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

/** Ends a coaching link from either side, after a confirmation; access ends at once. */
export function EndCoaching({
  linkId,
  name,
  redirectTo = "/coach",
  role = "coach",
}: {
  linkId: string;
  name: string;
  redirectTo?: string;
  role?: "coach" | "athlete";
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useRefresh();
  const end = useMutation(trpc.coaching.end.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const { attempt, error } = useAttempt();
  const label = role === "coach" ? `Stop coaching ${name}` : `End coaching with ${name}`;
  return (
    <Card aria-label={label}>
      {confirming ? (
        <div className="space-y-2">
          <p className="text-sm">
            {role === "coach"
              ? `${name} will be told, and you will no longer see their goals and check-ins.`
              : `${name} will be told, and will no longer see your goals and check-ins.`}
          </p>
          <div className="flex gap-2">
            <Button
              type="button"
              disabled={end.isPending}
              onClick={() =>
                attempt(async () => {
                  await end.mutateAsync({ linkId });
                  router.push(redirectTo);
                  refresh();
                })
              }
            >
              Yes, end coaching
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          {label}
        </Button>
      )}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </Card>
  );
}
