"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";
import { signOutAction } from "../actions";

const link =
  "inline-flex min-h-11 items-center rounded-lg border border-zinc-300 px-4 text-sm font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** Export everything, or delete the account after confirming with the password. */
export function YourData() {
  const trpc = useTRPC();
  const remove = useMutation(trpc.account.delete.mutationOptions());
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
      <form
        aria-label="Delete my account"
        className="space-y-2"
        onSubmit={async (event) => {
          event.preventDefault();
          setError(null);
          try {
            await remove.mutateAsync({ password, confirm: confirm as true });
            await signOutAction();
          } catch (caught) {
            setError(caught instanceof Error ? caught.message : "Nothing was deleted; try again.");
          }
        }}
      >
        <h3 className="font-semibold text-red-700 dark:text-red-400">Delete my account</h3>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Your goals, activities, check-ins and everything on them are deleted for good. Comments
          you wrote on other people's check-ins stay, signed "Deleted user". Groups you own pass to
          the member who joined next, or close if you are the only one. Your coaches lose access.
        </p>
        <label className="block text-sm font-medium">
          Your password
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className="mt-1 block w-full max-w-sm rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-950"
          />
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} />
          I understand this cannot be undone
        </label>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Button type="submit" disabled={remove.isPending} className="bg-red-700 hover:bg-red-800">
          Delete my account
        </Button>
      </form>
    </div>
  );
}
