import type { Metadata } from "next";
import { TRPCReactProvider } from "~/trpc/react";
import { PublicCard } from "../../public-card";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  return (
    <PublicCard
      title="Choose a new password"
      lead="Once it is set, you are signed in here and signed out everywhere else."
    >
      <TRPCReactProvider>
        <ResetPasswordForm token={token} />
      </TRPCReactProvider>
    </PublicCard>
  );
}
