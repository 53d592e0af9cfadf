import type { Metadata } from "next";
import { TextLink } from "~/components/text-link";
import { whereAfterSignIn } from "~/server/viewer";
import { fetchQuery, trpc } from "~/trpc/server";
import { PublicCard } from "../public-card";
import { DemoAccounts } from "./demo-accounts";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackPath = await whereAfterSignIn(searchParams);
  const demo = await fetchQuery(trpc.account.demoAccounts.queryOptions());

  return (
    <div className="space-y-6">
      <PublicCard title="Sign in" lead="Welcome back. Your week is waiting.">
        <SignInForm callbackPath={callbackPath} />
        <p className="mt-3 text-sm">
          <TextLink href="/forgot-password">Forgot your password?</TextLink>
        </p>
        <p className="mt-5 text-sm text-zinc-600 dark:text-zinc-400">
          New to Stride?{" "}
          <TextLink href={`/signup?callbackUrl=${encodeURIComponent(callbackPath)}`}>
            Create an account
          </TextLink>
        </p>
      </PublicCard>
      {demo.password ? <DemoAccounts accounts={demo.accounts} password={demo.password} /> : null}
    </div>
  );
}
