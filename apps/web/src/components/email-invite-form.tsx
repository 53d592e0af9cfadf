"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { emailInviteInput } from "@stride/domain/accounts";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Button } from "~/components/ui";
import { useFormProblem } from "~/lib/use-form-problem";

const FIELDS = ["email"] as const;

/**
 * A personal invitation, to a group or to be coached, for someone who uses Stride. The answer is
 * the same sentence whether or not the address has an account.
 */
export function EmailInviteForm({
  label,
  send,
  onSent,
}: {
  label: string;
  send: (email: string) => Promise<{ message: string }>;
  onSent?: () => Promise<unknown>;
}) {
  const [sent, setSent] = useState<string | null>(null);
  const form = useForm({ defaultValues: { email: "" }, resolver: zodResolver(emailInviteInput) });
  const { problem, fail, clear } = useFormProblem(FIELDS, form.setError);
  const onSubmit = form.handleSubmit(async ({ email }) => {
    clear();
    setSent(null);
    try {
      const answer = await send(email);
      setSent(answer.message);
      form.reset({ email: "" });
      await onSent?.();
    } catch (error) {
      fail(error);
    }
  });
  return (
    <form aria-label="Invite by email" noValidate className="space-y-2" onSubmit={onSubmit}>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <TextField
            label={label}
            type="email"
            placeholder="someone@example.com"
            error={form.formState.errors.email?.message}
            {...form.register("email")}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          Send invitation
        </Button>
      </div>
      <FormProblemNotice problem={problem} />
      {sent ? (
        <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          {sent}
        </p>
      ) : null}
    </form>
  );
}
