"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";
import { useMutate } from "~/trpc/use-mutate";
import { useRefresh } from "~/trpc/use-refresh";

export function LeaveGroup({
  groupId,
  isOwner,
  alone,
}: {
  groupId: string;
  isOwner: boolean;
  alone: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = useRefresh();
  const leave = useMutate(trpc.groups.leave.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (isOwner && !alone) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        To leave, first make another member the owner.
      </p>
    );
  }
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {alone ? "You're the last member: leaving closes the group." : "Leave this group?"}
          <Button
            type="button"
            onClick={async () => {
              try {
                await leave({ groupId });
                router.push("/groups");
                refresh();
              } catch (caught) {
                setError(serverMessage(caught));
              }
            }}
          >
            Yes, leave
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
            Stay
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          Leave group
        </Button>
      )}
    </div>
  );
}
