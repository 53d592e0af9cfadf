"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { respondInput } from "@stride/domain/coaching";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Alert, Badge, ButtonRow, Card } from "~/components/ui";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

const noteForm = respondInput.omit({ id: true });
const FIELDS = ["note"] as const;

function PendingProposal({
  proposal,
  onAnswered,
}: {
  proposal: { id: string; coachName: string; summary: string; note: string };
  onAnswered: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const accept = useMutation(trpc.coaching.acceptProposal.mutationOptions());
  const decline = useMutation(trpc.coaching.declineProposal.mutationOptions());
  const form = useForm({ defaultValues: { note: "" }, resolver: zodResolver(noteForm) });
  const { problem, fail, clear } = useFormProblem(FIELDS, form.setError);
  const [answered, setAnswered] = useState<string | null>(null);
  const busy = form.formState.isSubmitting;
  const respond = (send: (input: { id: string; note: string }) => Promise<unknown>, text: string) =>
    form.handleSubmit(async ({ note }) => {
      clear();
      setAnswered(null);
      try {
        await send({ id: proposal.id, note });
        setAnswered(text);
        await onAnswered();
      } catch (error) {
        fail(error);
      }
    });
  return (
    <li className="space-y-2 rounded-xl border border-amber-300 p-3 dark:border-amber-800">
      <p className="text-sm">
        <span className="font-semibold">{proposal.coachName}</span> proposes:{" "}
        <span className="font-medium">{proposal.summary}</span>
      </p>
      {proposal.note ? <p className="text-sm italic">“{proposal.note}”</p> : null}
      <form noValidate className="space-y-2" aria-label={`Answer ${proposal.coachName}`}>
        <TextAreaField
          label={`A note for ${proposal.coachName} (optional)`}
          rows={2}
          error={form.formState.errors.note?.message}
          {...form.register("note")}
        />
        <ButtonRow
          disabled={busy}
          buttons={[
            {
              label: "Accept",
              onClick: respond(
                (input) => accept.mutateAsync(input),
                "Accepted: your goals are updated.",
              ),
            },
            {
              label: "Decline",
              onClick: respond(
                (input) => decline.mutateAsync(input),
                "Declined. Your coach will see your note.",
              ),
            },
          ]}
        />
      </form>
      <FormProblemNotice problem={problem} />
      {answered ? <Alert tone="success">{answered}</Alert> : null}
    </li>
  );
}

/**
 * Proposals from the athlete's coaches: accept (it takes effect) or decline with a note. The page
 * prefetches them with the tree and hydrates them, so the tree does not move down when they arrive.
 */
export function CoachProposals() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const proposals = useQuery(trpc.coaching.proposals.queryOptions());
  const pending = proposals.data?.filter((p) => p.status === "pending") ?? [];
  const answered = proposals.data?.filter((p) => p.status !== "pending").slice(0, 5) ?? [];
  if (!proposals.data || proposals.data.length === 0) return null;
  return (
    <Card id="proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading" className="mb-3 text-lg font-semibold">
        From your coach
      </h2>
      {pending.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Nothing waiting for you.</p>
      ) : (
        <ul className="space-y-3" aria-label="Proposals waiting for you">
          {pending.map((p) => (
            <PendingProposal key={p.id} proposal={p} onAnswered={refresh} />
          ))}
        </ul>
      )}
      {answered.length > 0 ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium">Earlier proposals</summary>
          <ul className="mt-2 space-y-1">
            {answered.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-2">
                <Badge tone={p.status === "accepted" ? "success" : "neutral"}>{p.status}</Badge>
                {p.summary}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
