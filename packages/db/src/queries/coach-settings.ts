import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { coachSettings, planTemplates } from "../schema";
import { ownRows } from "./policy";

// A coach's own settings: their triage thresholds and their plan templates.

export async function getCoachThresholds(db: Database, coachId: string) {
  const [row] = await db
    .select({ thresholds: coachSettings.thresholds })
    .from(coachSettings)
    .where(ownRows(coachSettings.coachId, coachId));
  return row?.thresholds;
}

export async function saveCoachThresholds(
  db: Database,
  input: { coachId: string; thresholds: Record<string, number> },
) {
  await db
    .insert(coachSettings)
    .values(input)
    .onConflictDoUpdate({
      target: coachSettings.coachId,
      set: { thresholds: input.thresholds, updatedAt: new Date() },
    });
}

export async function listTemplates(db: Database, coachId: string) {
  return db
    .select()
    .from(planTemplates)
    .where(ownRows(planTemplates.coachId, coachId))
    .orderBy(asc(planTemplates.name));
}

export async function findTemplate(db: Database, input: { coachId: string; templateId: string }) {
  const [row] = await db
    .select()
    .from(planTemplates)
    .where(
      and(eq(planTemplates.id, input.templateId), ownRows(planTemplates.coachId, input.coachId)),
    );
  return row;
}

export async function insertTemplate(
  db: Database,
  input: { coachId: string; name: string; fields: Record<string, unknown> },
) {
  const [row] = await db.insert(planTemplates).values(input).returning({ id: planTemplates.id });
  if (!row) throw new Error("insertTemplate returned no row");
  return row;
}

export async function updateTemplate(
  db: Database,
  input: { coachId: string; templateId: string; name: string; fields: Record<string, unknown> },
) {
  const rows = await db
    .update(planTemplates)
    .set({ name: input.name, fields: input.fields, updatedAt: new Date() })
    .where(
      and(eq(planTemplates.id, input.templateId), ownRows(planTemplates.coachId, input.coachId)),
    )
    .returning({ id: planTemplates.id });
  return rows.length > 0;
}

export async function deleteTemplate(db: Database, input: { coachId: string; templateId: string }) {
  const rows = await db
    .delete(planTemplates)
    .where(
      and(eq(planTemplates.id, input.templateId), ownRows(planTemplates.coachId, input.coachId)),
    )
    .returning({ id: planTemplates.id });
  return rows.length > 0;
}
