export { appMailer, appUrl } from "./app-mailer";
export { escapeHtml, headerSafe } from "./headers";
export type { MessageBody } from "./layout";
export { createMailer, type Mailer, type MailerOptions, type MailMessage } from "./mailer";
export { formatInstant, type Recipient } from "./recipient";
export { signUpAttemptMessage, verifyEmailMessage } from "./templates/accounts";
export { groupInvitationMessage } from "./templates/invitations";
export { passwordResetMessage } from "./templates/password-reset";
