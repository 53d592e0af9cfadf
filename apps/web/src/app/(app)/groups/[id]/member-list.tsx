import type { ReactNode } from "react";
import { Badge } from "~/components/ui";

type Member = { id: string; name: string; role: string; you: boolean };

/**
 * The group's members. Plain markup: the server renders it for members, and the owner's client
 * tools render it with their buttons (`actions`).
 */
export function MemberList({
  members,
  actions,
}: {
  members: readonly Member[];
  actions?: (member: Member) => ReactNode;
}) {
  return (
    <ul aria-label="Members" className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
      {members.map((member) => (
        <li key={member.id} className="flex flex-wrap items-center gap-2 py-2">
          <span className="font-medium">{member.name}</span>
          {member.you ? <span className="text-zinc-600 dark:text-zinc-400">(you)</span> : null}
          {member.role === "owner" ? <Badge tone="brand">Owner</Badge> : null}
          {actions?.(member)}
        </li>
      ))}
    </ul>
  );
}
