import {
  findGroupForMember,
  LIVE_CHANNEL,
  latestLiveEventId,
  listGroupLiveEventsAfter,
} from "@stride/db/queries";
import { TRPCError, tracked } from "@trpc/server";
import { z } from "zod";
import { GROUP_NOT_FOUND, memberProcedure } from "./procedures";

/** How often a live feed checks anyway, should a NOTIFY ever be missed (a restarted database). */
const SAFETY_POLL_MS = 15_000;

/**
 * Server-sent events for a group's feed: each new comment or reaction on a check-in shared with the
 * group, in order, with its id. Postgres NOTIFY wakes the stream on any app instance; a client that
 * reconnects sends the last id it saw and gets everything after it. Membership is checked again on
 * every wake-up, so a removed member's stream ends at once. When the server shuts down the stream
 * ends so that the client reconnects (to another instance) and resumes from its last id.
 */
export const liveGroupFeed = memberProcedure
  // An event id is a bigint in the database; 15 digits keep it exact in JavaScript too.
  .input(
    z.object({
      lastEventId: z
        .string()
        .regex(/^\d{1,15}$/, "That event id is not valid")
        .nullish(),
    }),
  )
  .subscription(async function* ({ ctx, input, signal }) {
    let last = input.lastEventId ? Number(input.lastEventId) : await latestLiveEventId(ctx.db);
    let wake: () => void = () => {};
    const stop = ctx.subscribe(LIVE_CHANNEL, () => wake());
    try {
      while (!signal?.aborted) {
        // An AbortError, not a return: tRPC then ends the stream without the "return" event,
        // which would tell the client that the subscription is over and not to reconnect.
        if (ctx.shutdown.aborted) throw ctx.shutdown.reason;
        if (
          !(await findGroupForMember(ctx.db, { viewerId: ctx.viewerId, groupId: ctx.group.id }))
        ) {
          // A TRPCError, not a DomainError: errors raised while streaming skip the middleware.
          throw new TRPCError({ code: "NOT_FOUND", message: GROUP_NOT_FOUND });
        }
        for (const event of await listGroupLiveEventsAfter(ctx.db, {
          groupId: ctx.group.id,
          afterId: last,
        })) {
          last = event.id;
          yield tracked(String(event.id), { checkinId: event.checkinId, kind: event.kind });
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, SAFETY_POLL_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
          signal?.addEventListener("abort", () => wake(), { once: true });
          ctx.shutdown.addEventListener("abort", () => wake(), { once: true });
        });
      }
    } finally {
      stop();
    }
  });
