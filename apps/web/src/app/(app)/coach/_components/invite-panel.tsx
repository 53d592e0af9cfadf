"use client";

import type { AppRouter } from "@stride/api";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { Alert, Button, Card } from "~/components/ui";
import { useTRPC } from "~/trpc/react";

const input =
  "block w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950";

type Invite = inferRouterOutputs<AppRouter>["coach"]["invites"][number];

/**
 * Invite athletes: a link to share, or a personal invitation to someone who uses Stride. The open
 * invitations come with the page (`initialInvites`), so the list does not appear late.
 */
export function InvitePanel({ initialInvites }: { initialInvites: Invite[] }) {
  const trpc = useTRPC();
  const invites = useQuery({ ...trpc.coach.invites.queryOptions(), initialData: initialInvites });
  const makeLink = useMutation(trpc.coach.inviteLink.mutationOptions());
  const byEmail = useMutation(trpc.coach.inviteByEmail.mutationOptions());
  const withdraw = useMutation(trpc.coach.withdrawInvite.mutationOptions());
  const [link, setLink] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const fail = (caught: unknown) =>
    setMessage({ tone: "error", text: caught instanceof Error ? caught.message : "Try again." });

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
          onClick={async () => {
            setMessage(null);
            try {
              const made = await makeLink.mutateAsync({ expiresInDays: 14 });
              setLink(`${window.location.origin}${made.path}`);
              await invites.refetch();
            } catch (caught) {
              fail(caught);
            }
          }}
        >
          Make an invitation link
        </Button>
      </div>
      {link ? (
        <p className="mt-2 text-sm">
          <label className="font-medium" htmlFor="coach-invite-link">
            Share this link (valid 14 days):
          </label>
          <input id="coach-invite-link" readOnly value={link} className={`${input} mt-1`} />
        </p>
      ) : null}
      <form
        className="mt-4 flex flex-wrap items-end gap-2"
        onSubmit={async (event) => {
          event.preventDefault();
          setMessage(null);
          try {
            const answer = await byEmail.mutateAsync({ email });
            setMessage({ tone: "success", text: answer.message });
            setEmail("");
            await invites.refetch();
          } catch (caught) {
            fail(caught);
          }
        }}
      >
        <label className="flex-1 text-sm font-medium">
          Invite by email
          <input
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            className={`${input} mt-1`}
            placeholder="athlete@example.com"
          />
        </label>
        <Button type="submit" variant="secondary" disabled={byEmail.isPending}>
          Send invitation
        </Button>
      </form>
      {message ? (
        <div className="mt-2">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
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
                  onClick={async () => {
                    try {
                      await withdraw.mutateAsync({ inviteId: invite.id });
                      await invites.refetch();
                    } catch (caught) {
                      fail(caught);
                    }
                  }}
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
