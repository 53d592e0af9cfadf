"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState } from "react";
import { FormProvider, useFieldArray, useForm } from "react-hook-form";
import { FormProblemNotice } from "~/components/form/form-problem";
import { keepForLater } from "~/components/offline/device-store";
import { Alert, Button, Card } from "~/components/ui";
import { noAnswer } from "~/lib/server-message";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import {
  type CheckinFormValues,
  type CheckinWeek,
  checkinDefaults,
  checkinResolver,
  checkinSummary,
  toSubmitInput,
} from "./checkin-model";
import { CheckinReflect } from "./checkin-reflect";
import { type CheckinDto, ConflictChanges } from "./conflict-changes";
import { GoalOutcome } from "./goal-outcome";

// The server's paths are the form's paths ("goals.2.smallerValue", "wentWell"); the goals list
// as a whole and the hidden fields are said at the top.
const fieldOf = (path: string) =>
  path === "goals" || ["weekStart", "version", "submissionKey"].includes(path)
    ? null
    : (path as never);

/** The end-of-week ritual: outcomes pre-filled from the log, three prompts, mood and energy. */
export function CheckinForm({ data }: { data: CheckinWeek }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const submit = useMutation(trpc.checkins.submit.mutationOptions());
  // One key per loaded form: a double click or a retry sends the same key and makes one check-in.
  const [submissionKey] = useState(() => crypto.randomUUID());
  // After a save the form stays, and its next save edits the version it just made.
  const version = useRef<number | null>(data.checkin?.version ?? null);
  const sent = () => ({ weekStart: data.weekStart, version: version.current, submissionKey });
  const form = useForm<CheckinFormValues>({
    defaultValues: checkinDefaults(data),
    resolver: checkinResolver(sent),
  });
  const rows = useFieldArray({ control: form.control, name: "goals", keyName: "key" });
  const { problem, fail, clear } = useFormProblem<CheckinFormValues, CheckinDto>(
    fieldOf,
    form.setError,
  );
  const [saved, setSaved] = useState<"sent" | "kept" | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    clear();
    const input = toSubmitInput(values, sent());
    // Offline (or the answer never came): kept on this device with its key, sent when online.
    const keep = () =>
      keepForLater({ kind: "checkin", key: submissionKey, input, summary: checkinSummary(input) })
        .then(() => setSaved("kept"))
        .catch(fail);
    if (!navigator.onLine) return keep();
    try {
      const result = await submit.mutateAsync(input);
      version.current = result.version;
      setSaved("sent");
      await refresh();
    } catch (error) {
      if (noAnswer(error)) return keep();
      fail(error);
    }
  });

  const values = form.getValues();
  const goalsError =
    form.formState.errors.goals?.message ?? form.formState.errors.goals?.root?.message;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Weekly check-in" className="space-y-6">
        <FormProblemNotice problem={problem}>
          {problem.conflict ? (
            <ConflictChanges
              current={problem.conflict}
              mine={{
                wentWell: values.wentWell,
                gotInTheWay: values.gotInTheWay,
                nextFocus: values.nextFocus,
                mood: values.mood === "" ? null : Number(values.mood),
                energy: values.energy === "" ? null : Number(values.energy),
                visibility: values.visibility,
              }}
            />
          ) : null}
        </FormProblemNotice>

        <section aria-labelledby="goals-heading" className="space-y-3">
          <h2 id="goals-heading" className="text-lg font-semibold">
            Your goals this week
          </h2>
          {data.today < data.weekEnd ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Your week runs until {data.weekEnd}; outcomes are pre-filled from what you've logged
              so far. Change any that you know better.
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
          {rows.fields.map((row, index) => {
            const item = data.items.find((i) => i.goal.id === row.goalId);
            return item ? <GoalOutcome key={row.key} item={item} index={index} /> : null;
          })}
        </section>

        <CheckinReflect />

        {goalsError ? <Alert tone="error">{goalsError}</Alert> : null}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={submit.isPending}>
            {submit.isPending ? "Saving…" : version.current !== null ? "Save changes" : "Check in"}
          </Button>
          {saved === "kept" ? (
            <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
              Saved on this device. It will be sent when you're back online.
            </p>
          ) : null}
          {saved === "sent" ? (
            <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
              Checked in. Well done for showing up.{" "}
              <Link href="/week" className="underline">
                Back to your week
              </Link>
            </p>
          ) : null}
          {data.lateIfSubmittedNow && !data.checkin ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              This week has ended; the check-in will be marked late, and still counts.
            </p>
          ) : null}
        </div>
      </form>
    </FormProvider>
  );
}
