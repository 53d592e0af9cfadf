"use client";

import { retryAfterMessage, type SignInInput } from "@stride/domain/accounts";
import { signIn } from "next-auth/react";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { FirstUseStart } from "~/components/form/first-use";
import { lazyResolver } from "~/lib/lazy-resolver";
import { SignInView } from "./sign-in-view";

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

/** Signing in: react-hook-form, the domain's schema (loaded on first check), next-auth. */
export default function SignInForm({
  callbackPath,
  start,
}: {
  callbackPath: string;
  start: FirstUseStart;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({
    resolver,
    defaultValues: { email: start.values.email ?? "", password: start.values.password ?? "" },
  });

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
  // Carry on from the light form: a press of its button is run now.
  useEffect(() => {
    if (start.action) void onSubmit();
  }, []);

  return (
    <SignInView
      email={register("email")}
      password={register("password")}
      errors={{ email: errors.email?.message, password: errors.password?.message }}
      formError={formError}
      busy={isSubmitting}
      onSubmit={onSubmit}
    />
  );
}
