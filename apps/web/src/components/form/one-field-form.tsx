"use client";

import { type FormEvent, useEffect, useMemo } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { schemaResolver } from "~/lib/schema-resolver";
import { useFormProblem } from "~/lib/use-form-problem";
import type { FirstUseStart } from "./first-use";
import { FormProblemNotice } from "./form-problem";

/**
 * The live side of a FirstUse form with one text field (a comment, an invitation, an answer):
 * react-hook-form on the domain's schema, the server's refusal on the field or above the button,
 * and a button pressed on the light form run as soon as this one takes over. Returns the props of
 * the form's view.
 */
export function useOneFieldForm({
  name,
  schema,
  start,
  initial = "",
  send,
  emptyWhenSent = false,
}: {
  name: string;
  schema: z.ZodType;
  start: FirstUseStart;
  initial?: string;
  /** Sends the field's value, for the pressed button's `value`; throws the server's refusal. */
  send: (value: string, action: string | null) => Promise<void>;
  /** Empties the field once sent (a comment box), or keeps what was sent. */
  emptyWhenSent?: boolean;
}) {
  const form = useForm<Record<string, string>>({
    defaultValues: { [name]: start.values[name] ?? initial },
    resolver: schemaResolver(schema, (values) => values),
  });
  const fields = useMemo(() => [name], [name]);
  const { problem, fail, clear } = useFormProblem(fields, form.setError);
  const run = (action: string | null) =>
    form.handleSubmit(async (values) => {
      clear();
      try {
        await send(values[name] ?? "", action);
        if (emptyWhenSent) form.reset({ [name]: "" });
      } catch (error) {
        fail(error);
      }
    })();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run((event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") ?? null);
  };
  // Carry on from the light form: a press of its button is run now (once, when this form takes
  // over).
  useEffect(() => {
    if (start.action) void run(start.action);
  }, []);
  return {
    field: form.register(name),
    error: form.formState.errors[name]?.message,
    problem: <FormProblemNotice problem={problem} />,
    busy: form.formState.isSubmitting,
    onSubmit,
  };
}
