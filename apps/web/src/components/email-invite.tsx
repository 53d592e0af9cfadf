import type { EmailInviteProps } from "./email-invite-form";
import { EmailInviteView } from "./email-invite-view";
import { FirstUse } from "./form/first-use";

/**
 * The email invitation, loaded when first used (see FirstUse). No hooks and no "use client": a
 * server component renders its light view and ships none of it.
 */
export function EmailInvite(props: EmailInviteProps) {
  return (
    <FirstUse
      form="emailInvite"
      props={props}
      light={<EmailInviteView label={props.label} field={{ name: "email", defaultValue: "" }} />}
    />
  );
}
