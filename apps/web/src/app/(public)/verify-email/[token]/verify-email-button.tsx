"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";

export function VerifyEmailButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const verify = useMutation(trpc.account.verifyEmail.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  if (verify.isSuccess) {
    return (
      <div className="space-y-4">
        <Alert tone="success">Your email is confirmed. Thank you.</Alert>
        <Link className="font-semibold text-brand-700 underline dark:text-brand-500" href="/week">
          Go to this week
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        className="w-full"
        disabled={verify.isPending}
        onClick={async () => {
          setError(null);
          try {
            await verify.mutateAsync({ token });
          } catch (caught) {
            setError(serverMessage(caught));
          }
        }}
      >
        {verify.isPending ? "Confirming…" : "Confirm my email"}
      </Button>
    </div>
  );
}
