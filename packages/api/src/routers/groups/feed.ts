import {
  listCommentsFor,
  listGroupFeedPage,
  listOutcomesFor,
  listReactionsFor,
} from "@stride/db/queries";
import { weekAdherence } from "@stride/domain/checkins";
import { reflectionLinks } from "@stride/domain/text/links";
import { z } from "zod";
import { memberProcedure } from "../../procedures/groups";
import { groupCheckins } from "../../services/group-checkins";
import { summariseReactions, threadComments } from "../../services/threads";

const FEED_PAGE = 20;

/**
 * A page of the group's shared check-ins, newest first, each with its outcomes, adherence,
 * reflection (coach-only parts left out), comments and reactions. Five queries per page,
 * whatever the group's size or history.
 */
export const feed = memberProcedure
  .input(
    z.object({
      cursor: z
        .object({
          submittedAt: z.coerce
            .date({ error: "That page cursor is not valid" })
            .min(new Date("1900-01-01T00:00:00Z"), "That page cursor is not valid")
            .max(new Date("2200-01-01T00:00:00Z"), "That page cursor is not valid"),
          id: z.uuid("That page cursor is not valid"),
        })
        .nullish(),
    }),
  )
  .query(async ({ ctx, input }) => {
    const page = await listGroupFeedPage(ctx.db, {
      viewerId: ctx.viewerId,
      groupId: ctx.group.id,
      cursor: input.cursor ?? null,
      limit: FEED_PAGE + 1,
    });
    const cards = page.slice(0, FEED_PAGE);
    const ids = cards.map((c) => c.id);
    const [outcomes, comments, reactions] = await Promise.all([
      listOutcomesFor(ctx.db, ids),
      listCommentsFor(ctx.db, ids),
      listReactionsFor(ctx.db, ids),
    ]);
    const last = cards.at(-1);
    return {
      items: cards.map((card) => {
        const mine = outcomes.filter((o) => o.checkinId === card.id);
        return {
          ...card,
          you: card.athleteId === ctx.viewerId,
          links: reflectionLinks(card),
          outcomes: mine.map(({ title, outcome }) => ({ title, outcome })),
          adherence: weekAdherence(mine.map((o) => o.outcome)),
          comments: threadComments(
            comments.filter((c) => c.checkinId === card.id),
            ctx.viewerId,
            card.athleteId,
          ),
          reactions: summariseReactions(
            reactions.filter((r) => r.checkinId === card.id),
            ctx.viewerId,
          ),
        };
      }),
      nextCursor:
        page.length > FEED_PAGE && last ? { submittedAt: last.submittedAt, id: last.id } : null,
    };
  });

/** Members who have not checked in for their current week yet: a gentle nudge, no shame. */
export const notCheckedIn = memberProcedure.query(async ({ ctx }) => {
  const members = await groupCheckins(ctx.db, {
    viewerId: ctx.viewerId,
    groupId: ctx.group.id,
    offset: 0,
  });
  return members
    .filter((member) => !member.checkedIn)
    .map((member) => ({ id: member.id, name: member.name, you: member.id === ctx.viewerId }));
});
