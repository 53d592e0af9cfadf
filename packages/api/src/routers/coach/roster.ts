import { listCoachRoster, setAthleteTags } from "@stride/db/queries";
import { setTagsInput } from "@stride/domain/coaching";
import { DomainError } from "@stride/domain/errors";
import { profileProcedure } from "../../procedures";
import { ATHLETE_NOT_FOUND } from "../../procedures/coaching";

/** The coach's athletes by name, with their tags (for pickers). */
export const roster = profileProcedure.query(async ({ ctx }) => {
  const rows = await listCoachRoster(ctx.db, ctx.viewerId);
  return rows.map((row) => ({ athleteId: row.athleteId, name: row.name, tags: row.tags }));
});

export const setTags = profileProcedure.input(setTagsInput).mutation(async ({ ctx, input }) => {
  // Tags are kept in the order given, without repeats (case-insensitively).
  const seen = new Set<string>();
  const tags = input.tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const done = await setAthleteTags(ctx.db, {
    coachId: ctx.viewerId,
    athleteId: input.athleteId,
    tags,
  });
  if (!done) throw new DomainError("NOT_FOUND", ATHLETE_NOT_FOUND);
  return { tags };
});
