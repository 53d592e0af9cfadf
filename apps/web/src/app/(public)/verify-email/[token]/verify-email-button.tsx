"use client";

import { useMutation } from "@tanstack/react-query";
import { LinkAction } from "~/components/link-action";
import { useTRPC } from "~/trpc/react";

export function VerifyEmailButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const verify = useMutation(trpc.account.verifyEmail.mutationOptions());
  return (
    <LinkAction
      run={() => verify.mutateAsync({ token })}
      label="Confirm my email"
      pendingLabel="Confirming…"
      done={() => "Your email is confirmed. Thank you."}
      next={{ href: "/week", label: "Go to this week" }}
    />
  );
}
