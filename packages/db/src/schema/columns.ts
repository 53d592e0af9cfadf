import { type AnyPgColumn, timestamp, uuid } from "drizzle-orm/pg-core";

/*
 * The column shapes every table repeats. Each is a function: a column builder belongs to one table.
 */

/** A random uuid primary key. */
export const id = () => uuid().primaryKey().defaultRandom();

/** A moment, stored with its time zone. */
export const instant = () => timestamp({ withTimezone: true });

/** When the row was written. */
export const insertedAt = () => instant().notNull().defaultNow();

/** A required reference to a row this one cannot outlive: deleting that row deletes this one. */
export const partOf = (target: () => AnyPgColumn) =>
  uuid().notNull().references(target, { onDelete: "cascade" });
