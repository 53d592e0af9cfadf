"use client";

import type { EmailInviteProps } from "./email-invite-form";
import { EmailInviteView } from "./email-invite-view";
import { FirstUse } from "./form/first-use";

const load = () => import("./email-invite-form");

/** The email invitation, loaded when first used (see FirstUse). */
export function EmailInvite(props: EmailInviteProps) {
  return (
    <FirstUse
      load={load}
      props={props}
      light={<EmailInviteView label={props.label} field={{ name: "email", defaultValue: "" }} />}
    />
  );
}
