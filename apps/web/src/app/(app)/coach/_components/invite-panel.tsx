"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { control } from "~/components/field";
import { Alert, Button, Section } from "~/components/ui";
import { useAction } from "~/lib/use-action";
import { useTRPC } from "~/trpc/react";

/**
 * Invite athletes: a link to share, or a personal invitation mailed to an address. The page
 * prefetches the open invitations, so the list does not appear late, and renders the email
 * invitation's light form (`emailInvite`) itself.
 */
export function InvitePanel({ emailInvite }: { emailInvite: ReactNode }) {
  const trpc = useTRPC();
  const invites = useQuery(trpc.coach.invites.queryOptions());
  const makeLink = useMutation(trpc.coach.inviteLink.mutationOptions());
  const withdraw = useMutation(trpc.coach.withdrawInvite.mutationOptions());
  const [link, setLink] = useState<string | null>(null);
  const { run, error } = useAction();
  return (
    <Section title="Invite athletes" headingId="invite-heading">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
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
      <div className="mt-4">{emailInvite}</div>
      {error ? (
        <div className="mt-2">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      {invites.data && invites.data.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold">Open invitations</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {invites.data.map((invite) => (
              <li key={invite.id} className="flex flex-wrap items-center gap-2">
                {invite.byEmail
                  ? "By email"
                  : invite.inviteeName
                    ? `For ${invite.inviteeName}`
                    : "Link"}{" "}
                · until {new Date(invite.expiresAt).toISOString().slice(0, 10)}
                <button
                  type="button"
                  className="inline-flex min-h-11 items-center px-2 text-sm underline"
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
    </Section>
  );
}
