import type { Metadata } from "next";
import { Card } from "~/components/ui";
import { TRPCReactProvider } from "~/trpc/react";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  return (
    <Card>
      <h1 className="mb-1 text-xl font-bold">Choose a new password</h1>
      <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">
        Once it is set, you are signed in here and signed out everywhere else.
      </p>
      <TRPCReactProvider>
        <ResetPasswordForm token={token} />
      </TRPCReactProvider>
    </Card>
  );
}
