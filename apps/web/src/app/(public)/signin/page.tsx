import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "~/components/ui";
import { safeCallbackPath } from "~/lib/callback-path";
import { getViewerId } from "~/server/viewer";
import { fetchQuery, trpc } from "~/trpc/server";
import { DemoAccounts } from "./demo-accounts";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getViewerId()) redirect(callbackPath);
  const demo = await fetchQuery(trpc.account.demoAccounts.queryOptions());

  return (
    <div className="space-y-6">
      <Card>
        <h1 className="mb-1 text-xl font-bold">Sign in</h1>
        <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">
          Welcome back. Your week is waiting.
        </p>
        <SignInForm callbackPath={callbackPath} />
        <p className="mt-3 text-sm">
          <Link
            className="font-semibold text-brand-700 underline dark:text-brand-500"
            href="/forgot-password"
          >
            Forgot your password?
          </Link>
        </p>
        <p className="mt-5 text-sm text-zinc-600 dark:text-zinc-400">
          New to Stride?{" "}
          <Link
            className="font-semibold text-brand-700 underline dark:text-brand-500"
            href={`/signup?callbackUrl=${encodeURIComponent(callbackPath)}`}
          >
            Create an account
          </Link>
        </p>
      </Card>
      {demo.password ? <DemoAccounts accounts={demo.accounts} password={demo.password} /> : null}
    </div>
  );
}
