import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "~/components/ui";
import { getViewerId } from "~/server/viewer";
import { TRPCReactProvider } from "~/trpc/react";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default async function ForgotPasswordPage() {
  if (await getViewerId()) redirect("/settings");
  return (
    <Card>
      <h1 className="mb-1 text-xl font-bold">Forgot your password?</h1>
      <p className="mb-5 text-sm text-zinc-600 dark:text-zinc-400">
        Enter the email you sign in with. We&apos;ll send a link to choose a new password.
      </p>
      <TRPCReactProvider>
        <ForgotPasswordForm />
      </TRPCReactProvider>
      <p className="mt-5 text-sm text-zinc-600 dark:text-zinc-400">
        Remembered it?{" "}
        <Link className="font-semibold text-brand-700 underline dark:text-brand-500" href="/signin">
          Sign in
        </Link>
      </p>
    </Card>
  );
}
