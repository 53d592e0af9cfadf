"use client";

import { setTagsInput } from "@stride/domain/coaching";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Button } from "~/components/ui";
import { textFieldsOf } from "~/lib/field-props";
import { schemaResolver } from "~/lib/schema-resolver";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

type Values = { text: string };

const listOf = (text: string) =>
  text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);

/** Every message about the list or one of its tags belongs to the one text field. */
const fieldOf = (path: string) => (path.startsWith("tags") ? ("text" as const) : null);

/** The coach's own labels for an athlete, comma separated ("half marathon group, returning"). */
export function TagEditor({ athleteId, tags }: { athleteId: string; tags: string[] }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const save = useMutation(trpc.coach.setTags.mutationOptions());
  const resolver = schemaResolver<Values>(
    setTagsInput,
    (values) => ({ athleteId, tags: listOf(values.text) }),
    fieldOf,
  );
  const form = useForm<Values>({ defaultValues: { text: tags.join(", ") }, resolver });
  const field = textFieldsOf(form);
  const { problem, fail, clear } = useFormProblem(fieldOf, form.setError);
  const onSubmit = form.handleSubmit(async ({ text }) => {
    clear();
    try {
      const saved = await save.mutateAsync({ athleteId, tags: listOf(text) });
      form.reset({ text: saved.tags.join(", ") });
      await refresh();
    } catch (error) {
      fail(error);
    }
  });
  return (
    <form className="flex flex-wrap items-end gap-2" noValidate onSubmit={onSubmit}>
      <div className="min-w-64 flex-1">
        <TextField
          label="Tags (comma separated)"
          placeholder="half marathon group"
          {...field("text")}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        Save tags
      </Button>
      <FormProblemNotice problem={problem} />
    </form>
  );
}
