import {
  findGroupForMember,
  latestLiveEventId,
  listGroupLiveEventsAfter,
} from "@stride/db/queries";
import { TRPCError, tracked } from "@trpc/server";
import { z } from "zod";
import { GROUP_NOT_FOUND, memberProcedure } from "../../procedures/groups";

/** How often a live feed checks anyway, should a NOTIFY ever be missed (a restarted database). */
const SAFETY_POLL_MS = 15_000;

/** A stream's doorbell: a ring while it is busy is kept, so no wake-up falls between reads. */
function doorbell() {
  let rung = false;
  let answer: (() => void) | null = null;
  return {
    ring() {
      if (answer) answer();
      else rung = true;
    },
    /** Resolves at the next ring (or the one that came while busy), or after `ms`. */
    wait(ms: number) {
      if (rung) {
        rung = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => answer?.(), ms);
        answer = () => {
          clearTimeout(timer);
          answer = null;
          resolve();
        };
      });
    },
  };
}

/**
 * Server-sent events for a group's feed: each new comment or reaction on a check-in shared with the
 * group, in order, with its id. Postgres NOTIFY wakes the streams of the groups an event concerns
 * (live/hub.ts) on any app instance; a client that reconnects sends the last id it saw and gets
 * everything after it. Membership is checked again on every wake-up, so a removed member's stream
 * ends at once.
 * When the server shuts down the stream ends so that the client reconnects (to another
 * instance) and resumes from its last id.
 */
export const live = memberProcedure
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
    const bell = doorbell();
    // Counted before any work; refused with a sentence over the caps (TRPCError: errors raised
    // while streaming skip the middleware).
    const place = ctx.live.join({ viewerId: ctx.viewerId, groupId: ctx.group.id, wake: bell.ring });
    // Once per stream: a listener added at every wake-up would pile up on a long-lived stream.
    signal?.addEventListener("abort", bell.ring, { once: true });
    ctx.shutdown.addEventListener("abort", bell.ring, { once: true });
    try {
      let last = input.lastEventId ? Number(input.lastEventId) : await latestLiveEventId(ctx.db);
      while (!signal?.aborted) {
        // An AbortError, not a return: tRPC then ends the stream without the "return" event,
        // which would tell the client that the subscription is over and not to reconnect.
        if (ctx.shutdown.aborted) throw ctx.shutdown.reason;
        if (
          !(await findGroupForMember(ctx.db, { viewerId: ctx.viewerId, groupId: ctx.group.id }))
        ) {
          throw new TRPCError({ code: "NOT_FOUND", message: GROUP_NOT_FOUND });
        }
        for (const event of await listGroupLiveEventsAfter(ctx.db, {
          groupId: ctx.group.id,
          afterId: last,
        })) {
          last = event.id;
          yield tracked(String(event.id), { checkinId: event.checkinId, kind: event.kind });
        }
        await bell.wait(SAFETY_POLL_MS);
      }
    } finally {
      signal?.removeEventListener("abort", bell.ring);
      ctx.shutdown.removeEventListener("abort", bell.ring);
      place.leave();
    }
  });
