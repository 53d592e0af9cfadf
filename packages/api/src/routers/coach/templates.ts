import {
  deleteTemplate as deleteTemplateRow,
  findTemplate,
  getCoachThresholds,
  insertProposals,
  insertTemplate,
  listCoachRoster,
  listTemplates,
  updateTemplate as updateTemplateRow,
} from "@stride/db/queries";
import {
  assignTemplateInput,
  expandTemplate,
  storedProposal,
  type TemplateFields,
  templateFields,
  templateIdSchema,
  templateRampWarnings,
} from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import { formatCalendarDate } from "@stride/domain/periods";
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import { ATHLETE_NOT_FOUND } from "../../procedures/coaching";
import { assertProposable, notifyAthlete } from "../../services/proposals";
import { thresholdsFrom } from "../../services/triage-rows";

const TEMPLATE_NOT_FOUND = "That template was not found.";

function toTemplateDto(
  row: { id: string; name: string; fields: unknown; updatedAt: Date },
  rampLimit: number,
) {
  const fields = row.fields as TemplateFields;
  return {
    id: row.id,
    name: row.name,
    fields,
    updatedAt: row.updatedAt,
    warnings: templateRampWarnings(fields, rampLimit),
  };
}

async function rampLimitOf(db: Parameters<typeof getCoachThresholds>[0], coachId: string) {
  return thresholdsFrom(await getCoachThresholds(db, coachId)).rampLimitPercent;
}

export const templates = profileProcedure.query(async ({ ctx }) => {
  const [rows, limit] = await Promise.all([
    listTemplates(ctx.db, ctx.viewerId),
    rampLimitOf(ctx.db, ctx.viewerId),
  ]);
  return rows.map((row) => toTemplateDto(row, limit));
});

const templateProcedure = profileProcedure
  .input(z.object({ id: templateIdSchema }))
  .use(async ({ ctx, input, next }) => {
    const template = await findTemplate(ctx.db, { coachId: ctx.viewerId, templateId: input.id });
    if (!template) throw new DomainError("NOT_FOUND", TEMPLATE_NOT_FOUND);
    // Authorization happens above this line.
    return next({ ctx: { ...ctx, template } });
  });

export const template = templateProcedure.query(async ({ ctx }) =>
  toTemplateDto(ctx.template, await rampLimitOf(ctx.db, ctx.viewerId)),
);

export const createTemplate = profileProcedure
  .input(templateFields)
  .mutation(async ({ ctx, input }) => {
    const row = await insertTemplate(ctx.db, {
      coachId: ctx.viewerId,
      name: input.name,
      fields: input,
    });
    return {
      id: row.id,
      warnings: templateRampWarnings(input, await rampLimitOf(ctx.db, ctx.viewerId)),
    };
  });

export const updateTemplate = templateProcedure
  .input(z.object({ fields: templateFields }))
  .mutation(async ({ ctx, input }) => {
    await updateTemplateRow(ctx.db, {
      coachId: ctx.viewerId,
      templateId: ctx.template.id,
      name: input.fields.name,
      fields: input.fields,
    });
    return {
      id: ctx.template.id,
      warnings: templateRampWarnings(input.fields, await rampLimitOf(ctx.db, ctx.viewerId)),
    };
  });

export const deleteTemplate = templateProcedure.mutation(async ({ ctx }) => {
  await deleteTemplateRow(ctx.db, { coachId: ctx.viewerId, templateId: ctx.template.id });
  return { id: ctx.template.id };
});

/**
 * Assigns a template to athletes from a start date: each gets a proposal holding the meso goal
 * and its weeks on their own calendar (their week start). All or nothing: an athlete the coach
 * does not coach makes the whole request NOT_FOUND, and nothing is proposed.
 */
export const assignTemplate = profileProcedure
  .input(assignTemplateInput)
  .mutation(async ({ ctx, input }) => {
    const { db, viewerId: coachId } = ctx;
    const template = await findTemplate(db, { coachId, templateId: input.id });
    if (!template) throw new DomainError("NOT_FOUND", TEMPLATE_NOT_FOUND);
    const fields = templateFields.parse(template.fields);
    const ids = [...new Set(input.athleteIds)];
    const roster = new Map((await listCoachRoster(db, coachId)).map((a) => [a.athleteId, a]));
    const athletes = ids.map((id) => roster.get(id));
    if (athletes.some((a) => a === undefined))
      throw new DomainError("NOT_FOUND", ATHLETE_NOT_FOUND, { field: "athleteIds" });
    const rows: Parameters<typeof insertProposals>[1][number][] = [];
    for (const athlete of athletes) {
      if (!athlete) continue;
      const plan = expandTemplate(fields, {
        startDate: input.startDate,
        weekStart: athlete.weekStart,
        parentId: null,
        distanceUnit: athlete.distanceUnit,
      });
      await assertProposable(db, athlete, plan.meso);
      for (const micro of plan.micros)
        await assertProposable(db, athlete, { ...micro, parentId: null });
      rows.push({
        coachId,
        athleteId: athlete.athleteId,
        ...storedProposal({ kind: "plan", meso: plan.meso, micros: plan.micros }),
        templateId: template.id,
        summary: `${template.name}: ${fields.weeks.length} weeks from ${formatCalendarDate(plan.meso.periodStart, "EEE d MMM")}`,
        note: input.note,
      });
    }
    const made = await db.transaction(async (tx) => insertProposals(tx, rows));
    for (const row of rows) {
      await notifyAthlete(ctx, {
        coachId,
        coachName: ctx.profile.name,
        athleteId: row.athleteId,
        count: 2,
      });
    }
    return {
      proposals: made.length,
      warnings: templateRampWarnings(fields, await rampLimitOf(db, coachId)),
    };
  });
