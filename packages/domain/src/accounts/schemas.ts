import { z } from "zod";
import { isSingleLine, SINGLE_LINE_MESSAGE } from "../text/single-line";

export const PASSWORD_MIN_LENGTH = 10;
/** The rule for a new password, in the words its field shows under it. */
export const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters.`;
// argon2 accepts long inputs, but an unbounded password is a cheap way to burn server CPU.
export const PASSWORD_MAX_LENGTH = 200;
export const NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;

/** Emails are stored lower-cased, which is what makes them case-insensitive and unique. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(EMAIL_MAX_LENGTH, `An email address has at most ${EMAIL_MAX_LENGTH} characters`)
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, like you@example.com"));

/** A personal invitation by email (to a group, or to be coached), with or without an account. */
export const emailInviteInput = z.object({ email: emailSchema });

/** How long the single-use link mailed with a personal invitation works. */
export const EMAIL_INVITE_DAYS = 14;

/** The answer to an invitation by email: the same whether or not the address has an account. */
export const INVITED_BY_EMAIL = `Invitation sent. The link in it works once, for ${EMAIL_INVITE_DAYS} days; if the address has a Stride account, it shows in their notifications too.`;

export const nameSchema = z
  .string({ error: "Enter your name" })
  .trim()
  .min(1, "Enter your name")
  .max(NAME_MAX_LENGTH, `Keep your name to ${NAME_MAX_LENGTH} characters or fewer`)
  .refine(isSingleLine, SINGLE_LINE_MESSAGE);

export const newPasswordSchema = z
  .string({ error: "Choose a password" })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

export const signUpInput = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignUpInput = z.infer<typeof signUpInput>;

/**
 * A password the person already has, to be checked against the stored one: `missing` when it is
 * not there (`empty` when it is blank), and a too-long one is simply `wrong`, so no answer ever
 * tells how long a stored password is.
 */
function existingPassword(missing: string, wrong: string, empty = missing) {
  return z.string({ error: missing }).min(1, empty).max(PASSWORD_MAX_LENGTH, wrong);
}

export const signInInput = z.object({
  email: emailSchema,
  password: existingPassword("Enter your password", "That email and password don't match"),
});
export type SignInInput = z.infer<typeof signInInput>;

export const changePasswordInput = z.object({
  currentPassword: existingPassword(
    "Enter your current password",
    "That is not your current password",
  ),
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const deleteAccountInput = z.object({
  password: existingPassword(
    "Enter your password",
    "That is not your password",
    "Enter your password to confirm",
  ),
  confirm: z.literal(true, { error: "Tick the box to confirm that you want everything deleted" }),
});

/** How long a password reset link works. */
export const PASSWORD_RESET_MINUTES = 60;

export const requestPasswordResetInput = z.object({ email: emailSchema });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetInput>;

/** A link token as it arrives from a URL: the length of `newToken()`'s, with room to spare. */
export const linkTokenSchema = z
  .string({ error: "This link is not valid" })
  .min(1, "This link is not valid")
  .max(200, "This link is not valid");

export const resetPasswordInput = z.object({
  token: linkTokenSchema,
  newPassword: newPasswordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

/** How long the link that confirms a new account's address works. */
export const VERIFY_EMAIL_DAYS = 7;

export const verifyEmailInput = z.object({ token: linkTokenSchema });

/** What a link mailed to someone does: set a new password, or confirm their address. */
export const EMAIL_TOKEN_PURPOSES = ["password-reset", "verify-email"] as const;
