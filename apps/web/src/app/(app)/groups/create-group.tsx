"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type GroupFields, groupFields } from "@stride/domain/groups";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { TextAreaField, TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Button } from "~/components/ui";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";

const FIELDS = ["name", "description", "weeklyTheme"] as const;

export function CreateGroup() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.groups.create.mutationOptions());
  const { register, handleSubmit, setError, formState } = useForm<GroupFields>({
    resolver: zodResolver(groupFields),
    defaultValues: { name: "", description: "", weeklyTheme: "" },
  });
  const { problem, fail, clear } = useFormProblem(FIELDS, setError);
  const onSubmit = handleSubmit(async (values) => {
    clear();
    try {
      const group = await create.mutateAsync(values);
      router.push(`/groups/${group.id}`);
    } catch (error) {
      fail(error);
    }
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Start a group"
      className="grid gap-4 sm:grid-cols-2"
    >
      {problem.message ? (
        <div className="sm:col-span-2">
          <FormProblemNotice problem={problem} />
        </div>
      ) : null}
      <TextField label="Name" error={formState.errors.name?.message} {...register("name")} />
      <TextField
        label="This week's theme (optional)"
        placeholder="Hills!"
        error={formState.errors.weeklyTheme?.message}
        {...register("weeklyTheme")}
      />
      <div className="sm:col-span-2">
        <TextAreaField
          label="What the group is about (optional)"
          rows={2}
          error={formState.errors.description?.message}
          {...register("description")}
        />
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          Start the group
        </Button>
      </div>
    </form>
  );
}
