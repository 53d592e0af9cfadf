import { ABUSE_LIMITS } from "@stride/domain/accounts";
import { MAIL_BATCH_MINUTES } from "@stride/domain/messages";
import { z } from "zod";

const unset = z.literal("").transform(() => undefined);

const schema = z
  .object({
    /** New accounts allowed from one client address per hour (ABUSE_LIMITS.signUp by default). */
    STRIDE_SIGNUPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().positive().optional(),
    /** How long coach-activity and mention emails gather before one goes out, in minutes. */
    MAIL_BATCH_MINUTES: z.coerce
      .number({ error: "MAIL_BATCH_MINUTES must be a whole number of minutes" })
      .int("MAIL_BATCH_MINUTES must be a whole number of minutes")
      .min(MAIL_BATCH_MINUTES.min, `MAIL_BATCH_MINUTES must be at least ${MAIL_BATCH_MINUTES.min}`)
      .max(MAIL_BATCH_MINUTES.max, `MAIL_BATCH_MINUTES must be at most ${MAIL_BATCH_MINUTES.max}`)
      .optional(),
    NODE_ENV: z.string().optional(),
    DATABASE_URL: z.string().optional(),
    /** Web Push's VAPID key pair (base64url, `npx web-push generate-vapid-keys`) and contact. */
    VAPID_PUBLIC_KEY: unset.or(z.string().regex(/^[A-Za-z0-9_-]{80,100}$/)).optional(),
    VAPID_PRIVATE_KEY: unset.or(z.string().regex(/^[A-Za-z0-9_-]{40,50}$/)).optional(),
    VAPID_SUBJECT: unset
      .or(z.string().regex(/^(mailto:|https:\/\/)/, "VAPID_SUBJECT is a mailto: or https:// URL"))
      .optional(),
  })
  .refine((env) => Boolean(env.VAPID_PUBLIC_KEY) === Boolean(env.VAPID_PRIVATE_KEY), {
    message: "Set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY together",
  });

export type VapidSettings =
  | { from: "env"; publicKey: string; privateKey: string; subject: string | undefined }
  | { from: "local" }
  | { from: "none" };

let parsed:
  | { signUpsPerAddressPerHour: number; mailBatchMinutes: number; vapid: VapidSettings }
  | undefined;

/** The API's settings from the environment, read once. */
export function apiEnv() {
  if (!parsed) {
    const env = schema.parse(process.env);
    parsed = {
      signUpsPerAddressPerHour:
        env.STRIDE_SIGNUPS_PER_ADDRESS_PER_HOUR ?? ABUSE_LIMITS.signUp.points,
      mailBatchMinutes: env.MAIL_BATCH_MINUTES ?? MAIL_BATCH_MINUTES.default,
      // Keys from the environment; else a local run makes its own in .data/, and a production
      // server on Postgres (several instances share subscriptions) sends no pushes.
      vapid:
        env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
          ? {
              from: "env",
              publicKey: env.VAPID_PUBLIC_KEY,
              privateKey: env.VAPID_PRIVATE_KEY,
              subject: env.VAPID_SUBJECT,
            }
          : env.NODE_ENV === "production" && env.DATABASE_URL
            ? { from: "none" }
            : { from: "local" },
    };
  }
  return parsed;
}
