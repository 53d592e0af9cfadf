import { ABUSE_LIMITS } from "@stride/domain/accounts";
import { z } from "zod";

const schema = z.object({
  /** New accounts allowed from one client address per hour (ABUSE_LIMITS.signUp by default). */
  STRIDE_SIGNUPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().positive().optional(),
});

let parsed: { signUpsPerAddressPerHour: number } | undefined;

/** The API's settings from the environment, read once. */
export function apiEnv() {
  if (!parsed) {
    const env = schema.parse(process.env);
    parsed = {
      signUpsPerAddressPerHour:
        env.STRIDE_SIGNUPS_PER_ADDRESS_PER_HOUR ?? ABUSE_LIMITS.signUp.points,
    };
  }
  return parsed;
}
