"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField, TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Alert, Button } from "~/components/ui";
import { textFieldsOf } from "~/lib/field-props";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import {
  type GoalShape,
  type ProposeFormValues,
  type ProposeMode,
  proposeDefaults,
  proposeFieldOf,
  proposeResolver,
  toProposeInput,
} from "./propose-model";

/**
 * A coach's proposal about `goal`: a change to it (a new target amount, new dates) or a new goal
 * one level under it, measured like it, per week; with a note saying why.
 */
export function ProposeForm(props: { athleteId: string; goal: GoalShape; mode: ProposeMode }) {
  const { athleteId, goal, mode } = props;
  const trpc = useTRPC();
  const refresh = useRefresh();
  const propose = useMutation(trpc.coach.propose.mutationOptions());
  const form = useForm<ProposeFormValues>({
    defaultValues: proposeDefaults(goal, mode),
    resolver: proposeResolver(athleteId, goal, mode),
  });
  const text = textFieldsOf(form);
  const { problem, fail, clear } = useFormProblem(proposeFieldOf, form.setError);
  const [sent, setSent] = useState(false);
  const errors = form.formState.errors;
  const level = mode.kind === "change" ? goal.level : mode.level;
  const unit = goal.targetInput?.unit;
  const inUnit = unit && unit !== "none" ? ` (${unit})` : "";

  const onSubmit = form.handleSubmit(async (values) => {
    clear();
    setSent(false);
    try {
      await propose.mutateAsync(toProposeInput(values, athleteId, goal, mode));
      setSent(true);
      await refresh();
    } catch (error) {
      fail(error);
    }
  });

  return (
    <form
      aria-label={
        mode.kind === "change"
          ? `Propose a change to ${goal.title}`
          : `Propose a new goal under ${goal.title}`
      }
      noValidate
      className="mt-2 grid gap-2 sm:grid-cols-2"
      onSubmit={onSubmit}
    >
      {mode.kind === "goal" ? (
        <div className="sm:col-span-2">
          <TextField label="Title" {...text("title")} />
        </div>
      ) : null}
      <TextField label="Starts" type="date" {...text("periodStart")} />
      {level !== "micro" ? <TextField label="Ends" type="date" {...text("periodEnd")} /> : null}
      {goal.targetInput ? (
        <TextField
          label={`${mode.kind === "change" ? "New target" : "Each week"}${inUnit}`}
          type="number"
          step="any"
          min="0"
          {...text("value")}
        />
      ) : null}
      <div className="sm:col-span-2">
        <TextAreaField label="Why (the athlete sees this)" rows={2} {...text("note")} />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Send proposal
        </Button>
      </div>
      <div className="sm:col-span-2">
        <FormProblemNotice problem={problem} />
        {errors.root?.message ? <Alert tone="error">{errors.root.message}</Alert> : null}
        {sent ? (
          <Alert tone="success">Proposed. The athlete will accept or decline it.</Alert>
        ) : null}
      </div>
    </form>
  );
}
