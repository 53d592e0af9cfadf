"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  type ChangePasswordInput,
  changePasswordInput,
  PASSWORD_MIN_LENGTH,
} from "@stride/domain/accounts";
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextField } from "~/components/field";
import { Alert, Button } from "~/components/ui";
import { applyServerErrors } from "~/lib/server-errors";
import { useTRPC } from "~/trpc/react";

const FIELDS = ["currentPassword", "newPassword"] as const;

export function PasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordInput) });
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
    const result = await signIn("credentials", {
      email,
      password: values.newPassword,
      redirect: false,
    });
    if (result?.error) {
      window.location.assign("/signin?callbackUrl=%2Fsettings");
      return;
    }
    reset({ currentPassword: "", newPassword: "" });
    setStatus({ tone: "success", text: "Password changed. Other devices have been signed out." });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <input type="hidden" autoComplete="username" value={email} readOnly />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? "Changing…" : "Change password"}
        </Button>
        {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
      </div>
    </form>
  );
}
