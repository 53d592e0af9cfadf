"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  PASSWORD_RESET_MINUTES,
  type RequestPasswordResetInput,
  requestPasswordResetInput,
} from "@stride/domain/accounts";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { EmailField, SubmitButton } from "~/components/account-fields";
import { Alert } from "~/components/ui";
import { fieldsOf } from "~/lib/field-props";
import { applyServerErrors } from "~/lib/server-errors";
import { useTRPC } from "~/trpc/react";

const FIELDS = ["email"] as const;

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<RequestPasswordResetInput>({
    resolver: zodResolver(requestPasswordResetInput),
  });
  const { handleSubmit, setError } = form;
  const field = fieldsOf(form);
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions());

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await request.mutateAsync(values);
      setSentTo(values.email);
    } catch (error) {
      setFormError(applyServerErrors(error, FIELDS, setError).message);
    }
  });

  if (sentTo) {
    // The same words whether or not the address has an account.
    return (
      <Alert tone="success">
        If {sentTo} has a Stride account, a link to choose a new password is on its way. It works
        once, for {PASSWORD_RESET_MINUTES} minutes. Nothing there? Check your spam folder, or ask
        again in a few minutes.
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <EmailField {...field("email")} />
      <SubmitButton busy={form.formState.isSubmitting} busyLabel="Sending…">
        Send the link
      </SubmitButton>
    </form>
  );
}
