"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { NEW_PASSWORD_HINT, type SignUpInput, signUpInput } from "@stride/domain/accounts";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { EmailField, PasswordField, SubmitButton } from "~/components/account-fields";
import { TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Alert } from "~/components/ui";
import { fieldsOf } from "~/lib/field-props";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";

const FIELDS = ["name", "email", "password"] as const;

export function SignUpForm({ callbackPath }: { callbackPath: string }) {
  const trpc = useTRPC();
  const form = useForm<SignUpInput>({ resolver: zodResolver(signUpInput) });
  const { handleSubmit, setError } = form;
  const field = fieldsOf(form);
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const { problem, fail, clear } = useFormProblem(FIELDS, setError);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    clear();
    try {
      await signUp.mutateAsync(values);
    } catch (error) {
      fail(error);
      return;
    }
    // Not signed in here: a taken address gets this same answer (its owner is mailed instead),
    // so the page never tells anyone which addresses have accounts.
    setSentTo(values.email);
  });

  if (sentTo) {
    return (
      <div className="space-y-4">
        <Alert tone="success">
          Check your inbox: we sent a message to {sentTo}. Open its link to confirm your address.
          You can sign in with your password now.
        </Alert>
        <Link
          className="inline-block font-semibold text-brand-700 underline dark:text-brand-500"
          href={`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`}
        >
          Sign in
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormProblemNotice problem={problem} />
      <TextField label="Name" autoComplete="name" {...field("name")} />
      <EmailField {...field("email")} />
      <PasswordField fresh hint={NEW_PASSWORD_HINT} {...field("password")} />
      <SubmitButton busy={form.formState.isSubmitting} busyLabel="Creating your account…">
        Create account
      </SubmitButton>
    </form>
  );
}
