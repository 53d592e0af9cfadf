"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";

export function JoinButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const join = useMutation(trpc.groups.join.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        type="button"
        disabled={join.isPending}
        onClick={async () => {
          try {
            const result = await join.mutateAsync({ token });
            router.push(`/groups/${result.groupId}`);
          } catch (caught) {
            setError(caught instanceof Error ? caught.message : "Could not join.");
          }
        }}
      >
        Join the group
      </Button>
    </div>
  );
}
