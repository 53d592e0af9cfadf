"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";

export function UnsubscribeButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const unsubscribe = useMutation(trpc.messages.unsubscribe.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  if (unsubscribe.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success">Done: you will get no more {unsubscribe.data.what}.</Alert>
        <Link
          className="font-semibold text-brand-700 underline dark:text-brand-500"
          href="/settings"
        >
          Choose which emails you get
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        className="w-full"
        disabled={unsubscribe.isPending}
        onClick={async () => {
          setError(null);
          try {
            await unsubscribe.mutateAsync({ token });
          } catch (caught) {
            setError(serverMessage(caught));
          }
        }}
      >
        {unsubscribe.isPending ? "Unsubscribing…" : "Unsubscribe"}
      </Button>
    </div>
  );
}
