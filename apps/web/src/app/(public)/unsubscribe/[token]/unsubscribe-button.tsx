"use client";

import { useMutation } from "@tanstack/react-query";
import { LinkAction } from "~/components/link-action";
import { useTRPC } from "~/trpc/react";

export function UnsubscribeButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const unsubscribe = useMutation(trpc.messages.unsubscribe.mutationOptions());
  return (
    <LinkAction
      run={() => unsubscribe.mutateAsync({ token })}
      label="Unsubscribe"
      pendingLabel="Unsubscribing…"
      done={(result) => `Done: you will get no more ${result.what}.`}
      next={{ href: "/settings", label: "Choose which emails you get" }}
    />
  );
}
