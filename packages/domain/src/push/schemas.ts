import { z } from "zod";
import { oneLineText } from "../text/one-line";

/**
 * What may be pushed, by the name the email preferences use too: the check-in reminder, a coach's
 * reply or proposal, an @mention.
 */
export const PUSH_KINDS = ["checkin_reminder", "coach_activity", "mention"] as const;
export type PushKind = (typeof PUSH_KINDS)[number];

const base64url = (what: string, min: number, max: number) =>
  z
    .string({ error: `The browser's ${what} is missing` })
    .min(min, `The browser's ${what} is too short`)
    .max(max, `The browser's ${what} is too long`)
    .regex(/^[A-Za-z0-9_-]+=*$/, `The browser's ${what} is not base64url`);

/** A PushSubscription as the browser gives it (`subscription.toJSON()`), and the device's name. */
export const subscribePushInput = z.object({
  endpoint: z
    .url({ protocol: /^https$/, error: "The push endpoint must be an https:// address" })
    .max(2000, "The push endpoint is too long"),
  keys: z.object({
    p256dh: base64url("public key", 80, 100),
    auth: base64url("auth secret", 16, 32),
  }),
  label: oneLineText(80, "Keep the device's name to 80 characters", "Name this device"),
});
export type SubscribePushInput = z.infer<typeof subscribePushInput>;

export const removePushInput = z.object({
  id: z.uuid("That subscription id is not valid"),
});

/** What a push carries to the service worker: the notification's words and where it leads. */
export type PushMessage = { title: string; body: string; url: string };
