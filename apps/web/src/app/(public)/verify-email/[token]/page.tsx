import type { Metadata } from "next";
import { TRPCReactProvider } from "~/trpc/react";
import { PublicCard } from "../../public-card";
import { VerifyEmailButton } from "./verify-email-button";

export const metadata: Metadata = { title: "Confirm your email" };

// A button rather than confirming on load: mail scanners that open every link must not use it.
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <PublicCard
      title="Confirm your email"
      lead="One click, and reminders and messages from your coach and groups can reach you."
    >
      <TRPCReactProvider>
        <VerifyEmailButton token={token} />
      </TRPCReactProvider>
    </PublicCard>
  );
}
