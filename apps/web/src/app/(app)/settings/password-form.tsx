"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type ChangePasswordInput, changePasswordInput } from "@stride/domain/accounts";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { PasswordField } from "~/components/account-fields";
import { NewPasswordField, signInWithNewPassword } from "~/components/new-password";
import { Alert, Button } from "~/components/ui";
import { fieldsOf } from "~/lib/field-props";
import { applyServerErrors } from "~/lib/server-errors";
import { useTRPC } from "~/trpc/react";

const FIELDS = ["currentPassword", "newPassword"] as const;

export function PasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordInput) });
  const { handleSubmit, setError, reset } = form;
  const field = fieldsOf(form);
  const isSubmitting = form.formState.isSubmitting;
  const change = useMutation(trpc.account.changePassword.mutationOptions());

  const onSubmit = handleSubmit(async (values) => {
    setStatus(null);
    try {
      await change.mutateAsync(values);
    } catch (error) {
      const text = applyServerErrors(error, FIELDS, setError).message;
      if (text) setStatus({ tone: "error", text });
      return;
    }
    // The change ended every session, this one included; sign this browser back in with the new
    // password so only the other devices are signed out.
    if (!(await signInWithNewPassword(email, values.newPassword))) {
      window.location.assign("/signin?callbackUrl=%2Fsettings");
      return;
    }
    reset({ currentPassword: "", newPassword: "" });
    setStatus({ tone: "success", text: "Password changed. Other devices have been signed out." });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <input type="hidden" autoComplete="username" value={email} readOnly />
      <PasswordField label="Current password" {...field("currentPassword")} />
      <NewPasswordField {...field("newPassword")} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? "Changing…" : "Change password"}
        </Button>
        {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
      </div>
    </form>
  );
}
