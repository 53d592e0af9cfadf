"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Badge, Button, Card } from "~/components/ui";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

type Answer = { tone: "error" | "success"; text: string };

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
  const [note, setNote] = useState("");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const busy = accept.isPending || decline.isPending;
  const respond = async (run: () => Promise<unknown>, text: string) => {
    setAnswer(null);
    try {
      await run();
      setAnswer({ tone: "success", text });
      await onAnswered();
    } catch (caught) {
      setAnswer({ tone: "error", text: caught instanceof Error ? caught.message : "Try again." });
    }
  };
  return (
    <li className="space-y-2 rounded-xl border border-amber-300 p-3 dark:border-amber-800">
      <p className="text-sm">
        <span className="font-semibold">{proposal.coachName}</span> proposes:{" "}
        <span className="font-medium">{proposal.summary}</span>
      </p>
      {proposal.note ? <p className="text-sm italic">“{proposal.note}”</p> : null}
      <label className="block text-sm font-medium">
        A note for {proposal.coachName} (optional)
        <textarea
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          className="mt-1 block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
        />
      </label>
      <div className="flex gap-2">
        <Button
          type="button"
          disabled={busy}
          onClick={() =>
            respond(
              () => accept.mutateAsync({ id: proposal.id, note }),
              "Accepted: your goals are updated.",
            )
          }
        >
          Accept
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={busy}
          onClick={() =>
            respond(
              () => decline.mutateAsync({ id: proposal.id, note }),
              "Declined. Your coach will see your note.",
            )
          }
        >
          Decline
        </Button>
      </div>
      {answer ? <Alert tone={answer.tone}>{answer.text}</Alert> : null}
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
