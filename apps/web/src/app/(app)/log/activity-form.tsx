"use client";

import { activityFields } from "@stride/domain/activities";
import { ACTIVITY_LABELS, ACTIVITY_TYPES, type ActivityType } from "@stride/domain/goals";
import { formatDuration, parseDuration } from "@stride/domain/units";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Options, SelectField, TextAreaField, TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { keepForLater } from "~/components/offline/device-store";
import { Button, CancelButton } from "~/components/ui";
import { fieldsOf } from "~/lib/field-props";
import { schemaResolver } from "~/lib/schema-resolver";
import { noAnswer } from "~/lib/server-message";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";

type Values = {
  date: string;
  startTime: string;
  type: ActivityType;
  name: string;
  distance: string;
  duration: string;
  elevationGainMetres: string;
  effort: string;
  notes: string;
};

export type EditableActivity = {
  id: string;
  date: string;
  startTime: string | null;
  type: ActivityType;
  name: string | null;
  distance: number | null;
  durationSeconds: number | null;
  elevationGainMetres: number | null;
  effort: number | null;
  notes: string;
};

const number = (text: string) =>
  text.trim() === "" ? null : Number(text.trim().replace(",", "."));

function toInput(values: Values) {
  return {
    date: values.date,
    startTime: values.startTime === "" ? null : values.startTime,
    type: values.type,
    name: values.name.trim() === "" ? null : values.name,
    distance: number(values.distance),
    durationSeconds:
      values.duration.trim() === "" ? null : (parseDuration(values.duration) ?? Number.NaN),
    elevationGainMetres: number(values.elevationGainMetres),
    effort: number(values.effort),
    notes: values.notes,
  };
}

const FIELD_FOR: Record<string, keyof Values> = { durationSeconds: "duration" };
const fieldOf = (path: string) => FIELD_FOR[path] ?? (path as keyof Values);

// The same zod schema as the server, with the duration typed as h:mm:ss.
const resolver = schemaResolver<Values>(activityFields, toInput, (path) =>
  fieldOf(path.split(".")[0] || "date"),
);

/** Log or edit an activity: what, when, how far, how long, how hard. */
export function ActivityForm({
  today,
  distanceUnit,
  existing,
  onSaved,
  onCancel,
}: {
  today: string;
  distanceUnit: "km" | "mi";
  existing?: EditableActivity;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const trpc = useTRPC();
  const create = useMutation(trpc.activities.create.mutationOptions());
  const update = useMutation(trpc.activities.update.mutationOptions());
  const form = useForm<Values>({
    resolver,
    defaultValues: {
      date: existing?.date ?? today,
      startTime: existing?.startTime ?? "",
      type: existing?.type ?? "run",
      name: existing?.name ?? "",
      distance: existing?.distance == null ? "" : String(existing.distance),
      duration: existing?.durationSeconds == null ? "" : formatDuration(existing.durationSeconds),
      elevationGainMetres:
        existing?.elevationGainMetres == null ? "" : String(existing.elevationGainMetres),
      effort: existing?.effort == null ? "" : String(existing.effort),
      notes: existing?.notes ?? "",
    },
  });
  const { handleSubmit, setError, reset, formState } = form;
  const field = fieldsOf(form);
  const { problem, fail, clear } = useFormProblem(fieldOf, setError);

  // Made with the draft: a new run sent again (a lost answer, a draft kept offline) logs once.
  const [draftKey, setDraftKey] = useState(() => crypto.randomUUID());
  const [kept, setKept] = useState(false);

  const onSubmit = handleSubmit(async (values) => {
    clear();
    setKept(false);
    const input = activityFields.parse(toInput(values));
    const run = { ...input, idempotencyKey: draftKey };
    // Offline, a new run is kept on this device and sent when the connection returns.
    const keep = async () => {
      const what = `${ACTIVITY_LABELS[input.type]} on ${input.date}`;
      const distance = input.distance === null ? "" : `, ${input.distance} ${distanceUnit}`;
      await keepForLater({ kind: "run", key: draftKey, input: run, summary: what + distance });
      return true;
    };
    let keptNow = false;
    try {
      if (existing) await update.mutateAsync({ id: existing.id, ...input });
      else if (!navigator.onLine) keptNow = await keep();
      else await create.mutateAsync(run);
    } catch (error) {
      if (existing || !noAnswer(error)) return fail(error);
      try {
        keptNow = await keep();
      } catch (failure) {
        return fail(failure);
      }
    }
    if (!existing) setDraftKey(crypto.randomUUID());
    if (!existing)
      reset({
        ...values,
        name: "",
        distance: "",
        duration: "",
        elevationGainMetres: "",
        effort: "",
        notes: "",
      });
    if (keptNow) setKept(true);
    else onSaved();
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={existing ? "Edit activity" : "Log an activity"}
      className="grid gap-4 sm:grid-cols-3"
    >
      {problem.message ? (
        <div className="sm:col-span-3">
          <FormProblemNotice problem={problem} />
        </div>
      ) : null}
      <TextField label="Date" type="date" max={undefined} {...field("date")} />
      <TextField label="Start time (optional)" type="time" {...field("startTime")} />
      <SelectField label="Activity" {...field("type")}>
        <Options values={ACTIVITY_TYPES} labels={ACTIVITY_LABELS} />
      </SelectField>
      <TextField label={`Distance (${distanceUnit})`} inputMode="decimal" {...field("distance")} />
      <TextField label="Duration" placeholder="45:00 or 1:05:30" {...field("duration")} />
      <TextField label="Climbing (m)" inputMode="decimal" {...field("elevationGainMetres")} />
      <SelectField label="Effort" {...field("effort")}>
        <option value="">Not rated</option>
        {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
          <option key={n} value={String(n)}>
            {n} {n === 1 ? "(very easy)" : n === 10 ? "(all out)" : ""}
          </option>
        ))}
      </SelectField>
      <div className="sm:col-span-2">
        <TextField label="Name (optional)" placeholder="Morning run" {...field("name")} />
      </div>
      <div className="sm:col-span-3">
        <TextAreaField label="Notes" rows={2} {...field("notes")} />
      </div>
      <div className="flex gap-3 sm:col-span-3">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : existing ? "Save activity" : "Log activity"}
        </Button>
        <CancelButton onCancel={onCancel} />
        {kept ? (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            Saved on this device. It will be sent when you're back online.
          </p>
        ) : null}
      </div>
    </form>
  );
}
