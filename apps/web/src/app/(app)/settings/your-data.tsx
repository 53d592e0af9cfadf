"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { deleteAccountInput } from "@stride/domain/accounts";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { CheckboxField, TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Button } from "~/components/ui";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { signOutAction } from "../actions";

const link =
  "inline-flex min-h-11 items-center rounded-lg border border-zinc-300 px-4 text-sm font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

const FIELDS = ["password", "confirm"] as const;

/** Deleting the account, confirmed with the password and a tick; then signed out. */
function DeleteAccountForm() {
  const trpc = useTRPC();
  const remove = useMutation(trpc.account.delete.mutationOptions());
  const form = useForm<{ password: string; confirm: boolean }>({
    defaultValues: { password: "", confirm: false },
    resolver: zodResolver(deleteAccountInput) as never,
  });
  const { problem, fail, clear } = useFormProblem(FIELDS, form.setError);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async ({ password }) => {
    clear();
    try {
      await remove.mutateAsync({ password, confirm: true });
      await signOutAction();
    } catch (error) {
      fail(error);
    }
  });
  return (
    <form aria-label="Delete my account" noValidate className="space-y-2" onSubmit={onSubmit}>
      <h3 className="font-semibold text-red-700 dark:text-red-400">Delete my account</h3>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Your goals, activities, check-ins and everything on them are deleted for good. Comments you
        wrote on other people's check-ins stay, signed "Deleted user". Groups you own pass to the
        member who joined next, or close if you are the only one. Your coaches lose access.
      </p>
      <div className="max-w-sm">
        <TextField
          label="Your password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register("password")}
        />
      </div>
      <CheckboxField
        className="min-h-11"
        label="I understand this cannot be undone"
        {...form.register("confirm")}
      />
      {errors.confirm?.message ? (
        <p className="text-sm text-red-700 dark:text-red-400">{errors.confirm.message}</p>
      ) : null}
      <FormProblemNotice problem={problem} />
      <Button
        type="submit"
        disabled={form.formState.isSubmitting}
        className="bg-red-700 hover:bg-red-800"
      >
        Delete my account
      </Button>
    </form>
  );
}

/** Export everything, or delete the account after confirming with the password. */
export function YourData() {
  return (
    <div className="space-y-5">
      <div>
        <h3 className="font-semibold">Export</h3>
        <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
          Everything you own, as JSON; your activities also as a CSV that Stride imports again.
        </p>
        <div className="flex flex-wrap gap-2">
          <a className={link} href="/api/export?format=json" download>
            Download everything (JSON)
          </a>
          <a className={link} href="/api/export?format=csv" download>
            Download activities (CSV)
          </a>
        </div>
      </div>
      <DeleteAccountForm />
    </div>
  );
}
