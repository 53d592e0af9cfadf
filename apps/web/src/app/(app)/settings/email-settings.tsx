"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  MESSAGE_KIND_LABELS,
  MESSAGE_KINDS,
  type MessagePreferences,
  messagePreferencesInput,
  REMINDER_HOURS,
} from "@stride/domain/messages";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { CheckboxField, TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Alert, Button } from "~/components/ui";
import { checkboxProps, textProps } from "~/lib/field-props";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";

const KEYS = ["wants", "reminderHoursBefore"] as const;

/** Which emails to get, and how long before the week ends the check-in reminder comes. */
export function EmailSettings({ initial }: { initial: MessagePreferences }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.messages.savePreferences.mutationOptions());
  const form = useForm<MessagePreferences>({
    defaultValues: initial,
    resolver: zodResolver(messagePreferencesInput),
  });
  const { problem, fail, clear } = useFormProblem([...KEYS], form.setError);
  const [saved, setSaved] = useState(false);
  const onSubmit = form.handleSubmit(async (values) => {
    clear();
    setSaved(false);
    try {
      form.reset(await save.mutateAsync(values));
      setSaved(true);
    } catch (error) {
      fail(error);
    }
  });
  return (
    <form className="space-y-3" noValidate onSubmit={onSubmit}>
      <fieldset className="space-y-1">
        <legend className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">Email me:</legend>
        {MESSAGE_KINDS.map((kind) => (
          <CheckboxField
            key={kind}
            className="min-h-11"
            label={MESSAGE_KIND_LABELS[kind]}
            {...checkboxProps(form, `wants.${kind}`)}
          />
        ))}
      </fieldset>
      <div className="w-full max-w-md">
        <TextField
          label="Send the check-in reminder this many hours before my week ends"
          type="number"
          min={REMINDER_HOURS.min}
          max={REMINDER_HOURS.max}
          hint={`Default ${REMINDER_HOURS.default}: 18:00 on the last day of your week, in your time zone`}
          error={form.formState.errors.reminderHoursBefore?.message}
          {...textProps(form, "reminderHoursBefore", { valueAsNumber: true })}
        />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        Save email settings
      </Button>
      <FormProblemNotice problem={problem} />
      {saved ? <Alert tone="success">Saved.</Alert> : null}
    </form>
  );
}
