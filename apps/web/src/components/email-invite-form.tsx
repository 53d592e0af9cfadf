"use client";

import { emailInviteInput } from "@stride/domain/accounts";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { schemaResolver } from "~/lib/schema-resolver";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import { EmailInviteView } from "./email-invite-view";
import type { FirstUseStart } from "./form/first-use";
import { FormProblemNotice } from "./form/form-problem";

const FIELDS = ["email"] as const;

/** Whom the invitation is to: the coach's athletes, or one of the owner's groups. */
export type EmailInviteProps = {
  label: string;
  to: { kind: "coach" } | { kind: "group"; groupId: string };
};

/**
 * A personal invitation, to a group or to be coached (a group's also reaches an address with no
 * account, by mail). The answer is
 * the same sentence whether or not the address has an account.
 */
export default function EmailInviteForm({
  label,
  to,
  start,
}: EmailInviteProps & { start: FirstUseStart }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const toCoach = useMutation(trpc.coach.inviteByEmail.mutationOptions());
  const toGroup = useMutation(trpc.groups.inviteByEmail.mutationOptions());
  const [sent, setSent] = useState<string | null>(null);
  const form = useForm({
    defaultValues: { email: start.values.email ?? "" },
    resolver: schemaResolver(emailInviteInput, (values) => values),
  });
  const { problem, fail, clear } = useFormProblem(FIELDS, form.setError);
  const submit = form.handleSubmit(async ({ email }) => {
    clear();
    setSent(null);
    try {
      const answer =
        to.kind === "coach"
          ? await toCoach.mutateAsync({ email })
          : await toGroup.mutateAsync({ groupId: to.groupId, email });
      setSent(answer.message);
      form.reset({ email: "" });
      await refresh();
    } catch (error) {
      fail(error);
    }
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when this form takes over.
  useEffect(() => {
    if (start.action) void submit();
  }, []);
  return (
    <EmailInviteView
      label={label}
      field={form.register("email")}
      error={form.formState.errors.email?.message}
      problem={<FormProblemNotice problem={problem} />}
      sent={sent}
      busy={form.formState.isSubmitting}
      onSubmit={submit}
    />
  );
}
