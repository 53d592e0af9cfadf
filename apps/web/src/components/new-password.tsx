import { NEW_PASSWORD_HINT } from "@stride/domain/accounts";
import { signIn } from "next-auth/react";
import { forwardRef } from "react";
import { PasswordField } from "./account-fields";
import type { TextFieldProps } from "./field";

// Setting a new password (the reset link, the settings page) ends every session; both forms then
// sign this browser back in with it.

/** The new password, with the rule it must meet. */
export const NewPasswordField = forwardRef<
  HTMLInputElement,
  Omit<TextFieldProps, "label" | "type" | "autoComplete" | "hint">
>(function NewPasswordField(props, ref) {
  return <PasswordField ref={ref} label="New password" fresh hint={NEW_PASSWORD_HINT} {...props} />;
});

/** Signs this browser in with the password just set; false when that failed. */
export async function signInWithNewPassword(email: string, password: string): Promise<boolean> {
  const result = await signIn("credentials", { email, password, redirect: false });
  return !result?.error;
}
