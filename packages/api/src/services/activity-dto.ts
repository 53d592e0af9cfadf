import type { ActivityRow } from "@stride/db/queries";
import type { ActivityFields } from "@stride/domain/activities";
import { convertStored, toStored } from "@stride/domain/units";

/** An activity for the screen: distance in the viewer's unit, no owner id. */
export function toActivityDto(row: ActivityRow, distanceUnit: "km" | "mi") {
  return {
    id: row.id,
    date: row.date,
    startTime: row.startTime,
    type: row.type,
    name: row.name,
    distance:
      row.distanceMetres === null
        ? null
        : Math.round(convertStored(row.distanceMetres, distanceUnit) * 100) / 100,
    distanceUnit,
    durationSeconds: row.durationSeconds,
    elapsedSeconds: row.elapsedSeconds,
    elevationGainMetres: row.elevationGainMetres,
    effort: row.effort,
    notes: row.notes,
    source: row.source,
    plannedSessionId: row.plannedSessionId,
    deleted: row.deletedAt !== null,
  };
}
export type ActivityDto = ReturnType<typeof toActivityDto>;

/** The form's fields as columns: distance from the viewer's unit into metres. */
export function activityColumns(fields: ActivityFields, distanceUnit: "km" | "mi") {
  return {
    date: fields.date,
    startTime: fields.startTime,
    type: fields.type,
    name: fields.name || null,
    distanceMetres: fields.distance === null ? null : toStored(fields.distance, distanceUnit),
    durationSeconds: fields.durationSeconds,
    elevationGainMetres: fields.elevationGainMetres,
    effort: fields.effort,
    notes: fields.notes,
  };
}
