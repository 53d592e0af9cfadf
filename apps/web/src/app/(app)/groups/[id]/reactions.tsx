"use client";

import type { AppRouter } from "@stride/api";
import { REACTION_KINDS, REACTION_LABELS, type ReactionKind } from "@stride/domain/groups";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { Alert, quietButton } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";
import { useMutate } from "~/trpc/use-mutate";

type Reaction =
  inferRouterOutputs<AppRouter>["groups"]["feed"]["items"][number]["reactions"][number];

const pill = (on: boolean) =>
  `inline-flex min-h-11 items-center gap-1 rounded-full border px-3 text-sm ${
    on
      ? "border-brand-500 bg-brand-50 dark:bg-brand-700/30"
      : "border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
  }`;

/**
 * A card's reactions: only those someone gave, each a toggle with its count and who gave it, and
 * one "React" button that opens the five to pick from.
 */
export function Reactions({
  checkinId,
  reactions,
  onChange,
}: {
  checkinId: string;
  reactions: Reaction[];
  onChange: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const react = useMutate(trpc.social.react.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const given = reactions.filter((r) => r.count > 0);
  const mine = new Set(reactions.filter((r) => r.mine).map((r) => r.kind));
  const toggle = async (kind: ReactionKind) => {
    setError(null);
    setPicking(false);
    try {
      await react({ checkinId, kind });
      await onChange();
    } catch (caught) {
      setError(serverMessage(caught));
    }
  };
  return (
    <div className="mt-3 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {given.length > 0 ? (
          <ul aria-label="Reactions" className="contents">
            {given.map((r) => {
              const { emoji, label } = REACTION_LABELS[r.kind];
              const who = r.names.length > 0 ? ` from ${r.names.join(", ")}` : "";
              return (
                <li key={r.kind}>
                  <button
                    type="button"
                    aria-pressed={r.mine}
                    title={`${label}${who}`}
                    className={pill(r.mine)}
                    onClick={() => toggle(r.kind)}
                  >
                    {/* The name is what shows, then who reacted: "On fire 2 from Ava, Ben". */}
                    <span aria-hidden>{emoji}</span>
                    <span className="text-xs text-zinc-600 dark:text-zinc-400">{label}</span>{" "}
                    {r.count}
                    {who ? <span className="sr-only">{who}</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
        <button
          type="button"
          aria-expanded={picking}
          className={`${quietButton} border border-zinc-300 dark:border-zinc-700`}
          onClick={() => setPicking(!picking)}
        >
          React
        </button>
      </div>
      {picking ? (
        <fieldset className="flex flex-wrap gap-2">
          <legend className="sr-only">Pick a reaction</legend>
          {REACTION_KINDS.map((kind) => {
            const { emoji, label } = REACTION_LABELS[kind];
            return (
              <button
                key={kind}
                type="button"
                aria-pressed={mine.has(kind)}
                className={pill(mine.has(kind))}
                onClick={() => toggle(kind)}
              >
                <span aria-hidden>{emoji}</span> {label}
              </button>
            );
          })}
        </fieldset>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
