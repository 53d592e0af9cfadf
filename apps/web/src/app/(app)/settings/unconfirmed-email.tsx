"use client";

import { useMutation } from "@tanstack/react-query";
import { Alert, Button } from "~/components/ui";
import { useAttempt } from "~/lib/use-action";
import { useTRPC } from "~/trpc/react";

/** Shown until the address is confirmed: until then Stride mails only account links to it. */
export function UnconfirmedEmail({ email }: { email: string }) {
  const trpc = useTRPC();
  const resend = useMutation(trpc.account.resendVerification.mutationOptions());
  const { attempt, error } = useAttempt();
  return (
    <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
      <p>
        {email} is not confirmed yet. Open the link we mailed to it: until then, Stride sends it
        nothing but account messages (password resets, confirmation links).
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {resend.isSuccess ? (
        <Alert tone="success">A new link is on its way to {email}.</Alert>
      ) : (
        <Button disabled={resend.isPending} onClick={() => attempt(() => resend.mutateAsync())}>
          {resend.isPending ? "Sending…" : "Send the link again"}
        </Button>
      )}
    </div>
  );
}
