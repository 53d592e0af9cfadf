import type { Metadata } from "next";
import { Card } from "~/components/ui";
import { TRPCReactProvider } from "~/trpc/react";
import { VerifyEmailButton } from "./verify-email-button";

export const metadata: Metadata = { title: "Confirm your email" };

// A button rather than confirming on load: mail scanners that open every link must not use it.
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <Card>
      <h1 className="mb-1 text-xl font-bold">Confirm your email</h1>
      <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">
        One click, and reminders and messages from your coach and groups can reach you.
      </p>
      <TRPCReactProvider>
        <VerifyEmailButton token={token} />
      </TRPCReactProvider>
    </Card>
  );
}
