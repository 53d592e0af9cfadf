"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, ButtonRow } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";
import type { InvitationKind } from "./invitation";

type Message = { tone: "error" | "success"; text: string };

/** Join a group, or accept or decline a coach: then on to what was joined. */
export function AnswerInvitation(props: { kind: InvitationKind; token: string; name: string }) {
  const { kind, token, name } = props;
  const trpc = useTRPC();
  const router = useRouter();
  const join = useMutation(trpc.groups.join.mutationOptions());
  const accept = useMutation(trpc.coaching.acceptInvite.mutationOptions());
  const decline = useMutation(trpc.coaching.declineInvite.mutationOptions());
  const [message, setMessage] = useState<Message | null>(null);
  const busy = join.isPending || accept.isPending || decline.isPending;
  const act = async (run: () => Promise<{ to: string; done: string }>) => {
    setMessage(null);
    try {
      const { to, done } = await run();
      setMessage({ tone: "success", text: done });
      router.push(to);
    } catch (caught) {
      setMessage({ tone: "error", text: serverMessage(caught) });
    }
  };
  const buttons =
    kind === "group"
      ? [
          {
            label: "Join the group",
            run: async () => {
              const { groupId } = await join.mutateAsync({ token });
              return { to: `/groups/${groupId}`, done: `You joined ${name}.` };
            },
          },
        ]
      : [
          {
            label: "Accept",
            run: async () => {
              await accept.mutateAsync({ token });
              return { to: "/settings#coaches", done: `${name} now coaches you.` };
            },
          },
          {
            label: "Decline",
            run: async () => {
              await decline.mutateAsync({ token });
              return { to: "/week", done: "Declined." };
            },
          },
        ];
  return (
    <div className="space-y-2">
      <ButtonRow
        disabled={busy}
        buttons={buttons.map((button) => ({ label: button.label, onClick: () => act(button.run) }))}
      />
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
