"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { PASSWORD_MIN_LENGTH, type SignUpInput, signUpInput } from "@stride/domain/accounts";
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Button } from "~/components/ui";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";

const FIELDS = ["name", "email", "password"] as const;

export function SignUpForm({ callbackPath }: { callbackPath: string }) {
  const trpc = useTRPC();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignUpInput>({ resolver: zodResolver(signUpInput) });
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const { problem, fail, clear, say } = useFormProblem(FIELDS, setError);

  const onSubmit = handleSubmit(async (values) => {
    clear();
    try {
      await signUp.mutateAsync(values);
    } catch (error) {
      fail(error);
      return;
    }
    const result = await signIn("credentials", {
      email: values.email,
      password: values.password,
      redirect: false,
    });
    if (result?.error) {
      say("Your account is ready, but signing in failed. Sign in to continue.");
      return;
    }
    window.location.assign(callbackPath);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormProblemNotice problem={problem} />
      <TextField
        label="Name"
        autoComplete="name"
        error={errors.name?.message}
        {...register("name")}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={errors.password?.message}
        {...register("password")}
      />
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
