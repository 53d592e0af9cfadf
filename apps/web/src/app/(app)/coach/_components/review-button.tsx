"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

/** Marking an athlete reviewed moves them below everyone still waiting, until the week turns. */
export function ReviewButton({ athleteId, reviewed }: { athleteId: string; reviewed: boolean }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const mark = useMutation(trpc.coach.markReviewed.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="secondary"
        disabled={mark.isPending}
        onClick={async () => {
          setError(null);
          try {
            await mark.mutateAsync({ athleteId, reviewed: !reviewed });
            refresh();
          } catch (caught) {
            setError(serverMessage(caught));
          }
        }}
      >
        {reviewed ? "Undo reviewed" : "Mark reviewed"}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
