import { z } from "zod";
import { nameSchema } from "../accounts/schemas";
import { isValidTimeZone } from "./time-zones";

export const WEEK_DAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

export const DISTANCE_UNITS = ["km", "mi"] as const;
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];

export const timeZoneSchema = z
  .string({ error: "Pick a time zone" })
  .min(1, "Pick a time zone")
  .refine(isValidTimeZone, "Pick a time zone from the list");

export const weekStartSchema = z.enum(WEEK_DAYS, { error: "Pick the day your week starts on" });
export const distanceUnitSchema = z.enum(DISTANCE_UNITS, {
  error: "Pick kilometres or miles",
});

export const CHECKIN_VISIBILITIES = ["private", "coach", "groups"] as const;

export const updateProfileInput = z.object({
  name: nameSchema,
  timeZone: timeZoneSchema,
  weekStart: weekStartSchema,
  distanceUnit: distanceUnitSchema,
  /** Left out: unchanged. */
  checkinVisibility: z
    .enum(CHECKIN_VISIBILITIES, { error: "Pick who sees your check-ins" })
    .optional(),
});
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

export type Profile = Required<UpdateProfileInput> & {
  email: string;
  /** Whether the owner opened the link mailed at sign-up. */
  emailVerified: boolean;
};

export function weekDayLabel(day: WeekDay): string {
  return day.charAt(0).toUpperCase() + day.slice(1);
}
