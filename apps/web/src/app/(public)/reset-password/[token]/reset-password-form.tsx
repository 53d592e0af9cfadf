"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { NEW_PASSWORD_HINT, newPasswordSchema } from "@stride/domain/accounts";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { PasswordField, SubmitButton } from "~/components/account-fields";
import { Alert } from "~/components/ui";
import { applyServerErrors } from "~/lib/server-errors";
import { useTRPC } from "~/trpc/react";

// The token comes from the link, not from a field: the form asks only for the password.
const formSchema = z.object({ newPassword: newPasswordSchema });
type FormValues = z.infer<typeof formSchema>;
const FIELDS = ["newPassword"] as const;

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ resolver: zodResolver(formSchema) });
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
    const result = await signIn("credentials", {
      email,
      password: values.newPassword,
      redirect: false,
    });
    if (result?.error) {
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
      <PasswordField
        label="New password"
        fresh
        hint={NEW_PASSWORD_HINT}
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <SubmitButton busy={isSubmitting} busyLabel="Saving…">
        Set the new password
      </SubmitButton>
    </form>
  );
}
