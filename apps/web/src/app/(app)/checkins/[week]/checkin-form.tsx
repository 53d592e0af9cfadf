"use client";

import type { AppRouter } from "@stride/api";
import { submitCheckinInput } from "@stride/domain/checkins";
import { VISIBILITIES, VISIBILITY_LABELS, type Visibility } from "@stride/domain/goals";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Button, Card } from "~/components/ui";
import { useTRPC } from "~/trpc/react";
import { type CheckinDto, ConflictChanges } from "./conflict-changes";
import { GoalOutcome, type GoalState } from "./goal-outcome";

type Data = inferRouterOutputs<AppRouter>["checkins"]["get"];

type Reflection = "wentWell" | "gotInTheWay" | "nextFocus";

const PROMPTS: { key: Reflection; label: string; hint: string }[] = [
  { key: "wentWell", label: "What went well?", hint: "Small wins count." },
  {
    key: "gotInTheWay",
    label: "What got in the way?",
    hint: "Not an excuse: information for next week.",
  },
  {
    key: "nextFocus",
    label: "Focus for next week",
    hint: "One thing to do differently, or keep doing.",
  },
];

const radio = "size-5 accent-[var(--color-brand-600)]";
const textarea =
  "block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-950 aria-invalid:border-red-500";

/** The end-of-week ritual: outcomes pre-filled from the log, three prompts, mood and energy. */
export function CheckinForm({ data }: { data: Data }) {
  const trpc = useTRPC();
  const router = useRouter();
  const submit = useMutation(trpc.checkins.submit.mutationOptions());
  const existing = data.checkin;
  // One key per loaded form: a double click or a retry sends the same key and makes one check-in.
  const [submissionKey] = useState(() => crypto.randomUUID());
  // After a save the form stays, and its next save edits the version it just made.
  const [version, setVersion] = useState<number | null>(existing?.version ?? null);
  const [goals, setGoals] = useState<Record<string, GoalState>>(() =>
    Object.fromEntries(
      data.items.map((item) => {
        const saved = existing?.goals.find((g) => g.goalId === item.goal.id);
        return [
          item.goal.id,
          {
            outcome: saved?.outcome ?? item.suggested,
            excuse: saved?.excuse ?? null,
            excuseNote: saved?.excuseNote ?? "",
            decision: saved?.decision ?? null,
            smallerValue: "",
          },
        ];
      }),
    ),
  );
  const [text, setText] = useState<Record<Reflection, string>>({
    wentWell: existing?.wentWell ?? "",
    gotInTheWay: existing?.gotInTheWay ?? "",
    nextFocus: existing?.nextFocus ?? "",
  });
  const [coachOnly, setCoachOnly] = useState(
    existing?.coachOnly ?? { wentWell: false, gotInTheWay: false, nextFocus: false },
  );
  const [mood, setMood] = useState<number | null>(existing?.mood ?? null);
  const [energy, setEnergy] = useState<number | null>(existing?.energy ?? null);
  const [shareMood, setShareMood] = useState(existing?.shareMood ?? true);
  const [visibility, setVisibility] = useState<Visibility>(
    existing?.visibility ?? data.defaultVisibility,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // The check-in as saved elsewhere, when this form's save was refused as stale.
  const [conflict, setConflict] = useState<CheckinDto | null>(null);
  const [saved, setSaved] = useState(false);

  const setGoal = (id: string, change: Partial<GoalState>) =>
    setGoals((all) => ({ ...all, [id]: { ...(all[id] as GoalState), ...change } }));

  const input = () => ({
    weekStart: data.weekStart,
    version,
    submissionKey,
    goals: data.items.map((item) => {
      const g = goals[item.goal.id] as GoalState;
      const needsDecision = g.outcome !== "hit";
      return {
        goalId: item.goal.id,
        outcome: g.outcome,
        excuse: g.outcome === "excused" ? g.excuse : null,
        excuseNote: g.outcome === "excused" ? g.excuseNote : "",
        decision: needsDecision ? g.decision : null,
        smallerValue:
          needsDecision && g.decision === "carry_smaller"
            ? g.smallerValue === ""
              ? null
              : Number(g.smallerValue)
            : null,
      };
    }),
    ...text,
    coachOnly,
    mood,
    energy,
    shareMood,
    visibility,
  });

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setConflict(null);
    const parsed = submitCheckinInput.safeParse(input());
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(
          parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]),
        ),
      );
      return;
    }
    setErrors({});
    try {
      const result = await submit.mutateAsync(parsed.data);
      setVersion(result.version);
      setSaved(true);
      router.refresh();
    } catch (error) {
      if (!(error instanceof TRPCClientError)) {
        setFormError("Could not reach Stride. Your answers are still here; try again.");
        return;
      }
      const data = (error as TRPCClientError<AppRouter>).data;
      if (data?.code === "CONFLICT")
        setConflict((data.details?.current ?? null) as CheckinDto | null);
      else if (data?.fieldErrors)
        setErrors(
          Object.fromEntries(Object.entries(data.fieldErrors).map(([k, v]) => [k, v?.[0] ?? ""])),
        );
      else setFormError(error.message);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Weekly check-in" className="space-y-6">
      {conflict ? (
        <div
          role="alert"
          className="space-y-2 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">
            This check-in was changed in another tab or on another device. Your changes were not
            saved.
          </p>
          <ConflictChanges current={conflict} mine={{ ...text, mood, energy, visibility }} />
          <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
            Load the latest version
          </Button>
        </div>
      ) : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}

      <section aria-labelledby="goals-heading" className="space-y-3">
        <h2 id="goals-heading" className="text-lg font-semibold">
          Your goals this week
        </h2>
        {data.today < data.weekEnd ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Your week runs until {data.weekEnd}; outcomes are pre-filled from what you've logged so
            far. Change any that you know better.
          </p>
        ) : null}
        {data.items.length === 0 ? (
          <Card>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              No micro goals this week. You can still reflect on it below, and plan next week in{" "}
              <Link href="/goals" className="underline">
                Goals
              </Link>
              .
            </p>
          </Card>
        ) : null}
        {data.items.map((item, index) => (
          <GoalOutcome
            key={item.goal.id}
            item={item}
            state={goals[item.goal.id] as GoalState}
            prefix={`goals.${index}`}
            errors={errors}
            onChange={(change) => setGoal(item.goal.id, change)}
          />
        ))}
      </section>

      <Card aria-labelledby="reflect-heading">
        <h2 id="reflect-heading" className="mb-3 text-lg font-semibold">
          Reflect
        </h2>
        <div className="space-y-4">
          {PROMPTS.map((prompt) => (
            <div key={prompt.key} className="space-y-1">
              <label htmlFor={`prompt-${prompt.key}`} className="block text-sm font-medium">
                {prompt.label}
              </label>
              <textarea
                id={`prompt-${prompt.key}`}
                rows={2}
                className={textarea}
                value={text[prompt.key]}
                aria-invalid={errors[prompt.key] ? true : undefined}
                aria-describedby={`prompt-${prompt.key}-hint`}
                onChange={(e) => setText((t) => ({ ...t, [prompt.key]: e.target.value }))}
              />
              <p
                id={`prompt-${prompt.key}-hint`}
                className="text-xs text-zinc-600 dark:text-zinc-400"
              >
                {prompt.hint}
              </p>
              {errors[prompt.key] ? (
                <p className="text-sm text-red-700 dark:text-red-400">{errors[prompt.key]}</p>
              ) : null}
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={coachOnly[prompt.key]}
                  onChange={(e) => setCoachOnly((c) => ({ ...c, [prompt.key]: e.target.checked }))}
                />
                Coach only (hidden from my groups)
              </label>
            </div>
          ))}
        </div>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {(
            [
              ["Mood", mood, setMood],
              ["Energy", energy, setEnergy],
            ] as const
          ).map(([label, value, set]) => (
            <fieldset key={label}>
              <legend className="mb-1 text-sm font-medium">{label} (1 low – 5 high)</legend>
              <div className="flex gap-2">
                {[1, 2, 3, 4, 5].map((n) => (
                  <label key={n} className="flex min-h-11 items-center gap-1 text-sm">
                    <input
                      type="radio"
                      className={radio}
                      name={label}
                      checked={value === n}
                      onChange={() => set(n)}
                    />
                    {n}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
        <label className="mt-3 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-5"
            checked={shareMood}
            onChange={(e) => setShareMood(e.target.checked)}
          />
          Show my mood and energy to my groups (my coach always sees them)
        </label>
        <label className="mt-4 flex max-w-sm flex-col gap-1 text-sm font-medium">
          Who can see this check-in
          <select
            className="min-h-11 rounded-lg border border-zinc-300 bg-white px-3 dark:border-zinc-700 dark:bg-zinc-950"
            value={visibility}
            onChange={(e) => setVisibility(e.target.value as Visibility)}
          >
            {VISIBILITIES.map((v) => (
              <option key={v} value={v}>
                {VISIBILITY_LABELS[v]}
              </option>
            ))}
          </select>
        </label>
      </Card>

      {errors.goals ? <Alert tone="error">{errors.goals}</Alert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={submit.isPending}>
          {submit.isPending ? "Saving…" : version !== null ? "Save changes" : "Check in"}
        </Button>
        {saved ? (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            Checked in. Well done for showing up.{" "}
            <Link href="/week" className="underline">
              Back to your week
            </Link>
          </p>
        ) : null}
        {data.lateIfSubmittedNow && !existing ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            This week has ended; the check-in will be marked late, and still counts.
          </p>
        ) : null}
      </div>
    </form>
  );
}
