"use client";

import type { TargetInput } from "@stride/domain/goals";
import type { GoalLevel } from "@stride/domain/periods";
import { addDaysTo } from "@stride/domain/periods";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";

const input =
  "mt-1 block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950";

type GoalShape = {
  id: string;
  title: string;
  level: GoalLevel;
  periodStart: string;
  periodEnd: string;
  targetInput: TargetInput | null;
  visibility: "private" | "coach" | "groups";
  category:
    | "running"
    | "strength"
    | "cross_training"
    | "nutrition"
    | "recovery"
    | "mindset"
    | "other";
};

function useSubmit() {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const run = async (send: () => Promise<unknown>) => {
    setMessage(null);
    try {
      await send();
      setMessage({ tone: "success", text: "Proposed. The athlete will accept or decline it." });
      router.refresh();
    } catch (caught) {
      setMessage({ tone: "error", text: caught instanceof Error ? caught.message : "Try again." });
    }
  };
  return { message, run };
}

/** A change to an existing goal: a new target amount, new dates, with a note saying why. */
export function ProposeChange({ athleteId, goal }: { athleteId: string; goal: GoalShape }) {
  const trpc = useTRPC();
  const propose = useMutation(trpc.coach.propose.mutationOptions());
  const { message, run } = useSubmit();
  const [value, setValue] = useState(goal.targetInput?.value?.toString() ?? "");
  const [start, setStart] = useState(goal.periodStart);
  const [end, setEnd] = useState(goal.periodEnd);
  const [note, setNote] = useState("");
  const unit = goal.targetInput?.unit;
  return (
    <form
      aria-label={`Propose a change to ${goal.title}`}
      className="mt-2 grid gap-2 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const amount = Number(value);
        const target =
          goal.targetInput && value !== "" && amount !== goal.targetInput.value
            ? { ...goal.targetInput, value: amount }
            : undefined;
        void run(() =>
          propose.mutateAsync({
            kind: "change",
            athleteId,
            goalId: goal.id,
            note,
            changes: {
              target,
              periodStart: start !== goal.periodStart ? start : undefined,
              periodEnd: end !== goal.periodEnd && goal.level !== "micro" ? end : undefined,
            },
          }),
        );
      }}
    >
      {goal.targetInput ? (
        <label className="text-sm font-medium">
          New target{unit && unit !== "none" ? ` (${unit})` : ""}
          <input
            type="number"
            step="any"
            min="0"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            className={input}
          />
        </label>
      ) : null}
      <label className="text-sm font-medium">
        Starts
        <input
          type="date"
          value={start}
          onChange={(e) => setStart(e.target.value)}
          className={input}
        />
      </label>
      {goal.level !== "micro" ? (
        <label className="text-sm font-medium">
          Ends
          <input
            type="date"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            className={input}
          />
        </label>
      ) : null}
      <label className="text-sm font-medium sm:col-span-2">
        Why (the athlete sees this)
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          className={input}
        />
      </label>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={propose.isPending}>
          Send proposal
        </Button>
      </div>
      {message ? (
        <div className="sm:col-span-2">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
    </form>
  );
}

/** A new goal one level under `parent`, measured like it, per week. */
export function ProposeGoal({
  athleteId,
  parent,
  level,
}: {
  athleteId: string;
  parent: GoalShape;
  level: "meso" | "micro";
}) {
  const trpc = useTRPC();
  const propose = useMutation(trpc.coach.propose.mutationOptions());
  const { message, run } = useSubmit();
  const [title, setTitle] = useState("");
  const [start, setStart] = useState(parent.periodStart);
  const [end, setEnd] = useState(addDaysTo(parent.periodStart, 27));
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const unit = parent.targetInput?.unit;
  return (
    <form
      aria-label={`Propose a new goal under ${parent.title}`}
      className="mt-2 grid gap-2 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const target =
          parent.targetInput && value !== ""
            ? { ...parent.targetInput, per: "week" as const, value: Number(value), baseline: null }
            : null;
        void run(() =>
          propose.mutateAsync({
            kind: "goal",
            athleteId,
            note,
            goal: {
              level,
              parentId: parent.id,
              title,
              why: "",
              strategy: "",
              category: parent.category,
              visibility: parent.visibility === "private" ? "coach" : parent.visibility,
              target,
              periodStart: start,
              periodEnd: level === "micro" ? addDaysTo(start, 6) : end,
              plan: [],
              checklist: [],
              weeks: [],
            },
          }),
        );
      }}
    >
      <label className="text-sm font-medium sm:col-span-2">
        Title
        <input
          required
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          className={input}
        />
      </label>
      <label className="text-sm font-medium">
        Starts
        <input
          type="date"
          value={start}
          onChange={(e) => setStart(e.target.value)}
          className={input}
        />
      </label>
      {level === "meso" ? (
        <label className="text-sm font-medium">
          Ends
          <input
            type="date"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            className={input}
          />
        </label>
      ) : null}
      {parent.targetInput ? (
        <label className="text-sm font-medium">
          Each week{unit && unit !== "none" ? ` (${unit})` : ""}
          <input
            type="number"
            step="any"
            min="0"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            className={input}
          />
        </label>
      ) : null}
      <label className="text-sm font-medium sm:col-span-2">
        Why (the athlete sees this)
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          className={input}
        />
      </label>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={propose.isPending}>
          Send proposal
        </Button>
      </div>
      {message ? (
        <div className="sm:col-span-2">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
    </form>
  );
}
