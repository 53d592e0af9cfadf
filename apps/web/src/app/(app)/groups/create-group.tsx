"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type GroupFields, groupFields } from "@stride/domain/groups";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextAreaField, TextField } from "~/components/field";
import { Alert, Button } from "~/components/ui";
import { applyServerErrors } from "~/lib/server-errors";
import { useTRPC } from "~/trpc/react";

const FIELDS = ["name", "description", "weeklyTheme"] as const;

export function CreateGroup() {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.groups.create.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<GroupFields>({
    resolver: zodResolver(groupFields),
    defaultValues: { name: "", description: "", weeklyTheme: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const group = await create.mutateAsync(values);
      router.push(`/groups/${group.id}`);
    } catch (error) {
      setFormError(applyServerErrors(error, FIELDS, setError).message || null);
    }
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Start a group"
      className="grid gap-4 sm:grid-cols-2"
    >
      {formError ? (
        <div className="sm:col-span-2">
          <Alert tone="error">{formError}</Alert>
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
