"use client";

import { retryAfterMessage, type SignInInput } from "@stride/domain/accounts";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { EmailField, PasswordField, SubmitButton } from "~/components/account-fields";
import { Alert } from "~/components/ui";
import { lazyResolver } from "~/lib/lazy-resolver";

const resolver = lazyResolver<SignInInput>(async () => {
  const [{ zodResolver }, { signInInput }] = await Promise.all([
    import("@hookform/resolvers/zod"),
    import("@stride/domain/accounts"),
  ]);
  return zodResolver(signInInput);
});

const INVALID = "That email and password don't match. Check them and try again.";

/** Turns next-auth's error code into a sentence; it never says whether the email exists. */
function messageFor(code: string | undefined): string {
  const throttled = code?.match(/^throttled-(\d+)$/);
  if (throttled) return retryAfterMessage(Number(throttled[1]));
  return INVALID;
}

export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.error) {
      setFormError(messageFor(result.code));
      return;
    }
    // A full navigation, so every server component renders with the new session.
    window.location.assign(callbackPath);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <EmailField error={errors.email?.message} {...register("email")} />
      <PasswordField error={errors.password?.message} {...register("password")} />
      <SubmitButton busy={isSubmitting} busyLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
