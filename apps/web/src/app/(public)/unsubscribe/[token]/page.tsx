import type { Metadata } from "next";
import { Card } from "~/components/ui";
import { TRPCReactProvider } from "~/trpc/react";
import { UnsubscribeButton } from "./unsubscribe-button";

export const metadata: Metadata = { title: "Unsubscribe" };

// Works without signing in: the link's signed token says who and which emails. A button rather
// than unsubscribing on load: mail scanners that open every link must not use it.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <Card>
      <h1 className="mb-1 text-xl font-bold">Unsubscribe</h1>
      <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">
        Stop this kind of email from Stride. Other emails, and your account, stay as they are.
      </p>
      <TRPCReactProvider>
        <UnsubscribeButton token={token} />
      </TRPCReactProvider>
    </Card>
  );
}
