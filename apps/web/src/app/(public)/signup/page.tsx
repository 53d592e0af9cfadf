import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "~/components/ui";
import { safeCallbackPath } from "~/lib/callback-path";
import { getViewerId } from "~/server/viewer";
import { TRPCReactProvider } from "~/trpc/react";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getViewerId()) redirect(callbackPath);

  return (
    <Card>
      <h1 className="mb-1 text-xl font-bold">Create your account</h1>
      <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">
        Set a goal for the year, break it into blocks, and plan one week at a time.
      </p>
      <TRPCReactProvider>
        <SignUpForm callbackPath={callbackPath} />
      </TRPCReactProvider>
      <p className="mt-5 text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account?{" "}
        <Link
          className="font-semibold text-brand-700 underline dark:text-brand-500"
          href={`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`}
        >
          Sign in
        </Link>
      </p>
    </Card>
  );
}
