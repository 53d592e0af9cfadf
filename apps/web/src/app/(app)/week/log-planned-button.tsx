"use client";

import { useMutation } from "@tanstack/react-query";
import { InlineError } from "~/components/inline-error";
import { useAction } from "~/lib/use-action";
import { useTRPC } from "~/trpc/react";

/** "What I planned, done": one tap logs the session as planned. */
export function LogPlannedButton({ sessionId, label }: { sessionId: string; label: string }) {
  const trpc = useTRPC();
  const log = useMutation(trpc.activities.logPlanned.mutationOptions());
  const { run, error } = useAction();
  return (
    <span className="flex items-center gap-2">
      <button
        type="button"
        disabled={log.isPending}
        aria-label={`Done as planned: ${label}`}
        className="min-h-11 rounded-lg bg-brand-600 px-3 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        onClick={async () => {
          await run(() => log.mutateAsync({ sessionId }));
        }}
      >
        {log.isPending ? "Logging…" : "Done as planned"}
      </button>
      <InlineError error={error} />
    </span>
  );
}
