import { randomUUID } from "node:crypto";
import { makeTarget } from "@stride/domain/goals";
import type { createCaller } from "../root";
import { clientId } from "../testing/groups";

// Small input builders shared by the fixture and the entries.

type Caller = ReturnType<typeof createCaller>;
export type TemplateInput = Parameters<Caller["coach"]["createTemplate"]>[0];

/** A two-week plan template of 10 then 12 km a week. */
export function templateInput(name: string): TemplateInput {
  return {
    name,
    description: "",
    title: `${name}: the block`,
    why: "",
    category: "running",
    visibility: "coach",
    target: makeTarget({
      value: 12,
    }),
    weeks: [10, 12].map((value) => ({
      title: `Run ${value} km`,
      value,
      strategy: "",
      sessions: [],
    })),
  };
}

/** An email nobody has: invitations to it make no one a notification. */
export const nobodyEmail = () => `nobody-${randomUUID()}@test.stride.example`;

/** A new top-level comment as the comment box sends it. */
export const say = (body: string) => ({ parentId: null, body, clientId: clientId() });

/** Searches a result for any of `needles` (ids, titles, emails), as the client would receive it. */
export function leaked(result: unknown, needles: readonly string[]): string[] {
  const text = JSON.stringify(result ?? null);
  return needles.filter((needle) => text.includes(needle));
}
