"use client";

import { updateGoalInput } from "@stride/domain/goals";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Alert, Button, Card } from "~/components/ui";
import { fieldsOf } from "~/lib/field-props";
import { schemaResolver } from "~/lib/schema-resolver";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import type { GoalDto } from "../../goals/_components/types";

type Values = { value: string; periodEnd: string };

const REASON = "Missed two weeks running; adjusted after my weekly check-in.";

/** The server's paths ("target.value", "periodEnd") to this form's two fields. */
const fieldOf = (path: string) =>
  path.startsWith("target")
    ? ("value" as const)
    : path === "periodEnd"
      ? ("periodEnd" as const)
      : null;

function changesOf(block: GoalDto, values: Values) {
  const target =
    block.targetInput && values.value !== ""
      ? { ...block.targetInput, value: Number(values.value) }
      : undefined;
  return { ...(target ? { target } : {}), periodEnd: values.periodEnd };
}

/** Offered when a block was missed two weeks running: a smaller target or a longer block. */
export function AdjustBlock({ block }: { block: GoalDto }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const update = useMutation(trpc.goals.update.mutationOptions());
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const resolver = schemaResolver<Values>(
    updateGoalInput.shape.changes,
    (values) => changesOf(block, values),
    fieldOf,
  );
  const form = useForm<Values>({
    defaultValues: {
      value: block.targetInput?.value
        ? String(Math.round(block.targetInput.value * 0.8 * 10) / 10)
        : "",
      periodEnd: block.periodEnd,
    },
    resolver,
  });
  const { problem, fail, clear } = useFormProblem(fieldOf, form.setError);
  const errors = form.formState.errors;
  const field = fieldsOf(form);
  const onSubmit = form.handleSubmit(async (values) => {
    clear();
    try {
      await update.mutateAsync({
        id: block.id,
        version: block.version,
        reason: REASON,
        changes: changesOf(block, values),
      });
      setDone(true);
      setOpen(false);
      await refresh();
    } catch (error) {
      fail(error);
    }
  });

  return (
    <Card aria-labelledby={`adjust-${block.id}`}>
      <h2 id={`adjust-${block.id}`} className="text-base font-semibold">
        “{block.title}” was missed two weeks running
      </h2>
      <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300">
        That's information, not failure. A smaller step or a little more time keeps you moving
        toward the bigger goal.
      </p>
      <FormProblemNotice problem={problem} />
      {errors.root?.message ? <Alert tone="error">{errors.root.message}</Alert> : null}
      {done ? (
        <Alert tone="success">
          Block adjusted. The change and its reason are in the goal's history.
        </Alert>
      ) : null}
      {open ? (
        <form
          className="grid gap-3 sm:grid-cols-3"
          aria-label={`Adjust ${block.title}`}
          noValidate
          onSubmit={onSubmit}
        >
          {block.targetInput?.value ? (
            <TextField
              label={`New target (${block.targetInput.unit})`}
              inputMode="decimal"
              {...field("value")}
            />
          ) : null}
          <TextField label="Ends" type="date" {...field("periodEnd")} />
          <div className="flex items-end gap-2">
            <Button type="submit" disabled={form.formState.isSubmitting}>
              Adjust block
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Not now
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          Adjust this block
        </Button>
      )}
    </Card>
  );
}
