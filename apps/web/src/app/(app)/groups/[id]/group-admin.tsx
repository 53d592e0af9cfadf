"use client";

import type { AppRouter } from "@stride/api";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { Alert, Button } from "~/components/ui";
import { useAction } from "~/lib/use-action";
import { useTRPC } from "~/trpc/react";
import { InviteByEmailForm, InviteLinkForm } from "./group-invite-forms";
import { MemberList } from "./member-list";

type Group = inferRouterOutputs<AppRouter>["groups"]["get"];

/** The owner's view of the members, with member management and invitation links. */
export function GroupAdmin({ group }: { group: Group }) {
  const trpc = useTRPC();
  const owner = group.role === "owner";
  const invites = useQuery({
    ...trpc.groups.invites.queryOptions({ groupId: group.id }),
    enabled: owner,
  });
  const revoke = useMutation(trpc.groups.revokeInvite.mutationOptions());
  const remove = useMutation(trpc.groups.removeMember.mutationOptions());
  const transfer = useMutation(trpc.groups.transferOwnership.mutationOptions());
  const { run: act, error } = useAction();
  /** A button that runs one of the owner's actions (useAction: refresh, or the server's sentence). */
  const action = (label: string, run: () => Promise<unknown>) => (
    <Button type="button" variant="secondary" onClick={() => act(run)}>
      {label}
    </Button>
  );

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <MemberList
        members={group.members}
        actions={(member) =>
          owner && !member.you ? (
            <span className="ml-auto flex gap-2">
              {action("Make owner", () =>
                transfer.mutateAsync({ groupId: group.id, userId: member.id }),
              )}
              {action("Remove", () => remove.mutateAsync({ groupId: group.id, userId: member.id }))}
            </span>
          ) : null
        }
      />
      {owner ? (
        <div className="space-y-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
          <h3 className="font-semibold">Invite people</h3>
          <InviteLinkForm groupId={group.id} />
          <InviteByEmailForm groupId={group.id} />
          {invites.data && invites.data.length > 0 ? (
            <ul aria-label="Live invitation links" className="space-y-1 text-sm">
              {invites.data.map((invite) => (
                <li key={invite.id} className="flex flex-wrap items-center gap-2">
                  Used {invite.uses} of {invite.maxUses}, until{" "}
                  {new Date(invite.expiresAt).toISOString().slice(0, 10)}
                  {action("Withdraw", () =>
                    revoke.mutateAsync({ groupId: group.id, inviteId: invite.id }),
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
