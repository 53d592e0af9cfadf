import { LIVE_CHANNEL } from "@stride/db/queries";
import { TRPCError } from "@trpc/server";
import type { Subscribe } from "../context";

/** Open live feeds allowed on one app instance: for one person, and for everyone together. */
export type LiveLimits = { perPerson: number; perInstance: number };

export const LIVE_LIMITS: LiveLimits = { perPerson: 5, perInstance: 1000 };

type Stream = { viewerId: string; groupId: string; wake: () => void };

/**
 * Which groups a NOTIFY on LIVE_CHANNEL concerns (see recordLiveEvent): `{"groups": [...]}`, or
 * "all". Anything else (another version's payload during a rolling deploy) wakes every stream.
 */
function groupsOf(payload: string): readonly string[] | "all" {
  try {
    const parsed = JSON.parse(payload) as { groups?: unknown };
    if (parsed.groups === "all") return "all";
    if (Array.isArray(parsed.groups) && parsed.groups.every((g) => typeof g === "string"))
      return parsed.groups as string[];
  } catch {
    // Not ours: fall through to waking everyone, which is slow but never misses an event.
  }
  return "all";
}

/**
 * The live feeds open on this instance, by group. One LISTEN serves them all; an event wakes only
 * the streams of the groups it names, so a busy group costs the others nothing. The caps are
 * counted here before a stream does any work; JavaScript runs one check at a time, so a burst of
 * streams cannot get past them.
 */
export class LiveHub {
  readonly #byGroup = new Map<string, Set<Stream>>();
  readonly #perPerson = new Map<string, number>();
  #open = 0;
  #stopListening: (() => void) | null = null;

  constructor(
    private readonly subscribe: Subscribe,
    private readonly limits: LiveLimits,
  ) {}

  get openStreams() {
    return this.#open;
  }

  /** Takes a place for a stream, or refuses with a sentence; `leave` gives it back. */
  join(stream: Stream): { leave: () => void } {
    if (this.#open >= this.limits.perInstance) {
      throw new TRPCError({
        code: "SERVICE_UNAVAILABLE",
        message:
          "This server is holding as many live feeds as it can. Reload the page in a minute to see new activity.",
      });
    }
    const mine = this.#perPerson.get(stream.viewerId) ?? 0;
    if (mine >= this.limits.perPerson) {
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `You have ${this.limits.perPerson} live feeds open already. Close one (another tab) and reload this page.`,
      });
    }
    this.#open += 1;
    this.#perPerson.set(stream.viewerId, mine + 1);
    let streams = this.#byGroup.get(stream.groupId);
    if (!streams) {
      streams = new Set();
      this.#byGroup.set(stream.groupId, streams);
    }
    streams.add(stream);
    this.#stopListening ??= this.subscribe(LIVE_CHANNEL, (payload) => this.#dispatch(payload));

    let left = false;
    return {
      leave: () => {
        if (left) return;
        left = true;
        this.#open -= 1;
        const count = (this.#perPerson.get(stream.viewerId) ?? 1) - 1;
        if (count > 0) this.#perPerson.set(stream.viewerId, count);
        else this.#perPerson.delete(stream.viewerId);
        streams.delete(stream);
        if (streams.size === 0) this.#byGroup.delete(stream.groupId);
      },
    };
  }

  #dispatch(payload: string) {
    const groups = groupsOf(payload);
    const targets = groups === "all" ? [...this.#byGroup.keys()] : groups;
    for (const groupId of targets) {
      for (const stream of this.#byGroup.get(groupId) ?? []) stream.wake();
    }
  }
}

// One hub per way of listening: the process-wide LISTEN in the app, a test's own bell in tests.
const hubs = new WeakMap<Subscribe, LiveHub>();

export function liveHubFor(subscribe: Subscribe, limits: LiveLimits = LIVE_LIMITS): LiveHub {
  let hub = hubs.get(subscribe);
  if (!hub) {
    hub = new LiveHub(subscribe, limits);
    hubs.set(subscribe, hub);
  }
  return hub;
}
