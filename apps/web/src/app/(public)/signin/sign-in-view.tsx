import type { ComponentProps, FormEventHandler } from "react";
import { EmailField, PasswordField, SubmitButton } from "~/components/account-fields";
import { Alert } from "~/components/ui";

type Field = Omit<ComponentProps<"input">, "children">;

/**
 * The sign-in form's look, light (plain named fields, rendered on the server and shipping no
 * react-hook-form nor next-auth's client until used; see FirstUse) or live (`register`), so both
 * render the same markup and nothing moves when one takes over from the other.
 */
export function SignInView({
  email,
  password,
  errors = {},
  formError = null,
  busy = false,
  onSubmit,
}: {
  email: Field;
  password: Field;
  errors?: { email?: string; password?: string };
  formError?: string | null;
  busy?: boolean;
  onSubmit?: FormEventHandler<HTMLFormElement>;
}) {
  return (
    // POST: a press before the page has loaded its script must not put the password in the URL.
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <EmailField error={errors.email} {...email} />
      <PasswordField error={errors.password} {...password} />
      <SubmitButton busy={busy} busyLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
