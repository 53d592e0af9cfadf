"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

export function CopyLastWeekButton({ weekStart }: { weekStart: string }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const copy = useMutation(trpc.goals.copyPreviousWeek.mutationOptions());
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        type="button"
        variant="secondary"
        disabled={copy.isPending}
        onClick={async () => {
          try {
            const result = await copy.mutateAsync({ weekStart });
            setMessage(
              result.copied > 0
                ? `Copied ${result.copied} micro goal${result.copied === 1 ? "" : "s"} from last week.`
                : result.skipped > 0
                  ? "Last week's micro goals are already in this week."
                  : "Last week had no micro goals to copy.",
            );
            refresh();
          } catch (error) {
            setMessage(serverMessage(error));
          }
        }}
      >
        Copy last week's micro goals
      </Button>
      {message ? (
        <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          {message}
        </p>
      ) : null}
    </div>
  );
}
