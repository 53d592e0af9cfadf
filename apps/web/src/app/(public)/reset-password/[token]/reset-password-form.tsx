"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { newPasswordSchema } from "@stride/domain/accounts";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { SubmitButton } from "~/components/account-fields";
import { NewPasswordField, signInWithNewPassword } from "~/components/new-password";
import { Alert } from "~/components/ui";
import { fieldsOf } from "~/lib/field-props";
import { applyServerErrors } from "~/lib/server-errors";
import { useTRPC } from "~/trpc/react";

// The token comes from the link, not from a field: the form asks only for the password.
const formSchema = z.object({ newPassword: newPasswordSchema });
type FormValues = z.infer<typeof formSchema>;
const FIELDS = ["newPassword"] as const;

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema) });
  const { handleSubmit, setError } = form;
  const reset = useMutation(trpc.account.resetPassword.mutationOptions());

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let email: string;
    try {
      ({ email } = await reset.mutateAsync({ token, newPassword: values.newPassword }));
    } catch (error) {
      setFormError(applyServerErrors(error, FIELDS, setError).message);
      return;
    }
    if (!(await signInWithNewPassword(email, values.newPassword))) {
      setFormError("Your new password is set, but signing in failed. Sign in to continue.");
      return;
    }
    window.location.assign("/week");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? (
        <Alert tone="error">
          {formError}{" "}
          <Link className="font-semibold underline" href="/forgot-password">
            Ask for a new link
          </Link>
        </Alert>
      ) : null}
      <NewPasswordField {...fieldsOf(form)("newPassword")} />
      <SubmitButton busy={form.formState.isSubmitting} busyLabel="Saving…">
        Set the new password
      </SubmitButton>
    </form>
  );
}
