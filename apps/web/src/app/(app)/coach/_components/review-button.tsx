"use client";

import { useMutation } from "@tanstack/react-query";
import { Alert, Button } from "~/components/ui";
import { useAction } from "~/lib/use-action";
import { useTRPC } from "~/trpc/react";

/** Marking an athlete reviewed moves them below everyone still waiting, until the week turns. */
export function ReviewButton({ athleteId, reviewed }: { athleteId: string; reviewed: boolean }) {
  const trpc = useTRPC();
  const mark = useMutation(trpc.coach.markReviewed.mutationOptions());
  const { run, error } = useAction();
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="secondary"
        disabled={mark.isPending}
        onClick={async () => {
          await run(() => mark.mutateAsync({ athleteId, reviewed: !reviewed }));
        }}
      >
        {reviewed ? "Undo reviewed" : "Mark reviewed"}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
