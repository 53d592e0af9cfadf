import type { Profile } from "@stride/domain/profile";
import type { Database } from "../client";
import { onPersonChanged, PERSON_CHANNEL } from "./person-changes";
import { getProfile } from "./profiles";
import { getSessionState } from "./users";

/**
 * What every request reads about the person making it: whether their session still stands, and
 * their profile. The app server keeps both for a short while (PERSON_CACHE_MS) instead of asking
 * the database on every request. A write that changes either (signing out, a new password, a
 * profile edit, deleting the account) forgets them at once on this instance and, through a
 * NOTIFY on `stride_person`, on every other instance as soon as it commits. The time limit only
 * matters if a notification is lost (the database restarted meanwhile).
 */
export const PERSON_CACHE_MS = 30_000;
const MAX_ENTRIES = 20_000;

type SessionState = Awaited<ReturnType<typeof getSessionState>>;
type Entry<T> = { value: T; until: number; userId: string };

export class PersonCache {
  private sessions = new Map<string, Entry<SessionState>>();
  private profiles = new Map<string, Entry<Profile | undefined>>();

  constructor(private readonly ttlMs = PERSON_CACHE_MS) {}

  private async read<T>(
    map: Map<string, Entry<T>>,
    key: string,
    userId: string,
    load: () => Promise<T>,
  ): Promise<T> {
    const hit = map.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = await load();
    if (map.size >= MAX_ENTRIES) map.clear();
    map.set(key, { value, until: Date.now() + this.ttlMs, userId });
    return value;
  }

  sessionState(db: Database, input: { userId: string; sessionId: string }) {
    return this.read(this.sessions, `${input.userId}:${input.sessionId}`, input.userId, () =>
      getSessionState(db, input),
    );
  }

  profile(db: Database, userId: string) {
    return this.read(this.profiles, userId, userId, () => getProfile(db, userId));
  }

  /** Drops everything known about a person (their sessions and their profile). */
  forget(userId: string) {
    this.profiles.delete(userId);
    for (const [key, entry] of this.sessions)
      if (entry.userId === userId) this.sessions.delete(key);
  }
}

const holder = globalThis as typeof globalThis & { __stridePersonCache?: PersonCache };

/**
 * Turns the cache on for this process (the app server does, at start, with its LISTEN); without
 * it every read goes to the database, as in the integration tests.
 */
export function usePersonCache(
  listen: (channel: string, onMessage: (payload: string) => void) => unknown,
) {
  if (holder.__stridePersonCache) return holder.__stridePersonCache;
  const cache = new PersonCache();
  holder.__stridePersonCache = cache;
  onPersonChanged((userId) => cache.forget(userId));
  listen(PERSON_CHANNEL, (userId) => cache.forget(userId));
  return cache;
}

/** The session's state, from the cache when the app server has one. */
export function readSessionState(db: Database, input: { userId: string; sessionId: string }) {
  const cache = holder.__stridePersonCache;
  return cache ? cache.sessionState(db, input) : getSessionState(db, input);
}

/** The person's profile, from the cache when the app server has one. */
export function readProfile(db: Database, userId: string) {
  const cache = holder.__stridePersonCache;
  return cache ? cache.profile(db, userId) : getProfile(db, userId);
}
