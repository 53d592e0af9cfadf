import type { CreateActivityInput } from "@stride/domain/activities";
import type { SubmitCheckinInput } from "@stride/domain/checkins";
import { createStore, del, set, values } from "idb-keyval";
import { OUTBOX_CHANGED, OWNER_KEY, WAITING_KEY } from "./device-store-keys";

/**
 * What this device keeps for the signed-in person (IndexedDB through idb-keyval): check-ins and
 * runs made offline, each with the idempotency key its form made, until the server has them.
 * Entries carry their person's id: another person signing in on the device never sends them.
 */
export type Waiting = {
  key: string;
  userId: string;
  /** "Check-in for the week of 30 Nov: 2 goals, mood 4". */
  summary: string;
  savedAt: string;
  /** The server refused it (not a lost connection): said next to it, with a way to drop it. */
  problem?: string;
} & (
  | { kind: "checkin"; input: SubmitCheckinInput }
  | { kind: "run"; input: CreateActivityInput & { idempotencyKey: string } }
);

export type Draft = Omit<Waiting, "userId" | "savedAt" | "problem">;

const CHANGED = OUTBOX_CHANGED;
let store: ReturnType<typeof createStore> | undefined;
const outbox = () => {
  store ??= createStore("stride-device", "outbox");
  return store;
};

/** Keeps a draft to send when the connection returns (same key: replaces it). */
export async function keepForLater(draft: Draft) {
  const owner = localStorage.getItem(OWNER_KEY);
  if (!owner) throw new Error("No one is signed in on this device");
  await set(
    draft.key,
    { ...draft, userId: owner, savedAt: new Date().toISOString() } as Waiting,
    outbox(),
  );
  localStorage.setItem(WAITING_KEY, "1");
  window.dispatchEvent(new Event(CHANGED));
}

export async function waitingFor(userId: string): Promise<Waiting[]> {
  const all = (await values<Waiting>(outbox())) ?? [];
  if (all.length === 0) localStorage.removeItem(WAITING_KEY);
  return all
    .filter((entry) => entry.userId === userId)
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export async function markProblem(entry: Waiting, problem: string) {
  await set(entry.key, { ...entry, problem }, outbox());
  window.dispatchEvent(new Event(CHANGED));
}

export async function forget(key: string) {
  await del(key, outbox());
  window.dispatchEvent(new Event(CHANGED));
}

export function onOutboxChange(listener: () => void) {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}
