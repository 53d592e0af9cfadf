import type { Metadata } from "next";
import { TextLink } from "~/components/text-link";
import { whereAfterSignIn } from "~/server/viewer";
import { TRPCReactProvider } from "~/trpc/react";
import { PublicCard } from "../public-card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackPath = await whereAfterSignIn(searchParams);

  return (
    <PublicCard
      title="Create your account"
      lead="Set a goal for the year, break it into blocks, and plan one week at a time."
    >
      <TRPCReactProvider>
        <SignUpForm callbackPath={callbackPath} />
      </TRPCReactProvider>
      <p className="mt-5 text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account?{" "}
        <TextLink href={`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`}>
          Sign in
        </TextLink>
      </p>
    </PublicCard>
  );
}
