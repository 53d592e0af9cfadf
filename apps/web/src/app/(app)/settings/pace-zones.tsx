"use client";

import { EVENT_DISTANCES } from "@stride/domain/goals";
import { formatCalendarDate } from "@stride/domain/periods";
import { paceSourceInput } from "@stride/domain/training";
import { formatDuration, parseDuration } from "@stride/domain/units";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { SelectField, TextField } from "~/components/field";
import { Alert, Button } from "~/components/ui";
import { ZoneTable } from "~/components/workout/zone-table";
import { fieldsOf } from "~/lib/field-props";
import { schemaResolver } from "~/lib/schema-resolver";
import { applyServerErrors } from "~/lib/server-errors";
import { useTRPC } from "~/trpc/react";

type Values = { distance: string; time: string; raceDate: string };
const FIELDS = ["distance", "time", "raceDate"] as const;
// The schema's fields (and the server's, under `source.`) as this form names them.
const FIELD_OF: Record<string, (typeof FIELDS)[number]> = {
  distanceMetres: "distance",
  seconds: "time",
  raceDate: "raceDate",
};

const toInput = (values: Values) => ({
  distanceMetres: Number(values.distance),
  seconds: parseDuration(values.time) ?? Number.NaN,
  raceDate: values.raceDate,
});

// The domain schema checks the race; the messages go to the fields the person typed in.
const resolver = schemaResolver<Values>(
  paceSourceInput,
  toInput,
  (path) => FIELD_OF[path.split(".")[0] ?? ""] ?? "time",
);

/** The race or time trial the pace zones come from (Daniels' VDOT), and the zones themselves. */
export function PaceZones() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.training.zones.queryOptions());
  const save = useMutation(trpc.training.setZones.mutationOptions());
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<Values>({
    resolver,
    defaultValues: { distance: "5000", time: "", raceDate: "" },
  });
  const { handleSubmit, setError } = form;
  const field = fieldsOf(form);
  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    try {
      await save.mutateAsync({ source: toInput(values) });
      await queryClient.invalidateQueries({ queryKey: trpc.training.zones.queryKey() });
      setStatus({ tone: "success", text: "Pace zones saved." });
    } catch (error) {
      // The server names fields under `source.`; the form's fields are its own.
      const problem = applyServerErrors<Values>(
        error,
        (path) => FIELD_OF[path.replace(/^source\./, "")] ?? null,
        setError,
      );
      if (problem.message) setStatus({ tone: "error", text: problem.message });
    }
  });
  const zones = current.data;
  return (
    <div className="space-y-4">
      {zones ? (
        <div>
          <p className="text-sm" data-testid="zones-source">
            From your {formatDuration(zones.source.seconds)} over{" "}
            {EVENT_DISTANCES.find((e) => e.metres === zones.source.distanceMetres)?.label ??
              `${zones.source.distanceMetres / 1000} km`}{" "}
            on {formatCalendarDate(zones.source.raceDate, "d MMM yyyy")}: VDOT {zones.vdot}.
          </p>
          <ZoneTable zones={zones} caption="Pace zones" />
        </div>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Enter a recent race or time trial to get your training paces.
        </p>
      )}
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label="Pace zones from a race"
        className="grid gap-4 sm:grid-cols-3"
      >
        <SelectField label="Race distance" {...field("distance")}>
          {EVENT_DISTANCES.map((event) => (
            <option key={event.metres} value={event.metres}>
              {event.label}
            </option>
          ))}
        </SelectField>
        <TextField label="Time" placeholder="45:00" {...field("time")} />
        <TextField label="Date of the race" type="date" {...field("raceDate")} />
        <div className="sm:col-span-3">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            Save pace zones
          </Button>
        </div>
      </form>
      {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
    </div>
  );
}
