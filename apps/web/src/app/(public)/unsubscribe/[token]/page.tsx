import type { Metadata } from "next";
import { TRPCReactProvider } from "~/trpc/react";
import { PublicCard } from "../../public-card";
import { UnsubscribeButton } from "./unsubscribe-button";

export const metadata: Metadata = { title: "Unsubscribe" };

// Works without signing in: the link's signed token says who and which emails. A button rather
// than unsubscribing on load: mail scanners that open every link must not use it.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <PublicCard
      title="Unsubscribe"
      lead="Stop this kind of email from Stride. Other emails, and your account, stay as they are."
    >
      <TRPCReactProvider>
        <UnsubscribeButton token={token} />
      </TRPCReactProvider>
    </PublicCard>
  );
}
