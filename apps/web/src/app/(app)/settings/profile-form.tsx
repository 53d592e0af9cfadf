"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  type Profile,
  type UpdateProfileInput,
  updateProfileInput,
  WEEK_DAYS,
  weekDayLabel,
} from "@stride/domain/profile";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Options, SelectField, TextField } from "~/components/field";
import { Alert, Button } from "~/components/ui";
import { fieldsOf } from "~/lib/field-props";
import { applyServerErrors } from "~/lib/server-errors";
import { useHydrated } from "~/lib/use-hydrated";
import { useTRPC } from "~/trpc/react";

const FIELDS = ["name", "timeZone", "weekStart", "distanceUnit", "checkinVisibility"] as const;

export function ProfileForm({ profile, timeZones }: { profile: Profile; timeZones: string[] }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<UpdateProfileInput>({
    resolver: zodResolver(updateProfileInput),
    defaultValues: {
      name: profile.name,
      timeZone: profile.timeZone,
      weekStart: profile.weekStart,
      distanceUnit: profile.distanceUnit,
      checkinVisibility: profile.checkinVisibility,
    },
  });
  const { handleSubmit, setError, reset } = form;
  const { isSubmitting, isDirty } = form.formState;
  const field = fieldsOf(form);
  const update = useMutation(trpc.profile.update.mutationOptions());
  const hydrated = useHydrated();
  // A zone saved before it was renamed in the runtime's list still shows as the current value.
  const zones = timeZones.includes(profile.timeZone) ? timeZones : [profile.timeZone, ...timeZones];

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    try {
      const saved = await update.mutateAsync(values);
      reset(saved);
      setStatus({ tone: "success", text: "Profile saved." });
    } catch (error) {
      const text = applyServerErrors(error, FIELDS, setError).message;
      if (text) setStatus({ tone: "error", text });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      {/* Disabled until live: react-hook-form fills the fields as they mount. */}
      <fieldset disabled={!hydrated} className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField label="Name" autoComplete="name" {...field("name")} />
        </div>
        <SelectField
          label="Time zone"
          hint="Your weeks and check-in deadlines follow this zone."
          {...field("timeZone")}
        >
          <Options values={zones} labels={(zone) => zone.replaceAll("_", " ")} />
        </SelectField>
        <SelectField label="Week starts on" {...field("weekStart")}>
          <Options values={WEEK_DAYS} labels={weekDayLabel} />
        </SelectField>
        <SelectField label="Distance unit" {...field("distanceUnit")}>
          <option value="km">Kilometres</option>
          <option value="mi">Miles</option>
        </SelectField>
        <SelectField
          label="Who sees new check-ins"
          hint="You can change it on each check-in."
          {...field("checkinVisibility")}
        >
          <option value="private">Only me</option>
          <option value="coach">Me and my coach</option>
          <option value="groups">My coach and my groups</option>
        </SelectField>
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Saving…" : "Save profile"}
          </Button>
          {status && !isDirty ? <Alert tone={status.tone}>{status.text}</Alert> : null}
          {status?.tone === "error" && isDirty ? <Alert tone="error">{status.text}</Alert> : null}
        </div>
      </fieldset>
    </form>
  );
}
