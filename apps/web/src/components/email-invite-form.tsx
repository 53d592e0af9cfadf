"use client";

import { emailInviteInput } from "@stride/domain/accounts";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import { EmailInviteView } from "./email-invite-view";
import type { FirstUseStart } from "./form/first-use";
import { useOneFieldForm } from "./form/one-field-form";

/** Whom the invitation is to: the coach's athletes, or one of the owner's groups. */
export type EmailInviteProps = {
  label: string;
  to: { kind: "coach" } | { kind: "group"; groupId: string };
};

/**
 * A personal invitation, to a group or to be coached, mailed to the address (and in an account's
 * notifications). The answer is the same sentence whether or not the address has an account.
 */
export default function EmailInviteForm({
  label,
  to,
  start,
}: EmailInviteProps & { start: FirstUseStart }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toCoach = useMutation(trpc.coach.inviteByEmail.mutationOptions());
  const toGroup = useMutation(trpc.groups.inviteByEmail.mutationOptions());
  const [sent, setSent] = useState<string | null>(null);
  const view = useOneFieldForm({
    name: "email",
    schema: emailInviteInput,
    start,
    send: async (email) => {
      setSent(null);
      const answer =
        to.kind === "coach"
          ? await toCoach.mutateAsync({ email })
          : await toGroup.mutateAsync({ groupId: to.groupId, email });
      setSent(answer.message);
      await refresh();
    },
    emptyWhenSent: true,
  });
  return <EmailInviteView label={label} sent={sent} {...view} />;
}
