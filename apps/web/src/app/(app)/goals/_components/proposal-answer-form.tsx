"use client";

import { respondInput } from "@stride/domain/coaching";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { FirstUseStart } from "~/components/form/first-use";
import { useOneFieldForm } from "~/components/form/one-field-form";
import { Alert } from "~/components/ui";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import { ProposalAnswerView } from "./proposal-answer-view";

const noteForm = respondInput.omit({ id: true });
const DONE = {
  accept: "Accepted: your goals are updated.",
  decline: "Declined. Your coach will see your note.",
} as const;

export type ProposalAnswerProps = { proposalId: string; coachName: string };

/** Accept or decline a coach's proposal, with a note they will see. */
export default function ProposalAnswerForm({
  proposalId,
  coachName,
  start,
}: ProposalAnswerProps & { start: FirstUseStart }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const accept = useMutation(trpc.coaching.acceptProposal.mutationOptions());
  const decline = useMutation(trpc.coaching.declineProposal.mutationOptions());
  const [answered, setAnswered] = useState<string | null>(null);
  const view = useOneFieldForm({
    name: "note",
    schema: noteForm,
    start,
    send: async (note, pressed) => {
      setAnswered(null);
      const action = pressed === "decline" ? "decline" : "accept";
      const send = action === "accept" ? accept.mutateAsync : decline.mutateAsync;
      await send({ id: proposalId, note });
      setAnswered(DONE[action]);
      await refresh();
    },
  });
  return (
    <>
      <ProposalAnswerView coachName={coachName} {...view} />
      {answered ? <Alert tone="success">{answered}</Alert> : null}
    </>
  );
}
