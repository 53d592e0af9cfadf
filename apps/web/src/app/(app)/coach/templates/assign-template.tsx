"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";

const field =
  "mt-1 block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950";

/** Assigns a template to one or several athletes from a start date: each gets a proposal. */
export function AssignTemplate({
  id,
  name,
  roster,
}: {
  id: string;
  name: string;
  roster: { athleteId: string; name: string; tags: string[] }[];
}) {
  const trpc = useTRPC();
  const assign = useMutation(trpc.coach.assignTemplate.mutationOptions());
  const [chosen, setChosen] = useState<string[]>([]);
  const [start, setStart] = useState("");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  if (roster.length === 0) return null;
  return (
    <form
      aria-label={`Assign ${name}`}
      className="mt-4 space-y-2 border-t border-zinc-200 pt-3 dark:border-zinc-800"
      onSubmit={async (event) => {
        event.preventDefault();
        setMessage(null);
        try {
          const done = await assign.mutateAsync({ id, athleteIds: chosen, startDate: start, note });
          setMessage({
            tone: "success",
            text: `Proposed to ${done.proposals} athlete${done.proposals === 1 ? "" : "s"}.`,
          });
          setChosen([]);
        } catch (caught) {
          setMessage({
            tone: "error",
            text: caught instanceof Error ? caught.message : "Try again.",
          });
        }
      }}
    >
      <fieldset>
        <legend className="text-sm font-semibold">Assign to</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {roster.map((athlete) => (
            <label key={athlete.athleteId} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(athlete.athleteId)}
                onChange={(e) =>
                  setChosen((list) =>
                    e.target.checked
                      ? [...list, athlete.athleteId]
                      : list.filter((x) => x !== athlete.athleteId),
                  )
                }
              />
              {athlete.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="text-sm font-medium">
          Starting on or after
          <input
            type="date"
            required
            value={start}
            onChange={(e) => setStart(e.target.value)}
            className={field}
          />
        </label>
        <label className="text-sm font-medium">
          Note for the athletes
          <input value={note} onChange={(e) => setNote(e.target.value)} className={field} />
        </label>
      </div>
      <Button type="submit" disabled={assign.isPending}>
        Propose this plan
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </form>
  );
}
