"use client";

import { respondInput } from "@stride/domain/coaching";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { FirstUseStart } from "~/components/form/first-use";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Alert } from "~/components/ui";
import { schemaResolver } from "~/lib/schema-resolver";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import { ProposalAnswerView } from "./proposal-answer-view";

const noteForm = respondInput.omit({ id: true });
const FIELDS = ["note"] as const;
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
  const form = useForm({
    defaultValues: { note: start.values.note ?? "" },
    resolver: schemaResolver(noteForm, (values) => values),
  });
  const { problem, fail, clear } = useFormProblem(FIELDS, form.setError);
  const [answered, setAnswered] = useState<string | null>(null);
  const respond = (action: "accept" | "decline") =>
    form.handleSubmit(async ({ note }) => {
      clear();
      setAnswered(null);
      try {
        const send = action === "accept" ? accept.mutateAsync : decline.mutateAsync;
        await send({ id: proposalId, note });
        setAnswered(DONE[action]);
        await refresh();
      } catch (error) {
        fail(error);
      }
    })();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const pressed = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value");
    void respond(pressed === "decline" ? "decline" : "accept");
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when this form takes over.
  useEffect(() => {
    if (start.action === "accept" || start.action === "decline") void respond(start.action);
  }, []);
  return (
    <>
      <ProposalAnswerView
        coachName={coachName}
        field={form.register("note")}
        error={form.formState.errors.note?.message}
        problem={<FormProblemNotice problem={problem} />}
        busy={form.formState.isSubmitting}
        onSubmit={onSubmit}
      />
      {answered ? <Alert tone="success">{answered}</Alert> : null}
    </>
  );
}
