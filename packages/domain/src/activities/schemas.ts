import { z } from "zod";
import { ACTIVITY_TYPES } from "../goals/constants";
import { activityStreamSchema } from "../imports/stream";
import { calendarDateSchema, instantSchema } from "../periods/schemas";
import { oneLineText } from "../text/one-line";
import { toSingleLine } from "../text/single-line";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 06:30");

/** An activity as a person enters it: distance in their unit (km or mi), duration in seconds. */
export const activityFields = z.object({
  date: calendarDateSchema,
  startTime: time.nullable(),
  type: z.enum(ACTIVITY_TYPES, { error: "Pick an activity type" }),
  name: oneLineText(120, "Keep the name to 120 characters").nullable(),
  distance: z
    .number({ error: "Enter a number" })
    .min(0, "Distance cannot be negative")
    .max(1000, "That is further than anyone goes in one activity")
    .nullable(),
  durationSeconds: z
    .number({ error: "Enter a duration like 45:00" })
    .int()
    .positive("Duration must be more than zero")
    .max(48 * 3600, "An activity lasts at most 48 hours")
    .nullable(),
  elevationGainMetres: z
    .number({ error: "Enter a number" })
    .min(0, "Climbing cannot be negative")
    .max(10_000, "That is more climbing than Everest")
    .nullable(),
  effort: z.number().int().min(1, "Effort is 1 to 10").max(10, "Effort is 1 to 10").nullable(),
  notes: z.string().trim().max(2000, "Keep notes to 2,000 characters"),
});
export type ActivityFields = z.infer<typeof activityFields>;

/**
 * Logging one: the fields, and the key the form made when it was drafted (an offline draft is sent
 * again with it until the server answers), so it is logged once however often it arrives.
 */
export const createActivityInput = activityFields.extend({
  idempotencyKey: z.uuid("That idempotency key is not a UUID").optional(),
});
export type CreateActivityInput = z.infer<typeof createActivityInput>;

export const activityIdSchema = z.uuid("That activity id is not valid");

export const listActivitiesInput = z.object({
  from: calendarDateSchema.nullable(),
  to: calendarDateSchema.nullable(),
  type: z.enum(ACTIVITY_TYPES).nullable(),
  /** The last activity of the previous page: (date, id). */
  cursor: z.object({ date: calendarDateSchema, id: activityIdSchema }).nullish(),
  limit: z.number().int().min(1).max(100),
});

/** An activity from a file, already parsed (in the browser) and resolved to the athlete's day. */
export const importedActivityInput = z.object({
  startedAt: instantSchema("The start time is not valid").nullable(),
  date: calendarDateSchema,
  startTime: time.nullable(),
  type: z.enum(ACTIVITY_TYPES),
  // From a file, not typed: line breaks become spaces rather than refusing the whole import.
  name: z.string().trim().max(120).transform(toSingleLine).nullable(),
  distanceMetres: z.number().min(0).max(1_000_000).nullable(),
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(48 * 3600)
    .nullable(),
  elapsedSeconds: z
    .number()
    .int()
    .min(0)
    .max(30 * 24 * 3600)
    .nullable(),
  elevationGainMetres: z.number().min(0).max(20_000).nullable(),
  effort: z.number().int().min(1).max(10).nullable().default(null),
  notes: z.string().trim().max(2000).nullable(),
  source: z.enum(["gpx", "tcx", "fit", "strava_csv", "stride_csv"]),
  /** The recording for the activity's page, compact (imports/stream.ts). */
  stream: activityStreamSchema.nullable().default(null),
});
export type ImportedActivityInput = z.infer<typeof importedActivityInput>;

export const MAX_IMPORT_ACTIVITIES = 1000;

/** Bigger files are refused before reading: a 20 MB GPX is already a day-long recording. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

export const importActivitiesInput = z.object({
  activities: z
    .array(importedActivityInput)
    .min(1, "Choose at least one activity to import")
    .max(MAX_IMPORT_ACTIVITIES, `Import at most ${MAX_IMPORT_ACTIVITIES} activities at a time`),
});

export const habitEntryInput = z.object({
  goalId: z.uuid("That goal id is not valid"),
  date: calendarDateSchema,
  count: z
    .number({ error: "Enter a number" })
    .min(0, "The count cannot be negative")
    .max(1000, "That count is too high"),
});
