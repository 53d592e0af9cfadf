"use client";

import type { AppRouter } from "@stride/api";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { Alert, Badge, Section } from "~/components/ui";
import { useAction } from "~/lib/use-action";
import { useTRPC } from "~/trpc/react";

type Proposal = inferRouterOutputs<AppRouter>["coach"]["athlete"]["proposals"][number];

export const PROPOSAL_TONE = {
  pending: "warning",
  accepted: "success",
  declined: "danger",
  withdrawn: "neutral",
} as const;

/** What the coach proposed to this athlete, and what became of it. */
export function ProposalList({
  athleteId,
  proposals,
}: {
  athleteId: string;
  proposals: Proposal[];
}) {
  const trpc = useTRPC();
  const withdraw = useMutation(trpc.coach.withdrawProposal.mutationOptions());
  const { run, error } = useAction();
  if (proposals.length === 0) return null;
  return (
    <Section headingId="proposals-heading" gap="mb-3" title="Your proposals">
      <ul className="space-y-2 text-sm">
        {proposals.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-2">
            <Badge tone={PROPOSAL_TONE[p.status]}>{p.status}</Badge>
            <span>{p.summary}</span>
            {p.responseNote ? <span className="italic">“{p.responseNote}”</span> : null}
            {p.status === "pending" ? (
              <button
                type="button"
                className="inline-flex min-h-11 items-center px-2 text-sm underline"
                onClick={async () => {
                  await run(() => withdraw.mutateAsync({ athleteId, id: p.id }));
                }}
              >
                Withdraw
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </Section>
  );
}
