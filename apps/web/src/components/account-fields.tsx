import { forwardRef, type ReactNode } from "react";
import { TextField, type TextFieldProps } from "./field";
import { Button } from "./ui";

// The account forms' shared parts (sign in, sign up, forgot and reset password): the email
// field, the password field and the full-width submit button.

type PresetProps = Omit<TextFieldProps, "label" | "type" | "autoComplete">;

/** The account's email address. */
export const EmailField = forwardRef<HTMLInputElement, PresetProps>(
  function EmailField(props, ref) {
    return <TextField ref={ref} label="Email" type="email" autoComplete="email" {...props} />;
  },
);

/**
 * A password: the current one, or (`fresh`) a new one. The sign-in page loads this file, so it
 * imports nothing of the domain's schemas: a new password's rule comes in as its `hint`.
 */
export const PasswordField = forwardRef<
  HTMLInputElement,
  PresetProps & { label?: string; fresh?: boolean }
>(function PasswordField({ label = "Password", fresh = false, ...props }, ref) {
  return (
    <TextField
      ref={ref}
      label={label}
      type="password"
      autoComplete={fresh ? "new-password" : "current-password"}
      {...props}
    />
  );
});

/** The form's one button, across its width; `busyLabel` while the form is sent. */
export function SubmitButton({
  busy,
  busyLabel,
  children,
}: {
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
}) {
  return (
    <Button type="submit" className="w-full" disabled={busy}>
      {busy ? busyLabel : children}
    </Button>
  );
}
