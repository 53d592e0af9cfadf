"use client";

import { commentBody } from "@stride/domain/groups";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { schemaResolver } from "~/lib/schema-resolver";
import { useFormProblem } from "~/lib/use-form-problem";
import { CommentFormView } from "./comment-form-view";
import type { FirstUseStart } from "./form/first-use";
import { FormProblemNotice } from "./form/form-problem";

const commentForm = z.object({ body: commentBody });
const FIELDS = ["body"] as const;

export type CommentFormProps = {
  label: string;
  initial?: string;
  onSubmit: (body: string) => Promise<void>;
};

/** A comment, a reply or an edit: react-hook-form with the domain's comment rule. */
export default function CommentForm({
  label,
  initial = "",
  onSubmit,
  start,
}: CommentFormProps & { start: FirstUseStart }) {
  const form = useForm({
    defaultValues: { body: start.values.body ?? initial },
    resolver: schemaResolver(commentForm, (values) => values),
  });
  const { problem, fail, clear } = useFormProblem(FIELDS, form.setError);
  const submit = form.handleSubmit(async ({ body }) => {
    clear();
    try {
      await onSubmit(body);
      form.reset({ body: "" });
    } catch (error) {
      fail(error);
    }
  });
  // Carry on from the light form: a press of its button is run now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when this form takes over.
  useEffect(() => {
    if (start.action) void submit();
  }, []);
  return (
    <CommentFormView
      label={label}
      field={form.register("body")}
      error={form.formState.errors.body?.message}
      problem={<FormProblemNotice problem={problem} />}
      busy={form.formState.isSubmitting}
      onSubmit={submit}
    />
  );
}
