import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TextLink } from "~/components/text-link";
import { getViewerId } from "~/server/viewer";
import { TRPCReactProvider } from "~/trpc/react";
import { PublicCard } from "../public-card";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default async function ForgotPasswordPage() {
  if (await getViewerId()) redirect("/settings");
  return (
    <PublicCard
      title="Forgot your password?"
      lead="Enter the email you sign in with. We'll send a link to choose a new password."
    >
      <TRPCReactProvider>
        <ForgotPasswordForm />
      </TRPCReactProvider>
      <p className="mt-5 text-sm text-zinc-600 dark:text-zinc-400">
        Remembered it? <TextLink href="/signin">Sign in</TextLink>
      </p>
    </PublicCard>
  );
}
