import type { DemoAccount } from "@stride/domain/accounts";
import { Card } from "~/components/ui";

export function DemoAccounts({
  accounts,
  password,
}: {
  accounts: DemoAccount[];
  password: string;
}) {
  return (
    <Card aria-labelledby="demo-accounts">
      <h2 id="demo-accounts" className="text-base font-semibold">
        Demo accounts
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        This server runs on demo data. Every account's password is{" "}
        <code className="rounded bg-zinc-100 px-1 font-mono dark:bg-zinc-800">{password}</code>.
      </p>
      <ul className="mt-3 divide-y divide-zinc-200 text-sm dark:divide-zinc-800">
        {accounts.map((account) => (
          <li key={account.email} className="flex flex-wrap justify-between gap-x-3 py-2">
            <span>
              <span className="font-medium">{account.name}</span>{" "}
              <span className="text-zinc-600 dark:text-zinc-400">· {account.role}</span>
            </span>
            <code className="font-mono text-zinc-700 dark:text-zinc-300">{account.email}</code>
          </li>
        ))}
      </ul>
    </Card>
  );
}
