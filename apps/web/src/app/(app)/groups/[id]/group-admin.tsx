"use client";

import type { AppRouter } from "@stride/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import { MemberList } from "./member-list";

type Group = inferRouterOutputs<AppRouter>["groups"]["get"];

const control =
  "min-h-11 rounded-lg border border-zinc-300 bg-white px-3 dark:border-zinc-700 dark:bg-zinc-950";

/** The owner's view of the members, with member management and invitation links. */
export function GroupAdmin({ group }: { group: Group }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const owner = group.role === "owner";
  const invites = useQuery({
    ...trpc.groups.invites.queryOptions({ groupId: group.id }),
    enabled: owner,
  });
  const createInvite = useMutation(trpc.groups.createInvite.mutationOptions());
  const inviteByEmail = useMutation(trpc.groups.inviteByEmail.mutationOptions());
  const [email, setEmail] = useState("");
  const [emailMessage, setEmailMessage] = useState<string | null>(null);
  const revoke = useMutation(trpc.groups.revokeInvite.mutationOptions());
  const remove = useMutation(trpc.groups.removeMember.mutationOptions());
  const transfer = useMutation(trpc.groups.transferOwnership.mutationOptions());
  const [days, setDays] = useState(7);
  const [uses, setUses] = useState(10);
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      await queryClient.invalidateQueries({
        queryKey: trpc.groups.invites.queryKey({ groupId: group.id }),
      });
      refresh();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "That did not work.");
    }
  };

  return (
    <div className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <MemberList
        members={group.members}
        actions={(member) =>
          owner && !member.you ? (
            <span className="ml-auto flex gap-2">
              <Button
                type="button"
                variant="secondary"
                onClick={() =>
                  act(() => transfer.mutateAsync({ groupId: group.id, userId: member.id }))
                }
              >
                Make owner
              </Button>
              <Button
                type="button"
                variant="secondary"
                onClick={() =>
                  act(() => remove.mutateAsync({ groupId: group.id, userId: member.id }))
                }
              >
                Remove
              </Button>
            </span>
          ) : null
        }
      />
      {owner ? (
        <div className="space-y-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
          <h3 className="font-semibold">Invite people</h3>
          <div className="flex flex-wrap items-end gap-3 text-sm">
            <label className="flex flex-col gap-1 font-medium">
              Link works for (days)
              <input
                type="number"
                min={1}
                max={30}
                className={`${control} w-24`}
                value={days}
                onChange={(e) => setDays(Number(e.target.value))}
              />
            </label>
            <label className="flex flex-col gap-1 font-medium">
              Up to (people)
              <input
                type="number"
                min={1}
                max={100}
                className={`${control} w-24`}
                value={uses}
                onChange={(e) => setUses(Number(e.target.value))}
              />
            </label>
            <Button
              type="button"
              onClick={() =>
                act(async () => {
                  const invite = await createInvite.mutateAsync({
                    groupId: group.id,
                    expiresInDays: days,
                    maxUses: uses,
                  });
                  setLink(`${window.location.origin}${invite.path}`);
                })
              }
            >
              Make an invitation link
            </Button>
          </div>
          {link ? (
            <label className="block text-sm font-medium">
              Invitation link (shown once)
              <input readOnly value={link} className={`${control} mt-1 w-full font-mono text-xs`} />
            </label>
          ) : null}
          <form
            aria-label="Invite by email"
            className="flex flex-wrap items-end gap-3 text-sm"
            onSubmit={(event) => {
              event.preventDefault();
              void act(async () => {
                const result = await inviteByEmail.mutateAsync({ groupId: group.id, email });
                setEmailMessage(result.message);
                setEmail("");
              });
            }}
          >
            <label className="flex flex-col gap-1 font-medium">
              Or invite someone who uses Stride, by email
              <input
                type="email"
                className={`${control} w-72`}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            </label>
            <Button
              type="submit"
              variant="secondary"
              disabled={inviteByEmail.isPending || email === ""}
            >
              Send invitation
            </Button>
          </form>
          {emailMessage ? (
            <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
              {emailMessage}
            </p>
          ) : null}
          {invites.data && invites.data.length > 0 ? (
            <ul aria-label="Live invitation links" className="space-y-1 text-sm">
              {invites.data.map((invite) => (
                <li key={invite.id} className="flex flex-wrap items-center gap-2">
                  Used {invite.uses} of {invite.maxUses}, until{" "}
                  {new Date(invite.expiresAt).toISOString().slice(0, 10)}
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() =>
                      act(() => revoke.mutateAsync({ groupId: group.id, inviteId: invite.id }))
                    }
                  >
                    Withdraw
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
