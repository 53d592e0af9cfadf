"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { assignTemplateInput } from "@stride/domain/coaching";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useController, useForm } from "react-hook-form";
import type { z } from "zod";
import { CheckboxField, ChoiceGroup, TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Alert, Button } from "~/components/ui";
import { fieldsOf } from "~/lib/field-props";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";

const schema = assignTemplateInput.omit({ id: true });
type Values = z.infer<typeof schema>;
const FIELDS = ["athleteIds", "startDate", "note"] as const;

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
  const form = useForm<Values>({
    defaultValues: { athleteIds: [], startDate: "", note: "" },
    resolver: zodResolver(schema),
  });
  const chosen = useController({ control: form.control, name: "athleteIds" });
  const { problem, fail, clear } = useFormProblem(FIELDS, form.setError);
  const [done, setDone] = useState<string | null>(null);
  if (roster.length === 0) return null;
  const errors = form.formState.errors;
  const field = fieldsOf(form);
  const onSubmit = form.handleSubmit(async (values) => {
    clear();
    setDone(null);
    try {
      const result = await assign.mutateAsync({ id, ...values });
      setDone(`Proposed to ${result.proposals} athlete${result.proposals === 1 ? "" : "s"}.`);
      chosen.field.onChange([]);
    } catch (error) {
      fail(error);
    }
  });
  return (
    <form
      aria-label={`Assign ${name}`}
      noValidate
      className="mt-4 space-y-2 border-t border-zinc-200 pt-3 dark:border-zinc-800"
      onSubmit={onSubmit}
    >
      <ChoiceGroup legend="Assign to" error={errors.athleteIds?.message}>
        {roster.map((athlete) => (
          <CheckboxField
            key={athlete.athleteId}
            className="min-h-11"
            label={athlete.name}
            checked={chosen.field.value.includes(athlete.athleteId)}
            onChange={(e) =>
              chosen.field.onChange(
                e.target.checked
                  ? [...chosen.field.value, athlete.athleteId]
                  : chosen.field.value.filter((x) => x !== athlete.athleteId),
              )
            }
          />
        ))}
      </ChoiceGroup>
      <div className="grid gap-2 sm:grid-cols-2">
        <TextField label="Starting on or after" type="date" {...field("startDate")} />
        <TextField label="Note for the athletes" {...field("note")} />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        Propose this plan
      </Button>
      <FormProblemNotice problem={problem} />
      {done ? <Alert tone="success">{done}</Alert> : null}
    </form>
  );
}
