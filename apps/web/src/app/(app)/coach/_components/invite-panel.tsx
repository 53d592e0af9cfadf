"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { emailInviteInput } from "@stride/domain/accounts";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { control, TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Alert, Button, Card } from "~/components/ui";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

const FIELDS = ["email"] as const;

/**
 * Invite athletes: a link to share, or a personal invitation to someone who uses Stride. The page
 * prefetches the open invitations, so the list does not appear late.
 */
export function InvitePanel() {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const invites = useQuery(trpc.coach.invites.queryOptions());
  const makeLink = useMutation(trpc.coach.inviteLink.mutationOptions());
  const byEmail = useMutation(trpc.coach.inviteByEmail.mutationOptions());
  const withdraw = useMutation(trpc.coach.withdrawInvite.mutationOptions());
  const [link, setLink] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const form = useForm({
    defaultValues: { email: "" },
    resolver: zodResolver(emailInviteInput),
  });
  const { problem, fail, clear } = useFormProblem(FIELDS, form.setError);
  const run = async (action: () => Promise<void>) => {
    clear();
    setSent(null);
    try {
      await action();
      await refresh();
    } catch (error) {
      fail(error);
    }
  };
  const onSubmit = form.handleSubmit((values) =>
    run(async () => {
      const answer = await byEmail.mutateAsync(values);
      setSent(answer.message);
      form.reset({ email: "" });
    }),
  );

  return (
    <Card aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="text-lg font-semibold">
        Invite athletes
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        An athlete who accepts lets you see the goals and check-ins they share with their coach.
        Either of you can end it at any time.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button
          type="button"
          disabled={makeLink.isPending}
          onClick={() =>
            run(async () => {
              const made = await makeLink.mutateAsync({ expiresInDays: 14 });
              setLink(`${window.location.origin}${made.path}`);
            })
          }
        >
          Make an invitation link
        </Button>
      </div>
      {link ? (
        <p className="mt-2 text-sm">
          <label className="font-medium" htmlFor="coach-invite-link">
            Share this link (valid 14 days):
          </label>
          <input id="coach-invite-link" readOnly value={link} className={`${control} mt-1`} />
        </p>
      ) : null}
      <form className="mt-4 flex flex-wrap items-end gap-2" noValidate onSubmit={onSubmit}>
        <div className="flex-1">
          <TextField
            label="Invite by email"
            type="email"
            placeholder="athlete@example.com"
            error={form.formState.errors.email?.message}
            {...form.register("email")}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          Send invitation
        </Button>
      </form>
      <div className="mt-2 space-y-2">
        <FormProblemNotice problem={problem} />
        {sent ? <Alert tone="success">{sent}</Alert> : null}
      </div>
      {invites.data && invites.data.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">Open invitations</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {invites.data.map((invite) => (
              <li key={invite.id} className="flex flex-wrap items-center gap-2">
                {invite.inviteeName ? `For ${invite.inviteeName}` : "Link"} · until{" "}
                {new Date(invite.expiresAt).toISOString().slice(0, 10)}
                <button
                  type="button"
                  className="text-xs underline"
                  onClick={() =>
                    run(() => withdraw.mutateAsync({ inviteId: invite.id }).then(() => {}))
                  }
                >
                  Withdraw
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
