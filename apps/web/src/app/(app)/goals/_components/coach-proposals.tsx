import type { AppRouter } from "@stride/api";
import type { inferRouterOutputs } from "@trpc/server";
import { FirstUse } from "~/components/form/first-use";
import { Badge, Card } from "~/components/ui";
import { PlanPreview } from "./plan-preview";
import { ProposalAnswerView } from "./proposal-answer-view";

type Proposal = inferRouterOutputs<AppRouter>["coaching"]["proposals"][number];

function PendingProposal({ proposal }: { proposal: Proposal }) {
  return (
    <li className="space-y-2 rounded-xl border border-amber-300 p-3 dark:border-amber-800">
      <p className="text-sm">
        <span className="font-semibold">{proposal.coachName}</span> proposes:{" "}
        <span className="font-medium">{proposal.summary}</span>
      </p>
      {proposal.note ? <p className="text-sm italic">“{proposal.note}”</p> : null}
      {proposal.weeks ? <PlanPreview weeks={proposal.weeks} /> : null}
      {/* The answer loads react-hook-form when first used, so the goals page stays light. */}
      <FirstUse
        form="proposalAnswer"
        props={{ proposalId: proposal.id, coachName: proposal.coachName }}
        light={
          <ProposalAnswerView
            coachName={proposal.coachName}
            field={{ name: "note", defaultValue: "" }}
          />
        }
      />
    </li>
  );
}

/**
 * Proposals from the athlete's coaches: accept (it takes effect) or decline with a note. Rendered
 * on the server with the tree, so the tree does not move down when they arrive; only the answer
 * form is client code, loaded on first use, and an answer re-renders this list (useRefresh).
 */
export function CoachProposals({ proposals }: { proposals: Proposal[] }) {
  const pending = proposals.filter((p) => p.status === "pending");
  const answered = proposals.filter((p) => p.status !== "pending").slice(0, 5);
  if (proposals.length === 0) return null;
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
            <PendingProposal key={p.id} proposal={p} />
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
