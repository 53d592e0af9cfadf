import type { ReactNode } from "react";
import { Card } from "~/components/ui";

/**
 * The card of the account pages (sign in, sign up, a forgotten password): its title, a line on
 * what it is for, then the page's own parts.
 */
export function PublicCard({
  title,
  lead,
  children,
}: {
  title: string;
  lead: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card>
      <h1 className="mb-1 text-xl font-bold">{title}</h1>
      <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">{lead}</p>
      {children}
    </Card>
  );
}
